"""Deleting records with undo: a delete returns the exact rows it removed.

:func:`restore` puts them back (same ids) when the user presses Undo. The per-kind
deletes (``bills.delete_bill``, ``payments.delete_payment``…) call :func:`delete_record`.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Literal

from tracker.errors import not_found
from tracker.storage import Store

RecordKind = Literal["payment", "charge", "bill", "plan"]


@dataclass(frozen=True)
class Deleted:
    """What a delete removed: ``(table, rows)`` pairs, parents first (for :func:`restore`).

    Attributes:
        kind: payment, charge, bill, plan, product or demo (several products).
        record_id: the id of the deleted record.
        tables: raw rows per table, in the order they must be re-inserted.
    """

    kind: str
    record_id: int
    tables: tuple[tuple[str, tuple[dict[str, Any], ...]], ...]


_TABLE = {"payment": "payments", "charge": "charges", "bill": "bills", "plan": "plans"}


_DUE_LINK = {"bill": "bill_id", "plan": "plan_id"}


def delete_record(store: Store, kind: RecordKind, record_id: int) -> Deleted:
    """Delete one record (a bill or plan with its dues) in one transaction, for undo."""
    table = _TABLE[kind]
    with store.transaction():
        rows = store.raw_rows(table, "id", record_id)
        if not rows:
            raise not_found("no {kind} with id {record_id}", kind=kind, record_id=record_id)
        tables = [(table, tuple(rows))]
        if kind in _DUE_LINK:
            tables.append(("dues", tuple(store.raw_rows("dues", _DUE_LINK[kind], record_id))))
        # The dues of a bill or plan go with it (ON DELETE CASCADE).
        store.delete(table, record_id)
    return Deleted(kind, record_id, tuple(tables))


#: A product's own tables, parents first: the order :func:`restore` re-inserts them in.
PRODUCT_TABLES = ("bills", "plans", "charges", "payments", "dues")


def product_tables(store: Store, product_id: int) -> list[tuple[str, tuple[dict[str, Any], ...]]]:
    """Every row of one product and of what belongs to it (records, dues, reminders),
    parents first, read before a delete so :func:`restore` can put them all back."""
    tables = [("products", tuple(store.raw_rows("products", "id", product_id)))]
    for table in PRODUCT_TABLES:
        tables.append((table, tuple(store.raw_rows(table, "product_id", product_id))))
    reminders = [
        row
        for due in tables[-1][1]
        for row in store.raw_rows("reminders", "due_id", int(due["id"]))
    ]
    tables.append(("reminders", tuple(reminders)))
    return tables


def restore(store: Store, deleted: Deleted) -> None:
    """Undo a delete: re-insert exactly the removed rows, in one transaction.

    Raises:
        InputError: a row with the same id exists again (nothing is restored then).
    """
    with store.transaction():
        for table, rows in deleted.tables:
            store.reinsert(table, rows)
