"""The account engine's fast paths give exactly what the general loop gives.

Differential tests (hypothesis): each case is computed twice, with
:data:`tracker.engine.steady.ENABLED` off (every event through the general loop,
:meth:`AccountPlay.run`) and on (steady "minimum every cycle" cycles on the fast path),
and the two results must be equal in every field — timelines row by row, cash flows,
totals, credit facts. Nothing here is hand-computed: the general loop's results are
hand-checked in test_engine.py and test_simulator.py; these tests prove the fast path
changes none of them.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import date, timedelta
from decimal import Decimal
from typing import TypeVar

from hypothesis import given, settings
from hypothesis import strategies as st

from tracker.engine import (
    Account,
    AccountPlay,
    Paid,
    PartDue,
    Policy,
    RecordedBill,
    Spend,
    play,
    steady,
)
from tracker.engine.planner import PlanAccount, first_minimums, plan_accounts
from tracker.engine.play import MAX_ROWS
from tracker.payoff import STRATEGIES
from tracker.products import PRESETS, from_preset
from tracker.simulator import simulate

T = TypeVar("T")
START = date(2026, 1, 1)


@contextmanager
def fast(on: bool, cycles: bool = True) -> Iterator[None]:
    was = steady.ENABLED, steady.CYCLES
    steady.ENABLED, steady.CYCLES = on, cycles
    try:
        yield
    finally:
        steady.ENABLED, steady.CYCLES = was


def both(work: Callable[[], T]) -> tuple[T, T]:
    """``work()`` on the general loop alone, then with the fast path event by event,
    then with it a cycle at a time; the last two must equal the first (checked here)."""
    with fast(False):
        slow = work()
    with fast(True, cycles=False):
        events = work()
    with fast(True):
        quick = work()
    assert events == slow
    return slow, quick


def test_the_switch_reaches_the_fast_path() -> None:
    # $1,200.00 on the US card paid by its minimum every cycle takes 96 statements: with
    # the switch on, the steady state is reached and played by steady.run (counted by
    # wrapping it); off, never. Without this the differential tests below could be
    # comparing the general loop with itself.
    calls: list[int] = []
    cycles: list[int] = []
    original, whole = steady.run, steady._cycles

    def counting(p: AccountPlay, max_rows: int) -> None:
        calls.append(len(p.rows))
        original(p, max_rows)

    def counting_cycles(p: AccountPlay, *args: object) -> None:
        before = len(p.rows)
        whole(p, *args)  # type: ignore[arg-type]
        cycles.append(len(p.rows) - before)

    us = from_preset("us-credit-card", "us")
    acc = Account(us, bills=(RecordedBill(date(2026, 11, 15), date(2026, 12, 10), 120_000),))
    steady.run = counting  # type: ignore[assignment]
    steady._cycles = counting_cycles  # type: ignore[assignment]
    try:
        with fast(False):
            slow = play(acc, Policy("minimum"))
        assert calls == []
        with fast(True):
            quick = play(acc, Policy("minimum"))
    finally:
        steady.run, steady._cycles = original, whole  # type: ignore[assignment]
    # Entered once, when the recorded bill has been judged, and played to the end; of the
    # 95 statements after the bill, the first posts event by event, the other 94 are
    # whole cycles.
    assert calls == [1]
    assert cycles == [94]
    assert slow == quick
    assert len(quick.rows) == 96
    assert quick.owed == 0


@settings(max_examples=25, deadline=None)
@given(
    preset=st.sampled_from(sorted(PRESETS)),
    statement_day=st.integers(1, 28),
    amount=st.integers(1, 5_000_000),
    due_offset=st.integers(0, 400),
    pay_after=st.integers(1, 200),
    overdue=st.lists(st.integers(1, 200), min_size=1, max_size=4, unique=True),
    paid=st.lists(st.tuples(st.integers(-20, 30), st.integers(1, 49)), max_size=2),
)
def test_every_simulator_option_is_the_same(
    preset, statement_day, amount, due_offset, pay_after, overdue, paid
) -> None:
    product = from_preset(preset, preset, statement_day=statement_day)
    due = START + timedelta(days=due_offset)
    # Part payments (each a percentage, together under the amount): a bill paid more
    # than its amount makes the "minimum every cycle" rate fail on the general loop
    # alone (an InvalidOperation in simulator._q, found here; not the fast path's).
    payments = [(due + timedelta(days=d), amount * pct // 100) for d, pct in paid]
    payments = [(d, a) for d, a in payments if a > 0]
    slow, quick = both(
        lambda: simulate(
            product,
            amount,
            due,
            pay_date=due + timedelta(days=pay_after),
            overdue_days=overdue,
            paid=payments,
        )
    )
    assert slow == quick


@settings(max_examples=60, deadline=None)
@given(
    preset=st.sampled_from(sorted(PRESETS)),
    statement_day=st.integers(1, 28),
    spends=st.lists(st.tuples(st.integers(0, 120), st.integers(-20_000, 900_000)), max_size=4),
    bills=st.lists(st.tuples(st.integers(0, 10), st.integers(1, 900_000)), max_size=2),
    parts=st.integers(0, 6),
    pays=st.lists(st.tuples(st.integers(0, 200), st.integers(1, 400_000)), max_size=4),
    on_due=st.sampled_from(["minimum", "full", "none"]),
    settle=st.none() | st.integers(0, 400),
    start=st.none() | st.integers(0, 200),
    cycles=st.none() | st.integers(0, 6),
    from_day=st.none() | st.integers(0, 300),
)
def test_random_accounts_and_policies_play_the_same(
    preset, statement_day, spends, bills, parts, pays, on_due, settle, start, cycles, from_day
) -> None:
    product = from_preset(preset, preset, statement_day=statement_day)
    day = START.replace(day=statement_day)
    recorded = []
    for k, (extra, amount) in enumerate(bills):
        statement = day + timedelta(days=31 * k)
        recorded.append(RecordedBill(statement, statement + timedelta(days=20 + extra), amount))
    acc = Account(
        product,
        bills=tuple(recorded),
        spends=tuple(Spend(START + timedelta(days=d), a) for d, a in spends),
        parts=tuple(
            PartDue(START + timedelta(days=40 + 30 * k), 10_000 + k, 300) for k in range(parts)
        ),
        payments=tuple(Paid(START + timedelta(days=d), a) for d, a in pays),
    )

    def later(n: int | None) -> date | None:
        return None if n is None else START + timedelta(days=n)

    policy = Policy(
        on_due, cycles if on_due != "minimum" else None, settle_on=later(settle),
        start=later(start), on_due_from=later(from_day),
    )  # fmt: skip
    if on_due == "minimum" and cycles is not None:
        policy = Policy(on_due, cycles, settle_on=later(settle), start=later(start))
    slow, quick = both(lambda: play(acc, policy))
    assert slow == quick


@settings(max_examples=12, deadline=None)
@given(
    presets=st.lists(st.sampled_from(sorted(PRESETS)), min_size=1, max_size=4),
    amounts=st.lists(st.integers(1, 3_000_000), min_size=4, max_size=4),
    parts=st.integers(0, 24),
    above=st.integers(-50, 300),
    months=st.integers(1, 120),
)
def test_planner_budgets_plan_the_same(presets, amounts, parts, above, months) -> None:
    items = []
    for i, name in enumerate(presets):
        product = from_preset(name, f"a{i}", statement_day=1 + 7 * i)
        statement = date(2026, 11, 1 + 7 * i)
        due = statement + timedelta(days=20)
        plan = tuple(
            PartDue(due + timedelta(days=30 * k), 25_000, 1_500) for k in range(1, parts + 1)
        )
        bill = RecordedBill(statement, due, amounts[i])
        items.append(PlanAccount(f"a{i}", name, Account(product, (bill,), parts=plan)))
    begin = date(2026, 12, 1)
    minimums = sum(first_minimums(items, begin).values())
    budget = max(0, minimums * (100 + above) // 100)
    slow, quick = both(
        lambda: [plan_accounts(items, budget, begin, s, max_months=months) for s in STRATEGIES]
    )
    assert slow == quick


def test_a_timeline_cut_at_600_statements_is_cut_the_same() -> None:
    # 1% of the principal plus the interest in full each month: 1,000,000.00 would take
    # far longer than the engine's 50 years (MAX_ROWS = 600 statements), so both plays
    # stop at the 600th statement, on the same day, owing the same.
    card = from_preset("cn-credit-card", "card", statement_day=5, min_payment_rate=Decimal("0.01"))
    acc = Account(card, bills=(RecordedBill(date(2026, 1, 5), date(2026, 1, 25), 100_000_000),))
    slow, quick = both(lambda: play(acc, Policy("minimum")))
    assert slow == quick
    assert len(quick.rows) == MAX_ROWS
    assert quick.owed > 0


def test_a_charged_off_account_plays_the_same() -> None:
    # Found by the random test above: a US card's $58.82 never paid for 159 days (charged
    # off at 180 days past due, "6"), then paid in part and left to its minimums. A
    # charged-off account is closed and its minimum is the balance: the fast path took
    # the $25 floor instead (Oct 2026: minimum 2,500 where 2,995 was due).
    us = from_preset("us-credit-card", "us", statement_day=1)
    acc = Account(
        us,
        bills=(RecordedBill(START, START + timedelta(days=20), 5_882),),
        payments=(Paid(START + timedelta(days=159), 6_943),),
    )
    policy = Policy("minimum", on_due_from=START + timedelta(days=222))
    slow, quick = both(lambda: play(acc, policy))
    assert slow == quick
    october = next(r for r in slow.rows if r.statement_date == date(2026, 10, 1))
    # Its interest at the penalty APR on the daily balance: 33,441 (1 Sep) × 9 days to the
    # 10 Sep payment of 30,531, then 2,910 × 21 days: 362,079 × 0.0008216438 = 297.50 →
    # 297; 2,910 + 297 = 3,207, all of it due.
    assert october.minimum == october.balance == 3_207
