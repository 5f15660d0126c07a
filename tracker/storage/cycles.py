"""Storage of closed cycles: per product, the account engine's state at its last closed
cycle (table ``cycles``; the triggers of schema ``_CYCLES`` delete a row on any write
dated at or before it), and the records dated after a day, for a play resumed there.

Callers write inside ``store.transaction()``.
"""

from __future__ import annotations

import json
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


def closed_through(store: Store) -> dict[int, date]:
    """[product id → day] every stored closed cycle's day."""
    rows = store._fetch("SELECT product_id, closed_through FROM cycles", ())
    out = {}
    for pid, day in rows:
        try:
            out[int(pid)] = date.fromisoformat(day)
        except (TypeError, ValueError):
            continue
    return out


def save(store: Store, product_id: int, day: date, state: dict[str, Any] | None) -> None:
    """Keep ``state`` (None: nothing storable) as ``product_id``'s closed cycle at the
    end of ``day``, replacing the one before."""
    text = None if state is None else json.dumps(state, separators=(",", ":"))
    store.db.execute(
        "INSERT INTO cycles (product_id, closed_through, state) VALUES (?, ?, ?)"
        " ON CONFLICT(product_id) DO UPDATE SET closed_through = excluded.closed_through,"
        " state = excluded.state",
        (product_id, day.isoformat(), text),
    )


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


def payments_after(store: Store, product_id: int, day: date) -> list[Payment]:
    """The product's payments dated after ``day``, oldest first."""
    rows = store._fetch(
        "SELECT id, product_id, date, amount, description FROM payments"
        " WHERE product_id = ? AND date > ? ORDER BY date, id",
        (product_id, day.isoformat()),
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
