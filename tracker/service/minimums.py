"""What each bill's due asks as its minimum (issue 11): a blank minimum's figure, a
typed one's own part, worked out when a bill is saved and again whenever a change
reaches it (:func:`mend_minimums`, before the change commits), so that the due list,
the dashboard and the reminders ask what the account engine asks.

Amounts are minor units.
"""

from __future__ import annotations

from datetime import date, timedelta

from tracker.engine import rules as engine_rules
from tracker.products import Product
from tracker.records import Bill
from tracker.service import accounts, dues, products
from tracker.storage import Store
from tracker.storage import cycles as stored_cycles


def default_minimum(
    store: Store,
    ref: str | int,
    amount: int,
    statement: date,
    due: date,
    bill_id: int | None = None,
) -> int:
    """[minor units] The minimum of a bill of ``amount`` issued on ``statement`` (due on
    ``due``) with its minimum left blank, as its own due in the due list asks it
    (``bill_id``: the bill being edited) — :func:`blank_own`."""
    product = products.find_product(store, ref)
    draft = Bill(bill_id or 0, product.saved_id, statement, due, amount, None)
    return blank_own(store, product, draft, accounts.bill_figures(store, product, draft))


def blank_own(
    store: Store, product: Product, bill: Bill, figures: tuple[int, int, int, int]
) -> int:
    """[minor units] What the due of ``bill``, its minimum blank, asks: what the account
    engine asks of its statement (``figures``: the interest, fees and penalty it
    estimates inside the bill, and the statement's whole minimum,
    :func:`tracker.service.accounts.bill_figures`) less what the other dues ask of it
    (:func:`_others`: the instalment periods due that day and the earlier dues' unpaid
    minimums) — so the due list asks the rate on the principal carried from earlier
    bills too, as the statement does (DESIGN.md § Presets, minimum payment: CN 10 % of
    spending and carried principal). Below the product's rule on the bill's own
    principal and all of the charges inside it when the engine asks less: a payment on
    or before the statement date lowered the statement's balance (a ¥2,000.00 bill with
    ¥500.00 paid on its statement date: 10 % × 1,500.00 = ¥150.00), or paid what was
    charged inside it at a payoff (tests/core/test_due_list_agrees_with_engine.py)."""
    interest, fees, penalty, whole = figures
    part = engine_rules.blank_bill_minimum(product, bill.amount, interest, fees, penalty)
    if whole == part:  # its own part, no more and no less: no ledger to read
        return part
    rest = whole - _others(store, product, bill.statement_date, bill.due_date, bill.id)
    return max(0, rest)


def blank_minimums_after_upgrade(store: Store, version: int) -> None:
    """A file saved before blank minimums were saved as NULL (schema version 11) holds
    the product's rule on a bill's whole amount for a field left blank: those become
    blank, in one transaction after the upgrade's backup, and :func:`mend_minimums`
    works out what their dues ask as it commits (the rule on the bill's principal and
    all of the charges inside it, :func:`default_minimum`). A typed figure equal to that
    rule is read as blank too (the two cannot be told apart in such a file)."""
    if version >= 11 or store.read_only:
        return
    with store.transaction():
        for product in store.list_products(include_archived=True):
            for b in store.list_bills(product.saved_id):
                if b.minimum is not None and b.minimum == dues.rule_minimum(product, b.amount):
                    store.set_blank_minimum(b.id, b.minimum)


def mend_minimums(store: Store) -> None:
    """Work out again, before a change commits, what each bill's due asks of the bills
    the change reaches (:meth:`Store.touched`): on a product whose records changed,
    every bill with a statement date on or after the earliest day changed (a payment's
    date corrected, a charge added to an earlier cycle, an earlier bill edited); on a
    product whose rules alone changed, every bill with a blank minimum. A blank
    minimum's due asks what the engine asks of its statement (one play of the product)
    less what the other dues ask (:func:`blank_own`), a typed one the printed minimum
    less the same (:func:`own_minimum`) — so the due list asks what the engine asks,
    whatever was changed after the bill was saved."""
    changed = store.touched()
    if not changed:
        return
    found = {p.saved_id: p for p in store.list_products(include_archived=True)}
    for pid, (day, records) in changed.items():
        product = found.get(pid)
        if product is None:
            continue  # deleted
        since = (
            store.list_bills(pid)
            if day == date.min
            else stored_cycles.bills_after(store, pid, day - timedelta(days=1))
        )
        reached = [b for b in since if records or b.minimum is None]
        if not reached:
            continue
        asked = store.bill_due_minimums(pid)
        blank = any(b.minimum is None for b in reached)
        figures = accounts.bills_figures(store, product) if blank else {}
        for b in reached:  # oldest first: a later one reads the earlier dues
            if b.minimum is None:
                own = blank_own(store, product, b, figures.get(b.statement_date, (0, 0, 0, 0)))
            else:
                own = own_minimum(
                    store, product, b.statement_date, b.due_date, b.amount, b.minimum, b.id
                )
            if asked.get(b.id) != own:
                store.set_due_minimum(b.id, own)
                stored_cycles.forget(store, pid, b.statement_date)


def own_minimum(
    store: Store,
    product: Product,
    statement: date,
    due: date,
    value: int,
    least: int | None,
    bill_id: int | None = None,
) -> int:
    """[minor units] The minimum of the bill's own due in the due list.

    A minimum typed from the statement is the statement's whole minimum (the account
    engine reads it so): it holds the instalment periods falling due the same day and
    the earlier dues' unpaid minimums, which the due list asks on their own dues — so
    the bill's own due asks the rest of it. A blank minimum (None) is the bill's own
    part: the product's rule on its principal and all of the charges inside it, as the
    engine takes it (:func:`default_minimum`); so is a typed figure below what the
    statement must hold of the others (then it cannot be the whole statement's).
    """
    if least is None:
        return default_minimum(store, product.saved_id, value, statement, due, bill_id)
    others = _others(store, product, statement, due, bill_id)
    # Below what it must hold it is not the whole statement's (the engine reads it as
    # the bill's own part too, tracker.engine.rules.minimum_due).
    return least if least < others else least - others


def _others(
    store: Store, product: Product, statement: date, due: date, bill_id: int | None
) -> int:
    """[minor units] What the due list asks of a statement on the other dues: the
    instalment periods falling due with it (their outstanding) and the earlier dues'
    unpaid minimums, as of its statement date (``bill_id``: its own bill, left out)."""
    others = 0
    for status in dues.product_statuses(store, statement, product):
        d = status.due
        if d.kind == "bill" and d.source_id == bill_id:
            continue
        if d.kind != "bill" and d.due_date == due:  # an instalment period that day
            others += status.state.outstanding
        elif d.due_date < due:
            others += status.state.outstanding_minimum
    return others
