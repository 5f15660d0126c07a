"""The simulator from the open statuses (issue 12, branch readfast): its list of dues no
longer plays every account to today, and a late due's options go on from the account's
play resumed from the stored closed cycle, with that play's records (not the whole
account built again). Both give exactly what the path before gave, on the files of
tests/core/test_open_list.py: ``old_simulatable`` and ``old_simulate_due`` below are
that path, kept only as the reference.

Amounts are minor units (fen / cents).
"""

from __future__ import annotations

import contextlib
from datetime import date, timedelta
from typing import Any

import pytest
from dateutil.relativedelta import relativedelta
from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st

from tests.core.test_closed_cycles import TODAY, ledger, new_store
from tests.core.test_open_list import BILLED
from tests.core.test_settled_history import instalments
from tracker.errors import InputError
from tracker.ledger import DueStatus
from tracker.products import Product
from tracker.service import (
    accounts,
    charges,
    dues,
    negotiate,
    open_ledger,
    openings,
    payments,
    simulation,
)
from tracker.simulator import Simulation, simulate
from tracker.storage import Store


def old_simulatable(store: Store, today: date) -> list[tuple[Product, DueStatus]]:
    """The list as it was: the open views (every account played to today), owed."""
    views = [v for v in dues.open_views(store, today) if v.amount > 0]
    views.sort(key=lambda v: (v.due.due_date, v.due.id))
    return [(v.product, v.status) for v in views]


def old_simulate_due(store: Store, due_id: int, today: date, **options: Any) -> Simulation:
    """simulate_due as it was: a late due's whole account built for the options."""
    found = next(((p, s) for p, s in dues.open_statuses(store, today) if s.due.id == due_id), None)
    assert found is not None
    product, status = found
    due = status.due
    if due.minimum_due >= due.total:
        options.setdefault("periods", [])
    # (The ledger's late fees and loan penalty on the dues: as the due list has them.)
    fees = accounts.folded_fees(store, product, today)
    paid = open_ledger.paid_on(store, product.saved_id, due.id, fees)
    late = (today - due.due_date).days > 0
    return simulate(
        product,
        due.total,
        due.due_date,
        minimum=due.minimum_due,
        posting=due.statement_date,
        paid=paid,
        today=today,
        account=accounts.account_for(store, product) if late else None,
        opening=openings.eve_play(store, product, today) if late else None,
        **options,
    )


def assert_as_before(store: Store, today: date) -> int:
    """The list and every due's simulation as the path before gives them; how many
    late dues were simulated."""
    store.memo.clear()
    listed = simulation.simulatable_dues(store, today)
    store.memo.clear()
    assert [(v.product, v.status) for v in listed] == old_simulatable(store, today)
    late = 0
    for view in listed:
        store.memo.clear()
        new = simulation.simulate_due(store, view.due.id, today)
        store.memo.clear()
        assert new == old_simulate_due(store, view.due.id, today)
        late += view.due.due_date < today
    return late


@settings(
    max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    presets=st.lists(st.sampled_from(BILLED), min_size=1, max_size=3, unique=True),
    months=st.integers(2, 30),
    paid=st.lists(st.sampled_from([0, 10, 50, 100, 100, 100, 130]), min_size=1, max_size=5),
    late=st.lists(st.sampled_from([-3, 0, 0, 0, 2, 9, 40, 70, 150]), min_size=1, max_size=5),
    periods=st.one_of(st.none(), st.sampled_from(["pay-in-4", "loan"])),
    split=st.one_of(st.none(), st.tuples(st.sampled_from([3, 6, 12]), st.integers(20, 300))),
    back_dated=st.one_of(st.none(), st.integers(20, 200)),
    agree=st.booleans(),
    asked=st.sampled_from([0, 0, 15, 45]),
)
def test_the_simulator_gives_what_it_gave_before(
    tmp_path_factory: pytest.TempPathFactory,
    presets: list[str],
    months: int,
    paid: list[int],
    late: list[int],
    periods: str | None,
    split: tuple[int, int] | None,
    back_dated: int | None,
    agree: bool,
    asked: int,
) -> None:
    # The files of test_open_list (its own construction, without the archived product
    # and the tampered due, which the simulator never sees differently).
    store = new_store(tmp_path_factory.mktemp("s") / "s.db")
    first = TODAY - relativedelta(months=months)
    pids = [ledger(store, preset, months, paid, late, first) for preset in presets]
    if periods is not None:
        orders = [(30 * k, 9_000 + 1_000 * k, k % 2 == 0) for k in range(months // 2 + 1)]
        pids.append(instalments(store, periods, orders, paid, late, first))
    product = store.get_product(pids[0])
    if split is not None and product.offers_installments:
        count, back = split
        if count in product.allowed_periods:
            day = max(first, TODAY - timedelta(days=back))
            charges.add_charge(store, pids[0], day, 120_000, TODAY, periods=count)
    if back_dated is not None:
        day = max(first, TODAY - timedelta(days=back_dated))
        payments.add_payment(store, pids[-1], day, 1_234, TODAY, allow_credit=True)
    if agree:
        overdue = [p for p in store.list_products() if negotiate.oldest_overdue(store, p, TODAY)]
        if overdue:
            owed = negotiate.owed_today(store, overdue[0], TODAY)
            with contextlib.suppress(InputError):
                negotiate.record_agreement(
                    store,
                    overdue[0].saved_id,
                    f"{owed // 100}.{owed % 100:02d}",
                    3,
                    TODAY + timedelta(days=10),
                    TODAY,
                )
                event("agreed")
    simulated = assert_as_before(store, TODAY - timedelta(days=asked))
    event(f"{min(simulated, 3)}+ late dues simulated")
    store.close()


def test_a_late_due_resumed_builds_no_whole_account(
    tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Baitiao, 12 monthly bills, the last two unpaid (due 12 Oct and 12 Nov): the stored
    cycle serves, so neither the list nor the late due's options build the whole account
    or play any account to today; the options equal the path before's."""
    store = new_store(tmp_path_factory.mktemp("r") / "r.db")
    ledger(store, "baitiao", 12, [100] * 10 + [0, 0], [0], TODAY - relativedelta(months=12))
    built: list[int] = []
    played: list[int] = []
    real_for, real_played = accounts.account_for, accounts.played_to
    with monkeypatch.context() as m:
        m.setattr(accounts, "account_for", lambda s, p: built.append(p.saved_id) or real_for(s, p))
        m.setattr(
            accounts,
            "played_to",
            lambda s, p, d: played.append(p.saved_id) or real_played(s, p, d),
        )
        store.memo.clear()
        listed = simulation.simulatable_dues(store, TODAY)
        late = [v for v in listed if v.due.due_date < TODAY]
        assert late, "a late due to simulate"
        sim = simulation.simulate_due(store, late[0].due.id, TODAY)
    assert (built, played) == ([], [])
    assert sim.days_late > 0
    store.memo.clear()
    assert sim == old_simulate_due(store, late[0].due.id, TODAY)
    store.close()
