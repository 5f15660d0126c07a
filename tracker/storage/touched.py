"""What a transaction changed, per product: the earliest day its records changed at (issue
11), so that what is derived from earlier records — a bill due's minimum — is worked out
again before the change commits (``tracker.service.minimums.mend_minimums``).

Kept by TEMP triggers of the connection (nothing in the file, no schema change) in the
TEMP table ``touched``: one row per product, the earliest day of any bill, charge,
payment or instalment period added, changed or deleted (a period from 62 days before its
due date: the statement it joins is at most that far before), and whether only the
product's rules changed (``records`` 0: the bills' own records did not). Rolled back with
the transaction it belongs to.
"""

from __future__ import annotations

import sqlite3
from datetime import date

#: Any day before every record's.
_ALL = "0001-01-01"


def _upsert(pid: str, day: str, records: int = 1) -> str:
    return (
        f"INSERT INTO touched (product_id, day, records) VALUES ({pid}, {day}, {records})"
        " ON CONFLICT(product_id) DO UPDATE SET day = min(day, excluded.day),"
        " records = max(records, excluded.records);"
    )


def _triggers() -> list[str]:
    out = [
        "CREATE TEMP TABLE IF NOT EXISTS touched ("
        " product_id INTEGER PRIMARY KEY, day TEXT NOT NULL, records INTEGER NOT NULL)"
    ]
    for table, day in (("bills", "statement_date"), ("charges", "date"), ("payments", "date")):
        for event, rows in (
            ("INSERT", ("NEW",)),
            ("DELETE", ("OLD",)),
            ("UPDATE", ("OLD", "NEW")),
        ):
            body = "".join(_upsert(f"{r}.product_id", f"{r}.{day}") for r in rows)
            out.append(
                f"CREATE TEMP TRIGGER IF NOT EXISTS touched_{table}_{event.lower()}"
                f" AFTER {event} ON main.{table} BEGIN {body} END"
            )
    for event, rows in (("INSERT", ("NEW",)), ("DELETE", ("OLD",)), ("UPDATE", ("OLD", "NEW"))):
        when = " OR ".join(f"{r}.kind != 'bill'" for r in rows)
        body = "".join(_upsert(f"{r}.product_id", f"date({r}.due_date, '-62 days')") for r in rows)
        out.append(
            f"CREATE TEMP TRIGGER IF NOT EXISTS touched_dues_{event.lower()}"
            f" AFTER {event} ON main.dues WHEN {when} BEGIN {body} END"
        )
    out.append(
        "CREATE TEMP TRIGGER IF NOT EXISTS touched_products AFTER UPDATE ON main.products"
        f" WHEN OLD.rules IS NOT NEW.rules BEGIN {_upsert('NEW.id', repr(_ALL), 0)} END"
    )
    return out


_SQL = _triggers()


def watch(conn: sqlite3.Connection) -> None:
    """Start keeping what changes on ``conn`` (once per connection, outside a
    transaction)."""
    for sql in _SQL:
        conn.execute(sql)


def take(conn: sqlite3.Connection) -> dict[int, tuple[date, bool]]:
    """[product id → (earliest day changed, whether its records changed — not only its
    rules)] of the transaction so far, and forget them (inside the transaction)."""
    rows = conn.execute("SELECT product_id, day, records FROM temp.touched").fetchall()
    if rows:
        conn.execute("DELETE FROM temp.touched")
    out = {}
    for pid, day, records in rows:
        try:
            out[int(pid)] = (date.fromisoformat(day), bool(records))
        except (TypeError, ValueError):  # a record's date that does not decode
            out[int(pid)] = (date.min, True)
    return out
