"""Costs that grow with what is open (issue 12): accounts without recorded bills (pay-in-4,
loans: their statements are instalment periods) close cycles too, and the due list's
ledger starts from what the closed cycle settled. Every figure a view shows — the due
list and its statuses, the account played to today, a day's cost, payoff, the
simulator's options, the statement — is the same with the stored state and without it.

Amounts are minor units (cents / fen).
"""

from __future__ import annotations

import json
from datetime import date, timedelta
from pathlib import Path

import pytest
from dateutil.relativedelta import relativedelta
from hypothesis import HealthCheck, event, example, given, settings
from hypothesis import strategies as st

from tests.core import test_resumed_plans
from tests.core.test_closed_cycles import TODAY, ledger, new_store
from tracker import ledger as ledger_rules
from tracker.engine import Account, AccountPlay, Paid, PartDue, Policy, Spend, saved
from tracker.products import PRESETS, from_preset
from tracker.records import Due, Payment
from tracker.service import (
    accounts,
    charges,
    dues,
    payments,
    plans,
    products,
    statement,
)
from tracker.storage import Store
from tracker.storage import cycles as stored_cycles

INSTALMENT_PRESETS = ("pay-in-4", "loan")


def instalments(
    store: Store,
    preset: str,
    orders: list[tuple[int, int, bool]],
    paid: list[int],
    late: list[int],
    first: date,
) -> int:
    """A pay-in-4 or loan product without recorded bills: an order (a plan) ``offset``
    days after ``first`` for each of ``orders`` (pay-in-4: as a split purchase, the charge
    and its equal refund, when the flag says so; a loan: 12 months), then its periods
    paid in due order, each ``paid[k]`` % of it ``late[k]`` days after its due date
    (0 %: not paid; more than 100 %: paid ahead)."""
    product = products.add_product(store, f"i-{preset}", preset, {"statement_day": "3"})
    pid = product.saved_id
    periods = 4 if preset == "pay-in-4" else 12
    for offset, amount, as_charge in orders:
        day = first + timedelta(days=offset)
        if day > TODAY:
            continue
        if as_charge and preset == "pay-in-4":
            charges.add_charge(store, pid, day, amount, TODAY, periods=4)
        else:
            plans.add_plan(store, pid, amount, periods, day)
    ordered = sorted(store.list_dues(pid), key=lambda d: (d.due_date, d.id))
    for k, due in enumerate(ordered):
        share = paid[k % len(paid)]
        day = due.due_date + timedelta(days=late[k % len(late)])
        if share and day <= TODAY:
            payments.add_payment(
                store, pid, day, due.total * share // 100, TODAY, allow_credit=True
            )
    return pid


def views_and_accounts(store: Store) -> tuple[object, ...]:
    """The due list (statuses, costs so far, report status), credits, each day's cost,
    every product played to today, and the statement with its estimates, read afresh."""
    store.memo.clear()
    views = dues.due_views(store, TODAY)
    costs = [dues.day_cost(store, v, TODAY) for v in views]
    played = [
        (a.outcome, a.unpaid_charges, a.impact, a.red_line, a.estimates)
        for a in (accounts.played_to(store, p, TODAY) for p in store.list_products())
    ]
    rows = statement.statement_rows(store, date(2000, 1, 1), date(2100, 1, 1), today=TODAY)
    return (views, dues.credits(store, TODAY), costs, played, rows)


def everything(store: Store) -> tuple[object, ...]:
    """:func:`views_and_accounts`, then payoff and every option of every late due."""
    return (*views_and_accounts(store), *test_resumed_plans.figures(store))


def without_stored(store: Store, monkeypatch: pytest.MonkeyPatch) -> tuple[object, ...]:
    """:func:`everything` with no closed cycle and no settled ledger in the file."""
    with monkeypatch.context() as m:
        m.setattr(Store, "before_commit", [])
        with store.transaction():
            store.db.execute("DELETE FROM cycles")
        return everything(store)


orders = st.lists(
    st.tuples(st.integers(0, 400), st.integers(4_000, 90_000), st.booleans()),
    min_size=1,
    max_size=8,
)
shares = st.lists(st.sampled_from([0, 50, 100, 100, 100, 100, 100, 150]), min_size=1, max_size=5)
lateness = st.lists(st.sampled_from([-3, 0, 0, 2, 9, 12, 40]), min_size=1, max_size=5)


@settings(
    max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    preset=st.sampled_from(INSTALMENT_PRESETS),
    orders=orders,
    paid=shares,
    late=lateness,
    billed=st.one_of(
        st.none(), st.sampled_from([p for p in PRESETS if p not in INSTALMENT_PRESETS])
    ),
    months=st.integers(2, 14),
)
@example(  # a Baitiao bill paid into before its statement: its saved state lost ``prepaid``
    preset="pay-in-4",
    orders=[(0, 4000, False)],
    paid=[150],
    late=[-3, 40],
    billed="baitiao",
    months=4,
)  # (found by a random run, 2026-12-04; the saved ledger now keeps the whole state)
def test_every_view_is_the_same_with_the_stored_state_and_without(
    tmp_path_factory: pytest.TempPathFactory,
    monkeypatch: pytest.MonkeyPatch,
    preset: str,
    orders: list[tuple[int, int, bool]],
    paid: list[int],
    late: list[int],
    billed: str | None,
    months: int,
) -> None:
    store = new_store(tmp_path_factory.mktemp("s") / "s.db")
    first = TODAY - timedelta(days=420)
    pid = instalments(store, preset, orders, paid, late, first)
    if billed is not None:  # beside it, an account of recorded bills, some paid late
        ledger(store, billed, months, paid, late, TODAY - relativedelta(months=months))
    found = stored_cycles.load(store, pid)
    event("instalment cycle stored" if found and found[1] else "no instalment cycle")
    event("ledger settled" if pid in stored_cycles.load_settled(store) else "no ledger")
    stored = everything(store)
    assert stored == without_stored(store, monkeypatch)
    # The instalment account's cycle is saved again by the next write, as it was.
    payments.add_payment(store, pid, TODAY, 1, TODAY, allow_credit=True)
    assert everything(store) == without_stored(store, monkeypatch)
    store.close()


def test_a_pay_in_4_history_closes_and_a_refresh_plays_only_what_is_open(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    store = new_store(tmp_path / "s.db")
    # An order of $120.00 every 30 days for a year (13 orders, 4 payments each two weeks
    # apart: 52 periods of $30.00), each period paid on its due date.
    first = TODAY - timedelta(days=360)
    pid = instalments(
        store, "pay-in-4", [(30 * k, 12_000, k % 2 == 0) for k in range(13)], [100], [0], first
    )
    product = store.get_product(pid)
    day, state = stored_cycles.load(store, pid) or (None, None)
    assert day is not None and state is not None and state["billed"] is False
    # The last order is on first + 360 = today: its periods are due today, +14, +28, +42
    # days (one paid today). The order before (today − 30) has periods due today − 30,
    # − 16, − 2 and + 12; with a late fee retried 10 days, the last period fully judged
    # with none open across it and a later one to come: today − 30 + 10 = today − 20?
    # No: today − 16 is open across it. today − 16 + 10 = today − 6 has today − 2 open.
    # Orders two back (today − 60): periods − 60, − 46, − 32, − 18: − 32 + 10 = − 22 has
    # − 30 open (the order before's first period, due today − 30, judged at − 20).
    # So the day is found by the rule, and is at most 20 days back …
    assert TODAY - timedelta(days=40) <= day < TODAY
    # … and it is what the rule says from the dates alone.
    periods = [d.due_date for d in store.list_dues(pid)]
    last_paid = max(p.date for p in store.list_payments(pid))
    assert day == saved.closing_day_of_periods(periods, last_paid, product)
    # A refresh plays only the periods after it: 52 statements so far in the timeline,
    # of which a handful (those due after the closed day) are played.
    store.memo.clear()
    today = accounts.played_to(store, product, TODAY)
    due_so_far = sum(1 for d in periods if d <= TODAY)
    assert len(today.outcome.rows) == due_so_far
    assert today.statements_played <= 6
    # The ledger starts from the dues it settled: every period due on or before it is in.
    settled = stored_cycles.load_settled(store)[pid]
    assert date.fromisoformat(settled["through"]) <= day
    assert len(settled["dues"]) >= sum(1 for d in periods if d <= day - timedelta(days=10))
    assert everything(store) == without_stored(store, monkeypatch)
    store.close()


def test_a_write_dated_inside_a_closed_period_deletes_it_in_its_transaction(
    tmp_path: Path,
) -> None:
    store = new_store(tmp_path / "s.db")
    # A loan of 12,000.00 over 12 months: periods due on the 10th from 10 Dec 2025 to
    # 10 Nov 2026, each paid on its day.
    pid = instalments(store, "loan", [(0, 1_200_000, False)], [100], [0], date(2025, 12, 10))
    day, state = stored_cycles.load(store, pid) or (None, None)
    # No grace and no late-fee retry: a period is judged on its due date. The last
    # period (10 Nov 2026) has none after it; the one before, 10 Oct 2026, is before
    # it and before the latest payment (10 Nov): closed through 10 Oct 2026.
    product = store.get_product(pid)
    assert product.grace_days == 0 and product.late_fee_after_days == 0
    assert day == date(2026, 10, 10) and state is not None
    assert stored_cycles.load_settled(store).get(pid) is not None
    with store.transaction():  # a payment dated inside the closed period
        store.insert_payment(pid, date(2026, 6, 1), 100, "back-dated")
        assert stored_cycles.load(store, pid) is None
        assert pid not in stored_cycles.load_settled(store)
    # The commit saves it again, played from the first record with the payment in it.
    again = stored_cycles.load(store, pid)
    assert again is not None and again[0] == day and again[1] != state
    with store.transaction():  # an instalment period moved into it
        store.db.execute(
            "UPDATE dues SET due_date = '2026-10-01' WHERE product_id = ? AND due_date = ?",
            (pid, "2026-11-10"),
        )
        assert stored_cycles.load(store, pid) is None
    store.close()


def test_an_account_that_gets_recorded_bills_is_not_resumed_from_its_periods(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    store = new_store(tmp_path / "s.db")
    pid = instalments(
        store, "pay-in-4", [(30 * k, 8_000, True) for k in range(10)], [100], [0],
        TODAY - timedelta(days=300),
    )  # fmt: skip
    day, state = stored_cycles.load(store, pid) or (None, None)
    assert day is not None and state is not None
    # A bill after the closed day: the triggers keep the row (nothing before it changed),
    # but the account's charges are now inside its bills, not spending after the day.
    with monkeypatch.context() as m:
        m.setattr(Store, "before_commit", [])
        with store.transaction():
            store.insert_bill(pid, TODAY, TODAY, 5_000, 5_000)
    assert stored_cycles.load(store, pid) == (day, state)
    product = store.get_product(pid)
    assert accounts.account_after(store, product, day, billed=False) is None
    store.memo.clear()
    assert accounts.played_to(store, product, TODAY).statements_played == len(
        accounts.played_to(store, product, TODAY).outcome.rows
    )
    store.close()


# -- the engine alone: an account of instalment periods resumed is the same play ---------
@st.composite
def period_accounts(draw: st.DrawFn) -> Account:
    """A pay-in-4 or loan account: periods two weeks or a month apart, payments scattered
    over them (some late, some partial), split purchases (a charge and its refund)."""
    preset = draw(st.sampled_from(INSTALMENT_PRESETS))
    product = from_preset(preset, "p", statement_day=3)
    start = date(2025, 1, 10)
    step = 14 if preset == "pay-in-4" else 30
    count = draw(st.integers(3, 24))
    parts = []
    for k in range(count):
        offset = draw(st.integers(0, 6))
        parts.append(
            PartDue(
                start + timedelta(days=step * k + offset), draw(st.integers(1, 40_000)), 0, k // 4
            )
        )
    days = st.integers(0, step * count + 60).map(lambda n: start + timedelta(days=n))
    paid = draw(st.lists(st.tuples(days, st.integers(1, 60_000)), min_size=1, max_size=30))
    bought = draw(st.lists(st.tuples(days, st.integers(1, 40_000)), max_size=3))
    spends = [s for d, a in bought for s in (Spend(d, a), Spend(d, -a))]
    return Account(
        product,
        spends=tuple(sorted(spends, key=lambda s: s.day)),
        parts=tuple(sorted(parts, key=lambda p: p.due_date)),
        payments=tuple(Paid(d, a) for d, a in sorted(paid)),
    )


@settings(max_examples=200, deadline=None)
@given(account=period_accounts(), later=st.integers(1, 500))
def test_an_account_of_periods_resumed_is_the_same_play(account: Account, later: int) -> None:
    day = saved.closing_day(account)
    if day is None:
        return  # no period fully judged before a later one, with a payment after it
    until = day + timedelta(days=later)
    full = AccountPlay(account, Policy(), until, close_on=day)
    full.run()
    if full.closed is None:
        return  # a split purchase not posted yet on that day: nothing to save
    state = json.loads(json.dumps(full.closed.state))  # through JSON, as the file keeps it
    assert state["billed"] is False
    resumed = AccountPlay(saved.after(account, day), Policy(), until)
    assert saved.resume(resumed, saved.Saved(day, state))
    resumed.run()
    # The same as a play of every record that is not asked to close (the closing day
    # is an event of its own in ``full``: on a quiet day nothing changes).
    plain = AccountPlay(account, Policy(), until)
    plain.run()
    assert resumed.outcome() == full.outcome() == plain.outcome()
    assert resumed.unpaid_charges() == plain.unpaid_charges()
    assert resumed.statements_played < plain.statements_played


def test_the_closing_day_of_periods_by_hand() -> None:
    product = from_preset("pay-in-4", "p")  # no grace, late fee retried 10 days, gap 0
    march = [date(2026, 3, d) for d in (1, 8, 15, 29)] + [date(2026, 4, 12)]
    # 12 Apr + 10 is not before the last statement (12 Apr); 29 Mar + 10 = 8 Apr with
    # nothing due in (29 Mar, 8 Apr].
    assert saved.closing_day_of_periods(march, date(2026, 4, 12), product) == date(2026, 4, 8)
    # A period due 3 Apr is open across 8 Apr (judged 13 Apr); 15 Mar + 10 = 25 Mar,
    # with nothing due in (15 Mar, 25 Mar], is the day.
    more = [*march, date(2026, 4, 3)]
    assert saved.closing_day_of_periods(more, date(2026, 4, 12), product) == date(2026, 3, 25)
    # Not after the latest payment (20 Mar): 1 Mar + 10 = 11 Mar has 8 Mar open; 8 Mar
    # + 10 = 18 Mar has 15 Mar open: none.
    assert saved.closing_day_of_periods(more, date(2026, 3, 20), product) is None
    assert saved.closing_day_of_periods(march, None, product) is None
    assert saved.closing_day_of_periods([], date(2026, 4, 12), product) is None


# -- the ledger alone: started from what was settled, the same allocation ----------------
def _due(i: int, day: date, total: int, minimum: int | None = None) -> Due:
    return Due(i, 1, day, total, 0, 0, 0, minimum, "bill")


def _pay(i: int, day: date, amount: int) -> Payment:
    return Payment(i, 1, day, amount, "")


def test_the_ledger_is_cut_where_the_oldest_dues_are_paid_off_exactly() -> None:
    d1, d2, d3 = date(2026, 1, 10), date(2026, 2, 10), date(2026, 3, 10)
    dues_ = [_due(1, d1, 10_000), _due(2, d2, 5_000), _due(3, d3, 7_000)]
    # 60.00 on 5 Jan, 90.00 on 8 Feb: 60 + 90 = 100 + 50, the first two paid off; then
    # 30.00 on 1 Mar pays the third in part.
    pays = [_pay(1, date(2026, 1, 5), 6_000), _pay(2, date(2026, 2, 8), 9_000),
            _pay(3, date(2026, 3, 1), 3_000)]  # fmt: skip
    found = ledger_rules.settled_prefix(dues_, pays, date(2026, 3, 31))
    assert found is not None and found.through == date(2026, 2, 8)
    assert [s.due.id for s in found.states] == [1, 2]
    assert [s.settled_on for s in found.states] == [date(2026, 2, 8)] * 2
    assert found.states[0].minimum_met_on == date(2026, 2, 8)
    # The third due (10 Mar) is after a day of 28 Feb: no cut may hold it; the first
    # two are before it.
    assert ledger_rules.settled_prefix(dues_, pays, date(2026, 2, 28)) == found
    # Before 8 Feb nothing is paid off: no cut.
    assert ledger_rules.settled_prefix(dues_, pays, date(2026, 2, 7)) is None
    # Started from the cut, with only the later payment: the same statuses.
    today = date(2026, 3, 31)
    full = ledger_rules.classify(dues_, pays, today)
    assert ledger_rules.classify_open(dues_, pays[2:], today, settled={1: found}) == full
    # A credit left over (200.00 paid against 150.00) is never a cut: a later due would
    # take it.
    over = [_pay(1, date(2026, 1, 5), 20_000)]
    assert ledger_rules.settled_prefix(dues_[:2], over, date(2026, 3, 31)) is None


def test_a_saved_ledger_that_does_not_fit_is_refused() -> None:
    d1 = date(2026, 1, 10)
    dues_ = [_due(1, d1, 10_000), _due(2, d1 + timedelta(days=30), 5_000)]
    found = ledger_rules.settled_prefix(dues_, [_pay(1, d1, 10_000)], d1)
    assert found is not None
    bigger = [_due(1, d1, 10_001), dues_[1]]  # the first due changed behind its back
    with pytest.raises(ValueError):
        ledger_rules.classify_open(bigger, [], d1, settled={1: found})
    earlier = [_due(3, d1 - timedelta(days=1), 100), *dues_]  # not the oldest any more
    with pytest.raises(ValueError):
        ledger_rules.classify_open(earlier, [], d1, settled={1: found})
    with pytest.raises(ValueError):  # asked about a day before it
        ledger_rules.classify_open(dues_, [], d1 - timedelta(days=1), settled={1: found})


@settings(max_examples=300, deadline=None)
@given(
    totals=st.lists(st.tuples(st.integers(0, 60), st.integers(0, 9_000)), min_size=1, max_size=12),
    paid=st.lists(st.tuples(st.integers(0, 90), st.integers(1, 9_000)), max_size=14),
    cut=st.integers(0, 90),
    later=st.lists(st.tuples(st.integers(1, 60), st.integers(0, 9_000)), max_size=3),
    as_of=st.integers(0, 120),
)
def test_a_ledger_started_from_its_settled_dues_is_the_same_ledger(
    totals: list[tuple[int, int]],
    paid: list[tuple[int, int]],
    cut: int,
    later: list[tuple[int, int]],
    as_of: int,
) -> None:
    start = date(2026, 1, 1)
    day = start + timedelta(days=cut)
    dues_ = [_due(k + 1, start + timedelta(days=d), a, a // 10) for k, (d, a) in enumerate(totals)]
    pays = [_pay(k + 1, start + timedelta(days=d), a) for k, (d, a) in enumerate(paid)]
    found = ledger_rules.settled_prefix(dues_, pays, day)
    if found is None:
        return
    # Dues added later are dated after the day (a write on or before it deletes the
    # saved ledger), and so are the payments that come after it.
    added = [_due(100 + k, day + timedelta(days=d), a) for k, (d, a) in enumerate(later)]
    pays += [_pay(100 + k, day + timedelta(days=d), a) for k, (d, a) in enumerate(later)]
    everything_ = dues_ + added
    when = start + timedelta(days=as_of)
    if when < found.through:
        return
    full = ledger_rules.classify(everything_, pays, when)
    after = [p for p in pays if p.date > found.through]
    assert ledger_rules.classify_open(everything_, after, when, settled={1: found}) == full


def test_an_account_once_charged_a_late_fee_is_cut_too(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A pay-in-4 late fee is held on the dues in the due list's ledger (ledger.with_fees):
    the saved ledger is now made with it, so the due list reads only the dues after the
    cut (it read the account whole, issue 12 — a heavy Klarna user's every refresh)."""
    store = new_store(tmp_path / "s.db")
    product = products.add_product(store, "Klarna", "pay-in-4", {})
    pid = product.saved_id
    first = TODAY - timedelta(days=360)
    for k in range(13):  # a $120.00 order every 30 days: 4 × $30.00, two weeks apart
        plans.add_plan(store, pid, 12_000, 4, first + timedelta(days=30 * k))
    ordered = sorted(store.list_dues(pid), key=lambda d: (d.due_date, d.id))
    # The first instalment (due on the first order's day) paid 12 days late: its $7.00
    # fee is charged when the 10 retry days end and asked with the next instalment, due
    # 14 days after the first: paid $30.00 + $7.00 then. Every other one on its day.
    for k, due in enumerate(ordered):
        late = 12 if k == 0 else 0
        extra = 700 if k == 1 else 0
        day = due.due_date + timedelta(days=late)
        if day <= TODAY:
            payments.add_payment(store, pid, day, due.total + extra, TODAY, allow_credit=True)
    store.memo.clear()
    # (6 Dec 2025 + 10 retry days: charged 16 Dec, asked from 17 Dec — with_fees puts it
    # on the 20 Dec instalment)
    assert first == date(2025, 12, 6) and ordered[1].due_date == date(2025, 12, 20)
    assert accounts.played_to(store, product, TODAY).fees == ((date(2025, 12, 17), 700),)
    from tracker.storage import open_dues

    cut = open_dues.cuts(store).get(pid)
    assert cut is not None and cut.fees == 700  # the fee is on a settled due
    # The due list reads the dues after the cut, not the account's 52.
    read: list[int | None] = []
    real = Store.list_dues

    def spy(self: Store, product_id: int | None = None) -> list[Due]:
        read.append(product_id)
        return real(self, product_id)

    with monkeypatch.context() as m:
        m.setattr(Store, "list_dues", spy)
        store.memo.clear()
        dues.open_views(store, TODAY)
    assert pid not in read
    assert everything(store) == without_stored(store, monkeypatch)
    store.close()
