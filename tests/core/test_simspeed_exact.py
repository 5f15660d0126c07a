"""The speed-ups of the simulator's and planner's hot paths give exactly the old results.

Differential tests (hypothesis): each speed-up is checked against the code it replaced,
kept here as the reference, on random inputs; nothing is hand-computed (the figures
themselves are hand-checked in test_plans.py, test_engine.py and test_simulator.py).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from decimal import ROUND_HALF_EVEN, Context, Decimal, localcontext

from dateutil.relativedelta import relativedelta
from hypothesis import example, given, settings
from hypothesis import strategies as st

from tracker import plans
from tracker.engine import Account, Policy, RecordedBill, play, rules, steady
from tracker.engine.schedule import add_months
from tracker.products import PRESETS, from_preset


def _reference_irr(principal: int, pays: list[int]) -> Decimal:
    """plans.irr before the speed-up: f and f′ in two passes, Newton from the middle of
    the bracket."""
    if sum(pays) == principal:
        return Decimal(0)

    def f(rate: Decimal) -> Decimal:
        v, total = 1 / (1 + rate), Decimal(0)
        for pay in reversed(pays):
            total = (total + pay) * v
        return total - principal

    def slope(rate: Decimal) -> Decimal:
        v, total = 1 / (1 + rate), Decimal(0)
        for k in range(len(pays), 0, -1):
            total = (total + k * pays[k - 1]) * v
        return -(total * v)

    def solve(f: Callable[[Decimal], Decimal], lo: Decimal, hi: Decimal) -> Decimal:
        x = (lo + hi) / 2
        for _ in range(400):
            fx = f(x)
            if fx == 0:
                return x
            lo, hi = (x, hi) if fx > 0 else (lo, x)
            d = slope(x)
            step = fx / d if d != 0 else Decimal(0)
            nxt = x - step
            if not lo < nxt < hi:
                nxt = (lo + hi) / 2
            if abs(nxt - x) <= Decimal("1e-34") * (1 + abs(x)):
                return nxt
            x = nxt
        return x

    with localcontext() as ctx:
        ctx.prec = 40
        lo, hi = plans._bracket(f, sum(pays) > principal)
        root = solve(f, lo, hi)
    return Context(prec=30, rounding=ROUND_HALF_EVEN).plus(root)


@settings(max_examples=300, deadline=None)
@given(
    principal=st.integers(1, 10**12),
    pays=st.lists(st.integers(0, 10**11), min_size=1, max_size=400).filter(any),
)
def test_irr_is_the_reference_irr(principal: int, pays: list[int]) -> None:
    assert_same_root(plans.irr(principal, pays), _reference_irr(principal, pays))


@settings(max_examples=200, deadline=None)
@example(principal=83_787_947, periods=32, rate=0, extra=[])  # the rate of −7.9566e-9
@given(
    principal=st.integers(100, 10**9),
    periods=st.integers(1, 360),
    rate=st.integers(0, 3000),
    extra=st.lists(st.integers(0, 10**6), max_size=3),
)
def test_irr_of_level_schedules_is_the_reference(principal, periods, rate, extra) -> None:
    # The simulator's cases: near-level payments (a schedule, or a minimum every cycle)
    # whose rate is a few per cent a period, plus a few odd amounts at the end.
    level = max(1, principal // periods + principal * rate // 100_000)
    pays = [level] * periods + extra
    assert_same_root(plans.irr(principal, pays), _reference_irr(principal, pays))


def assert_same_root(new: Decimal, old: Decimal) -> None:
    # Both solvers stop when a Newton step is below 1e-34 × (1 + |i|), so they agree to
    # that, not to all 30 significant digits of a tiny rate: a rate of −7.9566e-9 came out
    # …91438174012182834E-9 against …2833E-9 (the 30th digit, 1e-38). What is shown of
    # an IRR, APR = 12·i and EAR to 6 places, is then the same.
    assert abs(new - old) <= Decimal("1e-33") * (1 + abs(old))
    twelve = Decimal(12)
    assert (twelve * new).quantize(Decimal("1e-6")) == (twelve * old).quantize(Decimal("1e-6"))


def test_a_tiny_rate_agrees_to_the_solvers_tolerance() -> None:
    # The case the random test met: 30 significant digits of a rate near 0 go below
    # the tolerance, where the two paths to the root differ.
    i = plans.irr(1_000_000_000, [2_777_778] * 360)
    assert abs(i) < Decimal("1e-6")
    assert_same_root(i, _reference_irr(1_000_000_000, [2_777_778] * 360))


@settings(max_examples=300, deadline=None)
@given(day=st.dates(date(1990, 1, 1), date(2100, 12, 31)), months=st.integers(-400, 400))
def test_add_months_is_relativedelta(day: date, months: int) -> None:
    # plans.period_dates and the simulator's instalment dates use schedule.add_months
    # (cached) instead of relativedelta: the same day, clamped to the month end.
    assert add_months(day, months) == day + relativedelta(months=months)


@settings(max_examples=400, deadline=None)
@given(
    preset=st.sampled_from(sorted(PRESETS)),
    rate=st.none() | st.decimals(0, 1, places=4),
    floor=st.none() | st.integers(0, 10_000),
    carried=st.integers(-100_000, 10**13),
    interest=st.integers(0, 10**9),
    installment=st.integers(0, 10**9),
    balance=st.integers(-10, 10**13),
)
def test_the_steady_minimum_is_the_minimum_rule(
    preset, rate, floor, carried, interest, installment, balance
) -> None:
    # The steady path's integer minimum (its share of the carried principal rounded half
    # up by floor division) against rules.minimum_due on the same statement.
    changes: dict[str, object] = {}
    if rate is not None:
        changes["min_payment_rate"] = rate
    if floor is not None:
        changes["min_payment_floor"] = floor
    product = from_preset(preset, preset).with_changes(**changes)
    parts = rules.StatementParts(
        0, carried_principal=carried, interest=interest, installment=installment,
        balance=balance,
    )  # fmt: skip
    rule = steady._minimum_rule(product)
    assert rule(carried, interest, installment, balance) == rules.minimum_due(product, parts)


def test_the_fast_path_never_pays_a_minimum_already_paid() -> None:
    # Found by test_engine_fast_paths (random): Baitiao, a ¥0.01 bill of 2026-01-01 due
    # 01-21 (paid by its minimum, ¥0.01), then a ¥0.01 bill of 02-01 due 03-01; the
    # cycle's own statement of 03-01 (due 03-10) shows the same ¥0.01, minimum ¥0.01.
    # On 03-01 the bill's minimum is paid: ¥0.01, and nothing is owed any more. On 03-10
    # the general loop pays min(owed 0, unpaid minimum 1) = 0; the fast path paid 1 and
    # left a credit (owed −1). Paid 1 + 1 = ¥0.02 in all, owed 0, on every path.
    product = from_preset("baitiao", "baitiao", statement_day=1)
    bills = (
        RecordedBill(date(2026, 1, 1), date(2026, 1, 21), 1),
        RecordedBill(date(2026, 2, 1), date(2026, 3, 1), 1),
    )
    acc = Account(product, bills=bills)
    outcomes = []
    was = steady.ENABLED, steady.CYCLES
    try:
        for on, cycles in ((False, True), (True, False), (True, True)):
            steady.ENABLED, steady.CYCLES = on, cycles
            outcomes.append(play(acc, Policy("minimum")))
    finally:
        steady.ENABLED, steady.CYCLES = was
    assert outcomes[0] == outcomes[1] == outcomes[2]
    assert [c.amount for c in outcomes[0].cash] == [1, 1]
    assert outcomes[0].owed == 0
