"""Payoff planner: hand-checked plans per strategy, validation, and money-conservation laws."""

from __future__ import annotations

import time
from datetime import date
from decimal import Decimal

import pytest
from hypothesis import assume, given, settings
from hypothesis import strategies as st

from tracker.errors import InputError
from tracker.money import round_minor
from tracker.payoff import (
    STRATEGIES,
    Debt,
    PayoffPlan,
    compare_strategies,
    plan_payoff,
)

START = date(2026, 12, 1)


def card(key: str, balance: int, rate: str, **kw: object) -> Debt:
    """A revolving debt with a 10 % minimum and no floor unless overridden."""
    fields: dict[str, object] = {"min_rate": Decimal("0.10"), "min_floor": 0}
    fields.update(kw)
    return Debt(key, key.upper(), balance, Decimal(rate), **fields)  # type: ignore[arg-type]


TWO = [card("a", 100000, "0.02"), card("b", 50000, "0.01")]  # 1,000.00 @ 2 %; 500.00 @ 1 %


def test_avalanche_two_debts_by_hand() -> None:
    plan = plan_payoff(TWO, 60000, START, "avalanche")
    m1, m2, m3 = plan.months
    # Month 1: interest a 100000×0.02 = 2000 → 102000, b 50000×0.01 = 500 → 50500.
    # Minimums 10 %: a 10200, b 5050; left 60000 − 15250 = 44750 → a (2 % is highest).
    assert m1.month == date(2026, 12, 1)
    assert m1.interest == {"a": 2000, "b": 500}
    assert m1.minimums == {"a": 10200, "b": 5050}
    assert m1.payments == {"a": 10200 + 44750, "b": 5050}
    assert m1.balances == {"a": 102000 - 54950, "b": 50500 - 5050}  # 47050, 45450
    # Month 2: a 47050×0.02 = 941 → 47991, b 45450×0.01 = 454.5 → 455 (half up) → 45905.
    # Minimums: a 4799.1 → 4799, b 4590.5 → 4591; left 60000 − 9390 = 50610;
    # a takes the rest of its balance 47991 − 4799 = 43192, b the last 50610 − 43192 = 7418.
    assert m2.month == date(2027, 1, 1)
    assert m2.interest == {"a": 941, "b": 455}
    assert m2.minimums == {"a": 4799, "b": 4591}
    assert m2.payments == {"a": 47991, "b": 4591 + 7418}
    assert m2.balances == {"a": 0, "b": 45905 - 12009}  # b 33896
    # Month 3: b 33896×0.01 = 338.96 → 339 → 34235, paid in full.
    assert m3.payments == {"a": 0, "b": 34235}
    assert plan.debt_free == date(2027, 2, 1)
    assert plan.total_interest == 2000 + 500 + 941 + 455 + 339  # 4235
    assert plan.total_paid == 60000 + 60000 + 34235
    assert plan.total_fees == 0 and plan.overdue == () and plan.shortfall == 0


def test_snowball_two_debts_by_hand() -> None:
    plan = plan_payoff(TWO, 60000, START, "snowball")
    m1, m2, m3 = plan.months
    # Month 1: same interest and minimums; the 44750 left goes to b (smallest balance):
    # b 50500 − 5050 − 44750 = 700, a 102000 − 10200 = 91800.
    assert m1.payments == {"a": 10200, "b": 5050 + 44750}
    assert m1.balances == {"a": 91800, "b": 700}
    # Month 2: a 91800×0.02 = 1836 → 93636 (min 9363.6 → 9364); b 700×0.01 = 7 → 707
    # (min 70.7 → 71). Left 60000 − 9435 = 50565: b takes its last 636, a the other 49929.
    assert m2.interest == {"a": 1836, "b": 7}
    assert m2.minimums == {"a": 9364, "b": 71}
    assert m2.payments == {"a": 9364 + 49929, "b": 707}
    assert m2.balances == {"a": 93636 - 59293, "b": 0}  # a 34343
    # Month 3: a 34343×0.02 = 686.86 → 687 → 35030, paid in full.
    assert m3.interest == {"a": 687, "b": 0}
    assert m3.payments == {"a": 35030, "b": 0}
    assert plan.debt_free == date(2027, 2, 1)
    assert plan.total_interest == 2000 + 500 + 1836 + 7 + 687  # 5030 > avalanche's 4235
    assert plan.total_paid == 150000 + 5030


def test_least_damage_equals_avalanche_when_minimums_are_covered() -> None:
    plans = compare_strategies(TWO, 60000, START)
    assert list(plans) == list(STRATEGIES)
    assert plans["least-damage"].months == plans["avalanche"].months


# a reports after 1 day (any miss marks it); b only at 60 days past due, 3 %/month penalty.
SHORT = [
    card("a", 100000, "0.015", late_fee=500),
    card("b", 200000, "0.02", late_fee=1000, penalty_monthly_rate=Decimal("0.03"),
         report_after_days=60),
]  # fmt: skip


def test_least_damage_keeps_the_reported_product_clean() -> None:
    plan = plan_payoff(SHORT, 25000, START, "least-damage", max_months=2)
    m1, m2 = plan.months
    # Month 1: a 100000×0.015 = 1500 → 101500 (min 10150); b 200000×0.02 = 4000 → 204000
    # (min 20400). Minimums 30550 > budget 25000: shortfall 25000 − 30550 = −5550.
    assert plan.shortfall == -5550
    # a's miss would be reported, b's (60-day product) not yet: pay a's 10150 first;
    # 14850 left cannot cover b's 20400, so it all goes to b as a part payment.
    assert m1.payments == {"a": 10150, "b": 14850}
    assert m1.missed == ("b",)
    assert m1.fees == {"a": 0, "b": 1000}
    assert m1.balances == {"a": 91350, "b": 204000 - 14850 + 1000}  # b 190150
    assert plan.overdue[0].key == "b" and plan.overdue[0].unpaid_minimum == 20400 - 14850
    assert not plan.overdue[0].reported
    # Month 2: a 91350×0.015 = 1370.25 → 1370 → 92720 (min 9272). b: the unpaid 5550 is
    # past due at the 3 % penalty rate, the rest at 2 %: (190150 − 5550)×0.02 + 5550×0.03
    # = 3692 + 166.5 = 3858.5 → 3859 → 194009; its minimum is 10 % of the current part
    # (194009 − 5550 = 188459 → 18845.9 → 18846) + the 5550 past due in full = 24396.
    # A second miss would make b 60 days late, so both are at risk now: smallest
    # minimum (a) first; the 15728 left does not cover b's 24396.
    assert m2.interest == {"a": 1370, "b": 3859}
    assert m2.minimums == {"a": 9272, "b": 24396}
    assert m2.payments == {"a": 9272, "b": 25000 - 9272}
    assert plan.overdue[1].unpaid_minimum == 24396 - 15728  # 8668
    assert plan.overdue[1].reported
    assert plan.reported_keys == ("b",)
    assert plan.debt_free is None


def test_avalanche_on_a_short_budget_marks_the_cheap_product() -> None:
    plan = plan_payoff(SHORT, 25000, START, "avalanche", max_months=1)
    (m1,) = plan.months
    # b (2 %) first: its 20400 minimum fits; a's 10150 does not fit in the 4600 left,
    # which goes to b too. a misses, is charged 500 and is reported (1-day product).
    assert m1.payments == {"a": 0, "b": 25000}
    assert m1.balances == {"a": 101500 + 500, "b": 204000 - 25000}
    assert plan.overdue[0].unpaid_minimum == 10150
    assert plan.reported_keys == ("a",)
    assert plan.total_fees == 500


def test_least_damage_marks_the_fewest_products() -> None:
    # Three 1-day products at 3 / 2 / 1 % a month, 10 % minimums, budget 100.00.
    debts = [
        card("big", 60000, "0.03", min_rate=Decimal("0.1")),
        card("mid", 50000, "0.02", min_rate=Decimal("0.1")),
        card("small", 30000, "0.01", min_rate=Decimal("0.1")),
    ]
    budget = 10000
    # Month 1 minimums after interest: big 61800 → 6180, mid 51000 → 5100, small 30300
    # → 3030. Least-damage pays 3030 + 5100 = 8130, then 1870 goes to big (highest rate).
    ld = plan_payoff(debts, budget, START, "least-damage", max_months=1)
    assert ld.months[0].payments == {"big": 1870, "mid": 5100, "small": 3030}
    assert ld.reported_keys == ("big",)
    # Avalanche pays big's 6180 then cannot fit mid (5100 > 3820) but fits small (3030).
    av = plan_payoff(debts, budget, START, "avalanche", max_months=1)
    assert av.months[0].payments == {"big": 6180 + 790, "mid": 0, "small": 3030}
    assert av.reported_keys == ("mid",)


def test_fixed_payment_loan_and_month_end_dates() -> None:
    # 1,200.00 at 1 %/month, 400.00 fixed a month; start on 31 January.
    loan = Debt("loan", "Loan", 120000, Decimal("0.01"), Decimal(0), 0, fixed_payment=40000)
    plan = plan_payoff([loan], 40000, date(2027, 1, 31), "avalanche")
    # 120000 + 1200 − 40000 = 81200; + 812 − 40000 = 42012; + 420.12 → 420 = 42432:
    # 40000 due, 2432 left over (month 4: 2432 + 24.32 → 24 = 2456, paid in full).
    assert [r.minimums["loan"] for r in plan.months] == [40000, 40000, 40000, 2456]
    assert [r.balances["loan"] for r in plan.months] == [81200, 42012, 2432, 0]
    assert [r.month for r in plan.months] == [
        date(2027, 1, 31),
        date(2027, 2, 28),
        date(2027, 3, 31),
        date(2027, 4, 30),
    ]
    assert plan.debt_free == date(2027, 4, 30)
    assert plan.total_interest == 1200 + 812 + 420 + 24


def test_minimum_floor_and_cap() -> None:
    debt = card("c", 100000, "0", min_rate=Decimal("0.01"), min_floor=2500)
    assert debt.minimum(100000) == 2500  # 1 % is 1000, the floor wins
    assert debt.minimum(500000) == 5000
    assert debt.minimum(1200) == 1200  # never more than the balance
    assert debt.minimum(0) == 0


def test_no_debts_and_zero_balances_are_debt_free_now() -> None:
    for debts in ([], [card("z", 0, "0.02")]):
        plan = plan_payoff(debts, 1000, START, "snowball")
        assert plan.months == () and plan.debt_free == START
        assert (plan.total_paid, plan.total_interest, plan.shortfall) == (0, 0, 0)


def test_budget_below_interest_stops_at_max_months() -> None:
    # 10,000.00 at 2 % accrues 200.00 a month; 100.00 a month never pays it off.
    debt = card("d", 1000000, "0.02", min_rate=Decimal("0.001"))
    began = time.perf_counter()
    plan = plan_payoff([debt], 10000, START, "avalanche", max_months=360)
    assert time.perf_counter() - began < 5
    assert len(plan.months) == 360 and plan.debt_free is None
    assert plan.months[-1].balances["d"] > 1000000
    assert plan.remaining_balance == plan.months[-1].balances["d"]


def test_penalty_rate_defaults_to_the_monthly_rate() -> None:
    assert card("e", 1, "0.015").penalty_monthly_rate == Decimal("0.015")


@pytest.mark.parametrize("budget", [0, -100])
def test_budget_must_be_positive(budget: int) -> None:
    with pytest.raises(InputError, match="budget must be greater than zero"):
        plan_payoff(TWO, budget, START, "avalanche")


@pytest.mark.parametrize(
    ("make", "message"),
    [
        (lambda: card("n", -1, "0.01"), "balance must not be negative"),
        (lambda: card("n", 1, "-0.01"), "monthly_rate must not be negative"),
        (lambda: card("n", 1, "0.01", late_fee=-5), "late_fee must not be negative"),
        (lambda: card("", 1, "0.01"), "non-empty key"),
    ],
)
def test_bad_debts_are_refused(make: object, message: str) -> None:
    with pytest.raises(InputError, match=message):
        make()  # type: ignore[operator]


def test_float_rate_is_refused() -> None:
    with pytest.raises(TypeError, match="Decimal"):
        Debt("f", "F", 100, 0.02, Decimal("0.1"), 0)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("debts", "strategy", "max_months", "message"),
    [
        (TWO, "random", 360, "unknown strategy 'random'"),
        ([*TWO, card("a", 1, "0.01")], "avalanche", 360, "'a' appears more than once"),
        (TWO, "avalanche", 0, "max_months"),
    ],
)
def test_bad_requests_are_refused(
    debts: list[Debt], strategy: str, max_months: int, message: str
) -> None:
    with pytest.raises(InputError, match=message):
        plan_payoff(debts, 1000, START, strategy, max_months=max_months)


def test_fifty_debts_thirty_years_is_fast() -> None:
    debts = [
        card(f"d{i:02}", 100000 + 7919 * i, f"0.0{1 + i % 3}", min_rate=Decimal("0.02"))
        for i in range(50)
    ]
    began = time.perf_counter()
    plans = compare_strategies(debts, 120000, START)
    assert time.perf_counter() - began < 3  # generous; the bench measures it properly
    assert all(len(p.months) == 360 or p.debt_free for p in plans.values())


# --- laws -------------------------------------------------------------------------------

rates = st.integers(0, 500).map(lambda n: Decimal(n).scaleb(-4))  # 0 … 5 % a month


@st.composite
def debt_lists(draw: st.DrawFn, *, fixed: bool = True) -> list[Debt]:
    count = draw(st.integers(0, 5))
    debts = []
    for i in range(count):
        rate = draw(rates)
        balance = draw(st.integers(0, 5_000_000))
        debts.append(
            Debt(
                key=f"k{i}",
                name=f"Debt {i}",
                balance=balance,
                monthly_rate=rate,
                min_rate=draw(st.integers(0, 300).map(lambda n: Decimal(n).scaleb(-3))),
                min_floor=draw(st.integers(0, 5000)),
                fixed_payment=draw(st.integers(0, 200_000)) if fixed else 0,
                late_fee=draw(st.integers(0, 5000)),
                penalty_monthly_rate=draw(st.none() | rates),
                report_after_days=draw(st.sampled_from([0, 1, 30, 60, 90])),
                min_includes_interest=draw(st.booleans()),
                late_fee_rate=draw(st.sampled_from([Decimal(0), Decimal("0.05")])),
                late_fee_cap_to_minimum=draw(st.booleans()),
                past_due=draw(st.integers(0, balance)),
            )
        )
    return debts


def _check_laws(debts: list[Debt], budget: int, plan: PayoffPlan) -> None:
    owed = sum(d.balance for d in debts)
    # Every minor unit is accounted for: paid + still owed = borrowed + interest + fees.
    assert plan.total_paid + plan.remaining_balance == owed + plan.total_interest + plan.total_fees
    if plan.debt_free is not None:
        assert plan.total_paid == owed + plan.total_interest + plan.total_fees
    for row in plan.months:
        assert all(b >= 0 for b in row.balances.values())
        assert all(p >= 0 for p in row.payments.values())
        assert sum(row.payments.values()) <= budget
        assert set(row.missed) == {k for k, m in row.minimums.items() if row.payments[k] < m}


@settings(max_examples=150, deadline=None)
@given(
    debts=debt_lists(),
    budget=st.integers(1, 500_000),
    strategy=st.sampled_from(STRATEGIES),
)
def test_money_is_conserved_and_balances_never_negative(
    debts: list[Debt], budget: int, strategy: str
) -> None:
    plan = plan_payoff(debts, budget, START, strategy, max_months=120)
    _check_laws(debts, budget, plan)


@settings(max_examples=150, deadline=None)
@given(debts=debt_lists(fixed=False), extra=st.integers(0, 500_000))
def test_avalanche_never_costs_more_interest_than_snowball(debts: list[Debt], extra: int) -> None:
    # Minimums of at least the interest rate never grow, so covering month 1 covers all.
    debts = [
        Debt(d.key, d.name, d.balance, d.monthly_rate, max(d.min_rate, d.monthly_rate), 0)
        for d in debts
    ]
    first = sum(d.minimum(d.balance + round_minor(d.balance * d.monthly_rate)) for d in debts)
    budget = first + 100 + extra
    plans = compare_strategies(debts, budget, START, max_months=600)
    avalanche, snowball = plans["avalanche"], plans["snowball"]
    assume(not avalanche.overdue and not snowball.overdue)
    # Each interest posting is rounded by at most half a minor unit, so near-ties can tip
    # by a unit or so (hypothesis found 5 > 4 on balances of 2.00 and 1.25); allow that.
    postings = sum(
        v > 0 for p in (avalanche, snowball) for r in p.months for v in r.interest.values()
    )
    assert avalanche.total_interest <= snowball.total_interest + postings // 2


def test_avalanche_rounding_near_tie_found_by_hypothesis() -> None:
    # 2.00 at 0.5 % and 1.25 at 0.4 %: exact interest favours avalanche, but half-up
    # rounding of tiny postings (0.5 → 1) makes it 0.05 dearer — within the allowance.
    debts = [card("k0", 200, "0.005", min_rate=Decimal("0.005")),
             card("k1", 125, "0.004", min_rate=Decimal("0.005"))]  # fmt: skip
    plans = compare_strategies(debts, 102, START)
    assert (plans["avalanche"].total_interest, plans["snowball"].total_interest) == (5, 4)


def test_snowball_breaks_a_balance_tie_by_the_higher_rate() -> None:
    # After month 1's interest both owe 510.00: a 510.00 at 0 %, b 500.00 + 2 % = 510.00.
    # Minimums 10 % = 51.00 each; the other 98.00 of a 200.00 budget goes to b (2 %).
    debts = [card("a", 51_000, "0"), card("b", 50_000, "0.02")]
    plan = plan_payoff(debts, 20_000, START, "snowball", max_months=1)
    assert plan.months[0].payments == {"a": 5_100, "b": 5_100 + 9_800}
