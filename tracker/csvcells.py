"""What the statement written by SQLite (``storage/statement_csv.py``) takes from
:mod:`tracker.csvio`: the cells that are the same on every row of a product, the kind
names, and the rows the file does not hold (the account engine's estimates, what agreed
plans took over), keyed as :func:`csvio._product_events` orders them. Kept apart from
:mod:`tracker.csvio` (the rules, and the row-by-row writer that remains the reference)."""

from __future__ import annotations

import csv
import datetime as dt
import io

from tracker.csvio import (
    _ORDER,
    ProductRecords,
    _estimate_event,
    _period_events,
    guard,
    texts,
)
from tracker.money import currency
from tracker.products import Product


def cell(text: str) -> str:
    """``text`` as :func:`csvio.write_statement` writes it as one cell of a row: quoted by the
    :mod:`csv` writer when it holds a comma, a quote or a line break (not guarded)."""
    buffer = io.StringIO()
    csv.writer(buffer).writerow((text, ""))
    return buffer.getvalue()[: -len(",\r\n")]


def product_cells(product: Product) -> tuple[str, str, int]:
    """A product's name and currency cells as written (guarded, quoted) and its
    currency's digits: what ``csvio._cell_maker`` works out once per product."""
    return (
        cell(guard(product.name)),
        cell(guard(product.currency)),
        currency(product.currency).digits,
    )


def kind_texts(chinese: bool) -> dict[str, str]:
    """Each kind as the statement writes it."""
    return dict(texts(chinese).kinds)


#: One row not stored in the file, as the SQL writer takes it (see
#: ``storage/statement_csv.lines``): (product id, ISO day, kind order, ref, source,
#: sequence, kind as written, description cell as written, minor units, ISO due day).
Extra = tuple[int, str, int, int, int, int, str, str, int, "str | None"]


def extra_rows(records: ProductRecords, today: dt.date | None, chinese: bool) -> list[Extra]:
    """The rows of ``records`` that the file does not hold — the account engine's
    estimates (``records.estimates``) and ``records.dues`` (here: only dues that are
    not bills, such as what agreed plans took over) — keyed as :func:`_product_events`
    orders them: source 2 (dues that are not bills) and 4 (estimates), in stream order.

    Raises:
        ValueError: a bill among ``records.dues`` (its charges would be listed on it).
    """
    if any(d.kind == "bill" for d in records.dues):
        raise ValueError("extra dues must not be bills")
    pid = records.product.saved_id
    words = texts(chinese)
    kinds = words.kinds
    others = sorted(records.dues, key=lambda d: (d.due_date, d.id))
    events = [e for d in others for e in _period_events(d, today, words)]
    estimates = sorted(records.estimates, key=lambda e: e[0])
    events += [_estimate_event(day, kind, amount, words) for day, kind, amount in estimates]
    out: list[Extra] = []
    for seq, e in enumerate(events):
        source = 2 if seq < len(events) - len(estimates) else 4
        text = cell(guard(e.description + words.scheduled if e.scheduled else e.description))
        due = e.due_date.isoformat() if e.due_date else None
        out.append((pid, e.date.isoformat(), _ORDER[e.kind], e.ref, source, seq,
                    kinds[e.kind], text, e.amount, due))  # fmt: skip
    return out
