"""The payoff planner runs accounts on the account engine (DESIGN.md "payoff planner").

Each case: one product from a preset in a fresh file, its account, a short budget; every
expected figure worked out by hand from the preset's values (minor units):

* us-credit-card: 24.99 % a year → 0.0006846575 a day, from the statement date; minimum
  1 % + interest + fees, at least $25 (never above the balance); late fee $30, capped
  at the minimum.
* cn-credit-card: 0.05 % a day on the whole bill from posting once its grace is lost;
  minimum 10 %; a late fee for every missed statement, 5 % of its unpaid minimum, ≥ ¥10.
* pay-in-4: no interest, no penalty rate; late fee $7 after 10 days.
* baitiao: an instalment plan is its account's minimum; a missed minimum starts the
  0.05 % daily penalty on the whole unpaid amount.
"""

from __future__ import annotations

from datetime import date

import pytest

from tracker.payoff import Debt, PayoffPlan
from tracker.service import bills, plans, products
from tracker.service import payoff as payoff_service
from tracker.storage import Store

TODAY = date(2026, 12, 1)


@pytest.fixture
def store(empty_store: Store) -> Store:
    return empty_store


def one_debt_plan(
    store: Store,
    preset: str,
    budget: int,
    months: int = 1,
    *,
    bill: int = 0,
    plan: tuple[int, int] | None = None,
) -> tuple[Debt, PayoffPlan]:
    product = products.add_product(store, preset, preset, {})
    if bill:
        bills.add_bill(store, product.id or 0, date(2026, 11, 25), date(2026, 12, 15), bill, TODAY)
    if plan:
        plans.add_plan(store, product.id or 0, plan[0], plan[1], date(2026, 12, 15))
    (debt,) = payoff_service.payoff_debts(store, TODAY, product.currency)
    # Planned as the service plans it: the product's account on the account engine.
    return debt, payoff_service.compare([debt], budget, TODAY, max_months=months)["avalanche"]


def test_no_interest_inside_the_interest_free_period(store: Store) -> None:
    # A card bill paid in full by its due date costs nothing (was a month's 1.5 %).
    debt, plan = one_debt_plan(store, "cn-credit-card", 400_000, bill=324_560)
    (m1,) = plan.months
    assert (m1.minimums[debt.key], m1.payments[debt.key]) == (32_456, 324_560)
    assert (m1.interest[debt.key], m1.fees[debt.key]) == (0, 0)
    # (debt-free on the day it is paid: the 15 Dec due date)
    assert plan.debt_free == date(2026, 12, 15) and plan.total_interest == 0


def test_us_card_interest_from_the_statement_on_what_is_left(store: Store) -> None:
    debt, plan = one_debt_plan(store, "us-credit-card", 3_400, months=2, bill=324_560)
    m1, m2 = plan.months
    # Minimum 1 % × 324,560 = 3,245.6 → 3,246 (> $25); $34 paid on the due date, 15 Dec:
    # the grace is lost, interest from the statement date 25 Nov (Reg Z) on the average
    # daily balance to the month's end — 20 days × 324,560 (the $34 lowers it from its own
    # day, 15 Dec) + 16 days × 321,160 = 11,629,760 × 0.0006846575 = 7,962.4 — + the
    # 6,643 of interest the 25 Dec statement charges (below), in the daily balance for its
    # last 6 days: 6,643 × 6 × 0.0006846575 = 27.3 → 7,989.7 → 7,990. Met: no fee, not
    # reported.
    assert (m1.minimums[debt.key], m1.interest[debt.key], m1.fees[debt.key]) == (3_246, 7_990, 0)
    # The next statement follows the bill's own day, 25 Dec (due 10 Jan, the preset's
    # same day each month): 1 % × 321,160 = 3,211.6 → 3,212 + the interest it posts,
    # 20 days × 324,560 + 10 days × 321,160 (25 Nov → 25 Dec) = 9,702,800 × 0.0006846575
    # = 6,643.1 → 6,643: 9,855.
    assert m2.minimums[debt.key] == 3_212 + 6_643
    # $34 of it paid: missed by 6,455, not yet reported (under 30 days).
    assert [(o.month, o.unpaid_minimum, o.reported) for o in plan.overdue] == [
        (date(2027, 1, 1), 9_855 - 3_400, False)
    ]


def test_us_late_fee_is_capped_at_the_minimum_not_the_unpaid_part(store: Store) -> None:
    debt, plan = one_debt_plan(store, "us-credit-card", 500, bill=2_000)
    (m1,) = plan.months
    # Minimum: the $25 floor, but never above the $20 balance → 2,000. $5 paid, 1,500
    # unpaid; the $30 fee is capped at the 2,000 minimum (not at the 1,500 left unpaid).
    assert m1.minimums[debt.key] == 2_000
    assert m1.fees[debt.key] == 2_000


def test_cn_card_late_fee_is_five_percent_of_the_unpaid_minimum(store: Store) -> None:
    debt, plan = one_debt_plan(store, "cn-credit-card", 10_000, bill=324_560)
    (m1,) = plan.months
    # Minimum 10 % × 324,560 = 32,456; paid 10,000 on 15 Dec, 22,456 unpaid → fee
    # max(¥10, 5 % = 1,122.8 → 1,123); reported (past the 3 grace days).
    assert m1.minimums[debt.key] == 32_456
    assert m1.fees[debt.key] == 1_123
    assert plan.overdue[0].unpaid_minimum == 22_456 and plan.overdue[0].reported


def test_a_missed_pay_in_4_period_costs_its_late_fee(store: Store) -> None:
    debt, plan = one_debt_plan(store, "pay-in-4", 1_000, plan=(24_000, 4))
    (m1,) = plan.months
    # 4 × 6,000 from 15 Dec; 60.00 due, 10.00 paid → the $7 fee 10 days later (the
    # retry window); no interest ever; not reported before 30 days.
    assert (m1.minimums[debt.key], m1.interest[debt.key]) == (6_000, 0)
    assert m1.fees[debt.key] == 700
    assert m1.balances[debt.key] == 24_000 - 1_000 + 700
    assert not plan.overdue[0].reported


def test_a_missed_plan_period_makes_the_account_delinquent(store: Store) -> None:
    debt, plan = one_debt_plan(store, "baitiao", 20_000, months=2, plan=(300_000, 12))
    m1, m2 = plan.months
    # 300,000 in 12: principal 25,000 + fee round(300,000 × 0.5 %) = 1,500 → 26,500 a
    # period. Month 1: 26,500 due 15 Dec, 20,000 paid, 6,500 unpaid: the plan is the
    # account's minimum, so the account is delinquent and reported (was "clean"); the
    # BNPL penalty runs on the whole unpaid amount, 6,500 × 0.0005 × 16 days (to 31 Dec)
    # = 52; Baitiao has no late fee.
    assert (m1.minimums[debt.key], m1.interest[debt.key], m1.fees[debt.key]) == (
        26_500,
        52,
        0,
    )
    assert plan.overdue[0].reported
    # Month 2 (due 15 Jan): the next period + the unpaid minimum in full + the penalty
    # posted on the 6 Jan statement (15 Dec → 6 Jan, 22 days × 3.25 = 71.5 → 72):
    # 26,500 + 6,500 + 72 = 33,072.
    assert m2.minimums[debt.key] == 33_072


def test_a_tiny_budget_says_it_cannot_stop_the_growth_and_stops_at_serious(
    store: Store,
) -> None:
    # ¥10 a month against a 1,000.00 Baitiao bill due 15 Dec: its 100.00 minimum is
    # missed every month, the penalty 100,000 × 0.0005 = 50 a day outruns the ¥10; the
    # planner says by how much and stops when the account is over 90 days late instead
    # of compounding for 30 years (was ¥108,718,780,733.35 of interest).
    _, plan = one_debt_plan(store, "baitiao", 1_000, months=360, bill=100_000)
    # The worst month: January, 31 days of penalty on ~99,000 (1,534.6 → ≥ 1,530) less
    # the 1,000 paid.
    assert 500 <= plan.growth <= 600 and plan.stops_growth == 1_000 + plan.growth
    assert plan.stopped == "serious"
    assert len(plan.months) == 4 and plan.debt_free is None
    assert all(o.reported for o in plan.overdue)


def test_the_budget_that_clears_everything_by_a_date(store: Store) -> None:
    product = products.add_product(store, "Card", "cn-credit-card", {"statement_day": "25"})
    bills.add_bill(store, product.id or 0, date(2026, 11, 25), date(2026, 12, 14), 120_000, TODAY)
    budget = payoff_service.budget_by(store, TODAY, date(2027, 5, 31))
    # 1,200.00 within the interest-free period needs no more than 1,200.00 in one month;
    # over six months (Dec … May) the least whole-yuan budget that clears it by 31 May:
    result = payoff_service.payoff(store, TODAY, budget)
    avalanche = result.plans["avalanche"]
    assert avalanche.debt_free is not None and avalanche.debt_free <= date(2027, 5, 31)
    lower = payoff_service.payoff(store, TODAY, budget - 100).plans["avalanche"]
    assert lower.debt_free is None or lower.debt_free > date(2027, 5, 31)
    # At least a sixth of the bill, less than all of it.
    assert 20_000 <= budget < 120_000
