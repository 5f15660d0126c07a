"""Which stored rows the strict decoders of :mod:`tracker.storage.rows` would refuse,
asked of SQLite instead of decoding every row in Python.

The full integrity check (``Store.check_integrity``) decoded every record of the file:
~6 s of CPU at a million charges, and it runs before the first write of a session. Here
each table is one scan of SQL conditions that mirror the decoders' checks (a whole
number is an SQLite integer, a date is the ISO text ``date.fromisoformat`` reads, text is
text, a kind is a kind of due, a rate a short decimal string, and every text value the
decoders would read is valid UTF-8, as Python's sqlite3 must decode it). The conditions
may be stricter than the decoders (a rate in exponent notation, an ISO week date): a
table they flag is decoded the old way, which gives the decoder's own message, or none.
They must never be looser: ``tests/core/test_sound_sql.py`` checks that, with random
damage, against the decoders.

Products are not here: their rules are checked by ``products.from_record`` itself, and a
file holds tens of them (``Store`` decodes them all).
"""

from __future__ import annotations

import sqlite3
from typing import get_args

from tracker.records import DueKind


def day_ok(c: str) -> str:
    """SQL: ``c`` is an ISO date ``date.fromisoformat`` reads as written. ``date()``
    alone keeps a 30 February (a modifier normalizes it to 2 March, so it no longer
    equals the text); year 0 and negative years are below '0001-01-01'."""
    return f"(typeof({c}) = 'text' AND date({c}, '+0 days') IS {c} AND {c} >= '0001-01-01')"


def opt_day_ok(c: str) -> str:
    return f"({c} IS NULL OR {day_ok(c)})"


def int_ok(c: str) -> str:
    """SQL: ``c`` is a whole number (``rows.whole``: Python's sqlite3 gives an int)."""
    return f"typeof({c}) = 'integer'"


def opt_int_ok(c: str) -> str:
    return f"typeof({c}) IN ('integer', 'null')"


def text_ok(c: str) -> str:
    """SQL: ``c`` is text (``rows.text``); its UTF-8 is checked by :func:`suspect_tables`."""
    return f"typeof({c}) = 'text'"


def rate_ok(c: str) -> str:
    """SQL: ``c`` is a rate ``rows.rate`` accepts, written the plain way: digits with at
    most one point, no sign or exponent (stricter than ``Decimal``; a NUL hides the rest
    of the text from GLOB, so none is allowed)."""
    return (
        f"(typeof({c}) = 'text' AND length({c}) BETWEEN 1 AND 100"
        f" AND instr(CAST({c} AS BLOB), x'00') = 0 AND {c} NOT GLOB '*[^0-9.]*'"
        f" AND {c} GLOB '*[0-9]*' AND length({c}) - length(replace({c}, '.', '')) <= 1)"
    )


DUE_KINDS = ", ".join(f"'{k}'" for k in get_args(DueKind))


def _all(*conditions: str) -> str:
    return " AND ".join(conditions)


#: Per table, in the order ``Store._undecodable`` decodes them: the condition every row
#: must meet (``rows.bill``, ``rows.charge`` …, on the columns ``Store.list_*`` read),
#: the text columns whose UTF-8 is checked, and for the big dated tables the
#: (product, date) pairs read from their ``(product_id, date)`` index instead of the
#: table (distinct pairs: far fewer ``date()`` calls; the full integrity check has
#: verified that the index holds what the table holds).
TABLES: dict[str, tuple[str, tuple[str, ...], bool]] = {
    "bills": (
        _all(
            int_ok("product_id"),
            day_ok("statement_date"),
            day_ok("due_date"),
            int_ok("amount"),
            opt_int_ok("minimum"),
        ),
        (),
        False,
    ),
    "charges": (_all(int_ok("amount"), text_ok("description")), ("description",), True),
    "plans": (
        _all(
            int_ok("product_id"),
            int_ok("principal"),
            int_ok("periods"),
            text_ok("fee_model"),
            rate_ok("fee_rate"),
            day_ok("first_due"),
            text_ok("description"),
            opt_day_ok("agreed_on"),
        ),
        ("fee_model", "description"),
        False,
    ),
    "payments": (_all(int_ok("amount"), text_ok("description")), ("description",), True),
    # rescheduled_on is the least agreed_on of some plans: a date when plans decode.
    "dues": (
        _all(
            int_ok("product_id"),
            day_ok("due_date"),
            int_ok("principal"),
            int_ok("fee"),
            int_ok("interest"),
            int_ok("penalty"),
            opt_int_ok("minimum"),
            f"typeof(kind) = 'text' AND kind IN ({DUE_KINDS})",
            opt_int_ok("coalesce(bill_id, plan_id)"),
            opt_int_ok("period"),
            opt_day_ok("statement_date"),
            text_ok("description"),
        ),
        ("description",),
        False,
    ),
}


def _scan(table: str) -> str:
    """SQL, one row: whether some row fails the table's condition, then each checked
    text column's values joined by newlines. Python decodes that text as it decodes a
    column: an invalid sequence in any value fails it, and a newline between values
    keeps a truncated one from joining the next into a valid one. (Every value: SQLite
    has no test of UTF-8, and its ``length()`` counts a lone 0xFF as a character. The
    text is as big as the column: ~9 MB at a million charges; joining it costs less
    than choosing the non-ASCII values.)"""
    condition, texts, _ = TABLES[table]
    joined = "".join(f", group_concat({c}, char(10))" for c in texts)
    return f"SELECT max(({condition}) IS NOT 1){joined} FROM {table}"


def _dated(table: str) -> str:
    """SQL: a row when some (product, date) pair of the table does not decode. ``LIMIT
    -1`` keeps SQLite from pushing the condition into the DISTINCT (per row, 3× slower)."""
    return (
        f"SELECT 1 FROM (SELECT DISTINCT product_id AS p, date AS d FROM {table} LIMIT -1)"
        f" WHERE ({_all(int_ok('p'), day_ok('d'))}) IS NOT 1 LIMIT 1"
    )


def suspect_tables(conn: sqlite3.Connection) -> list[str]:
    """The tables of :data:`TABLES`, in order, that may hold a row the decoders refuse:
    every row of the others decodes. A query that fails (damage SQLite reports, text
    that is not UTF-8) flags its table: decoding it says what is wrong, as before."""
    found = []
    for table, (_, _, dated) in TABLES.items():
        try:
            odd = bool(conn.execute(_scan(table)).fetchone()[0])
            if not odd and dated:
                odd = conn.execute(_dated(table)).fetchone() is not None
        except sqlite3.Error:
            odd = True
        if odd:
            found.append(table)
    return found
