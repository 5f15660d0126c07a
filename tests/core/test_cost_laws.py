"""Property tests of the simulator and cost rules, across every preset.

The schedule-level laws (flat / total / amortising / no-fee sums, the flat APR rising with
the fee rate, the overdue penalty linear in days for Baitiao, payoff money conservation)
live in test_plans.py, test_costs.py and test_payoff.py; these add the same laws as the
user meets them: through :func:`simulate` on each preset, and for the total-rate model.
"""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal
from fractions import Fraction

from hypothesis import given, settings
from hypothesis import strategies as st

from tracker.costs import penalty_so_far
from tracker.plans import irr, total_rate_schedule, true_rate
from tracker.products import PRESETS, from_preset
from tracker.simulator import simulate

DUE = date(2026, 12, 10)
WITH_PLANS = [name for name in PRESETS if name != "us-credit-card"]
PENALTY_PRESETS = ["baitiao", "huabei", "loan"]


def half_up(value: Fraction) -> int:
    return int(value + Fraction(1, 2))


@settings(max_examples=60, deadline=None)
@given(preset=st.sampled_from(WITH_PLANS), amount=st.integers(1, 10**10))
def test_every_instalment_option_sums_exactly(preset: str, amount: int) -> None:
    product = from_preset(preset, preset)
    sim = simulate(product, amount, DUE, overdue_days=(30,))
    options = [o for o in sim.options if o.kind == "installment"]
    assert [o.periods for o in options] == list(product.allowed_periods)
    for o in options:
        n = o.periods
        assert n is not None and len(o.schedule) == n
        assert sum(p.principal for p in o.schedule) == amount  # principal exactly
        assert all(p.principal >= 0 and p.fee >= 0 for p in o.schedule)
        fees = sum(p.fee for p in o.schedule)
        assert fees == o.total_cost
        model = product.installment_fee_model
        if model == "flat":  # n × round(A × f)
            assert fees == n * half_up(Fraction(amount) * Fraction(product.installment_fee_rate))
        elif model == "total":  # round(A × F_n), however it is split
            rate = product.installment_total_rates[n]
            assert fees == half_up(Fraction(amount) * Fraction(rate))
        elif model == "none":
            assert fees == 0 and o.apr == 0


@given(
    principal=st.integers(100_000, 10**10),
    periods=st.integers(1, 60),
    low=st.integers(0, 2_000),
    step=st.integers(10, 500),
)
def test_apr_rises_strictly_with_the_total_rate(
    principal: int, periods: int, low: int, step: int
) -> None:
    # Total rates a < b differ by ≥ 10 basis points: ≥ 100 fen more fee on ≥ 1,000.00.
    # A larger total never lowers an earlier payment by more than it raises the last
    # (leftover-last split), so the NPV at every i ≥ 0 rises and so does the IRR.
    a = total_rate_schedule(principal, periods, Decimal(low).scaleb(-4), DUE)
    b = total_rate_schedule(principal, periods, Decimal(low + step).scaleb(-4), DUE)
    assert irr(principal, [p.payment for p in a.periods]) < irr(
        principal, [p.payment for p in b.periods]
    )
    (apr_a, ear_a), (apr_b, ear_b) = true_rate(a), true_rate(b)
    assert apr_a < apr_b and ear_a < ear_b


@given(
    preset=st.sampled_from(PENALTY_PRESETS),
    unpaid=st.integers(1, 10**9),
    d1=st.integers(1, 1_000),
    d2=st.integers(1, 1_000),
)
def test_penalty_so_far_is_linear_in_days(preset: str, unpaid: int, d1: int, d2: int) -> None:
    product = from_preset(preset, preset)
    rate = Fraction(product.penalty_daily_rate)

    def penalty(days: int) -> int:
        return penalty_so_far(product, unpaid, DUE, DUE + timedelta(days=days))

    assert penalty(d1) == half_up(unpaid * rate * d1)  # U · p · D, rounded once
    # Simple, not compound: additive in days up to one rounding step.
    assert abs(penalty(d1 + d2) - penalty(d1) - penalty(d2)) <= 1


@settings(max_examples=60, deadline=None)
@given(
    preset=st.sampled_from(PENALTY_PRESETS),
    amount=st.integers(1, 10**9),
    days=st.lists(st.integers(1, 400), min_size=1, max_size=5, unique=True),
)
def test_simulated_overdue_cost_is_the_daily_penalty(
    preset: str, amount: int, days: list[int]
) -> None:
    product = from_preset(preset, preset)
    sim = simulate(product, amount, DUE, overdue_days=days)
    late = [o for o in sim.options if o.kind == "overdue"]
    rate = Fraction(product.penalty_daily_rate)
    assert [o.days for o in late] == days
    for o in late:
        assert o.days is not None
        assert o.total_cost == half_up(amount * rate * o.days)
        assert o.impact.reported and o.impact.code == min(7, -(-o.days // 30))


@settings(max_examples=60, deadline=None)
@given(
    preset=st.sampled_from(sorted(PRESETS)),
    amount=st.integers(100, 10**9),
    later=st.integers(1, 120),
    more=st.integers(1, 120),
)
def test_paying_the_rest_later_never_costs_less(
    preset: str, amount: int, later: int, more: int
) -> None:
    product = from_preset(preset, preset)

    def cost(days: int) -> int:
        sim = simulate(product, amount, DUE, pay_date=DUE + timedelta(days=days), periods=[])
        return next(o.total_cost for o in sim.options if o.kind == "minimum")

    assert 0 <= cost(later) <= cost(later + more)
