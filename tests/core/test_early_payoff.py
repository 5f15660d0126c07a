"""Paying a loan off early (提前还款; issue 11: "a loan paid off early is charged every
remaining instalment's interest"). Hand-checked, amounts in fen.

The loan (DESIGN.md § Presets, loan: amortising at 6 % a year, due the 10th): ¥12,000.00
over 12 months from 10 Feb 2026. 12,000 × 0.005 / (1 − 1.005^−12) = ¥1,032.80 a month;
each month's interest is round(balance × 6 % / 12) (tracker.plans.amortizing_schedule):
  Feb 12,000.00 × 0.005 = 60.00, principal 972.80, left 11,027.20
  Mar 11,027.20 × 0.005 = 55.136 → 55.14, principal 977.66, left 10,049.54
  Apr 10,049.54 × 0.005 = 50.2477 → 50.25, principal 982.55, left 9,066.99
  May 9,066.99 × 0.005 = 45.33495 → 45.33 …
Left after April: nine payments, 8 × 1,032.80 + 1,032.78 = 9,295.18, of which
9,295.18 − 9,066.99 = 228.19 interest.

Paid off on Sat 25 Apr: the remaining principal 9,066.99 and May's interest to the day,
15 days from 10 Apr at 6 % ÷ 360 a day (tracker.early_payoff: 日利率 = 年利率 ÷ 360):
9,066.99 × 0.06 × 15 / 360 = 22.667475 → 22.67. In all 9,089.66; interest no longer
charged 228.19 − 22.67 = 205.52. Before, the app asked the whole 9,295.18 — and a payoff
of the lender's 9,089.66 left the last instalment ¥205.52 "unpaid", overdue in Jan 2027.
"""

from __future__ import annotations

import contextlib
import io
import json
from datetime import date
from decimal import Decimal

import pytest

from tracker.cli.main import main
from tracker.early_payoff import Installment, early_payoff
from tracker.errors import InputError
from tracker.service import accounts, dues, payments, plans, products
from tracker.storage import Store

PAYOFF = date(2026, 4, 25)


@pytest.fixture
def store(empty_store: Store) -> Store:
    return empty_store


def _loan(store: Store, paid_through: int = 4) -> int:
    """The loan above, its instalments paid on their days up to (not incl.) month
    ``paid_through``; returns the plan's id."""
    products.add_product(store, "L", "loan", {})
    schedule = plans.add_plan(store, 1, 1_200_000, 12, date(2026, 2, 10), "Car")
    assert [(d.principal, d.fee) for d in schedule[:4]] == [
        (97_280, 6_000), (97_766, 5_514), (98_255, 5_025), (98_747, 4_533),
    ]  # fmt: skip
    for month in range(2, paid_through + 1):
        day = date(2026, month, 10)
        payments.add_payment(store, 1, day, 103_280, day)
    return schedule[0].source_id or 0


def test_the_rule_on_its_own() -> None:
    periods = [Installment(date(2026, m, 10), p, f) for m, p, f in (
        (2, 97_280, 6_000), (3, 97_766, 5_514), (4, 98_255, 5_025), (5, 98_747, 4_533),
        (6, 99_241, 4_039),
    )]  # fmt: skip
    # Paid off 25 Apr: May's period is current (from 10 Apr, 15 days); principal left
    # 98,747 + 99,241 = 1,979.88; interest 1,979.88 × 0.06 × 15 / 360 = 4.9497 → 4.95;
    # saved 45.33 + 40.39 − 4.95 = 80.77.
    e = early_payoff(periods, PAYOFF, Decimal("0.06"), "cn")
    assert (e.index, e.principal, e.interest, e.days, e.saved) == (3, 197_988, 495, 15, 8_077)
    # A US loan counts the day as 1/365 of the year: 1,979.88 × 0.06 × 15 / 365
    # = 4.8819 → 4.88.
    assert early_payoff(periods, PAYOFF, Decimal("0.06"), "us").interest == 488
    # On a due date, that period is owed as scheduled and the next has begun 0 days ago.
    on_due = early_payoff(periods, date(2026, 4, 10), Decimal("0.06"), "cn")
    assert (on_due.index, on_due.interest, on_due.days) == (3, 0, 0)
    # The first period began a month before its due date: on 20 Jan, 10 days of
    # 1,000.00 × 0.06 / 360 = 0.1666… a day → 1.67 … but never more than its own fee.
    first = [Installment(date(2026, 2, 10), 100_000, 120)]
    assert early_payoff(first, date(2026, 1, 20), Decimal("0.06"), "cn").interest == 120
    with pytest.raises(InputError, match="nothing is left to pay off early"):
        early_payoff(periods, date(2026, 6, 10), Decimal("0.06"), "cn")


def test_a_loan_paid_off_early_costs_its_principal_and_interest_to_the_day(store) -> None:  # type: ignore[no-untyped-def]
    plan_id = _loan(store)
    loan = store.get_product(1)
    # What the app said before: everything left on the schedule.
    assert dues.owed(store, loan, PAYOFF) == 929_518
    q = plans.payoff_quote(store, plan_id, PAYOFF, PAYOFF)
    assert (q.amount, q.principal, q.interest, q.saved) == (908_966, 906_699, 2_267, 20_552)
    done = plans.pay_off_plan(store, plan_id, PAYOFF, PAYOFF, description="paid off early")
    assert (done.amount, done.interest, done.saved) == (908_966, 2_267, 20_552)
    # Nothing is owed or overdue, now or after the old schedule's end (Jan 2027) …
    for day in (PAYOFF, date(2026, 5, 11), date(2027, 3, 1)):
        assert dues.owed(store, loan, day) == 0
        assert not [v for v in dues.due_views(store, day, 1) if v.status.is_overdue]
    # … the engine agrees, and the loan's interest in all is the three months paid and
    # May's to the day: 60.00 + 55.14 + 50.25 + 22.67 = 188.06.
    out = accounts.played_to(store, loan, date(2027, 3, 1)).outcome
    assert (out.owed, out.days_past_due, out.fees) == (0, 0, 18_806)
    assert [(r.due_date, r.minimum, r.paid) for r in out.rows][-1] == (PAYOFF, 908_966, 908_966)
    [view] = plans.plan_views(store, date(2027, 3, 1), 1)
    assert (view.plan.periods, view.periods_paid, view.outstanding) == (4, 4, 0)
    assert [p.amount for p in store.list_payments(1)][-1] == 908_966


def test_a_loan_behind_is_paid_off_with_its_arrears_and_penalty(store) -> None:  # type: ignore[no-untyped-def]
    # April's ¥1,032.80 (due 10 Apr) is unpaid on 25 Apr: 15 days at the contract rate
    # + 50 % (6 % × 1.5 / 360 = 0.025 % a day): 1,032.80 × 0.00025 × 15 = 3.873 → 3.87.
    # To pay off: 1,032.80 + 3.87 + 9,066.99 + 22.67 = 10,126.33.
    plan_id = _loan(store, paid_through=3)
    loan = store.get_product(1)
    q = plans.payoff_quote(store, plan_id, PAYOFF, PAYOFF)
    assert (q.amount, q.principal, q.interest) == (1_012_633, 906_699, 2_267)
    plans.pay_off_plan(store, plan_id, PAYOFF, PAYOFF)
    assert dues.owed(store, loan, date(2026, 6, 1)) == 0
    out = accounts.played_to(store, loan, date(2026, 6, 1)).outcome
    assert (out.owed, out.penalty) == (0, 387)
    # April was 15 days late: that stays on the report (a loan reports from day 1).
    assert (out.worst_days_past_due, out.first_delinquency) == (15, date(2026, 4, 10))


def test_the_lenders_figure_is_the_truth(store) -> None:  # type: ignore[no-untyped-def]
    # The lender asks ¥9,100.00 (its own interest, or a prepayment fee): 10.34 more than
    # the estimate, so the last period's interest is 22.67 + 10.34 = 33.01 and the
    # interest no longer charged 205.52 − 10.34 = 195.18.
    plan_id = _loan(store)
    done = plans.pay_off_plan(store, plan_id, PAYOFF, PAYOFF, "9,100.00")
    assert (done.amount, done.interest, done.saved) == (910_000, 3_301, 19_518)
    assert dues.owed(store, store.get_product(1), date(2026, 6, 1)) == 0
    # (Less than the principal and what is past due is refused: the next test.)


@pytest.mark.parametrize(
    ("setup", "day", "amount", "field", "words"),
    [
        ("card", PAYOFF, None, "plan", "only a loan's repayment schedule"),
        ("late", date(2027, 1, 10), None, "date", "nothing is left to pay off early"),
        ("loan", date(2026, 4, 26), None, "date", "is in the future"),
        ("loan", date(2026, 3, 25), None, "date", "a payment is recorded on 2026-04-10"),
        ("loan", PAYOFF, "9,000.00", "amount", "less than the ¥9,066.99"),
        ("loan", PAYOFF, "$9100", "amount", "another currency"),
    ],
)
def test_refused_with_the_reason_and_nothing_saved(  # type: ignore[no-untyped-def]
    store, setup, day, amount, field, words
) -> None:
    today = PAYOFF
    if setup == "card":
        products.add_product(store, "C", "cn-credit-card", {})
        plan_id = plans.add_plan(store, 1, 120_000, 12, date(2026, 5, 1), "")[0].source_id
    elif setup == "late":  # asked in 2027, after the last instalment (due 10 Jan 2027)
        plan_id, today = _loan(store), day
    else:
        plan_id = _loan(store)
    before = (store.list_dues(1), store.list_payments(1), store.list_plans(1))
    with pytest.raises(InputError, match=words) as err:
        plans.pay_off_plan(store, plan_id or 0, day, today, amount)
    assert err.value.field == field
    assert (store.list_dues(1), store.list_payments(1), store.list_plans(1)) == before


def _cli(store: Store, *args: str) -> dict:  # type: ignore[type-arg]
    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        code = main(["--db", str(store.path), "--today", "2026-04-25", "--json", *args])
    assert code == 0
    return json.loads(out.getvalue())  # type: ignore[no-any-return]


def test_the_cli_quotes_then_records(store) -> None:  # type: ignore[no-untyped-def]
    plan_id = _loan(store)
    quote = _cli(store, "plan", "prepay", str(plan_id), "--dry-run")
    assert quote == {
        "saved": None, "plan_id": plan_id, "currency": "CNY", "date": "2026-04-25",
        "amount": "9089.66", "remaining_principal": "9066.99", "interest_to_date": "22.67",
        "interest_saved": "205.52",
    }  # fmt: skip
    assert len(store.list_payments(1)) == 3  # a dry run records nothing
    done = _cli(store, "plan", "prepay", str(plan_id))
    assert (done["saved"], done["amount"]) == ("early payoff", "9089.66")
    assert _cli(store, "due")["dues"] == []
