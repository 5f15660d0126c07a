"""Closed cycles kept in the file: after every change, each product's account engine
state at its last closed cycle is saved in the same transaction (DESIGN.md § The account
engine, "Closed cycles are stored"), so that the dashboard, the due list and the product
page replay only what is open (:func:`tracker.service.accounts.play_from_closed`).

A change dated at or before a saved cycle deletes it (the storage's triggers); the next
save plays the account again from its first record, or from the saved cycle before.
"""

from __future__ import annotations

from datetime import timedelta

from tracker.engine import Policy, saved
from tracker.service import accounts
from tracker.storage import Store
from tracker.storage import cycles as stored_cycles


def missing(store: Store) -> bool:
    """Whether a product's closed cycle is not stored at its latest closing day (a file
    written before cycles were stored, or by a bulk loader): one query of the bills'
    dates and one of the stored cycles, nothing played."""
    dates = stored_cycles.bill_dates(store)
    if not dates:
        return False
    kept = stored_cycles.closed_through(store)
    grace = {p.saved_id: p.grace_days for p in store.list_products(include_archived=True)}
    for pid, bills in dates.items():
        if pid not in grace:
            continue
        day = saved.closing_day_of(bills, grace[pid])
        if day is not None and kept.get(pid) != day:
            return True
    return False


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
    dates = stored_cycles.bill_dates(store)
    if not dates:
        return
    kept = stored_cycles.closed_through(store)
    products = None
    for pid, bills in dates.items():
        if products is None:
            products = {p.saved_id: p for p in store.list_products(include_archived=True)}
        product = products.get(pid)
        if product is None:
            continue
        day = saved.closing_day_of(bills, product.grace_days)
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
        stored_cycles.save(store, pid, day, None if closed is None else closed.state)
