"""Storage of closed cycles: per product, the account engine's state at its last closed
cycle (table ``cycles``; the triggers of schema ``_CYCLES`` delete a row on any write
dated at or before it), and the records dated after a day, for a play resumed there.

Callers write inside ``store.transaction()``.
"""

from __future__ import annotations

import json
from collections.abc import Collection
from datetime import date
from typing import Any

from tracker.records import Bill, Charge, Due, Payment
from tracker.storage import rows as stored
from tracker.storage.store import Store


def load(store: Store, product_id: int) -> tuple[date, dict[str, Any] | None] | None:
    """(closed through, state or None when nothing could be saved) of ``product_id``;
    None when nothing is stored (never saved, or a write invalidated it)."""
    row = store._fetch(
        "SELECT closed_through, state FROM cycles WHERE product_id = ?", (product_id,)
    )
    if not row:
        return None
    day, text = row[0]
    try:
        state = None if text is None else json.loads(text)
        return date.fromisoformat(day), state
    except (TypeError, ValueError):
        return None  # not ours to trust: the next write saves a new one


def closed_through(store: Store, saved_format: int | None = None) -> dict[int, date]:
    """[product id → day] every stored closed cycle's day; with ``saved_format``, only
    those whose state is of that format or NULL (nothing storable): a state saved by
    another version is as good as none (read in SQL, no state decoded)."""
    sql = "SELECT product_id, closed_through FROM cycles"
    args: tuple[Any, ...] = ()
    if saved_format is not None:
        sql += " WHERE state IS NULL OR json_extract(state, '$.format') = ?"
        args = (saved_format,)
    out = {}
    for pid, day in store._fetch(sql, args):
        try:
            out[int(pid)] = date.fromisoformat(day)
        except (TypeError, ValueError):
            continue
    return out


def save(
    store: Store,
    product_id: int,
    day: date,
    state: dict[str, Any] | None,
    settled: dict[str, Any] | None = None,
) -> None:
    """Keep ``state`` (None: nothing storable) as ``product_id``'s closed cycle at the
    end of ``day``, and ``settled`` (its ledger settled on or before it, None: none),
    replacing the ones before."""
    text = None if state is None else json.dumps(state, separators=(",", ":"))
    ledger = None if settled is None else json.dumps(settled, separators=(",", ":"))
    store.db.execute(
        "INSERT INTO cycles (product_id, closed_through, state, settled) VALUES (?, ?, ?, ?)"
        " ON CONFLICT(product_id) DO UPDATE SET closed_through = excluded.closed_through,"
        " state = excluded.state, settled = excluded.settled",
        (product_id, day.isoformat(), text, ledger),
    )


def forget(store: Store, product_id: int, day: date) -> None:
    """Delete ``product_id``'s closed cycle when it is at or after ``day`` (a due on or
    before it changed in a way the triggers do not see: its minimum worked out again)."""
    store.db.execute(
        "DELETE FROM cycles WHERE product_id = ? AND closed_through >= ?",
        (product_id, day.isoformat()),
    )


def load_settled(store: Store) -> dict[int, dict[str, Any]]:
    """[product id → its saved settled ledger (JSON as saved)], of every product that
    has one (one query); one that does not decode is left out (as :func:`load`)."""
    out = {}
    for pid, text in store._fetch(
        "SELECT product_id, settled FROM cycles WHERE settled IS NOT NULL", ()
    ):
        try:
            value = json.loads(text)
        except (TypeError, ValueError):
            continue
        if isinstance(value, dict):
            out[int(pid)] = value
    return out


def bill_dates(store: Store) -> dict[int, list[tuple[date, date]]]:
    """[product id → (statement date, due date) of each bill], oldest first: all that
    deciding where a product's cycles close needs (one query, no records built)."""
    rows = store._fetch(
        "SELECT id, product_id, statement_date, due_date FROM bills"
        " ORDER BY product_id, statement_date, id",
        (),
    )
    out: dict[int, list[tuple[date, date]]] = {}
    for rid, pid, statement, due in rows:
        out.setdefault(int(pid), []).append(
            (stored.day(statement, "bills", rid, "statement_date"),
             stored.day(due, "bills", rid, "due_date"))
        )  # fmt: skip
    return out


def bill_dates_of(
    store: Store, product_id: int, statements: Collection[date] | None = None
) -> list[tuple[date, date]]:
    """(statement date, due date) of each of the product's bills (no bill built); with
    ``statements``, of those whose statement date is one of them only."""
    sql = "SELECT id, statement_date, due_date FROM bills WHERE product_id = ?"
    args: list[Any] = [product_id]
    if statements is not None:
        if not statements:
            return []
        sql += f" AND statement_date IN ({','.join('?' * len(statements))})"
        args += [d.isoformat() for d in statements]
    rows = store._fetch(sql, args)
    return [
        (stored.day(statement, "bills", rid, "statement_date"),
         stored.day(due, "bills", rid, "due_date"))
        for rid, statement, due in rows
    ]  # fmt: skip


def period_dates(store: Store) -> dict[int, list[date]]:
    """[product id → due date of each instalment period], oldest first, of the products
    with no recorded bill: where such an account's cycles close (one query)."""
    rows = store._fetch(
        "SELECT id, product_id, due_date FROM dues d WHERE kind = 'installment'"
        " AND NOT EXISTS (SELECT 1 FROM bills b WHERE b.product_id = d.product_id)"
        " ORDER BY product_id, due_date, id",
        (),
    )
    out: dict[int, list[date]] = {}
    for rid, pid, due in rows:
        out.setdefault(int(pid), []).append(stored.day(due, "dues", rid, "due_date"))
    return out


def last_payments(store: Store) -> dict[int, date]:
    """[product id → the day of its latest payment] (one aggregate on the index)."""
    rows = store._fetch("SELECT product_id, max(date) FROM payments GROUP BY product_id", ())
    return {int(pid): stored.day(day, "payments", pid, "date") for pid, day in rows}


def has_bills(store: Store, product_id: int) -> bool:
    """Whether ``product_id`` has a recorded bill."""
    return bool(store._fetch("SELECT 1 FROM bills WHERE product_id = ? LIMIT 1", (product_id,)))


def last_statement_on(store: Store, product_id: int, day: date) -> date | None:
    """The statement date of the product's last bill on or before ``day`` (None: none)."""
    rows = store._fetch(
        "SELECT max(statement_date) FROM bills WHERE product_id = ? AND statement_date <= ?",
        (product_id, day.isoformat()),
    )
    text = rows[0][0] if rows else None
    return None if text is None else store._decoded(_statement_day, (text, product_id))


def _statement_day(row: tuple[object, object]) -> date:
    return stored.day(row[0], "bills", row[1], "statement_date")


def bills_after(store: Store, product_id: int, day: date) -> list[Bill]:
    """The product's bills with a statement date after ``day``, oldest first."""
    rows = store._fetch(
        "SELECT id, product_id, statement_date, due_date, amount, minimum FROM bills"
        " WHERE product_id = ? AND statement_date > ? ORDER BY statement_date, id",
        (product_id, day.isoformat()),
    )
    return [store._decoded(stored.bill, r) for r in rows]


def charges_after(store: Store, product_id: int, day: date) -> list[Charge]:
    """The product's charges dated after ``day``, oldest first."""
    rows = store._fetch(
        "SELECT id, product_id, date, amount, description FROM charges"
        " WHERE product_id = ? AND date > ? ORDER BY date, id",
        (product_id, day.isoformat()),
    )
    return [store._decoded(stored.charge, r) for r in rows]


def payments_after(store: Store, product_id: int, day: date | None) -> list[Payment]:
    """The product's payments dated after ``day`` (None: all), oldest first."""
    rows = store._fetch(
        "SELECT id, product_id, date, amount, description FROM payments"
        " WHERE product_id = ? AND date > ? ORDER BY date, id",
        (product_id, "" if day is None else day.isoformat()),
    )
    return [store._decoded(stored.payment, r) for r in rows]


def installments_after(store: Store, product_id: int, day: date) -> list[Due]:
    """The product's instalment dues falling due after ``day``, by due date."""
    rows = store._fetch(
        "SELECT id, product_id, due_date, principal, fee, interest, penalty, minimum, kind,"
        " coalesce(bill_id, plan_id), period, statement_date, description,"
        # rescheduled_on: an account with an agreed plan is never resumed (accounts.py).
        " NULL FROM dues WHERE product_id = ? AND kind = 'installment' AND due_date > ?"
        " ORDER BY due_date, id",
        (product_id, day.isoformat()),
    )
    return [store._decoded(stored.due, r) for r in rows]
