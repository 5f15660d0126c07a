"""A product's charges as the account engine spends them: per day, the total (one
grouped query on the ``(product_id, date)`` index, no charge built).

The checks the decoded charges get (:func:`tracker.storage.rows.charge`) hold here too:
a row whose amount or description is not of its type is noticed in the same query and
then decoded, so that it is reported as the damage it is; each day is decoded as a
stored date (a day that is not one names a row that has it).
"""

from __future__ import annotations

import sqlite3
from datetime import date

from tracker.storage import rows as stored
from tracker.storage.store import Store

_BAD = (
    "SELECT id, product_id, date, amount, description FROM charges WHERE product_id = ?"
    " AND (typeof(date) <> 'text' OR typeof(amount) <> 'integer'"
    " OR typeof(description) <> 'text') ORDER BY date, id LIMIT 1"
)
_BY_DAY = (
    "SELECT date, sum(amount), min(id), max(typeof(amount) <> 'integer'"
    " OR typeof(description) <> 'text') FROM charges WHERE product_id = ?"
    " GROUP BY date ORDER BY date"
)
_BY_DAY_IN = _BY_DAY.replace("GROUP BY", "AND date > ? AND date <= ? GROUP BY")


def spent_by_day(
    store: Store, product_id: int, after: date | None = None, through: date | None = None
) -> list[tuple[date, int]]:
    """[(day, minor units)] the total of the product's charges on each day that has one,
    oldest first (with ``after`` and ``through``: the days after ``after`` up to
    ``through``). Raises DamagedFileError (the file marked damaged) on a charge that
    :meth:`Store.list_charges` would refuse."""
    span = (after, through) if after is not None and through is not None else None
    try:  # damage: raised as damage
        if span is None:
            rows = store._fetch(_BY_DAY, (product_id,))
        else:
            rows = store._fetch(_BY_DAY_IN, (product_id, *(d.isoformat() for d in span)))
    except sqlite3.OperationalError:  # "integer overflow": the totals summed in Python
        found = _summed(store, product_id)
        return found if span is None else [(d, a) for d, a in found if span[0] < d <= span[1]]
    if any(bad for *_, bad in rows):
        for row in store._fetch(_BAD, (product_id,)):
            store._decoded(stored.charge, row)  # raises: names the row and what is wrong
    out: dict[date, int] = {}
    for text, total, rid, _ in rows:
        day = store._decoded(_day, (text, rid))
        out[day] = out.get(day, 0) + int(total)  # two spellings of one ISO day: one day
    return sorted(out.items())


def _day(row: tuple[object, object]) -> date:
    return stored.day(row[0], "charges", row[1], "date")


def _summed(store: Store, product_id: int) -> list[tuple[date, int]]:
    out: dict[date, int] = {}
    for c in store.list_charges(product_id):
        out[c.date] = out.get(c.date, 0) + c.amount
    return sorted(out.items())
