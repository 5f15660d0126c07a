"""SQL for imports: which rows a product already has (dedupe keys), undo, saved mappings."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from tracker.storage.store import Store

#: Tables an import writes records to (what undo may delete from).
RECORD_TABLES = ("charges", "payments", "bills", "plans", "dues")


@dataclass(frozen=True)
class ImportEntry:
    """One imported file as logged."""

    id: int
    product_id: int | None
    file_name: str
    profile: str
    encoding: str
    added: int
    duplicates: int
    created_at: str


@dataclass(frozen=True)
class SavedMapping:
    """How a product's files were read last time."""

    product_id: int
    profile: str
    encoding: str
    method: str | None
    mapping: str


def known_keys(store: Store, product_id: int) -> set[str]:
    rows = store.db.execute("SELECT key FROM import_rows WHERE product_id = ?", (product_id,))
    return {str(r[0]) for r in rows.fetchall()}


def insert_import(
    store: Store, product_id: int | None, file_name: str, profile: str, encoding: str
) -> int:
    cur = store.db.execute(
        "INSERT INTO imports (product_id, file_name, profile, encoding, added, duplicates)"
        " VALUES (?,?,?,?,0,0)",
        (product_id, file_name, profile, encoding),
    )
    return int(cur.lastrowid or 0)


def finish_import(store: Store, import_id: int, added: int, duplicates: int) -> None:
    store.db.execute(
        "UPDATE imports SET added = ?, duplicates = ? WHERE id = ?",
        (added, duplicates, import_id),
    )


def insert_keys(
    store: Store, import_id: int, product_id: int, keys: Iterable[str], record: str, rid: int
) -> None:
    assert record in RECORD_TABLES, record
    store.db.conn.executemany(
        "INSERT INTO import_rows (product_id, key, import_id, record, record_id)"
        " VALUES (?,?,?,?,?)",
        [(product_id, key, import_id, record, rid) for key in keys],
    )


def last_import(store: Store) -> ImportEntry | None:
    row = store.db.execute(
        "SELECT id, product_id, file_name, profile, encoding, added, duplicates, created_at"
        " FROM imports ORDER BY id DESC LIMIT 1"
    ).fetchone()
    return None if row is None else ImportEntry(*row)


def delete_import(store: Store, import_id: int) -> int:
    """Delete every record the import made (dues go with their bill or plan), its keys
    and its log row; returns the number of records deleted."""
    made = store.db.execute(
        "SELECT DISTINCT record, record_id FROM import_rows WHERE import_id = ?", (import_id,)
    ).fetchall()
    for record, rid in made:
        assert record in RECORD_TABLES, record
        store.db.execute(f"DELETE FROM {record} WHERE id = ?", (rid,))
    store.db.execute("DELETE FROM import_rows WHERE import_id = ?", (import_id,))
    store.db.execute("DELETE FROM imports WHERE id = ?", (import_id,))
    return len(made)


def saved_mapping(store: Store, product_id: int) -> SavedMapping | None:
    row = store.db.execute(
        "SELECT product_id, profile, encoding, method, mapping FROM import_mappings"
        " WHERE product_id = ?",
        (product_id,),
    ).fetchone()
    return None if row is None else SavedMapping(*row)


def save_mapping(store: Store, saved: SavedMapping) -> None:
    store.db.execute(
        "INSERT INTO import_mappings (product_id, profile, encoding, method, mapping)"
        " VALUES (?,?,?,?,?) ON CONFLICT(product_id) DO UPDATE SET profile = excluded.profile,"
        " encoding = excluded.encoding, method = excluded.method, mapping = excluded.mapping",
        (saved.product_id, saved.profile, saved.encoding, saved.method, saved.mapping),
    )
