"""Believable demo data, dated relative to ``today`` so every screen has something true.

A user with a Baitiao line (a phone on a 12-period plan and a bill 5 days overdue),
Huabei (a bill due in 3 days), a Chinese credit card (a statement due in 10 days,
last month paid 6 days late), a US card and a Klarna pay-in-4.

The demo data is marked in the file itself: the setting :data:`DEMO_KEY` lists every
demo product and record by id *and* creation time (an id SQLite hands out again after
a delete is then not taken for demo data). :func:`remove` deletes what is still marked
and keeps everything the user added; a demo product the user added records to is kept
whole (said in :attr:`Removal.kept`), and is no longer demo data.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date
from typing import Any

from tracker.errors import refuse
from tracker.service import products, records
from tracker.storage import Store

#: The setting (in the data file) that marks the demo data.
DEMO_KEY = "demo_data"
#: The tables whose demo rows are marked (dues and reminders follow their bill or plan).
MARKED = ("products", *products.RECORD_TABLES)


@dataclass(frozen=True)
class Removal:
    """What :func:`remove` did.

    Attributes:
        removed: names of the demo products deleted.
        kept: names of demo products kept because the user added records to them.
        counts: bills, charges, plans and payments deleted, per table.
        deleted: the exact rows deleted, for :func:`restore` (Undo).
        mark: the demo mark as it was before, for :func:`restore`.
    """

    removed: tuple[str, ...]
    kept: tuple[str, ...]
    counts: dict[str, int]
    deleted: records.Deleted
    mark: str


def populate(store: Store, today: date, chinese: bool = False) -> None:
    """Add the demo products and their records to an empty data file, and mark them as
    demo data; all or nothing. ``chinese``: named and described in Chinese (the
    interface in Chinese chose the demo), else in English."""
    # The records themselves, and the services that add them, are imported only here:
    # every start shows the demo banner (has_demo_data), few fill a new file (issue 12).
    from tracker.service import demo_data

    with store.transaction():
        ids = demo_data.add_products(store, today, chinese)
        store.set_setting(DEMO_KEY, json.dumps(_mark_of(store, ids), sort_keys=True))


def _mark_of(store: Store, product_ids: list[int]) -> dict[str, dict[str, str]]:
    """``{table: {id: created_at}}`` for the products and every record they have now."""
    mark: dict[str, dict[str, str]] = {table: {} for table in MARKED}
    for pid in product_ids:
        for table in MARKED:
            column = "id" if table == "products" else "product_id"
            for row in store.raw_rows(table, column, pid):
                mark[table][str(row["id"])] = str(row["created_at"])
    return mark


def _read_mark(store: Store) -> dict[str, dict[str, str]]:
    text = store.get_setting(DEMO_KEY)
    if not text:
        return {}
    try:
        mark = json.loads(text)
    except ValueError:
        return {}
    return mark if isinstance(mark, dict) else {}


def _is_marked(mark: dict[str, dict[str, str]], table: str, row: dict[str, Any]) -> bool:
    return mark.get(table, {}).get(str(row["id"])) == str(row["created_at"])


def demo_products(store: Store) -> list[int]:
    """The ids of the demo products still in the file (none: no demo data)."""
    mark = _read_mark(store)
    found = []
    for key in sorted(mark.get("products", {}), key=int):
        rows = store.raw_rows("products", "id", int(key))
        if rows and _is_marked(mark, "products", rows[0]):
            found.append(int(key))
    return found


def has_demo_data(store: Store) -> bool:
    """Whether the file still holds demo products (the GUI's "demo data" label)."""
    return bool(demo_products(store))


@dataclass(frozen=True)
class Contents:
    """What :func:`remove` would do now (nothing is written to find out).

    Attributes:
        remove: ``(id, name)`` of the demo products it deletes.
        keep: ``(id, name)`` of demo products kept (the user added records to them).
        counts: bills, charges, plans and payments it deletes, per table.
    """

    remove: tuple[tuple[int, str], ...]
    keep: tuple[tuple[int, str], ...]
    counts: dict[str, int]


def contents(store: Store) -> Contents:
    """What the demo data is now: what :func:`remove` deletes and what it keeps."""
    mark = _read_mark(store)
    gone: list[tuple[int, str]] = []
    kept: list[tuple[int, str]] = []
    counts = dict.fromkeys(products.RECORD_TABLES, 0)
    for pid in demo_products(store):
        entry = (pid, products.get_product(store, pid).name)
        if _user_added(store, mark, pid):
            kept.append(entry)
            continue
        gone.append(entry)
        for table, n in products.record_counts(store, pid).items():
            counts[table] += n
    return Contents(tuple(gone), tuple(kept), counts)


def remove(store: Store) -> Removal:
    """Delete the demo products with all their records, in one transaction.

    Everything the user added stays: their own products, and any demo product they
    added a bill, charge, plan or payment to (kept whole, named in ``kept``; it is
    no longer marked as demo data).

    Raises:
        InputError: the file has no demo data (nothing is written).
    """
    with store.transaction():
        before = store.get_setting(DEMO_KEY) or ""
        found = contents(store)
        if not found.remove and not found.keep:
            raise refuse("this data file has no demo data")
        tables: list[tuple[str, tuple[dict[str, Any], ...]]] = []
        for pid, _name in found.remove:
            tables.extend(products.delete_product(store, pid).tables)
        # Kept products are the user's now, removed ones are gone: no demo data is left.
        store.delete_setting(DEMO_KEY)
    return Removal(
        tuple(name for _pid, name in found.remove),
        tuple(name for _pid, name in found.keep),
        found.counts,
        records.Deleted("demo", 0, _merge(tables)),
        before,
    )


def _user_added(store: Store, mark: dict[str, dict[str, str]], pid: int) -> bool:
    return any(
        not _is_marked(mark, table, row)
        for table in products.RECORD_TABLES
        for row in store.raw_rows(table, "product_id", pid)
    )


def _merge(
    tables: list[tuple[str, tuple[dict[str, Any], ...]]],
) -> tuple[tuple[str, tuple[dict[str, Any], ...]], ...]:
    """Several products' ``(table, rows)`` lists as one, each table once, parents first."""
    order = ("products", *records.PRODUCT_TABLES, "reminders")
    rows: dict[str, list[dict[str, Any]]] = {table: [] for table in order}
    for table, found in tables:
        rows[table].extend(found)
    return tuple((table, tuple(rows[table])) for table in order)


def restore(store: Store, removal: Removal) -> None:
    """Undo :func:`remove`: the same rows back, marked as demo data again; one transaction."""
    with store.transaction():
        records.restore(store, removal.deleted)
        store.set_setting(DEMO_KEY, removal.mark)
