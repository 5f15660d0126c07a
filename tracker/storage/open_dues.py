"""Storage of the open part of each product's ledger (issue 12): where its saved settled
ledger (``cycles.settled``, :class:`tracker.ledger.Settled` as JSON) cuts it, checked
against the file in SQL, and the dues after that cut — so that the views of open dues
read what is open, not ten years of paid bills and instalment periods.

A cut is trusted only when the file still says what it said: the dues up to it (in the
ledger's order, due date then id) are as many as were saved, none was taken over by an
agreed plan, and the payments dated on or before its day add up to exactly what those
dues total. Then those payments paid off those dues and nothing else (a payment goes to
the oldest open due), whatever the saved JSON holds, and the ledger of the dues after the
cut with the payments after its day is the same as the whole ledger's for them.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date

from tracker.records import Due
from tracker.storage import rows as stored
from tracker.storage.store import _RESCHEDULED_ON, Store

_DUE_COLUMNS = (
    "id, product_id, due_date, principal, fee, interest, penalty, minimum, kind,"
    " coalesce(bill_id, plan_id), period, statement_date, description,"
    f" {_RESCHEDULED_ON}"
)

#: Per saved settled ledger: its day, how many dues it settled, the last of them (as
#: saved, and its row's key now), what the dues up to that key total and how many they
#: are, what the payments up to its day total, and whether a plan was ever agreed.
_CUTS = """
WITH c AS (
    SELECT product_id AS pid,
           json_extract(settled, '$.through') AS through,
           json_array_length(settled, '$.dues') AS n,
           json_extract(settled, '$.dues[#-1]') AS last,
           json_extract(settled, '$.dues[#-1][0]') AS last_id,
           coalesce(json_extract(settled, '$.fees'), 0) AS fees
    FROM cycles WHERE settled IS NOT NULL AND json_valid(settled)
)
SELECT c.pid, c.through, c.n, c.last, d.due_date, d.id,
    (SELECT count(*) FROM dues x WHERE x.product_id = c.pid
        AND (x.due_date < d.due_date OR (x.due_date = d.due_date AND x.id <= d.id))),
    (SELECT coalesce(sum(x.principal + x.fee + x.interest + x.penalty), 0) FROM dues x
        WHERE x.product_id = c.pid
        AND (x.due_date < d.due_date OR (x.due_date = d.due_date AND x.id <= d.id))),
    (SELECT coalesce(sum(p.amount), 0) FROM payments p
        WHERE p.product_id = c.pid AND p.date <= c.through),
    EXISTS (SELECT 1 FROM plans g WHERE g.product_id = c.pid AND g.agreed_on IS NOT NULL),
    c.fees
FROM c JOIN dues d ON d.id = c.last_id AND d.product_id = c.pid
"""


@dataclass(frozen=True)
class Cut:
    """Where one product's ledger is settled: every due up to (``due_date``, ``due_id``)
    in the ledger's order is paid off by the payments dated on or before ``through``.

    ``last`` is the saved state of the last settled due: paid penalty, interest, fee,
    principal (minor units), the day it was settled and the day its minimum was met.
    ``fees``: the late fees and penalty held on the settled dues (minor units)."""

    through: date
    due_date: date
    due_id: int
    last: tuple[int, int, int, int, date | None, date | None]
    fees: int = 0


def cuts(store: Store) -> dict[int, Cut]:
    """[product id → its :class:`Cut`] of every product whose saved settled ledger still
    holds on the file (see the module); one query, no due built, no JSON decoded in
    Python but the last settled due's entry. Read once per revision of the file: the
    query sums every due and payment up to each cut (~7 ms at 100k charges), and one
    simulation or refresh asks it several times (the ledger, then the payments on a due
    or what each product owes)."""
    key = ("open-dues-cuts",)
    revision = store.revision()
    cached = store.memo.get(key)
    if cached is None or cached[0] != revision:
        cached = (revision, _read_cuts(store))
        store.memo[key] = cached
    return dict(cached[1])


def _read_cuts(store: Store) -> dict[int, Cut]:
    out: dict[int, Cut] = {}
    for row in store._fetch(_CUTS, ()):
        pid, through, n, last, due_day, due_id, count, dues_total, paid, agreed, fees = row
        if agreed or count != n or not isinstance(fees, int) or dues_total + fees != paid:
            continue
        try:
            entry = json.loads(last)
            first, pen, inte, fee, prin, settled_on, met_on, *_ = entry
            if int(first) != due_id:
                continue
            out[int(pid)] = Cut(
                date.fromisoformat(through),
                stored.day(due_day, "dues", due_id, "due_date"),
                int(due_id),
                (int(pen), int(inte), int(fee), int(prin), _day(settled_on), _day(met_on)),
                fees,
            )
        except (TypeError, ValueError):
            continue  # not ours to trust: this product's ledger is read whole
    return out


def dues_after(store: Store, product_id: int, cut: Cut) -> list[Due]:
    """The product's dues after ``cut`` in the ledger's order (due date, then id)."""
    day = cut.due_date.isoformat()
    rows = store._fetch(
        f"SELECT {_DUE_COLUMNS} FROM dues WHERE product_id = ?"
        " AND (due_date > ? OR (due_date = ? AND id > ?)) ORDER BY due_date, id",
        (product_id, day, day, cut.due_id),
    )
    return [store._decoded(stored.due, r) for r in rows]


def due(store: Store, due_id: int) -> Due | None:
    """One due by id (None: no such due)."""
    rows = store._fetch(f"SELECT {_DUE_COLUMNS} FROM dues WHERE id = ?", (due_id,))
    return store._decoded(stored.due, rows[0]) if rows else None


def last_due_date(store: Store, product_id: int) -> date | None:
    """The product's latest due date (None: no due), from the (product, due date) index:
    no due built."""
    rows = store._fetch("SELECT max(due_date) FROM dues WHERE product_id = ?", (product_id,))
    text = rows[0][0] if rows else None
    return None if text is None else stored.day(text, "dues", product_id, "due_date")


def last_bill_date(store: Store, product_id: int) -> date | None:
    """The statement date of the product's latest recorded bill (None: no bill), from
    the (product, statement date) index: no bill built."""
    rows = store._fetch(
        "SELECT max(statement_date) FROM bills WHERE product_id = ?", (product_id,)
    )
    text = rows[0][0] if rows else None
    return None if text is None else stored.day(text, "bills", product_id, "statement_date")


def products_with_dues(store: Store) -> set[int]:
    """The ids of the products with at least one due row (the ``(product_id, due_date)``
    index answers it; no due built)."""
    return {int(r[0]) for r in store._fetch("SELECT DISTINCT product_id FROM dues", ())}


def last_record_day(store: Store, product_id: int) -> date | None:
    """The day of the product's latest payment, statement or charge (None: none); three
    maxima answered by the (product, date) indexes."""
    row = store._fetch(
        "SELECT max(day) FROM (SELECT max(date) AS day FROM payments WHERE product_id = ?"
        " UNION ALL SELECT max(statement_date) FROM bills WHERE product_id = ?"
        " UNION ALL SELECT max(date) FROM charges WHERE product_id = ?)",
        (product_id,) * 3,
    )
    text = row[0][0] if row else None
    return None if text is None else stored.day(text, "payments", product_id, "date")


def _day(text: str | None) -> date | None:
    return None if text is None else date.fromisoformat(text)
