"""Payoff and simulator from the stored closed cycle (issue 12): each account is played
once to the eve of today — resumed from its stored closed cycle — and every strategy and
option goes on from a copy of that play. The figures must be those of a play of every
account from its first record, with or without stored cycles.

Amounts are minor units (fen / cents).
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta
from decimal import Decimal
from pathlib import Path

import pytest
from dateutil.relativedelta import relativedelta
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from tests.core.test_closed_cycles import TODAY, ledger, new_store
from tracker.engine import AccountPlay, Negotiation, Policy, snapshot
from tracker.products import PRESETS
from tracker.service import accounts, charges, closed_cycles, openings, simulation
from tracker.service import payoff as payoff_service
from tracker.storage import Store
from tracker.storage import cycles as stored_cycles

BUDGET = 300_000  # 3,000.00 a month


def figures(store: Store) -> tuple[object, ...]:
    """The payoff (all three strategies, and the budget that clears it all in a year) and
    every option of every late due the simulator offers, read afresh."""
    store.memo.clear()
    out: list[object] = []
    try:
        result = payoff_service.payoff(store, TODAY, BUDGET)
        out += [result.debts, result.plans]
        out.append(payoff_service.budget_by(store, TODAY, TODAY + relativedelta(months=11)))
    except Exception as exc:  # nothing owed, no budget clears it: the same refusal
        out.append(str(exc))
    for view in simulation.simulatable_dues(store, TODAY):
        if view.due.due_date < TODAY:
            out.append(simulation.simulate_due(store, view.due.id, TODAY))
    return tuple(out)


def from_first_record(store: Store, monkeypatch: pytest.MonkeyPatch) -> tuple[object, ...]:
    """:func:`figures` the way they were made before: every strategy's plan and every
    option playing each account from its first record (no play copied)."""
    with monkeypatch.context() as m:
        m.setattr(openings, "eve_play", _first_record_play)
        m.setattr(snapshot, "fork", lambda play, policy: None)
        original = payoff_service.plan_items

        def items(debts, start):  # type: ignore[no-untyped-def]
            return original([replace(d, opening=None) for d in debts], start)

        m.setattr(payoff_service, "plan_items", items)
        m.setattr(payoff_service, "_owed_today", _owed_as_before)
        return figures(store)


def _owed_as_before(opening: AccountPlay, today: date) -> int:
    """The balance as ``payoff._owed_today`` made it before: the whole account (that of
    :func:`_first_record_play`) played straight to ``today``."""
    engine = AccountPlay(opening.account)
    engine.run_to(today)
    later = sum(p.principal + p.fee for s in engine.slots[engine.next_slot :] for p in s.parts)
    # A credit balance pays the later instalments first, as the ledger applies it (the
    # credit was dropped here before, unlike in payoff._owed_today: a Baitiao whose bills
    # were paid at 130 % and a 3-period split of 1,200.00 + 3 × 6.00 fees owes the split's
    # 121,800 less its credit balance, not 121,800 — the @example below).
    return max(0, engine.owed() + later + sum(x.amount for x in engine._spends))


def _first_record_play(store: Store, product: object, day: date) -> AccountPlay:
    play = AccountPlay(accounts.account_for(store, product))  # type: ignore[arg-type]
    play.run_to(day - timedelta(days=1))
    return play


def without_cycles(store: Store, monkeypatch: pytest.MonkeyPatch) -> tuple[object, ...]:
    with monkeypatch.context() as m:
        m.setattr(Store, "before_commit", [])
        with store.transaction():
            store.db.execute("DELETE FROM cycles")
        return figures(store)


@settings(
    max_examples=20, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    presets=st.lists(
        st.sampled_from([p for p in PRESETS if p not in ("loan", "pay-in-4")]),
        min_size=1,
        max_size=3,
        unique=True,
    ),
    months=st.integers(3, 16),
    paid=st.lists(st.sampled_from([0, 10, 50, 100, 100, 130]), min_size=1, max_size=5),
    late=st.lists(st.integers(-5, 70), min_size=1, max_size=5),
    unbilled=st.lists(st.integers(1, 50_000), max_size=3),
    split=st.one_of(st.none(), st.tuples(st.sampled_from([3, 6, 12]), st.integers(20, 400))),
)
@example(presets=["baitiao"], months=3, paid=[130], late=[0], unbilled=[], split=(3, 20))
def test_payoff_and_simulator_from_the_stored_cycle_equal_a_play_from_the_first_record(
    tmp_path_factory: pytest.TempPathFactory,
    monkeypatch: pytest.MonkeyPatch,
    presets: list[str],
    months: int,
    paid: list[int],
    late: list[int],
    unbilled: list[int],
    split: tuple[int, int] | None,
) -> None:
    store = new_store(tmp_path_factory.mktemp("r") / "r.db")
    first = TODAY - relativedelta(months=months)
    pids = [ledger(store, preset, months, paid, late, first) for preset in presets]
    product = store.get_product(pids[0])
    if split is not None and product.offers_installments:
        periods, back = split
        if periods in product.allowed_periods:
            day = max(first, TODAY - timedelta(days=back))
            charges.add_charge(store, pids[0], day, 120_000, TODAY, periods=periods)
    for k, amount in enumerate(unbilled):
        charges.add_charge(store, pids[-1], TODAY - timedelta(days=k), amount, TODAY)
    # At least 3 monthly bills each: a cycle closed before the last one is stored.
    assert all(stored_cycles.load(store, pid) is not None for pid in pids)
    resumed = figures(store)
    assert resumed == from_first_record(store, monkeypatch)
    assert resumed == without_cycles(store, monkeypatch)
    store.close()


def test_the_plan_resumes_from_the_stored_cycle(tmp_path: Path) -> None:
    # Three years of monthly bills, each paid in full on its due date: the stored cycle
    # closes at the verdict day before the last bill, so the play to the eve of today
    # posts only that last bill (36 + 1 statements in its timeline, 1 posted by it).
    store = new_store(tmp_path / "r.db")
    pid = ledger(store, "cn-credit-card", 37, [100], [0], TODAY - relativedelta(months=37))
    play = openings.eve_play(store, store.get_product(pid), TODAY)
    assert len(play.rows) == 37
    assert play.statements_played == 1
    store.close()


def test_a_fork_is_refused_when_the_policy_acts_before_the_copy_day() -> None:
    eve = TODAY - timedelta(days=1)
    assert snapshot.acts_after(Policy(), eve)
    assert snapshot.acts_after(Policy("full", start=TODAY), eve)
    assert not snapshot.acts_after(Policy("full"), eve)  # pays from the first record
    assert not snapshot.acts_after(Policy("full", start=eve), eve)
    assert not snapshot.acts_after(Policy(settle_on=eve), eve)
    deal = Negotiation(eve, 12, Decimal(0))
    assert not snapshot.acts_after(Policy(negotiation=deal, start=TODAY), eve)


def test_saving_missing_cycles_stores_them_once(tmp_path: Path) -> None:
    # A file written before cycles were stored: none kept. The deferred save stores
    # each product's; a second call finds nothing to do and writes nothing.
    store = new_store(tmp_path / "r.db")
    pid = ledger(store, "huabei", 6, [100], [0], TODAY - relativedelta(months=6))
    before = stored_cycles.load(store, pid)
    with pytest.MonkeyPatch.context() as m:
        m.setattr(Store, "before_commit", [])
        with store.transaction():
            store.db.execute("DELETE FROM cycles")
    assert closed_cycles.missing(store)
    assert closed_cycles.save_missing(store) is True
    assert stored_cycles.load(store, pid) == before
    assert not closed_cycles.missing(store)
    changes = store.db.conn.total_changes
    assert closed_cycles.save_missing(store) is False
    assert store.db.conn.total_changes == changes
    store.close()


def test_a_copied_play_keeps_its_own_per_order_fee_count() -> None:
    # Pay-in-4 late fees are capped per order (25% of its value): the count of fees
    # charged on an order is play state, so a copy played on must not add to the
    # original's (payoff strategies and simulator options each play their own copy).
    from tracker.engine import Account, AccountPlay, PartDue, Policy
    from tracker.engine.snapshot import copy_play
    from tracker.products import from_preset

    klarna = from_preset("pay-in-4", "k")
    parts = tuple(PartDue(date(2026, 1, 1) + timedelta(days=14 * n), 2_500, 0) for n in range(4))
    play = AccountPlay(Account(klarna, parts=parts), Policy(), date(2026, 1, 20))
    play.run()
    before = {k: list(v) for k, v in play.orders.items()}
    fork = copy_play(play)
    fork.until = date(2026, 4, 1)
    fork.run()  # misses every part: fees charged on the fork's order count
    assert fork.orders != before
    assert play.orders == before
