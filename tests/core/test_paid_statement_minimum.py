"""A statement paid in full has met its minimum (DESIGN.md § The account engine, step 4:
"paid ≥ minimum − tolerance → current"; § Presets, CN credit card: a late fee "for every
missed statement").

The every-screen law's counterexample (issue 11): a CN card with a ¥0.01 charge and an
instalment plan on the same day. The plan's periods are statements of their own, 19 days
before each period's due date, so two statements overlap: the one of 2026-02-05 (due
02-24) asks a minimum of ¥102.52 of a balance that a payment on 02-06 clears entirely —
but that payment's minimum share went to the older statement of 01-22 first. The engine
judged the 02-05 statement ¥102.46 short although nothing of it was owed any more: a
second ¥10.00 late fee and a new delinquency after the user had paid everything; the
simulator's "pay today" (which pays each minimum on its due date) paid ¥99.94 ahead onto
the next period to avoid it, and then the ¥10.00 all the same.

Figures by hand (minor units), cn-credit-card preset:

* plan 300.00 in 3 at 0.6 % a period, flat: 100.00 + 1.80 = 101.80 a period, due
  2026-01-10, 02-10, 03-10 (statements 12-22, 01-22, 02-19: 19 days before each);
* the 01-10 period is missed: late fee 5 % × 101.80 = 5.09, at least ¥10 → 10.00;
* on 2026-02-06 the products page owes 3 × 101.80 + 0.01 (the charge) + 11.23 costs so
  far (the 10.00 late fee + 1.23 interest) = 305.40 + 0.01 + 11.23 = 316.64, of which the
  last period's 101.80 falls due on 03-10: 316.64 − 101.80 = 214.84 is owed today.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from tracker.service import (
    accounts,
    bills,
    charges,
    dues,
    files,
    overview,
    payments,
    plans,
    products,
    simulation,
)
from tracker.storage import Store

FIRST_DUE = date(2026, 1, 10)
TODAY = date(2026, 2, 6)  # 27 days after the missed first period
FAR = date(2030, 1, 1)


def card_with_plan(tmp_path: Path) -> Store:
    store = files.open_store(tmp_path / "card.db", create=True)
    name = products.add_product(store, "card", "cn-credit-card", {}).name
    charges.add_charge(store, name, FIRST_DUE, 1, FAR)  # ¥0.01
    plans.add_plan(store, name, 30_000, 3, FIRST_DUE, "plan")
    return store


def test_pay_today_pays_what_the_products_page_owes_and_no_second_late_fee(
    tmp_path: Path,
) -> None:
    store = card_with_plan(tmp_path)
    (summary,) = overview.product_summaries(store, TODAY)
    assert (summary.balance, summary.charges) == (31_664, 1_123)  # 316.64, 11.23
    late = next(v for v in dues.due_views(store, TODAY) if v.status.days_past_due > 0)
    assert (late.due.due_date, late.status.days_past_due) == (FIRST_DUE, 27)
    sim = simulation.simulate_due(store, late.due.id, TODAY)
    now = next(o for o in sim.options if o.days == sim.days_late)
    # Today 214.84, then the last period's 101.80 on its own due date; nothing ahead.
    paid = [(p.due_date, p.principal + p.fee) for p in now.schedule]
    assert paid == [(TODAY, 21_484), (date(2026, 3, 10), 10_180)]
    assert sum(a for _, a in paid) == summary.balance  # 214.84 + 101.80 = 316.64
    # Its cost is the costs so far (11.23), not 21.23: one late fee, the missed period's.
    assert now.total_cost == 1_123
    assert [r.late_fee for r in now.timeline] == [1_000, 0, 0, 0, 0]
    # Paid from today on: nothing after today's statement is past due or reported.
    after = [r for r in now.timeline if r.statement_date > TODAY]
    assert after and all((r.days_past_due, r.report_code) == (0, 0) for r in after)
    store.close()


def test_a_recorded_payment_of_everything_meets_every_statement_minimum(
    tmp_path: Path,
) -> None:
    store = card_with_plan(tmp_path)
    # The user pays the 214.84 owed today; the 02-05 statement (due 02-24, verdict 02-27
    # with the 3 grace days) is then paid in full though its minimum was counted against
    # the 01-22 statement first.
    payments.add_payment(store, "card", TODAY, 21_484, FAR)
    later = date(2026, 3, 9)  # after that verdict, before the last period's due date
    (summary,) = overview.product_summaries(store, later)
    # Still owed: only the last period, 101.80; the costs stay 11.23 (no new 10.00 fee).
    assert (summary.balance, summary.charges) == (10_180, 1_123)
    play = accounts.played_to(store, summary.product, later)
    rows = play.outcome.rows
    assert [r.late_fee for r in rows] == [1_000, 0, 0, 0, 0]
    # The statements after the payment are current and unreported (were 5 … 13 days
    # past due and code 1).
    assert [(r.days_past_due, r.report_code) for r in rows[3:]] == [(0, 0), (0, 0)]
    store.close()


def test_pay_in_4_instalments_paid_within_the_retry_days_cost_no_fee(tmp_path: Path) -> None:
    # DESIGN.md § Presets, pay_in_4: "a missed instalment is retried for 10 days, then
    # costs a fixed fee per missed instalment". Two orders of $10.00 in 4 (no fee):
    # 4 × 2.50, the first instalments due 1 and 2 Jan. Both are missed, then paid together
    # on 3 Jan (5.00), within the 10 days. The 2 Jan instalment's minimum carries the
    # 1 Jan one at 100 % (2.50 + 2.50 = 5.00); the 5.00 paid was counted against the
    # older first, so the newer looked 2.50 short at its fee check (12 Jan) and was
    # charged a $2.50 fee though nothing was past due any more.
    store = files.open_store(tmp_path / "p4.db", create=True)
    name = products.add_product(store, "p4", "pay-in-4", {}).name
    plans.add_plan(store, name, 1_000, 4, date(2026, 1, 1), "first order")
    plans.add_plan(store, name, 1_000, 4, date(2026, 1, 2), "second order")
    today = date(2026, 1, 3)
    # The simulator's "pay today": 5.00 today, then the other six 2.50 on their dates,
    # 5.00 + 6 × 2.50 = 20.00, the products page's balance; nothing on top.
    (summary,) = overview.product_summaries(store, today)
    assert (summary.balance, summary.charges) == (2_000, 0)
    late = next(v for v in dues.due_views(store, today) if v.status.days_past_due > 0)
    sim = simulation.simulate_due(store, late.due.id, today)
    now = next(o for o in sim.options if o.days == sim.days_late)
    assert sum(p.principal + p.fee for p in now.schedule) == 2_000
    assert now.total_cost == 0
    # The same payment recorded: after both fee checks (11 and 12 Jan) no fee is owed.
    payments.add_payment(store, name, today, 500, FAR)
    (summary,) = overview.product_summaries(store, date(2026, 1, 14))
    assert (summary.balance, summary.charges) == (1_500, 0)  # 6 × 2.50 = 15.00 to come
    store.close()


def test_pay_today_on_the_day_of_a_recorded_bill_pays_the_bill(tmp_path: Path) -> None:
    # DESIGN.md § The account engine: "A recorded bill is the lender's truth: its amount
    # already contains what the lender charged that cycle"; between bills the engine's
    # charges are estimates, replaced by the next recorded bill. A US card: a $3.31 bill
    # of 12 Mar (due 10 Apr) never paid, and a $1.92 bill recorded today, 23 Sep. The
    # products page owes 3.31 + 1.92 = 5.23, no costs beside (the bill holds them).
    # "Pay today" settled before today's statement posted, so it paid the estimates the
    # bill replaces ($3.80 of late fees and interest) and the $1.92 again on 10 Oct.
    store = files.open_store(tmp_path / "us.db", create=True)
    name = products.add_product(store, "us", "us-credit-card", {}).name
    today = date(2026, 9, 23)
    for day, amount in ((date(2026, 3, 12), 331), (today, 192)):
        bills.add_bill(store, name, day, bills.due_for_statement(store, name, day), amount, FAR)
    (summary,) = overview.product_summaries(store, today)
    assert (summary.balance, summary.charges) == (523, 0)
    late = next(v for v in dues.due_views(store, today) if v.status.days_past_due > 0)
    assert late.due.due_date == date(2026, 4, 10)  # 166 days late
    sim = simulation.simulate_due(store, late.due.id, today)
    now = next(o for o in sim.options if o.days == sim.days_late)
    # All of it today, 5.23, and nothing on top.
    assert [(p.due_date, p.principal + p.fee) for p in now.schedule] == [(today, 523)]
    assert now.total_cost == 0
    store.close()
