"""The engine's speed-ups of issue 11 (acceptance 5) give exactly what they replaced.

Differential tests (hypothesis): each speed-up is checked against the code it replaced,
kept here as the reference, on random inputs; nothing is hand-computed (the figures are
hand-checked in test_engine.py, test_engine_rules2.py and test_simulator.py).
"""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Context, Decimal

from hypothesis import assume, example, given, settings
from hypothesis import strategies as st

from tracker.engine import Account, Paid, PartDue, Policy, RecordedBill, rules, snapshot
from tracker.engine.play import AccountPlay
from tracker.money import round_minor
from tracker.products import PRESETS, from_preset


def _reference_share(amount: int, rate: Decimal) -> int:
    """rules.share before the speed-up: the exact Decimal product, rounded half up."""
    return round_minor(Context(prec=60).multiply(Decimal(amount), rate))


@settings(max_examples=150, deadline=None)
@given(
    amount=st.integers(-(10**15), 10**15),
    rate=st.integers(0, 12).flatmap(lambda k: st.decimals(0, 2, places=k))
    | st.decimals(0, 1, places=25)
    | st.decimals(-1, 0, places=3),
)
@example(amount=5, rate=Decimal("0.1"))  # 0.5: half up → 1
@example(amount=-5, rate=Decimal("0.1"))  # −0.5: halves away from zero → −1 (Decimal)
@example(amount=15, rate=Decimal("0.10"))  # the same rate, another exponent: 2
@example(amount=3, rate=Decimal("5E+1"))  # a positive exponent: 150 (Decimal path)
@example(amount=10**15, rate=Decimal("0.00049315068493150684931506849315"))
def test_share_is_the_exact_product_rounded_half_up(amount: int, rate: Decimal) -> None:
    assert rules.share(amount, rate) == _reference_share(amount, rate)


def _reference_copy(play: AccountPlay) -> AccountPlay:
    """snapshot.copy_play before the speed-up (``copy.copy`` of every object)."""
    import copy

    out = copy.copy(play)
    for name, value in vars(play).items():
        if isinstance(value, (list, dict, set)):
            setattr(out, name, type(value)(value))
    out.s = copy.copy(play.s)
    out.s.arrears = [list(a) for a in play.s.arrears]
    out.s.grace_by_due = dict(play.s.grace_by_due)  # (shared, the original's play on
    # after this copy's changed this copy's: the test failed on cn-credit-card, 1, 78)
    out.orders = {k: list(v) for k, v in play.orders.items()}
    out.rows = [copy.copy(r) for r in play.rows]
    opens: dict[int, object] = {}

    def open_copy(o: object) -> object:
        if id(o) not in opens:
            opens[id(o)] = copy.copy(o)
        return opens[id(o)]

    out.opens = [open_copy(o) for o in play.opens]  # type: ignore[misc]
    out._fee_checks = [(d, open_copy(o)) for d, o in play._fee_checks]  # type: ignore[misc]
    return out


@settings(max_examples=40, deadline=None)
@example(preset="cn-credit-card", amount=1, cut=78, paid=[], parts=2)
@given(
    preset=st.sampled_from(sorted(PRESETS)),
    amount=st.integers(1, 3_000_000),
    cut=st.integers(0, 200),
    paid=st.lists(st.tuples(st.integers(0, 200), st.integers(1, 400_000)), max_size=3),
    parts=st.integers(0, 4),
)
def test_a_copied_play_goes_on_as_the_old_copy(preset, amount, cut, paid, parts) -> None:
    # A play cut on a day, copied by the new copy_play and by the old one, each carried
    # on to the end under the minimum policy: the same outcome, and the original (played
    # on after both copies) as well.
    product = from_preset(preset, preset)
    start = date(2026, 1, 1)
    bill = RecordedBill(start, start + timedelta(days=20), amount)
    account = Account(
        product,
        bills=(bill,),
        payments=tuple(Paid(start + timedelta(days=d), a) for d, a in paid),
        parts=tuple(
            PartDue(start + timedelta(days=30 * k + 20), 10_000, 300) for k in range(1, parts + 1)
        ),
    )
    original = AccountPlay(account)
    original.run_to(start + timedelta(days=cut))
    new, old = snapshot.copy_play(original), _reference_copy(original)
    outs = []
    for engine in (new, old, original):
        engine.policy = Policy("minimum")
        engine.run()
        outs.append(engine.outcome())
    assert outs[0] == outs[1] == outs[2]


def _reference_both(principal: int, pays: list[int]):  # type: ignore[no-untyped-def]
    """plans._npv_with_slope before the speed-up: the payments added as ints."""
    weighted = [(pay, k * pay) for k, pay in enumerate(pays, start=1)]
    weighted.reverse()

    def both(rate: Decimal) -> tuple[Decimal, Decimal]:
        v, total, slope = 1 / (1 + rate), Decimal(0), Decimal(0)
        for pay, kpay in weighted:
            total = (total + pay) * v
            slope = (slope + kpay) * v
        return total - principal, -(slope * v)

    return both


@settings(max_examples=300, deadline=None)
@given(
    principal=st.integers(1, 10**12),
    pays=st.lists(st.integers(0, 10**10), min_size=1, max_size=40),
    rate=st.decimals(Decimal("-0.99"), 5, places=30),
)
def test_the_irr_pass_is_the_same_to_the_last_digit(principal, pays, rate) -> None:
    # The payments as Decimals once instead of ints at every addition: each addition
    # converts its int exactly first, so every partial sum is the same Decimal.
    from decimal import localcontext

    from tracker import plans

    with localcontext() as ctx:
        ctx.prec = 40
        assert plans._npv_with_slope(principal, pays)(rate) == _reference_both(principal, pays)(
            rate
        )
        assert plans._npv(principal, pays)(rate) == _reference_both(principal, pays)(rate)[0]


def _three_ways(work):  # type: ignore[no-untyped-def]
    """``work()`` on the general loop alone, on the steady path event by event, and with
    whole cycles (tracker.engine.paid_parts among them); all three are returned."""
    from tracker.engine import steady

    was = steady.ENABLED, steady.CYCLES
    out = []
    try:
        for on, cycles in ((False, False), (True, False), (True, True)):
            steady.ENABLED, steady.CYCLES = on, cycles
            out.append(work())
    finally:
        steady.ENABLED, steady.CYCLES = was
    return out


def test_instalment_cycles_take_the_whole_cycle_path(monkeypatch) -> None:
    # A loan of 60 monthly parts paid in full: the first statement is played by the
    # general loop (the fast path waits for a played day), the other 59 whole cycles by
    # paid_parts.play_cycles (counted by wrapping it) — and the results are the same as
    # event by event. Without this the random test below could compare a path with
    # itself.
    from tracker.engine import paid_parts

    played: list[int] = []
    original = paid_parts.play_cycles

    def counting(engine: AccountPlay, *args: object) -> None:
        before = len(engine.rows)
        original(engine, *args)  # type: ignore[arg-type]
        played.append(len(engine.rows) - before)

    monkeypatch.setattr(paid_parts, "play_cycles", counting)
    product = from_preset("loan", "loan")
    start = date(2027, 1, 10)
    parts = tuple(PartDue(start + timedelta(days=31 * k), 20_000 + k, 500) for k in range(60))
    slow, events, quick = _three_ways(
        lambda: __import__("tracker.engine", fromlist=["play"]).play(
            Account(product, parts=parts), Policy(on_due="full")
        )
    )
    assert sum(played) == 59
    assert slow == events == quick
    assert len(quick.rows) == 60


@settings(max_examples=150, deadline=None)
@given(
    preset=st.sampled_from(sorted(PRESETS)),
    gaps=st.lists(st.integers(1, 45), min_size=1, max_size=14),
    amounts=st.lists(st.tuples(st.integers(-50, 90_000), st.integers(0, 3_000)), min_size=14),
    policy=st.sampled_from(["full", "minimum"]),
    bill=st.none() | st.integers(1, 500_000),
    paid=st.lists(st.tuples(st.integers(0, 400), st.integers(1, 90_000)), max_size=2),
)
@example(  # a part of −1: the general loop put 1 of principal past due with none due
    preset="baitiao",
    gaps=[1, 1, 1, 10, 1, 1, 1],
    amounts=[(0, 0)] * 6 + [(-1, 0)] + [(0, 0)] * 7,
    policy="minimum",
    bill=23,
    paid=[],
)
def test_instalment_accounts_play_the_same_on_every_path(
    preset, gaps, amounts, policy, bill, paid
) -> None:
    # Parts at random gaps (some closer than a cycle, so that statements overlap and the
    # fast path must hand back), zero or negative principal now and then, a recorded bill
    # before them or not, payments of the user's own.
    from tracker.engine import play as play_account

    product = from_preset(preset, preset)
    start = date(2026, 3, 5)
    days, day = [], start
    for gap in gaps:
        day += timedelta(days=gap)
        days.append(day)
    parts = tuple(PartDue(d, p, f) for d, (p, f) in zip(days, amounts, strict=False))
    bills = () if bill is None else (RecordedBill(start - timedelta(days=20), start, bill),)
    account = Account(
        product,
        bills=bills,
        parts=parts,
        payments=tuple(Paid(start + timedelta(days=d), a) for d, a in paid),
    )
    slow, events, quick = _three_ways(lambda: play_account(account, Policy(on_due=policy)))
    assert slow == events == quick


@settings(max_examples=200, deadline=None)
@given(
    principal=st.integers(2, 10**9),
    shares=st.lists(st.integers(1, 1_000), min_size=2, max_size=60),
    extra=st.integers(1, 10**6),
)
def test_the_irr_bracket_without_a_pass_is_the_bracket(principal, shares, extra) -> None:
    # Payments adding up to more than the principal, none above half of it: the bracket
    # (0, 1) that plans._bracket finds by evaluating f(1) is taken without that pass;
    # the rate is the same to the last digit.
    from decimal import ROUND_HALF_EVEN, localcontext

    from tracker import plans

    total = principal + extra
    pays = [total * k // sum(shares) for k in shares]
    pays[-1] += total - sum(pays)
    assume(2 * max(pays) <= principal)  # else plans._bracket is asked, as before
    with localcontext() as ctx:
        ctx.prec = 40
        lo, hi = plans._bracket(plans._npv(principal, pays), True)
        root = plans._solve(
            plans._npv_with_slope(principal, pays), lo, hi, plans._estimate(principal, pays)
        )
    assert (lo, hi) == (0, 1)
    assert plans.irr(principal, pays) == Context(prec=30, rounding=ROUND_HALF_EVEN).plus(root)


@settings(max_examples=25, deadline=None)
@given(
    presets=st.lists(st.sampled_from(sorted(PRESETS)), min_size=1, max_size=4),
    amounts=st.lists(st.integers(1, 3_000_000), min_size=4, max_size=4),
    parts=st.integers(0, 24),
    above=st.integers(-60, 300),
    months=st.integers(1, 60),
    spend=st.none() | st.integers(-5_000, 400_000),
)
def test_quiet_days_plan_as_full_days(presets, amounts, parts, above, months, spend) -> None:
    # The planner asks for the eve of each due date and of each month's end: with
    # AccountPlay._quiet_to (only the accrual on a day with nothing of its own) and with
    # every such day played by AccountPlay.advance, the same plans to the last field —
    # budgets from 40% of the minimums (missed, late, reported) to 4× them.
    from unittest import mock

    from tracker.engine import Spend
    from tracker.engine.planner import PlanAccount, first_minimums, plan_accounts
    from tracker.payoff import STRATEGIES

    items = []
    for i, name in enumerate(presets):
        product = from_preset(name, f"a{i}", statement_day=1 + 7 * i)
        statement = date(2026, 11, 1 + 7 * i)
        due = statement + timedelta(days=20)
        plan = tuple(
            PartDue(due + timedelta(days=30 * k), 25_000, 1_500) for k in range(1, parts + 1)
        )
        spends = () if spend is None else (Spend(statement + timedelta(days=40), spend),)
        account = Account(product, (RecordedBill(statement, due, amounts[i]),), spends, plan)
        items.append(PlanAccount(f"a{i}", name, account))
    begin = date(2026, 12, 1)
    budget = max(1, sum(first_minimums(items, begin).values()) * (100 + above) // 100)

    def plans() -> list[object]:
        return [plan_accounts(items, budget, begin, s, max_months=months) for s in STRATEGIES]

    quiet: list[bool] = []
    real = AccountPlay._quiet_to

    def counted(self: AccountPlay, day: date) -> bool:
        quiet.append(real(self, day))
        return quiet[-1]

    with mock.patch.object(AccountPlay, "_quiet_to", counted):
        quick = plans()
    with mock.patch.object(AccountPlay, "_quiet_to", lambda self, day: False):
        full = plans()
    assert any(quiet)  # the quiet path was taken (else this compares a path with itself)
    assert quick == full
