"""The due list asks what the account engine asks for accounts paid in fixed periods —
pay-in-4 orders and loans — and neither calls late what the other calls on time (issue
11; DESIGN.md § The account engine: the dashboard, the due list and the reminders all
ask what the engine asks of each statement; § Presets: a missed pay-in-4 instalment is
retried for 10 days, then costs a fixed fee).

Five hand-checked cases the random differential check below found (2026-12-03/04),
then the check itself: random pay-in-4 histories (one to three orders, their instalments
interleaved) and loans (one or two), each instalment paid as the due list asks, less,
nothing, late, more or everything, each checked against the laws of
``test_due_list_agrees_with_engine``:

1. on an instalment's due date, what the due list asks by then equals what the engine
   still asks of that statement (its minimum less what was paid towards it);
2. paying what the due list asks on the payment day, on time, leaves the engine current;
3. paying less than that (or nothing, or late) is late in both;
4. on the due date, the day after, the retry fee's day and the day after it, and the day
   before the next due, the due list (its dues and its estimated dues) shows something
   overdue exactly when the engine's days past due are beyond the grace days.

A pay-in-4 late fee is charged when the retries end (due + 10 days) and the engine asks
it with the next instalment due after that day; before the fix the due list's ledger
never held it, so the money that paid it prepaid a later instalment there: the due list
said an instalment was paid (asking $0.00) that the engine was still asking, and showed
nothing overdue while the engine counted days past due (11 of 60 random histories).
"""

from __future__ import annotations

import contextlib
import io
import json
import random
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import pytest

from tests.core import test_due_list_agrees_with_engine as cards
from tests.core.test_due_list_agrees_with_engine import _run
from tracker import reminder_text
from tracker.cli import main
from tracker.reminders import LATE_CHARGES, Reminder
from tracker.service import (
    accounts,
    dues,
    estimated_dues,
    files,
    payments,
    plans,
    products,
    reminders,
)

store = cards.store  # the fixture: a new data file
_asked_by = cards._asked_by  # what the due list asks of product 1 by a day


def _engine(store, day: date):  # type: ignore[no-untyped-def]
    return accounts.played_to(store, store.get_product(1), day).outcome


def _engine_asks(store, day: date) -> int:  # type: ignore[no-untyped-def]
    row = next(r for r in _engine(store, day).rows if r.due_date == day)
    return max(0, row.minimum - row.paid)


# -- hand-checked ---------------------------------------------------------------------


def test_a_pay_in_4_late_fee_is_asked_with_the_next_instalment_not_prepaid_away(store) -> None:  # type: ignore[no-untyped-def]
    # Pay-in-4, $7.00 late fee once a missed instalment's 10 days of retries are over
    # (DESIGN.md § Presets). Order A, $100.00 on 1 Jan: $25.00 due 1, 15, 29 Jan and
    # 12 Feb. Order B, $20.00 on 20 Jan: $5.00 due 20 Jan, 3 Feb, 17 Feb, 3 Mar.
    products.add_product(store, "K", "pay-in-4", {})
    plans.add_plan(store, 1, 10_000, 4, date(2026, 1, 1), "A")
    plans.add_plan(store, 1, 2_000, 4, date(2026, 1, 20), "B")
    payments.add_payment(store, 1, date(2026, 1, 1), 2_500, date(2026, 1, 1))  # A1
    payments.add_payment(store, 1, date(2026, 1, 20), 500, date(2026, 1, 20))  # B1 at purchase
    # A2 (15 Jan) is missed; the $5.00 of 20 Jan pays the oldest due first, so A2 has
    # $20.00 left and B1 $5.00. The retries end on 25 Jan: the $7.00 fee is charged and
    # asked with the next instalment due after it, A3 on 29 Jan. By 29 Jan both ask
    # 20.00 + 5.00 + 25.00 (A3) + 7.00 = $57.00.
    assert _engine_asks(store, date(2026, 1, 29)) == 5_700
    assert _asked_by(store, date(2026, 1, 29)) == 5_700
    views = {v.due.due_date: v for v in dues.due_views(store, date(2026, 1, 29), 1)}
    assert views[date(2026, 1, 29)].minimum == 2_500 + 700
    assert views[date(2026, 1, 29)].late_charges == 700  # `due`: "incl. $7.00 late charges"
    [a3] = [r for r in _due_json(store, date(2026, 1, 29)) if r["due_date"] == "2026-01-29"]
    assert (a3["amount"], a3["late_charges"]) == ("32.00", "7.00")
    # She pays the $57.00 on 29 Jan. B2 ($5.00, 3 Feb) is next in both: the engine
    # asks $5.00 of its 3 Feb statement. Before the fix the due list asked $0.00 — its
    # ledger had no fee, so $7.00 of the $57.00 prepaid B2 ($5.00) and $2.00 of A4.
    payments.add_payment(store, 1, date(2026, 1, 29), 5_700, date(2026, 1, 29))
    assert _engine_asks(store, date(2026, 2, 3)) == 500
    assert _asked_by(store, date(2026, 2, 3)) == 500
    # Unpaid on 4 Feb: one day past due in the engine, overdue in the due list (before:
    # nothing overdue).
    assert _engine(store, date(2026, 2, 4)).days_past_due == 1
    overdue = [v for v in dues.due_views(store, date(2026, 2, 4), 1) if v.status.is_overdue]
    assert [(v.due.due_date, v.minimum) for v in overdue] == [(date(2026, 2, 3), 500)]
    # What she owes in all on 4 Feb: B2..B4 15.00 + A4 25.00 = $40.00 (the fee is paid).
    assert dues.owed(store, store.get_product(1), date(2026, 2, 4)) == 4_000


def test_a_late_fee_after_the_last_instalment_is_an_estimated_due(store) -> None:  # type: ignore[no-untyped-def]
    # One order, $100.00 on 1 Jan; A1–A3 paid on their days, A4 ($25.00, 12 Feb) missed.
    products.add_product(store, "K", "pay-in-4", {})
    schedule = plans.add_plan(store, 1, 10_000, 4, date(2026, 1, 1), "A")
    for part in schedule[:3]:
        payments.add_payment(store, 1, part.due_date, part.total, part.due_date)
    product = store.get_product(1)
    # Retries end on 22 Feb; the $7.00 fee is charged then. No instalment is due after
    # it, so the engine asks it at once, on a statement of its own the next day (23 Feb)
    # — as Klarna adds it to the overdue amount. It waited before as a cost so far on
    # A4 for a month (to a statement on 12 Mar) and then showed "2 days late" on 14 Mar
    # (QA pass, 2026-12-04). On 22 Feb: A4 alone, 10 days late, no fee yet.
    assert dues.owed(store, product, date(2026, 2, 22)) == 2_500
    assert estimated_dues.estimated_dues(store, date(2026, 2, 22)) == []
    # From 23 Feb: an estimated due of $7.00 dated 23 Feb, 6 days past due on 1 Mar; A4
    # is $25.00 overdue with no cost so far beside it (not counted twice: owed $32.00).
    [est] = estimated_dues.estimated_dues(store, date(2026, 3, 1))
    assert (est.due_date, est.amount, est.minimum, est.days_past_due) == (
        date(2026, 2, 23),
        700,
        700,
        6,
    )
    [a4] = [v for v in dues.due_views(store, date(2026, 3, 1), 1) if v.status.is_overdue]
    assert (a4.due.due_date, a4.minimum, a4.penalty_so_far) == (date(2026, 2, 12), 2_500, 0)
    assert dues.owed(store, product, date(2026, 3, 1)) == 3_200
    # On 14 Mar the account is 30 days past due: reported (US, at 30 days, code 1 =
    # "30 days late"), the estimate too.
    [est] = estimated_dues.estimated_dues(store, date(2026, 3, 14))
    assert (est.due_date, est.days_past_due) == (date(2026, 2, 23), 19)
    assert (est.impact.code, est.impact.reported) == (1, True)
    assert dues.owed(store, product, date(2026, 3, 14)) == 3_200
    assert _engine(store, date(2026, 3, 14)).days_past_due == 30
    # It is named for what it is: no bill of the lender's is missing (a pay-in-4 has
    # none), so not "no bill recorded for the 2026-02-23 statement".
    assert est.after_last_instalment
    due = reminders.open_estimate(est, date(2026, 3, 14))
    assert (due.description, due.statement_date) == (LATE_CHARGES, None)
    reminder = Reminder(due, 0, date(2026, 3, 14))
    assert reminder_text.body(reminder, "en").startswith("Estimated: late charges after the")
    assert reminder_text.body(reminder, "zh_CN").startswith("估算：最后一期之后产生的逾期费用")
    [row] = [r for r in _due_json(store, date(2026, 3, 14)) if r["kind"] == "estimate"]
    assert row["after_last_instalment"] is True
    assert "no bill" not in row["description"] and row["amount"] == "7.00"
    assert row["late_charges"] == "7.00"
    # In words, on 24 Feb (one day past its date: "1 day", not "1 days"):
    buffer = io.StringIO()
    with contextlib.redirect_stdout(buffer):
        main(["--db", str(store.path), "--today", "2026-02-24", "due"])
    assert buffer.getvalue().splitlines()[-1].split() == [
        "2026-02-23", "1", "day", "LATE", "K", "$7.00", "(minimum", "$7.00)", "estimated:",
        "late", "charges", "after", "the", "last", "instalment",
    ]  # fmt: skip
    # An instalment by its order too (two orders on one Klarna account were all "K").
    assert buffer.getvalue().splitlines()[-2].split()[:7] == [
        "2026-02-12", "12", "days", "LATE", "K", "·", "A",
    ]  # fmt: skip
    # Paying what is asked, $32.00, clears it all: nothing listed, nothing owed, current
    # (before, "paid $0.00 + $7.00 so far" stayed listed after paying everything).
    payments.add_payment(store, 1, date(2026, 3, 14), 3_200, date(2026, 3, 14))
    day = date(2026, 4, 1)
    assert [v for v in dues.due_views(store, day, 1) if v.amount or v.penalty_so_far] == []
    assert estimated_dues.estimated_dues(store, day) == []
    assert (dues.owed(store, product, day), _engine(store, day).days_past_due) == (0, 0)


def _due_json(store, today: date) -> list[dict[str, Any]]:  # type: ignore[no-untyped-def]
    buffer = io.StringIO()
    with contextlib.redirect_stdout(buffer):
        code = main(["--db", str(store.path), "--today", today.isoformat(), "--json", "due"])
    assert code == 0
    return json.loads(buffer.getvalue())["dues"]  # type: ignore[no-any-return]


def test_a_loan_penalty_left_unpaid_is_asked_with_the_next_instalment(store) -> None:  # type: ignore[no-untyped-def]
    # Loan ¥12,000.00 over 12 months at 6 %: 12,000 × 0.005 / (1 − 1.005^−12) = ¥1,032.80
    # a month, due the 10th from 10 Feb (DESIGN.md § Presets, loan). Overdue, the
    # instalment bears the contract rate + 50 %: 6 % × 1.5 / 360 = 0.025 % a day.
    products.add_product(store, "L", "loan", {})
    product = store.get_product(1)
    schedule = plans.add_plan(store, 1, 1_200_000, 12, date(2026, 2, 10), "")
    assert [p.total for p in schedule[:3]] == [103_280] * 3
    payments.add_payment(store, 1, date(2026, 2, 10), 103_280, date(2026, 2, 10))
    # March's is paid 10 days late, on 20 Mar. That day the due list asks it with the
    # penalty so far: 10 × 0.025 % × 1,032.80 = 2.582 → ¥2.58.
    [march] = [v for v in dues.due_views(store, date(2026, 3, 20), 1) if v.status.is_overdue]
    assert (march.minimum, march.penalty_so_far) == (103_280, 258)
    # She pays only the instalment. The penalty posts on April's statement, whose
    # minimum is 1,032.80 + 2.58 = ¥1,035.38 — and April's due asks the same.
    payments.add_payment(store, 1, date(2026, 3, 20), 103_280, date(2026, 3, 20))
    assert _engine_asks(store, date(2026, 4, 10)) == 103_538
    assert _asked_by(store, date(2026, 4, 10)) == 103_538
    # She pays ¥1,032.80 on 10 Apr, as every month: the penalty is taken first, so
    # ¥2.58 of April's instalment is unpaid — 1 day past due on 11 Apr, and a loan is
    # reported from the first day. The due list shows April overdue by ¥2.58; before,
    # it called April paid (its ledger had no penalty) and kept the ¥2.58 as a cost so
    # far on May's due: nothing overdue while the engine counted the days.
    payments.add_payment(store, 1, date(2026, 4, 10), 103_280, date(2026, 4, 10))
    assert _engine(store, date(2026, 4, 11)).days_past_due == 1
    views = dues.due_views(store, date(2026, 4, 11), 1)
    [april] = [v for v in views if v.status.is_overdue]
    assert (april.due.due_date, april.minimum, april.penalty_so_far) == (date(2026, 4, 10), 258, 0)
    assert april.impact.reported
    # Owed in all: the ¥2.58 and the 8 instalments left (May–Dec, Jan 2027).
    left = sum(p.total for p in schedule[3:])
    assert dues.owed(store, product, date(2026, 4, 11)) == 258 + left


def test_instalments_paid_ahead_show_as_paid_on_their_own_rows(store) -> None:  # type: ignore[no-untyped-def]
    # The engine's timeline (the product page, ``simulate --json``) shows each row's
    # payments. Pay-in-4, $100.00 on 1 Jan: $50.00 paid at purchase pays A1 and A2
    # ($25.00 each). The 15 Jan row shows A2 paid; it showed $50.00 on the 1 Jan row
    # and $0.00 on the 15 Jan one (paid ahead while A1 was owed, the $25.00 beyond it
    # was a credit no row showed) — the differential check's law 1 read it as asked.
    products.add_product(store, "K", "pay-in-4", {})
    plans.add_plan(store, 1, 10_000, 4, date(2026, 1, 1), "A")
    payments.add_payment(store, 1, date(2026, 1, 1), 5_000, date(2026, 1, 1))
    rows = _engine(store, date(2026, 1, 20)).rows
    assert [(r.due_date, r.minimum, r.paid) for r in rows] == [
        (date(2026, 1, 1), 2_500, 2_500),
        (date(2026, 1, 15), 2_500, 2_500),
    ]
    # Loan ¥12,000.00 × 12 (¥1,032.80 a month from 10 Feb) paid off on 15 Feb, 5 days
    # late: 1,032.80 × 0.025 % × 5 = ¥1.29 penalty, charged at the payoff. The Feb row
    # shows its own 1,032.80 + 1.29 = ¥1,034.09; each later row its ¥1,032.80, paid
    # (it showed all ¥12,394.87 on Feb's row and ¥0.00 paid on every later one).
    products.add_product(store, "L", "loan", {})
    loan = store.get_product(2)
    plans.add_plan(store, 2, 1_200_000, 12, date(2026, 2, 10), "")
    owed = dues.owed(store, loan, date(2026, 2, 15))
    assert owed == 12 * 103_280 + 129 - 2  # the last instalment is ¥1,032.78
    payments.add_payment(store, 2, date(2026, 2, 15), owed, date(2026, 2, 15))
    rows = accounts.played_to(store, loan, date(2026, 5, 20)).outcome.rows
    assert [(r.due_date, r.paid, r.penalty) for r in rows] == [
        (date(2026, 2, 10), 103_409, 129),
        (date(2026, 3, 10), 103_280, 0),
        (date(2026, 4, 10), 103_280, 0),
        (date(2026, 5, 10), 103_280, 0),
    ]
    assert accounts.played_to(store, loan, date(2026, 5, 20)).outcome.days_past_due == 0


def test_no_pay_in_4_fee_for_an_instalment_paid_within_its_retry_days(store) -> None:  # type: ignore[no-untyped-def]
    # Found by the benchmark's generated file (2026-12-04): pooled oldest first, a later
    # instalment's own few days late made the engine charge an earlier, paid one's fee.
    # Order B $336.00 on 1 Jan: $84.00 due 1 Jan, 15 Jan, 29 Jan, 12 Feb. Order C
    # $169.00 on 6 Feb: $42.25 due 6 Feb (paid at purchase), 20 Feb, 6 Mar, 20 Mar.
    products.add_product(store, "K", "pay-in-4", {})
    plans.add_plan(store, 1, 33_600, 4, date(2026, 1, 1), "B")
    plans.add_plan(store, 1, 16_900, 4, date(2026, 2, 6), "C")
    payments.add_payment(store, 1, date(2026, 1, 1), 8_400, date(2026, 1, 1))  # B1
    payments.add_payment(store, 1, date(2026, 1, 15), 8_400, date(2026, 1, 15))  # B2
    payments.add_payment(store, 1, date(2026, 2, 6), 4_225, date(2026, 2, 6))  # C1
    payments.add_payment(store, 1, date(2026, 2, 7), 8_400, date(2026, 2, 7))  # B3, day 9
    # B3 paid 9 days late: within its 10 retry days, no fee (DESIGN.md § Presets). C1's
    # $42.25 went to B3 first (oldest), B3's own $84.00 to the rest of B3 and to C1: all
    # paid by 7 Feb. B4 (12 Feb) is unpaid on 20 Feb — 8 days, still in its retries.
    # Nothing is owed a fee: the engine charged $7.00 (at C1's check on 16 Feb, for
    # what B4 owed), and the due list asked $49.25 for C2.
    out = _engine(store, date(2026, 2, 20))
    assert (out.days_past_due, out.late_fees) == (8, 0)
    views = {v.due.due_date: v for v in dues.due_views(store, date(2026, 2, 20), 1)}
    assert views[date(2026, 2, 12)].status.is_overdue and views[date(2026, 2, 12)].minimum == 8_400
    assert views[date(2026, 2, 20)].minimum == 4_225
    # Unpaid past 22 Feb (its retries over), B4 costs its $7.00, asked with C3 (6 Mar).
    assert _engine(store, date(2026, 2, 23)).late_fees == 700
    views = {v.due.due_date: v for v in dues.due_views(store, date(2026, 2, 23), 1)}
    assert views[date(2026, 3, 6)].minimum == 4_225 + 700


def test_the_planners_first_month_asks_a_loans_arrears_too(store) -> None:  # type: ignore[no-untyped-def]
    # The loan above: February paid, March paid 10 days late (its ¥2.58 penalty not),
    # April and May not paid. On 1 Jun the planner's first month (the payoff page's
    # "Minimums in the plan's first month", its suggested budget) asked ¥1,032.80 — June's
    # instalment alone — where June's statement asks April's and May's too, with their
    # penalty: 3 × 1,032.80 = 3,098.40 + the penalty to 10 Jun (QA pass, 2026-12-04).
    from tracker.service import payoff

    products.add_product(store, "L", "loan", {})
    plans.add_plan(store, 1, 1_200_000, 12, date(2026, 2, 10), "")
    payments.add_payment(store, 1, date(2026, 2, 10), 103_280, date(2026, 2, 10))
    payments.add_payment(store, 1, date(2026, 3, 20), 103_280, date(2026, 3, 20))
    today = date(2026, 6, 1)
    june = next(
        r for r in _engine(store, date(2026, 6, 10)).rows if r.due_date == date(2026, 6, 10)
    )
    assert june.minimum > 3 * 103_280 and june.minimum - 3 * 103_280 < 3_000  # + penalty
    first = payoff.first_minimums(payoff.payoff_debts(store, today, "CNY"), today)
    assert first == {"product-1": june.minimum}


# -- the random differential check ----------------------------------------------------

MODES = ("exact", "split", "less", "zero", "late", "more", "full", "tol")
START = date(2026, 1, 1)


def scenario(seed: int) -> dict[str, Any]:
    """A random history: a pay-in-4 account with one to three orders, or a loan account
    with one or two loans; then, per due date, payments in one of :data:`MODES`."""
    r = random.Random(seed)
    preset = ("pay-in-4", "loan")[seed % 2]
    orders: list[tuple[int, int, int]] = []  # (days after START, principal, periods)
    if preset == "pay-in-4":
        for _ in range(r.choice([1, 2, 2, 3])):
            orders.append((r.randint(0, 40), r.randint(400, 40_000), 4))
    else:
        for i in range(r.choice([1, 1, 2])):
            orders.append((28 * i + r.randint(0, 20), r.randint(50_000, 2_000_000), 12))
    weights = [30, 8, 14, 6, 12, 14, 6, 0]
    modes = [(r.choices(MODES, weights)[0], r.randint(0, 10**6)) for _ in range(10)]
    return {"seed": seed, "preset": preset, "orders": orders, "modes": modes}


@dataclass
class Check(cards.Check):
    """The card check's, asking the costs so far too and counting late estimates."""

    def asked(self, day: date, by: date) -> int:
        """What the due list asks by ``by``: the dues' minimums and the costs so far
        (a loan's penalty interest, a fee not on a due yet) on the oldest open one."""
        views = dues.due_views(self.store, day, self.product.saved_id)
        return sum(v.minimum + v.penalty_so_far for v in views if v.due.due_date <= by)

    def overdue(self, day: date) -> list[tuple[str, int]]:
        views = dues.due_views(self.store, day, self.product.saved_id)
        late = [(str(v.due.due_date), v.minimum) for v in views if v.status.is_overdue]
        estimated = estimated_dues.estimated_dues(self.store, day)
        return late + [(f"~{e.due_date}", e.minimum) for e in estimated if e.days_past_due > 0]

    def outcome(self, day: date):  # type: ignore[no-untyped-def]
        return accounts.played_to(self.store, self.product, day).outcome


def replay(sc: dict[str, Any], path: Path) -> Check:
    """Play ``sc`` through the service (as the CLI and the GUI record it), checking the
    module's laws along the way."""
    store = files.create_data_file(path)
    check = Check(store)
    try:
        products.add_product(store, "p", sc["preset"], {})
        check.product = product = store.get_product(1)
        for offset, principal, periods in sc["orders"]:
            day = START + timedelta(days=offset)
            first = day if sc["preset"] == "pay-in-4" else plans.next_due_date(store, 1, day)
            plans.add_plan(store, 1, principal, periods, first)
        due_dates = sorted({d.due_date for d in store.list_dues(1)})[: len(sc["modes"])]
        previous = START - timedelta(days=1)
        for i, (due, (mode, sub)) in enumerate(zip(due_dates, sc["modes"], strict=False)):
            nxt = due_dates[i + 1] if i + 1 < len(due_dates) else due + timedelta(days=14)
            _pay(check, product, mode, random.Random(sub), previous, due, nxt)
            # The next instalment's payments come after this one's (a late one too).
            paid = [p.date for p in store.list_payments(1)]
            previous = max([due, *paid])
    finally:
        files.close_store(store)
    return check


def _pay(
    check: Check, product: Any, mode: str, rr: random.Random, prev: date, due: date, nxt: date
) -> None:
    store = check.store
    grace, tol = product.grace_days, product.tolerance
    made: list[tuple[date, int]] = []

    def pay(day: date, amount: int) -> None:
        amount = min(amount, dues.owed(store, product, day))
        if amount > 0:
            payments.add_payment(store, 1, day, amount, day)
            made.append((day, amount))

    on_time = prev + timedelta(days=rr.randint(1, (due - prev).days))
    asked = check.asked(on_time, due)  # on the payment day (a fee may come later)
    if mode == "exact":
        pay(on_time, asked)
    elif mode == "split":
        pay(on_time, rr.randint(1, max(1, asked - 1)))
        second = on_time + timedelta(days=rr.randint(0, (due - on_time).days))
        pay(second, check.asked(second, due))  # the rest, as asked on its day
    elif mode == "less":
        pay(on_time, asked - (rr.randint(tol + 1, max(tol + 1, asked)) if asked > tol else 0))
    elif mode == "more":
        pay(on_time, asked + rr.randint(1, max(1, dues.owed(store, product, on_time) - asked)))
    elif mode == "full":
        pay(on_time, dues.owed(store, product, on_time))
    row = next((r for r in check.outcome(due).rows if r.due_date == due), None)
    engine = None if row is None else max(0, row.minimum - row.paid)
    listed = check.asked(due, due)
    check.law("1", listed == engine, day=str(due), paid=made, due_list=listed, engine=engine)
    if mode == "late":  # (after law 1: it is about the due date)
        first = due + timedelta(days=grace + 2)  # after the verdict day checked below
        if first < nxt:
            day = first + timedelta(days=rr.randint(0, (nxt - first).days - 1))
            pay(day, check.asked(day, due))
    verdict = due + timedelta(days=grace + 1)
    if verdict < nxt:
        paid = sum(a for day, a in made if day < verdict)
        out = check.outcome(verdict)
        late_list = check.overdue(verdict)
        info = {"day": str(verdict), "mode": mode, "asked": asked, "paid": made,
                "overdue": late_list, "engine_dpd": out.days_past_due}  # fmt: skip
        if mode not in ("less", "zero", "late") and paid >= asked - tol:
            check.law("2", out.days_past_due <= grace and not late_list, **info)
        if mode in ("less", "zero", "late") and asked > tol and paid < asked - tol:
            check.law("3", out.days_past_due > grace and bool(late_list), **info)
    days = {due, due + timedelta(days=1), due + timedelta(days=10), due + timedelta(days=11)}
    for day in sorted(d for d in days | {nxt - timedelta(days=1)} if due <= d < nxt):
        out = check.outcome(day)
        late_list = check.overdue(day)
        check.law("4", bool(late_list) == (out.days_past_due > grace), day=str(day),
                  mode=mode, overdue=late_list, engine_dpd=out.days_past_due)  # fmt: skip


def test_the_due_list_and_the_engine_agree_on_random_period_histories(tmp_path: Path) -> None:
    _run(range(40), tmp_path, scenario, replay)


@pytest.mark.slow
def test_the_due_list_and_the_engine_agree_on_many_random_period_histories(
    tmp_path: Path,
) -> None:
    _run(range(40, 440), tmp_path, scenario, replay)
