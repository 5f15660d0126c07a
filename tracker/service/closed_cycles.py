"""Closed cycles kept in the file: after every change, each product's account engine
state at its last closed cycle is saved in the same transaction (DESIGN.md § The account
engine, "Closed cycles are stored"), so that the dashboard, the due list and the product
page replay only what is open (:func:`tracker.service.accounts.play_from_closed`). Every
product with settled history has one: those with recorded bills close between two bills,
those without (pay-in-N, loans) between their instalment periods
(:func:`tracker.engine.saved.closing_day`). Beside it, the product's ledger settled on or
before that day (:class:`tracker.ledger.Settled`), so that the due list allocates only
the payments after it.

A change dated at or before a saved cycle deletes it (the storage's triggers); the next
save plays the account again from its first record, or from the saved cycle before.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, timedelta
from typing import Any

from tracker import ledger
from tracker.engine import Policy, saved
from tracker.products import Product
from tracker.records import Due
from tracker.service import accounts
from tracker.storage import Store
from tracker.storage import cycles as stored_cycles


def missing(store: Store) -> bool:
    """Whether a product's closed cycle is not stored at its latest closing day (a file
    written before cycles were stored, by a bulk loader, or by a version that saved
    another format): a few queries of dates, nothing played."""
    kept = stored_cycles.closed_through(store, saved.FORMAT)
    return any(
        day is not None and kept.get(pid) != day for pid, (_, day) in closing_days(store).items()
    )


def closing_days(store: Store) -> dict[int, tuple[Product, date | None]]:
    """[product id → (product, its latest closing day or None)] of every product with
    recorded bills or instalment periods, from their dates alone (a few queries)."""
    bills = stored_cycles.bill_dates(store)
    periods = stored_cycles.period_dates(store)
    if not bills and not periods:
        return {}
    products = {p.saved_id: p for p in store.list_products(include_archived=True)}
    out: dict[int, tuple[Product, date | None]] = {}
    for pid, dates in bills.items():
        if pid in products:
            out[pid] = (products[pid], saved.closing_day_of(dates, products[pid].grace_days))
    paid = stored_cycles.last_payments(store) if periods else {}
    for pid, dues in periods.items():
        if pid in products:
            day = saved.closing_day_of_periods(dues, paid.get(pid), products[pid])
            out[pid] = (products[pid], day)
    return out


def save_missing(store: Store) -> bool:
    """Store every closed cycle that is missing (:func:`missing`), as one write; True
    when it wrote. For the app after the first paint, once the file's integrity check
    has passed (never before: nothing is written to a file not known to be sound).
    Nothing is written to a read-only or damaged file, or one not checked yet."""
    if store.read_only or store.damage or not store.checked or not missing(store):
        return False
    with store.transaction():
        save_closed(store)
    return True


def save_closed(store: Store) -> None:
    """Bring every product's stored closed cycle up to its latest closing day (inside the
    caller's transaction): played on from the one stored before when it still holds,
    else from the first record. Products whose cycle is already there cost one query."""
    days = closing_days(store)
    if not days:
        return
    kept = stored_cycles.closed_through(store, saved.FORMAT)
    for pid, (product, day) in days.items():
        if day is None or kept.get(pid) == day:
            continue
        if accounts.has_agreement(store, pid):
            # An agreement's progress is not part of a saved state: played from the start.
            stored_cycles.save(store, pid, day, None)
            continue
        # Played a day past ``day``: the engine leaves the verdicts of its last day
        # unjudged (a minimum due "today" can still be paid today).
        play = accounts.play_from_closed(
            store, product, Policy(), day + timedelta(days=1), close_on=day
        )
        play.run()
        closed = play.closed
        state = None if closed is None else closed.state
        stored_cycles.save(store, pid, day, state, settled_json(store, pid, day, product))


def settled_json(
    store: Store, pid: int, day: date, product: Product | None = None
) -> dict[str, Any] | None:
    """Product ``pid``'s ledger settled on or before ``day`` (:func:`ledger.settled_prefix`)
    as saved: the day, and each settled due's id, paid penalty, interest, fee and
    principal, the day it was settled and the day its minimum was met; then what was
    rescheduled, spilled and prepaid of it and its room (all of the state: a view read
    from the saved ledger is the same as one replayed from the first payment, e.g. a
    Baitiao bill paid into before its statement keeps its ``prepaid``).

    A pay-in-N account's late fees and a loan's penalty are on its dues in the due list's
    ledger (:func:`accounts.folded_fees`, :func:`ledger.with_fees`): the prefix is made
    with those known on ``day``, and ``fees`` says how much of them the settled dues hold
    (the cut is trusted only while the account still asks exactly that:
    :func:`tracker.service.open_ledger.fees_after`). Before, such an account had no cut
    and was read whole (issue 12)."""
    product = product or store.get_product(pid)
    fees = accounts.folded_fees(store, product, day)
    dues = store.list_dues(pid)
    if fees:
        dues = ledger.with_fees(dues, fees)
    found = ledger.settled_prefix(dues, store.list_payments(pid), day)
    if found is None:
        return None
    last = found.states[-1].due.due_date if found.states else date.min
    return {
        "through": found.through.isoformat(),
        "dues": [
            [s.due.id, s.paid_penalty, s.paid_interest, s.paid_fee, s.paid_principal,
             _day_text(s.settled_on), _day_text(s.minimum_met_on), s.rescheduled,
             s.spilled, s.prepaid, s.room]
            for s in found.states
        ],
        "fees": sum(amount for asked, amount in fees if asked <= last and amount > 0),
    }  # fmt: skip


def settled_of(data: dict[str, Any], dues: dict[int, Due]) -> ledger.Settled | None:
    """:func:`settled_json`'s value back, on the product's current ``dues`` (id → due);
    None when it does not fit them (a due it names is gone) or does not decode."""
    days: dict[str | None, date | None] = {None: None}  # a payment settles many dues

    def day(text: str | None) -> date | None:
        if text not in days:
            days[text] = date.fromisoformat(text)  # type: ignore[arg-type]
        return days[text]

    try:
        states = []
        for due_id, pen, inte, fee, prin, settled_on, met_on, *more in data["dues"]:
            due = dues.get(int(due_id))
            if due is None:
                return None
            resch, spilled, prepaid, room = (int(x) for x in more) if more else (0, 0, 0, 0)
            states.append(
                ledger.DueState(due, int(pen), int(inte), int(fee), int(prin),
                                day(settled_on), day(met_on), resch, spilled, room, prepaid)
            )  # fmt: skip
        return ledger.Settled(date.fromisoformat(data["through"]), tuple(states))
    except (KeyError, TypeError, ValueError):
        return None


def fees_fit(
    data: dict[str, Any], settled: ledger.Settled, fees: Sequence[tuple[date, int]]
) -> bool:
    """Whether the saved ledger ``data`` (read back as ``settled``) was made with the late
    fees and penalty ``fees`` the account asks now on the dues it settled (those of days
    up to its last due's; :func:`settled_json`)."""
    last = settled.states[-1].due.due_date if settled.states else date.min
    held = sum(a for d, a in fees if d <= last and a > 0)
    saved = data.get("fees", 0)
    return isinstance(saved, int) and saved == held


def _day_text(day: date | None) -> str | None:
    return None if day is None else day.isoformat()
