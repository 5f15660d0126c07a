"""The payoff planner prices a missed month by each product's own rules (DESIGN.md).

Each case: one product from a preset in a fresh file, one debt, a short budget; every
expected figure worked out by hand from the preset's values (minor units):

* us-credit-card: 24.99 % a year → 0.2499 / 365 = 0.0006846575 a day, × 30 =
  0.020539725 a month; minimum 1 % + interest + fees, at least $25; late fee $30,
  capped at the minimum.
* cn-credit-card: 0.05 % a day → 1.5 % a month; minimum 10 %; late fee 5 % of the
  unpaid minimum, at least ¥10.
* pay-in-4: no interest, no penalty rate; late fee $7.
* baitiao: instalment plan at 0 % while kept; a missed period's unpaid part accrues the
  0.05 % daily penalty (1.5 % a month), the rest of the plan nothing.
"""

from __future__ import annotations

from datetime import date

import pytest

from tracker.payoff import Debt, PayoffPlan, plan_payoff
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
    return debt, plan_payoff([debt], budget, TODAY, "avalanche", max_months=months)


def test_us_card_minimum_adds_the_interest(store: Store) -> None:
    debt, plan = one_debt_plan(store, "us-credit-card", 3_400, bill=324_560)
    (m1,) = plan.months
    # interest 324,560 × 0.020539725 = 6,666.37 → 6,666; minimum 1 % of the balance
    # without it (324,560 → 3,245.6 → 3,246) + 6,666 = 9,912.
    assert m1.interest[debt.key] == 6_666
    assert m1.minimums[debt.key] == 9_912
    # $34 paid: 6,512 of it unpaid → late fee $30 (under the 9,912 minimum), reported
    # only after 30 days (one missed month).
    assert m1.fees[debt.key] == 3_000
    assert plan.overdue[0].unpaid_minimum == 9_912 - 3_400


def test_us_late_fee_is_capped_at_the_minimum_not_the_unpaid_part(store: Store) -> None:
    debt, plan = one_debt_plan(store, "us-credit-card", 500, bill=2_000)
    (m1,) = plan.months
    # interest 2,000 × 0.020539725 = 41.08 → 41 → 2,041; minimum max($25, 20 + 41 = 61)
    # = 2,500, capped at the 2,041 balance. $5 paid, 1,541 unpaid; the $30 fee is capped
    # at the 2,041 minimum (not at the 1,541 left unpaid).
    assert m1.minimums[debt.key] == 2_041
    assert m1.fees[debt.key] == 2_041


def test_cn_card_late_fee_is_five_percent_of_the_unpaid_minimum(store: Store) -> None:
    debt, plan = one_debt_plan(store, "cn-credit-card", 10_000, bill=324_560)
    (m1,) = plan.months
    # 324,560 × 1.5 % = 4,868.4 → 4,868 → 329,428; minimum 10 % = 32,942.8 → 32,943;
    # paid 10,000, unpaid 22,943 → fee max(1,000, 5 % = 1,147.15 → 1,147) = 1,147.
    assert (m1.interest[debt.key], m1.minimums[debt.key]) == (4_868, 32_943)
    assert m1.fees[debt.key] == 1_147


def test_a_missed_pay_in_4_period_costs_its_late_fee(store: Store) -> None:
    debt, plan = one_debt_plan(store, "pay-in-4", 1_000, plan=(24_000, 4))
    (m1,) = plan.months
    # 4 × 6,000; 60.00 due, 10.00 paid → the $7 late fee; no interest ever.
    assert (m1.minimums[debt.key], m1.interest[debt.key]) == (6_000, 0)
    assert m1.fees[debt.key] == 700
    assert m1.balances[debt.key] == 24_000 - 1_000 + 700


def test_a_missed_plan_period_accrues_the_penalty_on_the_unpaid_part_only(
    store: Store,
) -> None:
    debt, plan = one_debt_plan(store, "baitiao", 20_000, months=2, plan=(300_000, 12))
    m1, m2 = plan.months
    # 300,000 in 12: principal 25,000 + fee round(300,000 × 0.5 %) = 1,500 → 26,500 a
    # period, 318,000 in all. Month 1: 26,500 due, 20,000 paid, 6,500 unpaid (Baitiao
    # has no late fee).
    assert (m1.minimums[debt.key], m1.fees[debt.key]) == (26_500, 0)
    # Month 2: the penalty runs on the 6,500 past due only: 6,500 × 0.0005 × 30 = 97.5
    # → 98 (not 1.5 % of the whole 298,000 left); the minimum is the next period plus
    # the late part in full: 26,500 + 6,500 = 33,000.
    assert m2.interest[debt.key] == 98
    assert m2.minimums[debt.key] == 33_000
