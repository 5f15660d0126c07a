"""One product's records in the order a table shows them, sorted and searched in SQL
(issue 12, goal 4b): the ids only, so that a table of 72k charges sorts by a header click
or keeps the rows matching a search without building a row in Python.

A table's own order is newest first: the reverse of the list order (``Store.list_*``:
by date, then id). A sort by a column keeps that order among equal values (ties newest
first, in both directions), as a stable sort of the table's rows does.
"""

from __future__ import annotations

from collections.abc import Sequence

from tracker.storage.store import _ORDER, Store, _check_table

#: The columns a table can sort by in SQL: name → the SQL value sorted on. A bill's
#: minimum left blank (NULL) sorts as what its due asks (the figure the table shows).
SORTABLE: dict[str, dict[str, str]] = {
    "bills": {
        "statement_date": "statement_date",
        "due_date": "due_date",
        "amount": "amount",
        "minimum": (
            "coalesce(minimum, (SELECT d.minimum FROM dues d WHERE d.bill_id = bills.id), 0)"
        ),
    },
    "charges": {"date": "date", "amount": "amount", "description": "description"},
    "plans": {"description": "description", "first_due": "first_due", "principal": "principal"},
    "payments": {"date": "date", "amount": "amount", "description": "description"},
}

#: The tables searched in SQL on every column they show, and those columns: dates as
#: stored (ISO, as the tables show them), amounts as money text, descriptions.
SEARCHED: dict[str, tuple[str, ...]] = {
    "charges": ("date", "amount", "description"),
    "payments": ("date", "amount", "description"),
}

_LIKE_ESCAPE = "\\"
#: A Python ``str.lower`` for SQL (SQLite's ``lower()`` and ``LIKE`` fold ASCII only).
_LOWER = "tracker_lower"


def money_text_sql(column: str, prefix: str, digits: int) -> str:
    """SQL for the text of an amount in minor units as ``tracker.money.format_money``
    shows it with ``prefix`` in front (a symbol, ``"¥"``, or a code and a space):
    ``-`` for a negative amount, then the prefix, the units grouped by thousands, and
    ``digits`` decimals — ``-123456`` → ``-¥1,234.56``."""
    sign = f"CASE WHEN {column} < 0 THEN '-' ELSE '' END"
    quoted = "'" + prefix.replace("'", "''") + "'"
    if digits == 0:
        body = f"printf('%,d', abs({column}))"
    else:
        scale = 10**digits
        body = f"printf('%,d.%0{digits}d', abs({column}) / {scale}, abs({column}) % {scale})"
    return f"({sign} || {quoted} || {body})"


def ordered_ids(
    store: Store,
    table: str,
    product_id: int,
    sort: tuple[str, bool] | None = None,
    search: str = "",
    money_prefix: str = "",
    digits: int = 2,
) -> list[int]:
    """The ids of one product's ``table`` records, newest first, or sorted by
    ``sort = (column, descending)`` (a name of :data:`SORTABLE`; ties newest first), and
    with ``search`` only those whose date, amount (as ``money_prefix`` + the amount,
    see :func:`money_text_sql`) or description contains it in any case (tables of
    :data:`SEARCHED` only)."""
    _check_table(table)
    newest = f"{_ORDER[table]} DESC, id DESC"
    order = newest
    if sort is not None:
        column, descending = sort
        order = f"{SORTABLE[table][column]} {'DESC' if descending else 'ASC'}, {newest}"
    params: list[object] = [product_id]
    where = "product_id = ?"
    if search:
        if table not in SEARCHED:
            raise ValueError(f"{table} is not searched in SQL")
        texts = [_searched_text(c, search, money_prefix, digits) for c in SEARCHED[table]]
        where += f" AND ({_matches(store, [t for t in texts if t], search, params)})"
    sql = f"SELECT id FROM {table} WHERE {where} ORDER BY {order}"
    return [int(r[0]) for r in store._fetch(sql, params)]


def _searched_text(column: str, search: str, money_prefix: str, digits: int) -> str:
    """The SQL text of ``column`` to search, or "" when it cannot contain ``search``: a
    date is digits and ``-``, an amount digits, ``-,.`` and its prefix (a search for
    "coffee" does not make the money text of every row)."""
    if column == "date":
        alphabet = "0123456789-"
    elif column == "amount":
        alphabet = "0123456789-,." + money_prefix
    else:
        return column
    allowed = set(alphabet.lower())
    if any(ch.lower() not in allowed for ch in search):
        return ""
    return money_text_sql(column, money_prefix, digits) if column == "amount" else column


def _matches(store: Store, texts: Sequence[str], search: str, params: list[object]) -> str:
    """SQL true where one of ``texts`` contains ``search`` in any case (its parameters
    appended to ``params``; none: false). ``LIKE`` folds ASCII letters only: a search with a letter
    beyond ASCII that has a case (é, Ä, Ж) folds every text with Python's ``lower``."""
    if not texts:
        return "0"
    if all(ch.isascii() or ch.lower() == ch.upper() for ch in search):
        escaped = "".join(_LIKE_ESCAPE + ch if ch in "%_\\" else ch for ch in search)
        params.extend(["%" + escaped + "%"] * len(texts))
        return " OR ".join(f"{t} LIKE ? ESCAPE '{_LIKE_ESCAPE}'" for t in texts)
    store.db.conn.create_function(_LOWER, 1, _lower, deterministic=True)
    params.extend([search.lower()] * len(texts))
    return " OR ".join(f"instr({_LOWER}({t}), ?) > 0" for t in texts)


def _lower(text: object) -> str | None:
    return None if text is None else str(text).lower()
