"""The three payoff strategies on the account engine (DESIGN.md § The account engine,
"payoff planner": avalanche, snowball, least-damage; "each month paying what the
strategy says and letting the engine price what is left").

Ported from the pre-engine planner's tests (tests/core/test_payoff.py, removed with the
formula planner, issue 11): the order money goes out still matters; the old figures (a
month's interest on every balance before the minimum) do not.

Every case: CN credit cards (cn-credit-card preset: minimum 10 % of the spending; late
fee 5 % of the unpaid minimum, at least ¥10; tolerance ¥10; reported after 1 day), each
with one bill of 25 Nov due 15 Dec, planned from 1 Dec. Inside the interest-free period
nothing accrues before the due date, so the first month's minimums and payments are
exact by hand (minor units). Monthly rates for ranking: 0.05 % a day × 30 = 1.5 %, the
card set to 0.1 % a day × 30 = 3 %.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest

from tracker.errors import InputError
from tracker.payoff import PayoffPlan
from tracker.service import bills, products
from tracker.service import payoff as payoff_service
from tracker.storage import Store

TODAY = date(2026, 12, 1)


@pytest.fixture
def store(empty_store: Store) -> Store:
    return empty_store


def cards(store: Store, *cards: tuple[str, int, str]) -> None:
    """Cards (name, bill, daily rate) each with a bill of 25 Nov due 15 Dec."""
    for name, bill, rate in cards:
        product = products.add_product(
            store, name, "cn-credit-card", {"revolving_daily_rate": rate}
        )
        pid = product.id or 0
        bills.add_bill(store, pid, date(2026, 11, 25), date(2026, 12, 15), bill, TODAY)


def plans(
    store: Store, budget: int, today: date = TODAY, months: int = 1
) -> dict[str, PayoffPlan]:
    """Every strategy's plan, its rows and overdue keyed by the cards' names."""
    debts = payoff_service.payoff_debts(store, today, "CNY")
    names = {d.key: d.name for d in debts}
    out = payoff_service.compare(debts, budget, today, max_months=months)
    return {s: _named(p, names) for s, p in out.items()}


def _named(plan: PayoffPlan, names: dict[str, str]) -> PayoffPlan:
    def by_name(d: dict[str, int]) -> dict[str, int]:
        return {names[k]: v for k, v in d.items()}

    rows = tuple(
        replace(
            r,
            payments=by_name(r.payments),
            interest=by_name(r.interest),
            fees=by_name(r.fees),
            balances=by_name(r.balances),
            minimums=by_name(r.minimums),
            missed=tuple(names[k] for k in r.missed),
        )
        for r in plan.months
    )
    overdue = tuple(replace(o, key=names[o.key]) for o in plan.overdue)
    return replace(plan, months=rows, overdue=overdue)


def test_extra_money_goes_to_the_highest_rate_or_the_smallest_balance(store: Store) -> None:
    cards(store, ("a", 100_000, "0.0005"), ("b", 200_000, "0.001"))
    out = plans(store, 100_000)
    # Minimums: a 10 % × 1,000.00 = 100.00, b 10 % × 2,000.00 = 200.00; the other
    # 1,000.00 − 300.00 = 700.00 is the extra.
    for plan in out.values():
        assert plan.months[0].minimums == {"a": 10_000, "b": 20_000}
        assert plan.overdue == () and plan.total_fees == 0
    # Avalanche: the extra to b (3 % a month beats 1.5 %): b 200.00 + 700.00 = 900.00.
    assert out["avalanche"].months[0].payments == {"a": 10_000, "b": 90_000}
    # Snowball: to a (1,000.00 is the smaller balance): a 100.00 + 700.00 = 800.00.
    assert out["snowball"].months[0].payments == {"a": 80_000, "b": 20_000}
    # Least-damage with every minimum covered is avalanche.
    assert out["least-damage"].months[0].payments == out["avalanche"].months[0].payments
    # Neither statement is paid in full by its verdict (15 Dec + 3 grace days), so each
    # bears interest on the whole statement from 25 Nov (the CN card's basis), and the
    # interest compounds monthly at the next statement (25 Dec). Paid on the due date,
    # 15 Dec. a (0.05 % a day): 100,000 × 20 days (25 Nov → 15 Dec) × 0.0005 = 1,000;
    # 90,000 left × 10 days (15 → 25 Dec) × 0.0005 = 450; the 25 Dec statement carries
    # 90,000 + 1,450 = 91,450, × 6 days (25 → 31 Dec, the month's end) × 0.0005 = 274.35;
    # 1,724.35 → 1,724.
    assert out["avalanche"].months[0].interest["a"] == 1_724
    # b (0.1 % a day): 200,000 × 20 × 0.001 = 4,000; 110,000 × 10 × 0.001 = 1,100;
    # (110,000 + 5,100) × 6 × 0.001 = 690.60; 5,790.60 → 5,791.
    assert out["avalanche"].months[0].interest["b"] == 5_791
    # Sending the extra to the 3 % card costs less interest than sending it to the 1.5 %.
    total = {s: sum(p.months[0].interest.values()) for s, p in out.items()}
    assert total["avalanche"] < total["snowball"]


def test_least_damage_marks_the_fewest_accounts(store: Store) -> None:
    cards(store, ("a", 30_000, "0.0005"), ("b", 50_000, "0.0005"), ("c", 70_000, "0.001"))
    out = plans(store, 8_000)
    # Minimums 3,000 + 5,000 + 7,000 = 15,000 against a budget of 8,000: short 7,000.
    assert out["avalanche"].shortfall == 8_000 - 15_000
    # Avalanche pays c (3 %) first: 7,000 fits; 1,000 left fits neither a's 3,000 nor
    # b's 5,000, and goes to c as extra. Two accounts miss and are reported; each late
    # fee is max(¥10, 5 % of 3,000 = 150 or of 5,000 = 250) = 1,000.
    avalanche = out["avalanche"]
    assert avalanche.months[0].payments == {"a": 0, "b": 0, "c": 8_000}
    assert [(o.key, o.unpaid_minimum, o.reported) for o in avalanche.overdue] == [
        ("a", 3_000, True),
        ("b", 5_000, True),
    ]
    assert avalanche.months[0].fees == {"a": 1_000, "b": 1_000, "c": 0}
    # Least-damage pays the smallest minimums first: a 3,000 + b 5,000 = 8,000 exactly;
    # only c misses (7,000 unpaid, fee max(¥10, 350) = 1,000).
    least = out["least-damage"]
    assert least.months[0].payments == {"a": 3_000, "b": 5_000, "c": 0}
    assert [(o.key, o.unpaid_minimum, o.reported) for o in least.overdue] == [("c", 7_000, True)]
    assert least.months[0].fees == {"a": 0, "b": 0, "c": 1_000}


def test_months_keep_the_first_day_and_clamp_to_the_month_end(store: Store) -> None:
    product = products.add_product(store, "card", "cn-credit-card", {})
    today = date(2027, 1, 31)
    bills.add_bill(store, product.id or 0, date(2027, 1, 25), date(2027, 2, 14), 100_000, today)
    plan = plans(store, 10_000, today, months=3)["avalanche"]
    # 31 Jan → 28 Feb → 31 Mar (never drifting to the 28th).
    assert [r.month for r in plan.months] == [
        date(2027, 1, 31),
        date(2027, 2, 28),
        date(2027, 3, 31),
    ]


@pytest.mark.parametrize("budget", [0, -100])
def test_a_budget_of_nothing_is_refused(store: Store, budget: int) -> None:
    cards(store, ("a", 100_000, "0.0005"))
    debts = payoff_service.payoff_debts(store, TODAY, "CNY")
    with pytest.raises(InputError, match="budget must be greater than zero"):
        payoff_service.compare(debts, budget, TODAY)
