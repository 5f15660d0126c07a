"""The due list from open dues only (issue 12): the views of what is open read each
product's dues after the cut of its settled ledger (``tracker.storage.open_dues``) and
only the payments after it. Every figure they give — the dashboard's summaries and
totals, the due list, overdue warnings, reminders, payoff's currencies, the simulator's
dues, what a product owes — is the one the whole ledger gives, with the stored state and
without it; a cut the file no longer bears out is not used.

Amounts are minor units (fen / cents).
"""

from __future__ import annotations

import contextlib
from datetime import date, timedelta
from pathlib import Path

import pytest
from dateutil.relativedelta import relativedelta
from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st

from tests.core.test_closed_cycles import TODAY, ledger, new_store
from tests.core.test_settled_history import instalments
from tracker.errors import InputError, NotFoundError
from tracker.products import PRESETS
from tracker.service import (
    charges,
    dues,
    negotiate,
    overview,
    payments,
    products,
    reminders,
    simulation,
)
from tracker.service import payoff as payoff_service
from tracker.storage import Store, open_dues
from tracker.storage import cycles as stored_cycles

BILLED = tuple(p for p in PRESETS if p not in ("pay-in-4", "loan"))


def keep(view: dues.DueView) -> bool:
    """What a view of open dues looks at: owed, not paid, or carrying costs so far."""
    return view.amount > 0 or view.penalty_so_far > 0 or view.status.state_name != "paid"


def open_figures(store: Store, today: date) -> tuple[object, ...]:
    """Everything the views of open dues give on ``today``, read afresh."""
    store.memo.clear()
    out: list[object] = [
        [v for v in dues.open_views(store, today) if keep(v)],
        overview.product_summaries(store, today),
        overview.totals(store, today),
        overview.overdue_warnings(store, today),
        overview.product_rows(store, today, include_archived=True),
        dues.open_dues(store, today, 60),
        [d for d in reminders.open_reminder_dues(store, today) if d.state != "paid"],
        dues.credits(store, today),
        payoff_service.debt_currencies(store, today),
        simulation.simulatable_dues(store, today),
        [dues.owed(store, p) for p in store.list_products(include_archived=True)],
    ]
    late = [v for v in simulation.simulatable_dues(store, today) if v.due.due_date < today]
    if late:  # the oldest late due's options (its payments come from the open part)
        out.append(simulation.simulate_due(store, late[0].due.id, today))
    return tuple(out)


def from_whole_list(
    store: Store, today: date, monkeypatch: pytest.MonkeyPatch
) -> tuple[object, ...]:
    """:func:`open_figures` from every due and payment of the file: no cut holds."""
    with monkeypatch.context() as m:
        m.setattr(open_dues, "cuts", lambda store: {})
        return open_figures(store, today)


def without_stored(
    store: Store, today: date, monkeypatch: pytest.MonkeyPatch
) -> tuple[object, ...]:
    """:func:`open_figures` with no closed cycle (nor settled ledger) in the file."""
    with monkeypatch.context() as m:
        m.setattr(Store, "before_commit", [])
        with store.transaction():
            store.db.execute("DELETE FROM cycles")
        return open_figures(store, today)


def assert_open_views_are_the_whole_lists(store: Store, today: date) -> None:
    """Each open view is the whole list's view of that due; every due the whole list
    holds that is owed, not paid or carrying costs is in the open list."""
    store.memo.clear()
    whole = {v.due.id: v for v in dues.due_views(store, today)}
    opened = dues.open_views(store, today)
    assert all(whole[v.due.id] == v for v in opened)
    assert {i for i, v in whole.items() if keep(v)} <= {v.due.id for v in opened}
    assert [v.due.id for v in opened] == sorted(
        (v.due.id for v in opened), key=lambda i: (whole[i].due.due_date, i)
    )


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
    archive=st.booleans(),
    back_dated=st.one_of(st.none(), st.integers(20, 200)),
    tamper=st.booleans(),
    agree=st.booleans(),
    asked=st.sampled_from([0, 0, 15, 45]),
)
def test_the_open_list_gives_what_the_whole_list_gives(
    tmp_path_factory: pytest.TempPathFactory,
    monkeypatch: pytest.MonkeyPatch,
    presets: list[str],
    months: int,
    paid: list[int],
    late: list[int],
    periods: str | None,
    split: tuple[int, int] | None,
    archive: bool,
    back_dated: int | None,
    tamper: bool,
    agree: bool,
    asked: int,
) -> None:
    store = new_store(tmp_path_factory.mktemp("o") / "o.db")
    first = TODAY - relativedelta(months=months)
    pids = [ledger(store, preset, months, paid, late, first) for preset in presets]
    if periods is not None:  # an account of instalment periods beside them
        orders = [(30 * k, 9_000 + 1_000 * k, k % 2 == 0) for k in range(months // 2 + 1)]
        pids.append(instalments(store, periods, orders, paid, late, first))
    product = store.get_product(pids[0])
    if split is not None and product.offers_installments:
        count, back = split
        if count in product.allowed_periods:
            day = max(first, TODAY - timedelta(days=back))
            charges.add_charge(store, pids[0], day, 120_000, TODAY, periods=count)
    if back_dated is not None:  # a payment dated inside the closed cycles: cut again
        day = max(first, TODAY - timedelta(days=back_dated))
        payments.add_payment(store, pids[-1], day, 1_234, TODAY, allow_credit=True)
    if archive:  # a product paid off and archived (out of the everyday views)
        other = next(p for p in BILLED if p not in presets)
        extra = ledger(store, other, 4, [100], [0], TODAY - relativedelta(months=4))
        products.archive_product(store, extra)
    if tamper:  # the oldest bill's due changed behind the cut's back (no trigger)
        with monkeypatch.context() as m:
            m.setattr(Store, "before_commit", [])
            with store.transaction():
                store.db.execute(
                    "UPDATE dues SET principal = principal + 100 WHERE id ="
                    " (SELECT min(id) FROM dues WHERE product_id = ? AND kind = 'bill')",
                    (pids[0],),
                )
    if agree:  # a repayment plan agreed on the first product with something overdue
        late = [p for p in store.list_products() if negotiate.oldest_overdue(store, p, TODAY)]
        if late:
            owed = negotiate.owed_today(store, late[0], TODAY)
            total = f"{owed // 100}.{owed % 100:02d}"
            with contextlib.suppress(InputError):
                negotiate.record_agreement(
                    store, late[0].saved_id, total, 3, TODAY + timedelta(days=10), TODAY
                )
                event("agreed")
    today = TODAY - timedelta(days=asked)
    held = open_dues.cuts(store)
    event(f"{len(held)} of {len(pids)} cuts hold")
    if tamper:
        assert pids[0] not in held
    assert_open_views_are_the_whole_lists(store, today)
    found = open_figures(store, today)
    assert found == from_whole_list(store, today, monkeypatch)
    assert found == without_stored(store, today, monkeypatch)
    assert not agree or all(
        p.saved_id not in held for p in store.list_products() if store.agreed_plan_days(p.saved_id)
    )
    store.close()


# -- by hand -------------------------------------------------------------------------
def six_bills(tmp_path: Path) -> tuple[Store, int]:
    """Baitiao (statement on the 3rd, due 9 days later, on the 12th): bills of 3 Jun to
    3 Nov 2026, amounts 10,000 + 7,919 k: 100.00, 179.19, 258.38, 337.57, 416.76 and
    495.95, each paid in full on its due date (12 Jun … 12 Nov)."""
    store = new_store(tmp_path / "o.db")
    return store, ledger(store, "baitiao", 6, [100], [0], date(2026, 6, 3))


def test_the_open_list_starts_after_the_cut(tmp_path: Path) -> None:
    store, pid = six_bills(tmp_path)
    # The cycle closes at the verdict day before the last statement (3 Nov): 12 Oct.
    # Payments up to 12 Oct: 10,000 + 17,919 + 25,838 + 33,757 + 41,676 = 129,190,
    # the first five bills exactly: the cut is after the fifth bill's due (12 Oct).
    cut = open_dues.cuts(store)[pid]
    assert (cut.through, cut.due_date) == (date(2026, 10, 12), date(2026, 10, 12))
    assert cut.last[3] == 41_676  # its principal, paid
    # The open list holds the sixth bill alone (paid on 12 Nov); the whole list all six.
    opened = dues.open_views(store, TODAY)
    assert [(v.due.due_date, v.due.total, v.amount) for v in opened] == [
        (date(2026, 11, 12), 49_595, 0)
    ]
    assert len(dues.due_views(store, TODAY)) == 6
    assert dues.open_dues(store, TODAY) == []
    assert dues.owed(store, store.get_product(pid)) == 0
    store.close()


def test_a_cut_the_file_no_longer_bears_out_is_not_used(tmp_path: Path) -> None:
    store, pid = six_bills(tmp_path)
    # The second bill's due 1.00 more, written behind the triggers (a bill's due has
    # none of its own): the dues up to the cut total 129,290 against 129,190 paid.
    with pytest.MonkeyPatch.context() as m:
        m.setattr(Store, "before_commit", [])
        with store.transaction():
            store.db.execute(
                "UPDATE dues SET principal = principal + 100 WHERE product_id = ?"
                " AND due_date = '2026-07-12'",
                (pid,),
            )
    assert stored_cycles.load_settled(store).get(pid) is not None  # still saved
    assert pid not in open_dues.cuts(store)
    # Read whole: 178,885 owed in all against 178,785 paid, so the 1.00 is left on the
    # latest bill (each payment fills the oldest due first); its minimum is met, so it
    # revolves.
    opened = dues.open_views(store, TODAY)
    assert len(opened) == 6
    assert [(v.due.due_date, v.amount) for v in opened if v.amount] == [(date(2026, 11, 12), 100)]
    assert opened[-1].status.state_name == "revolving"
    store.close()


def test_with_every_due_settled_the_latest_carries_the_account(tmp_path: Path) -> None:
    store, pid = six_bills(tmp_path)
    # The sixth bill's due removed behind the triggers: the cut still holds (the five
    # dues up to it are as saved and paid by the payments up to 12 Oct), nothing is
    # after it, and its 495.95 payment of 12 Nov is now a credit beyond every due.
    with pytest.MonkeyPatch.context() as m:
        m.setattr(Store, "before_commit", [])
        with store.transaction():
            store.db.execute(
                "DELETE FROM dues WHERE product_id = ? AND due_date = '2026-11-12'", (pid,)
            )
    assert pid in open_dues.cuts(store)
    opened = dues.open_views(store, TODAY)
    # The fifth bill's due (12 Oct) stands for the account: paid, settled on 12 Oct.
    assert [(v.due.due_date, v.amount, v.status.state_name) for v in opened] == [
        (date(2026, 10, 12), 0, "paid")
    ]
    assert opened[0] == dues.due_views(store, TODAY)[-1]
    assert opened[0].status.state.settled_on == date(2026, 10, 12)
    assert dues.credits(store, TODAY) == {pid: 49_595}
    store.close()


def test_asked_about_a_day_before_the_cut_the_product_is_read_whole(tmp_path: Path) -> None:
    store, _ = six_bills(tmp_path)
    # On 1 Oct the cut (12 Oct) is still to come: every due is read, as of that day the
    # fifth bill (due 12 Oct) is unpaid and upcoming, and so is nothing else.
    day = date(2026, 10, 1)
    opened = dues.open_views(store, day)
    assert len(opened) == 6
    assert [(v.due.due_date, v.amount) for v in opened if v.amount] == [
        (date(2026, 10, 12), 41_676),
        (date(2026, 11, 12), 49_595),
    ]
    store.close()


def test_a_settled_due_is_paid_already_for_the_simulator(tmp_path: Path) -> None:
    store, pid = six_bills(tmp_path)
    first = min(store.list_dues(pid), key=lambda d: d.due_date)  # 12 Jun, before the cut
    with pytest.raises(InputError, match="paid already"):
        simulation.simulate_due(store, first.id, TODAY)
    with pytest.raises(NotFoundError):
        simulation.simulate_due(store, 99_999, TODAY)
    store.close()


def test_payoff_debts_are_played_on_to_a_later_start_and_refuse_an_earlier_one(
    tmp_path: Path,
) -> None:
    store = new_store(tmp_path / "o.db")
    pid = ledger(store, "cn-credit-card", 8, [100, 0], [0], TODAY - relativedelta(months=8))
    debts = payoff_service.payoff_debts(store, TODAY, "CNY")
    assert [d.key for d in debts] == [f"product-{pid}"]
    later = TODAY + timedelta(days=31)
    (item,) = payoff_service.plan_items(debts, later)
    assert item.opening is not None and item.opening.day == later - timedelta(days=1)
    assert debts[0].opening.day == TODAY - timedelta(days=1)  # the debt's own: untouched
    with pytest.raises(ValueError):
        payoff_service.plan_items(debts, TODAY - timedelta(days=1))
    store.close()


@pytest.mark.parametrize(
    "saved",
    [
        "{",  # not JSON
        "[]",  # not a settled ledger
        '{"dues": "a"}',
        '{"through": "2026-10-12", "dues": [[1, 2]]}',  # an entry cut short
        '{"through": "x", "dues": [[1, 0, 0, 0, 10000, null, null]]}',  # no day
    ],
)
def test_a_saved_ledger_that_does_not_decode_is_no_cut(tmp_path: Path, saved: str) -> None:
    store, pid = six_bills(tmp_path)
    assert pid in open_dues.cuts(store)
    with pytest.MonkeyPatch.context() as m:
        m.setattr(Store, "before_commit", [])
        with store.transaction():
            store.db.execute("UPDATE cycles SET settled = ? WHERE product_id = ?", (saved, pid))
    assert open_dues.cuts(store) == {}
    # Read whole: the six bills, all paid (10,000 + … + 49,595 = 178,785 paid in full).
    views = dues.open_views(store, TODAY)
    assert len(views) == 6 and sum(v.amount for v in views) == 0
    assert sum(v.due.total for v in views) == 178_785
    store.close()
