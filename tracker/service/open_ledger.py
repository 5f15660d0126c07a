"""The ledger of what is open (issue 12): each active product's dues after the cut its
saved settled ledger makes (:mod:`tracker.storage.open_dues`), allocated the payments
dated after that cut's day — so the dashboard, the due list, reminders, payoff and the
simulator read and classify the few dues still open, not every bill and instalment
period of ten years.

The statuses are those the whole ledger gives the same dues
(tests/core/test_settled_history.py): the dues before the cut are paid off, exactly, by
the payments on or before its day, so nothing after it touches them and nothing of them
reaches a later due. A product whose cut does not hold (none saved, a write since, an
agreed plan) is read whole, as before.
"""

from __future__ import annotations

import heapq
from datetime import date

from tracker import ledger
from tracker.ledger import DueStatus
from tracker.products import Product
from tracker.records import Due, Payment
from tracker.storage import Store, open_dues
from tracker.storage import cycles as stored_cycles

#: Late fees and penalty a product's ledger holds on its dues: (the first due date that
#: asks it, minor units), as tracker.ledger.with_fees takes them.
Fees = tuple[tuple[date, int], ...]


def classified(
    store: Store,
    products: dict[int, Product],
    today: date,
    fees: dict[int, Fees] | None = None,
) -> tuple[list[DueStatus], dict[int, int]]:
    """The open part of the ledger of ``products`` (id → product) on ``today``: the
    status of every due after each product's cut, in due order (due date, then id), and
    the credit left per product (minor units: paid beyond every due).

    A product all of whose dues are settled keeps its latest due in the list (paid): the
    account's costs so far stand on it (:func:`tracker.service.dues.due_views`).

    ``fees``: product id → the late fees its ledger holds on its dues
    (:func:`tracker.ledger.with_fees`): those after the cut go on the dues after it
    (:func:`fees_after`); a product whose cut was made with other fees is read whole.
    """
    fees = fees or {}
    cuts = open_dues.cuts(store) if products else {}
    rules = {pid: (p.grace_days, p.tolerance) for pid, p in products.items()}
    dues: list[Due] = []
    payments: list[Payment] = []
    carriers: list[DueStatus] = []
    for pid in products:
        cut = cuts.get(pid)
        later = None if cut is None else fees_after(cut, fees.get(pid, ()))
        after = None
        if cut is not None and later is not None and cut.through <= today:
            after = open_dues.dues_after(store, pid, cut)
        if cut is None or later is None or after is None or (not after and cut.fees):
            # Read whole: no cut, one asked about a day before it, one made with other
            # fees than those asked now, or all settled with fees its last due's saved
            # state holds and the due does not.
            found = store.list_dues(pid)
            dues += ledger.with_fees(found, fees[pid]) if fees.get(pid) else found
            payments += stored_cycles.payments_after(store, pid, None)
            continue
        dues += ledger.with_fees(after, later) if later else after
        payments += stored_cycles.payments_after(store, pid, cut.through)
        if not after:
            latest = _latest_settled(store, cut, rules[pid], today)
            if latest is not None:
                carriers.append(latest)
    states, unapplied = ledger.classify(dues, payments, today, rules)
    if carriers:
        states = list(heapq.merge(states, sorted(carriers, key=_order), key=_order))
    return states, unapplied


def outstanding(store: Store, product_id: int, fees: Fees = ()) -> tuple[int, int]:
    """[minor units] what the product's dues still owe after every recorded payment, and
    the credit left beyond them — the ledger of the dues after its cut with the payments
    after it (the same sums as the whole ledger's), else of everything. ``fees``: as
    :func:`classified`'s, of this product."""
    cut = open_dues.cuts(store).get(product_id)
    later = None if cut is None else fees_after(cut, fees)
    if cut is None or later is None:
        dues, since = ledger.with_fees(store.list_dues(product_id), fees), None
    else:
        dues, since = open_dues.dues_after(store, product_id, cut), cut.through
        dues = ledger.with_fees(dues, later) if later else dues
    result = ledger.allocate(dues, stored_cycles.payments_after(store, product_id, since))
    owed = sum(state.outstanding for state in result.states)
    return owed, result.unapplied.get(product_id, 0)


def paid_on(store: Store, product_id: int, due_id: int, fees: Fees = ()) -> list[tuple[date, int]]:
    """Payments the ledger put on due ``due_id`` of product ``product_id``: (date, minor
    units) per day, oldest first — from the dues and payments after the product's cut
    when the due is after it (no payment before the cut reaches it), else from all.
    ``fees``: as :func:`classified`'s, of this product."""
    cut = open_dues.cuts(store).get(product_id)
    later = None if cut is None else fees_after(cut, fees)
    dues = open_dues.dues_after(store, product_id, cut) if cut and later is not None else []
    if cut is not None and later is not None and any(d.id == due_id for d in dues):
        payments = stored_cycles.payments_after(store, product_id, cut.through)
        dues = ledger.with_fees(dues, later) if later else dues
    else:
        dues = ledger.with_fees(store.list_dues(product_id), fees)
        payments = stored_cycles.payments_after(store, product_id, None)
    by_id = {p.id: p for p in payments}
    out: dict[date, int] = {}
    for alloc in ledger.allocate(dues, payments).allocations:
        if alloc.due_id == due_id:
            day = by_id[alloc.payment_id].date
            out[day] = out.get(day, 0) + alloc.amount
    return sorted(out.items())


def fees_after(cut: open_dues.Cut, fees: Fees) -> Fees | None:
    """Of a product's ``fees`` (:func:`tracker.ledger.with_fees`), those asked after the
    dues ``cut`` settled — each goes on the first due on or after its day, so those of
    days up to the cut's last due are on the settled dues; None when those no longer add
    up to what the cut was made with (a product's terms edited since: read it whole)."""
    if sum(a for d, a in fees if d <= cut.due_date and a > 0) != cut.fees:
        return None
    return tuple((d, a) for d, a in fees if d > cut.due_date)


def _latest_settled(
    store: Store, cut: open_dues.Cut, rule: tuple[int, int], today: date
) -> DueStatus | None:
    """The status of the last due ``cut`` settled, from its saved state."""
    due = open_dues.due(store, cut.due_id)
    if due is None:
        return None
    state = ledger.DueState(due, *cut.last)
    return ledger.status_of(state, today, *rule)


def _order(status: DueStatus) -> tuple[date, int]:
    return status.due.due_date, status.due.id
