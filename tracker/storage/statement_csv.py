"""The statement CSV written by SQLite: one query, each row nearly a CSV line.

The rules are those of :mod:`tracker.csvio` (its module docstring), worked by SQL instead
of Python (issue 12: ~20 µs of Python per row, against ``sqlite3 -csv``'s C loop):

* a charge is due on the first bill (in (statement date, id) order) whose statement date
  is on or after it: the bill whose cycle (previous statement date, its statement date]
  holds the charge, each cycle's charges read by a range of the ``(product_id, date)``
  index; the bill's row lists its principal less those charges; charges after the last
  statement date are due on no bill;
* the rows in (date, product rank, kind order, id, source, sequence) order
  (``csvio._ORDER``; the rows the engine estimated and the plans took over are passed in
  as JSON, with id 0 and their own sequence): the order of one product's rows too;
* text cells guarded against formulas and quoted as :mod:`csv` quotes them (``,`` ``"``
  CR LF).

Python adds the running balance (cheaper than SQLite's ``sum() OVER`` window, ~4 µs a
row here) from the balance brought forward (an aggregate of the rows before the window)
and writes each line: the two amounts formatted inline, the kind from its order, the
product's cells by its rank. Building the line in SQL (``printf``, ``||``) cost more
than it saved (issue 12, measured on the 100k and 1M bench files): what a row costs here
is mostly Python's sqlite3 making a tuple and its values (~1 µs a row, more a column)
and SQLite's sort of every row by day.

:func:`clean` says whether the stored rows are as :mod:`tracker.storage.rows` would
decode them without complaint; only then is this exact (a damaged row goes the decoded
way, which reports it).
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterator, Mapping, Sequence
from datetime import date
from typing import Any

from tracker.csvtexts import STORED_STATEMENT, TAKEN_OVER, StatementTexts
from tracker.storage import sound
from tracker.storage.store import Store

#: Rows fetched from SQLite at a time and written as one string.
CHUNK = 4096

#: The decoders' checks, from the one place they are written (:mod:`sound`, which the
#: full integrity check uses too), as templates of a column ``{c}``.
_DAY_OK = sound.day_ok("{c}")
_INT_OK = sound.int_ok("{c}")
_OPT_INT_OK = sound.opt_int_ok("{c}")
#: Text, and without a NUL character: GLOB and substr() stop at one (a description
#: with one is written the decoded way).
_TEXT_OK = "(typeof({c}) = 'text' AND instr(CAST({c} AS BLOB), x'00') = 0)"
_DUE_KINDS = sound.DUE_KINDS

#: A charge the strict decoder (``rows.charge``) would refuse for its amount or
#: description, or a description with a NUL: checked as the statement's query reads
#: each charge (:data:`_CHARGE_AMOUNT`), not by a scan of its own (0.4 s of CPU at a
#: million charges) — unless the output cannot be rewound (``clean(…, charges=True)``).
_CHARGE_OK = f"({_INT_OK.format(c='{c}.amount')} AND {_TEXT_OK.format(c='{c}.description')})"
#: What the statement's query reads as a charge's amount: the query stops there, by
#: raising :class:`Refused`, at a charge :data:`_CHARGE_OK` refuses.
_CHARGE_AMOUNT = (
    f"CASE WHEN {_CHARGE_OK.format(c='c')} THEN c.amount ELSE statement_row_refused() END"
)
#: Rows the strict decoders would refuse the other way round: a charge's date (checked
#: once per (product, day), read from the ``(product_id, date)`` index, as
#: :func:`sound._dated` does: ``date()`` on every row was 0.6 of 1.2 s of CPU at a
#: million charges), a payment, a due or the ``agreed_on`` of a plan (``rows.payment``,
#: ``rows.due``), or a description with a NUL, in the products of ``json_each(?)``.
_ODD = f"""
WITH p(id) AS (SELECT value FROM json_each(?))
SELECT 1 FROM (
    SELECT DISTINCT product_id, date AS d FROM charges WHERE product_id IN p LIMIT -1)
    WHERE {_DAY_OK.format(c="d")} IS NOT 1
UNION ALL SELECT 1 FROM payments WHERE product_id IN p AND NOT (
    {_INT_OK.format(c="amount")} AND {_DAY_OK.format(c="date")}
    AND {_TEXT_OK.format(c="description")})
UNION ALL SELECT 1 FROM dues WHERE product_id IN p AND NOT (
    {_INT_OK.format(c="principal")} AND {_INT_OK.format(c="fee")}
    AND {_INT_OK.format(c="interest")} AND {_INT_OK.format(c="penalty")}
    AND {_OPT_INT_OK.format(c="minimum")} AND kind IS NOT NULL AND kind IN ({_DUE_KINDS})
    AND {_OPT_INT_OK.format(c="coalesce(bill_id, plan_id)")}
    AND {_OPT_INT_OK.format(c="period")} AND {_DAY_OK.format(c="due_date")}
    AND (statement_date IS NULL OR {_DAY_OK.format(c="statement_date")})
    AND {_TEXT_OK.format(c="description")})
UNION ALL SELECT 1 FROM plans WHERE product_id IN p AND NOT (
    agreed_on IS NULL OR {_DAY_OK.format(c="agreed_on")})
LIMIT 1
"""
_ODD_CHARGES = f"""
WITH p(id) AS (SELECT value FROM json_each(?))
SELECT 1 FROM charges AS c WHERE product_id IN p AND NOT {_CHARGE_OK.format(c="c")} LIMIT 1
"""


class Refused(Exception):
    """:func:`lines` met a charge :data:`_CHARGE_OK` refuses: what it yielded so far is
    not the statement; write it the decoded way (which reports the damage, if any)."""


def _cell(text: str) -> str:
    """SQL for the cell ``text`` (an SQL expression) is written as: guarded against
    formulas (``csvio.guard``: a first character ``= + - @``, tab or CR), then quoted as
    the csv writer quotes (QUOTE_MINIMAL: a comma, a quote, CR or LF inside; the guard's
    ``'`` is neither). ``text`` is repeated: keep it a column or a cheap expression."""
    guarded = (
        f"CASE WHEN unicode({text}) IN (61, 43, 45, 64, 9, 13) THEN '''' ELSE '' END || {text}"
    )
    return (
        f"CASE WHEN {text} GLOB :special"
        f" THEN '\"' || replace({guarded}, '\"', '\"\"') || '\"'"
        f" WHEN unicode({text}) IN (61, 43, 45, 64, 9, 13) THEN '''' || {text}"
        f" ELSE {text} END"
    )


def _parts(day: str, src: int, text: str, where: str) -> str:
    """The fee, interest and penalty rows of dues (``csvio._extras``), when not zero;
    ``text``: their description cell's text."""
    return "\n".join(
        f"    UNION ALL SELECT product_id, {day}, {order}, id, {src}, 0, :k_{kind},"
        f" {_cell(text)}, {kind}, due_date FROM dues"
        f" WHERE {where} AND {kind} != 0"
        for order, kind in ((3, "fee"), (4, "interest"), (5, "penalty"))
    )


_STATED = "coalesce(statement_date, due_date)"
#: A bill's description as stored by the app (``csvio.STORED_STATEMENT``): generated, so
#: written in the statement's language (``csvio.StatementTexts.bill_text``).
_GENERATED_BILL = f"description = :stored_before || {_STATED} || :stored_after"
_STATEMENT_OF = f":statement_before || {_STATED} || :statement_after"
#: The description of a bill's fee, interest and penalty rows (an empty one stays empty).
_BILL_PART = f"CASE WHEN {_GENERATED_BILL} THEN {_STATEMENT_OF} ELSE description END"
_MINE = "product_id IN (SELECT id FROM p)"
#: What follows the description of a scheduled instalment period (and its parts).
_LATER = (
    "CASE WHEN kind != 'adjustment' AND :today IS NOT NULL AND due_date > :today"
    " THEN :scheduled ELSE '' END"
)
#: An instalment period's or adjustment's description: an agreed plan's takeover
#: (``csvio.TAKEN_OVER``, generated) in the statement's language.
_ADJUSTMENT = (
    "CASE WHEN kind = 'adjustment' AND description = :stored_taken_over THEN :taken_over"
    " ELSE description END"
)

#: Every row of the statement, unordered, as ``ev`` (parameters: see :func:`lines`):
#: (product id, day, kind order, ref, source, sequence, kind as written, description
#: cell as written, minor units, due day). Read through ``(SELECT * FROM ev LIMIT -1)``
#: where filtered: SQLite pushes a WHERE on ``day`` down into each arm of the UNION ALL
#: otherwise, and that took 2.3 s of CPU instead of 0.5 at 100k.
_EVENTS = f"""
WITH
p(id) AS (SELECT value FROM json_each(:products)),
bills AS (
    SELECT product_id AS pid, id, {_STATED} AS stated, due_date, principal,
           CASE WHEN description = '' OR {_GENERATED_BILL} THEN {_STATEMENT_OF}
               ELSE description END AS text,
           lag({_STATED}, 1, '') OVER (PARTITION BY product_id ORDER BY {_STATED}, id) AS prev
    FROM dues WHERE kind = 'bill' AND {_MINE}),
last(pid, stated) AS (
    SELECT p.id, coalesce(max(b.stated), '') FROM p LEFT JOIN bills b ON b.pid = p.id
    GROUP BY p.id),
ev(pid, day, ord, ref, src, seq, kind, cell, amount, due) AS (
    SELECT b.pid, c.date, 0, c.id, 0, 0, :k_charge, {_cell("c.description")}, {_CHARGE_AMOUNT},
           b.due_date
    FROM bills b CROSS JOIN charges c
    WHERE c.product_id = b.pid AND c.date > b.prev AND c.date <= b.stated
    UNION ALL
    SELECT l.pid, c.date, 0, c.id, 0, 0, :k_charge, {_cell("c.description")}, {_CHARGE_AMOUNT},
           NULL
    FROM last l CROSS JOIN charges c WHERE c.product_id = l.pid AND c.date > l.stated
    UNION ALL
    SELECT b.pid, b.stated, 1, b.id, 1, 0, :k_bill, {_cell("b.text")},
           b.principal - (SELECT coalesce(sum(c.amount), 0) FROM charges c
                          WHERE c.product_id = b.pid AND c.date > b.prev AND c.date <= b.stated),
           b.due_date
    FROM bills b
{_parts(_STATED, 1, _BILL_PART, f"kind = 'bill' AND {_MINE}")}
    UNION ALL
    SELECT product_id, due_date, CASE kind WHEN 'adjustment' THEN 6 ELSE 2 END, id, 2, 0,
           CASE kind WHEN 'adjustment' THEN :k_adjustment ELSE :k_installment END,
           {_cell(f"{_ADJUSTMENT} || {_LATER}")}, principal, due_date
    FROM dues WHERE kind != 'bill' AND {_MINE}
{_parts("due_date", 2, f"description || {_LATER}", f"kind != 'bill' AND {_MINE}")}
    UNION ALL
    SELECT product_id, date, 7, id, 3, 0, :k_payment,
           {_cell("CASE WHEN description = '' THEN :payment ELSE description END")},
           -amount, NULL
    FROM payments WHERE {_MINE}
    UNION ALL
    SELECT json_extract(value, '$[0]'), json_extract(value, '$[1]'),
           json_extract(value, '$[2]'), json_extract(value, '$[3]'),
           json_extract(value, '$[4]'), json_extract(value, '$[5]'),
           json_extract(value, '$[6]'), json_extract(value, '$[7]'),
           json_extract(value, '$[8]'), json_extract(value, '$[9]')
    FROM json_each(:extras))
"""

#: Each product's balance brought forward: the sum of its rows before the window.
_BROUGHT = _EVENTS + "SELECT pid, sum(amount) FROM ev WHERE day < :start GROUP BY pid"

#: The first day of any stored row of the statement's products (each one's day in
#: :data:`_EVENTS`: a charge's or payment's date, a bill's statement date, a due's due
#: date), by index: before it nothing is brought forward, and :data:`_BROUGHT` (an
#: aggregate over every row, ~0.2 s of CPU at a million charges) is not asked.
_FIRST_DAY = """
WITH p(id) AS (SELECT value FROM json_each(:products))
SELECT min(d) FROM (
    SELECT (SELECT min(date) FROM charges WHERE product_id = p.id) AS d FROM p
    UNION ALL SELECT (SELECT min(date) FROM payments WHERE product_id = p.id) FROM p
    UNION ALL SELECT min(coalesce(statement_date, due_date)) FROM dues WHERE product_id IN p
    UNION ALL SELECT min(due_date) FROM dues WHERE product_id IN p)
"""

#: A cell the csv writer quotes (QUOTE_MINIMAL: the delimiter, the quote, CR or LF).
_SPECIAL = '*[,"\n\r]*'


#: The kind of each kind order the rows carry (``ord``; ``csvio._ORDER``): a row's kind
#: is written from it, so the text is not carried through the sort.
KINDS_BY_ORDER = (
    "charge", "bill", "installment", "fee", "interest", "penalty", "adjustment", "payment",
)  # fmt: skip


def _statement(products: int) -> str:
    """The rows in the window, in statement order, each as (product rank, day, kind
    order, description cell as written, minor units, due day); each product's id bound
    as ``:id{n}``, ``n`` its rank."""
    ranks = " ".join(f"WHEN :id{n} THEN {n}" for n in range(products))
    return f"""{_EVENTS}
SELECT CASE pid {ranks} END AS rank, day, ord, cell, amount, due
FROM (SELECT * FROM ev LIMIT -1) WHERE day BETWEEN :start AND :end
ORDER BY day, rank, ord, ref, src, seq
"""


def clean(store: Store, product_ids: Sequence[int], charges: bool = True) -> bool:
    """True when no charge, payment, due or plan of these products would be refused by
    the strict decoders (so :func:`lines` writes what the decoded rows would).
    ``charges`` False: a charge's amount and description are left to :func:`lines`,
    which raises :class:`Refused` at one it cannot write."""
    ids = (json.dumps(list(product_ids)),)
    try:
        if store.db.execute(_ODD, ids).fetchone() is not None:
            return False
        return not charges or store.db.execute(_ODD_CHARGES, ids).fetchone() is None
    except sqlite3.DatabaseError as exc:
        raise store._damage(exc) from None


def _form(digits: int) -> tuple[str, int]:
    """``money.plain`` of a currency with ``digits`` as (format, scale): the text of
    ``minor`` ≥ 0 is ``format % divmod(minor, scale)``, of a negative one "-" and the text
    of ``-minor`` (the same text: tests compare the bytes). With no digits the remainder
    (always 0) is formatted as ``%.0s``: nothing."""
    if digits == 0:
        return "%d%.0s", 1
    return f"%d.%0{digits}d", 10**digits


def lines(
    store: Store,
    products: Sequence[tuple[int, str, str, int]],
    extras: Sequence[Sequence[Any]],
    start: date,
    end: date,
    today: date | None,
    texts: StatementTexts,
) -> Iterator[tuple[str, int]]:
    """The statement's CSV lines, in chunks of up to :data:`CHUNK` rows.

    Args:
        products: (id, name cell, currency cell, digits) in the order products are
            listed on a day; the cells as written (guarded and quoted).
        extras: rows not in the file, each (product id, ISO day, kind order, ref, source,
            sequence, kind as written, description cell as written, minor units, ISO
            due day or None): ``csvcells.extra_rows``.
        start, end: the window (both included); earlier rows count in the balance.
        today: instalment periods due after it are scheduled; None: none are.
        texts: the statement's language: each kind as written, what follows the
            description of a scheduled row, the generated descriptions.

    Yields:
        (text, rows in it).

    Raises:
        Refused: a charge :data:`_CHARGE_OK` refuses (after some chunks, perhaps).
        DamagedFileError: SQLite reports damage.
    """
    if not products:
        return
    kinds = texts.kinds
    stored = _around_date(STORED_STATEMENT)
    statement = _around_date(texts.statement)
    params: dict[str, Any] = {
        "products": json.dumps([pid for pid, *_ in products]),
        "extras": json.dumps([list(e) for e in extras], ensure_ascii=False),
        "start": start.isoformat(),
        "end": end.isoformat(),
        "today": None if today is None else today.isoformat(),
        "scheduled": texts.scheduled,
        "special": _SPECIAL,
        "stored_before": stored[0],
        "stored_after": stored[1],
        "statement_before": statement[0],
        "statement_after": statement[1],
        "payment": texts.payment,
        "stored_taken_over": TAKEN_OVER,
        "taken_over": texts.taken_over,
        **{f"k_{k}": v for k, v in kinds.items()},
    }
    each = {f"id{n}": pid for n, (pid, *_) in enumerate(products)}
    sql = _statement(len(products))
    # Per rank: the cells around the kind and after the balance, and the amounts' form.
    per = [(f",{name},", f",{code},", *_form(digits)) for _, name, code, digits in products]
    written = [kinds[k] for k in KINDS_BY_ORDER]
    refused: list[bool] = []

    def refuse_row() -> None:
        refused.append(True)
        raise Refused

    store.db.conn.create_function("statement_row_refused", 0, refuse_row)
    try:
        brought = _brought(store, params, [e[1] for e in extras])
        balance = [brought.get(pid, 0) for pid, *_ in products]
        cursor = store.db.conn.execute(sql, {**params, **each})
        while chunk := cursor.fetchmany(CHUNK):
            parts: list[str] = []
            add = parts.append
            for k, day, order, cell, a, due in chunk:
                b = balance[k] = balance[k] + a
                name, code, form, scale = per[k]
                add(
                    f"{day}{name}{written[order]},{cell},"
                    f"{form % divmod(a, scale) if a >= 0 else '-' + form % divmod(-a, scale)},"
                    f"{form % divmod(b, scale) if b >= 0 else '-' + form % divmod(-b, scale)}"
                    f"{code}{due or ''}\r\n"
                )
            yield "".join(parts), len(chunk)
    except sqlite3.DatabaseError as exc:
        if refused:  # raised by refuse_row, in SQLite's words
            raise Refused from None
        raise store._damage(exc) from None


def _around_date(template: str) -> tuple[str, str]:
    """The text before and after ``{date}`` in ``template`` (which holds it once)."""
    before, mark, after = template.partition("{date}")
    assert mark and "{date}" not in after, f"one {{date}} in {template!r}"
    return before, after


def _brought(store: Store, params: Mapping[str, Any], extra_days: Sequence[str]) -> dict[int, int]:
    """[minor units] each product's balance brought forward into the window (product id
    → the sum of its rows before ``:start``; a product without any: absent)."""
    first = store.db.conn.execute(_FIRST_DAY, params).fetchone()[0]
    days = [d for d in (first, *extra_days) if d is not None]
    if not days or params["start"] <= min(days):
        return {}
    return dict(store.db.conn.execute(_BROUGHT, params).fetchall())
