"""Stored closed cycles (DESIGN.md § The account engine, "Closed cycles are stored";
issue 12): the views resume each account from its last closed cycle, with the same
figures as a play from the first record; a back-dated write deletes it in the same
transaction; a refresh plays as many statements with 5 years of history as with 1.

Amounts are minor units (fen / cents).
"""

from __future__ import annotations

import json
from datetime import date, timedelta
from pathlib import Path

import pytest
from dateutil.relativedelta import relativedelta
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tracker.engine import (
    Account,
    AccountPlay,
    Paid,
    PartDue,
    Policy,
    RecordedBill,
    Spend,
    saved,
)
from tracker.errors import InputError
from tracker.products import PRESETS, from_preset
from tracker.service import accounts, bills, charges, dues, files, payments, products, records
from tracker.storage import Store
from tracker.storage import cycles as stored_cycles

TODAY = date(2026, 12, 1)


def new_store(path: Path) -> Store:
    return files.open_store(path, create=True)


def ledger(
    store: Store, preset: str, months: int, paid: list[int], late: list[int], first: date
) -> int:
    """A product of ``preset`` with a bill every month from ``first`` (amounts vary), each
    paid ``paid[k]`` % ``late[k]`` days after its due date (0 %: not paid)."""
    product = products.add_product(store, f"p-{preset}", preset, {"statement_day": "3"})
    pid = product.saved_id
    for k in range(months):
        statement = first + relativedelta(months=k)
        if statement > TODAY:
            break
        due = bills.due_for_statement(store, pid, statement)
        amount = 10_000 + 7_919 * k % 90_000
        bills.add_bill(store, pid, statement, due, amount, TODAY)
        share = paid[k % len(paid)]
        day = due + timedelta(days=late[k % len(late)])
        if share and day <= TODAY:
            payments.add_payment(store, pid, day, amount * share // 100, TODAY, allow_credit=True)
    return pid


def figures(store: Store, pid: int) -> tuple[object, ...]:
    """Everything the views show that comes from the engine, read afresh."""
    store.memo.clear()
    product = store.get_product(pid)
    today = accounts.played_to(store, product, TODAY)
    views = dues.due_views(store, TODAY)
    costs = [dues.day_cost(store, v, TODAY) for v in views]
    return (today.outcome, today.unpaid_charges, today.impact, today.red_line, views, costs)


def replayed(store: Store, pid: int, monkeypatch: pytest.MonkeyPatch) -> tuple[object, ...]:
    """:func:`figures` with no stored cycle: played from the first record."""
    with monkeypatch.context() as m:
        m.setattr(Store, "before_commit", [])
        with store.transaction():
            store.db.execute("DELETE FROM cycles")
        out = figures(store, pid)
    return out


@settings(
    max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    preset=st.sampled_from([p for p in PRESETS if p not in ("loan", "pay-in-4")]),
    months=st.integers(2, 16),
    paid=st.lists(st.sampled_from([0, 10, 50, 100, 100, 130]), min_size=1, max_size=5),
    late=st.lists(st.integers(-5, 70), min_size=1, max_size=5),
    unbilled=st.lists(st.integers(1, 50_000), max_size=3),
    split=st.one_of(st.none(), st.tuples(st.sampled_from([3, 6, 12]), st.integers(20, 400))),
)
def test_resumed_figures_equal_a_play_from_the_first_record(
    tmp_path_factory: pytest.TempPathFactory,
    monkeypatch: pytest.MonkeyPatch,
    preset: str,
    months: int,
    paid: list[int],
    late: list[int],
    unbilled: list[int],
    split: tuple[int, int] | None,
) -> None:
    store = new_store(tmp_path_factory.mktemp("c") / "c.db")
    first = TODAY - relativedelta(months=months)
    pid = ledger(store, preset, months, paid, late, first)
    product = store.get_product(pid)
    if split is not None and product.offers_installments:
        # A purchase split into instalments some days back: its periods join the bills.
        periods, back = split
        if periods in product.allowed_periods:
            day = max(first, TODAY - timedelta(days=back))
            charges.add_charge(store, pid, day, 120_000, TODAY, periods=periods)
    for k, amount in enumerate(unbilled):
        charges.add_charge(store, pid, TODAY - timedelta(days=k), amount, TODAY)
    stored = stored_cycles.load(store, pid)
    resumed = figures(store, pid)
    assert stored is not None  # at least 2 bills: a cycle closed before the last one
    assert resumed == replayed(store, pid, monkeypatch)
    store.close()


def test_a_back_dated_write_deletes_the_stored_cycle_in_its_transaction(tmp_path: Path) -> None:
    store = new_store(tmp_path / "c.db")
    # Baitiao, statement on the 3rd, due 9 days later (the 12th), 12 bills each paid
    # in full on its due date; the last bill is 3 Nov 2026.
    pid = ledger(store, "baitiao", 12, [100], [0], date(2025, 12, 3))
    # Closed through the verdict of the bill before the last: due 12 Oct 2026 + 0 grace.
    day, state = stored_cycles.load(store, pid) or (None, None)
    assert day == date(2026, 10, 12) and state is not None
    # A payment after that day leaves it.
    payments.add_payment(store, pid, date(2026, 11, 12), 100, TODAY, allow_credit=True)
    assert stored_cycles.load(store, pid) == (day, state)
    # A payment dated before it deletes it inside the same transaction …
    with store.transaction():
        store.insert_payment(pid, date(2026, 3, 1), 100, "back-dated")
        assert stored_cycles.load(store, pid) is None
    # … and the commit saves it again from the first record, with the new payment in it.
    again = stored_cycles.load(store, pid)
    assert again is not None and again[0] == day and again[1] != state
    # Played a day past it, as the save does: a play's last day leaves its verdicts open.
    account = accounts.account_for(store, store.get_product(pid))
    full = AccountPlay(account, Policy(), day + timedelta(days=1), day)
    full.run()
    assert full.closed is not None and again[1] == full.closed.state


@pytest.mark.parametrize("change", ["charge", "bill", "delete_bill", "product"])
def test_old_records_changed_invalidate_it(tmp_path: Path, change: str) -> None:
    store = new_store(tmp_path / "c.db")
    pid = ledger(store, "cn-credit-card", 6, [100], [0], date(2026, 6, 3))
    day, _ = stored_cycles.load(store, pid) or (None, None)
    assert day is not None
    seen: list[object] = []
    with store.transaction():
        if change == "charge":  # a charge dated on the closing day itself
            store.insert_charge(pid, day, 500, "old")
        elif change == "bill":  # the first bill's amount corrected
            first = store.list_bills(pid)[0]
            store.db.execute("UPDATE bills SET amount = amount + 1 WHERE id = ?", (first.id,))
        elif change == "delete_bill":  # the last bill (after the day) deleted: not closed
            store.delete("bills", store.list_bills(pid)[-1].id)
        else:
            product = store.get_product(pid)
            store.update_product(pid, product.with_changes(grace_days=5))
        seen.append(stored_cycles.load(store, pid))
    assert seen == [None]


def test_undo_of_a_deleted_old_bill_invalidates_it_too(tmp_path: Path) -> None:
    store = new_store(tmp_path / "c.db")
    pid = ledger(store, "huabei", 8, [100], [0], date(2026, 4, 3))
    oldest = store.list_bills(pid)[0]
    before = stored_cycles.load(store, pid)
    deleted = bills.delete_bill(store, oldest.id)
    records.restore(store, deleted)
    assert stored_cycles.load(store, pid) == before  # replayed to the same state


@pytest.mark.parametrize("years", [1, 5])
def test_a_refresh_plays_what_is_open_not_the_history(tmp_path: Path, years: int) -> None:
    store = new_store(tmp_path / "c.db")
    first = TODAY - relativedelta(years=years)
    pids = [
        ledger(store, preset, 12 * years + 1, [100, 10], [0, 3], first)
        for preset in ("baitiao", "cn-credit-card", "us-credit-card", "huabei")
    ]
    store.memo.clear()
    dues.due_views(store, TODAY)
    played = [accounts.played_to(store, store.get_product(p), TODAY) for p in pids]
    # The timeline still holds every statement (12 a year + 1) …
    assert [len(t.outcome.rows) for t in played] == [12 * years + 1] * 4
    # … but a refresh posts only the one after the closed cycle: the last bill.
    assert [t.statements_played for t in played] == [1, 1, 1, 1]


def test_no_saved_state_of_another_format_is_resumed(tmp_path: Path) -> None:
    store = new_store(tmp_path / "c.db")
    pid = ledger(store, "baitiao", 4, [100], [0], date(2026, 8, 3))
    day, state = stored_cycles.load(store, pid) or (None, None)
    assert day is not None and state is not None
    play = AccountPlay(saved.after(accounts.account_for(store, store.get_product(pid)), day))
    assert not saved.resume(play, saved.Saved(day, {**state, "format": saved.FORMAT + 1}))
    assert play.day is None and play.rows == []


def test_refused_write_leaves_the_stored_cycle(tmp_path: Path) -> None:
    store = new_store(tmp_path / "c.db")
    pid = ledger(store, "baitiao", 4, [100], [0], date(2026, 8, 3))
    before = stored_cycles.load(store, pid)
    with pytest.raises(InputError):
        payments.add_payment(store, pid, date(2026, 8, 4), -5, TODAY)
    assert stored_cycles.load(store, pid) == before


# -- the engine alone: a play resumed from its closed cycle is the same play ---------------
@st.composite
def accounts_with_history(draw: st.DrawFn) -> Account:
    """A product of any preset with 2–14 monthly recorded bills, payments scattered over
    them (some late, some partial), instalment periods, and charges after the last bill."""
    product = from_preset(draw(st.sampled_from(list(PRESETS))), "p", statement_day=3)
    start = date(2025, 1, 3)
    count = draw(st.integers(2, 14))
    recorded = tuple(
        RecordedBill(
            start + relativedelta(months=k),
            start + relativedelta(months=k) + timedelta(days=draw(st.sampled_from([9, 19]))),
            draw(st.integers(1, 500_000)),
        )
        for k in range(count)
    )
    last = recorded[-1].statement_date
    days = st.integers(0, 31 * count + 60).map(lambda n: start + timedelta(days=n))
    paid = draw(st.lists(st.tuples(days, st.integers(1, 300_000)), max_size=20))
    parts = draw(st.lists(st.tuples(days, st.integers(1, 40_000)), max_size=6))
    spends = draw(st.lists(st.tuples(st.integers(1, 60), st.integers(-5_000, 90_000)), max_size=4))
    return Account(
        product,
        bills=recorded,
        spends=tuple(Spend(last + timedelta(days=d), a) for d, a in sorted(spends)),
        parts=tuple(PartDue(d, a, a // 50) for d, a in sorted(parts)),
        payments=tuple(Paid(d, a) for d, a in sorted(paid)),
    )


@settings(max_examples=150, deadline=None)
@given(account=accounts_with_history(), later=st.integers(0, 500))
def test_a_resumed_play_is_the_same_play(account: Account, later: int) -> None:
    day = saved.closing_day(account)
    assert day is not None  # two bills at least, the first judged before the last
    until = day + timedelta(days=later)
    full = AccountPlay(account, Policy(), until, close_on=day)
    full.run()
    if full.closed is None:
        return  # an instalment or late fee still open on that day: nothing to save
    # Through JSON, as the file keeps it.
    state = json.loads(json.dumps(full.closed.state))
    resumed = AccountPlay(saved.after(account, day), Policy(), until)
    assert saved.resume(resumed, saved.Saved(day, state))
    resumed.run()
    assert resumed.outcome() == full.outcome()
    assert resumed.unpaid_charges() == full.unpaid_charges()
    assert resumed.statements_played < full.statements_played
