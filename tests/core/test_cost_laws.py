"""Property tests of the simulator and cost rules, across every preset.

The schedule-level laws (flat / total / amortising / no-fee sums, the flat APR rising with
the fee rate, the overdue penalty linear in days for Baitiao, payoff money conservation)
live in test_plans.py, test_engine.py and test_payoff.py; these add the same laws as the
user meets them: through :func:`simulate` on each preset, and for the total-rate model.
"""

from __future__ import annotations

from datetime import date, timedelta
from fractions import Fraction

from hypothesis import given, settings
from hypothesis import strategies as st

from tracker.products import PRESETS, from_preset
from tracker.simulator import simulate

DUE = date(2026, 12, 10)
WITH_PLANS = [name for name in PRESETS if name != "us-credit-card"]
PENALTY_PRESETS = ["baitiao", "huabei", "loan"]


def half_up(value: Fraction) -> int:
    return int(value + Fraction(1, 2))


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
        # Rounded once per posting (each statement, then the payoff): within half a fen
        # per posting of the exact simple penalty.
        postings = len(o.timeline)
        assert abs(o.total_cost - amount * rate * o.days) <= Fraction(postings, 2)
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
        # A product whose minimum is the whole amount has no "minimum" option: cost 0.
        return next(
            (o.total_cost for o in sim.options if o.kind == "minimum" and o.days == days), 0
        )

    assert 0 <= cost(later) <= cost(later + more)
