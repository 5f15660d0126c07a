"""Payments: record, edit, delete, list. A payment meets the unmet minimums of the issued
dues first, then settles the oldest open dues (tracker.ledger)."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from tracker.errors import ask, not_found, refuse
from tracker.money import format_money
from tracker.products import Product
from tracker.records import Payment
from tracker.service import dues, products, records
from tracker.service.products import Amount
from tracker.storage import Store


def add_payment(
    store: Store,
    ref: str | int,
    day: date,
    amount: Amount,
    today: date,
    description: str = "",
    *,
    allow_credit: bool = False,
) -> int:
    """Record money paid (allocated as :mod:`tracker.ledger` says). Returns its id.

    Args:
        amount: minor units, or the typed text (in the product's currency).
        allow_credit: the user confirmed a payment above everything owed (the rest stays
            with the lender as a credit balance).

    Raises:
        ConfirmationNeeded: (field ``amount``) more than the product owes, without
            ``allow_credit`` ("32456.00" typed for a ¥3,245.60 bill).
        InputError: with ``field`` (amount, date): not above zero, another currency's
            sign, a date after ``today``. Nothing is saved then.
    """
    product = products.find_product(store, ref)
    value = _checked(product, day, amount, today)
    if not allow_credit:
        _check_not_above_owed(store, product, value, 0, day)
    with store.transaction():
        return store.insert_payment(product.saved_id, day, value, description.strip())


def _check_not_above_owed(
    store: Store, product: Product, value: int, replaced: int, day: date | None = None
) -> None:
    """Ask before a payment of ``value`` (replacing one of ``replaced``) pays more than
    everything the product owes (on ``day``, the engine's charges to then included)."""
    owes = dues.owed(store, product, day) + replaced
    if value > owes:
        raise ask(
            "{amount} is {extra} more than {product_name} owes ({owed}); the rest would stay "
            "with the lender as a credit balance",
            field="amount",
            amount=format_money(value, product.currency),
            extra=format_money(value - owes, product.currency),
            product_name=product.name,
            owed=format_money(owes, product.currency),
        )


def _checked(product: Product, day: date, amount: Amount, today: date) -> int:
    value = products.amount_in(product, amount)
    if value <= 0:
        raise refuse("payment amount must be greater than zero", field="amount")
    if day > today:
        raise refuse(
            "payment date {day} is in the future (today is {today})",
            field="date",
            day=day,
            today=today,
        )
    return value


def edit_payment(
    store: Store,
    payment_id: int,
    day: date,
    amount: Amount,
    today: date,
    description: str = "",
    *,
    allow_credit: bool = False,
) -> Payment:
    """Change a payment's date, amount (> 0) and note; returns it as saved.

    Raises:
        ConfirmationNeeded, InputError: as :func:`add_payment`.
    """
    old = payment(store, payment_id)
    product = store.get_product(old.product_id)
    value = _checked(product, day, amount, today)
    if not allow_credit and value > old.amount:
        _check_not_above_owed(store, product, value, old.amount)
    with store.transaction():
        store.update_entry("payments", payment_id, day, value, description.strip())
    return Payment(payment_id, old.product_id, day, value, description.strip())


def delete_payment(store: Store, payment_id: int) -> records.Deleted:
    """Delete one payment; the ledger re-allocates the others. Returns it for undo."""
    return records.delete_record(store, "payment", payment_id)


def payment(store: Store, payment_id: int) -> Payment:
    """One payment by id (NotFoundError when it is gone)."""
    found = store.list_payments(ids=[payment_id])  # decoded by storage, as every row is
    if not found:
        raise not_found("no payment with id {payment_id}", payment_id=payment_id)
    return found[0]


def payments(store: Store, product_id: int, ids: Sequence[int] | None = None) -> list[Payment]:
    """The product's payments (all, or those in ``ids``), oldest first."""
    return store.list_payments(product_id, ids)


def payment_ids(store: Store, product_id: int) -> list[int]:
    """The ids of the product's payments, oldest first (cheap: no rows built)."""
    return store.record_ids("payments", product_id)
