"""CSV statements: build the rows of a product's history, and write them safely.

Format (DESIGN.md, "CSV statement"): UTF-8 (with a BOM for Excel), comma-separated, one
header row ``date,product,kind,description,amount,balance,currency,due_date``. ``amount``
is signed — positive adds to the debt, negative is a payment — with dot decimals and no
grouping; ``balance`` is the product's running balance. A text cell that a spreadsheet
would run as a formula gets a leading ``'``.

How records become rows (amounts minor units until written):

* a charge → ``charge`` on its date, due on the bill of the cycle it falls in (if any);
* a bill → ``bill`` on its statement date for the part of the statement not already
  listed as charges of that cycle (charges dated after the previous statement, up to
  this one), so a recorded purchase is never counted twice;
* an instalment period (or loan repayment, negotiated payment) → ``installment`` for its
  principal and ``fee`` for its fee, on its due date;
* a due's interest / penalty parts → ``interest`` / ``penalty``; an adjustment due →
  ``adjustment``;
* a payment → ``payment``, negative.

An instalment period due after ``today`` is **scheduled**, not charged yet: its rows
(the period and its fee, interest, penalty) are listed on their due date with
:data:`SCHEDULED` after the description. Import strips the marker, so export → import →
export is byte-identical.

Which balance: the running balance is the figure the products page shows
(``overview.ProductSummary.balance``): what is owed — every due, scheduled periods
included, and every unbilled charge, less payments; below zero for a credit balance. So
scheduled rows add to it like the others, and the last balance of a statement taken past
the last scheduled period equals the products page's balance today. That balance holds
the account engine's own interest, late fees and penalty (its estimates until a recorded
bill replaces them): the statement lists them as ``interest`` / ``fee`` / ``penalty``
rows with :data:`ESTIMATED` after the description, each on the day it was charged (what
has accrued and is not posted yet on "today"). Import skips them: the engine works them
out again from the imported records.

Balances run over a product's whole history, so the first row of a date window already
carries the balance brought forward.

Language: the header, the kind names and every text the statement generates (a bill's
description — stored as ``Statement {date}`` —, a payment's without one, the estimate
rows, the scheduled and estimated marks, an agreed plan's takeover) are written in the
language the caller chooses (:mod:`tracker.csvtexts`: :data:`ENGLISH` or :data:`CHINESE`);
what the user typed is written as typed. Import reads both languages and stores the
generated texts as the app does, so a Chinese statement reads back as the English one.
"""

from __future__ import annotations

import bisect
import csv
import datetime as dt
import heapq
import itertools
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from typing import TextIO

# The statement's words (tracker.csvtexts), named here too: csvio.HEADER, csvio.KIND_ZH…
from tracker.csvtexts import CHINESE as CHINESE
from tracker.csvtexts import ENGLISH as ENGLISH
from tracker.csvtexts import ESTIMATE_TEXT as ESTIMATE_TEXT
from tracker.csvtexts import ESTIMATED as ESTIMATED
from tracker.csvtexts import HEADER as HEADER
from tracker.csvtexts import HEADER_ZH as HEADER_ZH
from tracker.csvtexts import KIND_ZH as KIND_ZH
from tracker.csvtexts import KINDS as KINDS
from tracker.csvtexts import SCHEDULED as SCHEDULED
from tracker.csvtexts import STORED_STATEMENT as STORED_STATEMENT
from tracker.csvtexts import TAKEN_OVER as TAKEN_OVER
from tracker.csvtexts import StatementTexts as StatementTexts
from tracker.csvtexts import texts as texts
from tracker.errors import refuse
from tracker.money import currency, plain
from tracker.products import Product
from tracker.records import Charge, Due, Payment

#: Within one day, debt is listed before the payments that reduce it.
_ORDER = {kind: n for n, kind in enumerate((*KINDS[:6], "adjustment", "payment"))}
#: First characters a spreadsheet treats as the start of a formula.
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


@dataclass(frozen=True)
class StatementRow:
    """One line of a statement.

    Attributes:
        date: when it happened (statement date for a bill, due date for a period).
        product, currency: the product's name and currency code.
        kind: one of :data:`KINDS`.
        description: free text (the record's own, or a generated one).
        amount: [minor units] signed: + adds to the debt, − pays it down.
        balance: [minor units] the product's running balance after this row.
        due_date: when it is (or was) due; None for payments and unbilled charges.
        scheduled: an instalment period (or its fee…) not yet due on the statement's
            "today": written with :data:`SCHEDULED` (still in ``balance``: it is owed).
    """

    date: dt.date
    product: str
    kind: str
    description: str
    amount: int
    balance: int
    currency: str
    due_date: dt.date | None
    scheduled: bool = False


@dataclass(frozen=True)
class _Event:
    date: dt.date
    kind: str
    description: str
    amount: int
    due_date: dt.date | None
    ref: int
    scheduled: bool = False


@dataclass(frozen=True)
class ProductRecords:
    """One product's records for a statement, each in its stored order.

    Attributes:
        product: the product (saved, with its id).
        dues: every due of the product (bills, instalment periods…), any order.
        charges: its charges by date (then id); may be a stream read row by row.
        payments: its payments by date (then id); may be a stream too.
        estimates: the account engine's interest, late fees and penalty not replaced by
            a recorded bill, as (day, kind, minor units): rows of their kind with
            :data:`ESTIMATED` after the description.
    """

    product: Product
    dues: Sequence[Due]
    charges: Iterable[Charge]
    payments: Iterable[Payment]
    estimates: Sequence[tuple[dt.date, str, int]] = ()


def statement_rows(
    records: Sequence[ProductRecords],
    start: dt.date,
    end: dt.date,
    today: dt.date | None = None,
    texts: StatementTexts = ENGLISH,
) -> Iterator[StatementRow]:
    """The statement of the products of ``records`` from ``start`` to ``end`` (both
    included), produced row by row: the charges and payments are read once, in order,
    and never held all at once (a statement of ten years of history streams).

    Args:
        records: one entry per product, in the order products are listed on a day.
        start, end: the date window; rows outside it are left out, but still count
            towards the running balance.
        today: instalment periods due after it are scheduled (see the module
            docstring); None: none are.
        texts: the generated descriptions' language (a bill's, a payment's without
            one, the estimates'); the records' own descriptions are kept as they are.
        estimates: product id → the account engine's interest, late fees and penalty
            not replaced by a recorded bill, as (day, kind, minor units): rows of their
            kind with :data:`ESTIMATED` after the description.

    Returns:
        Rows in date order (then product, then debt before payments).

    Raises:
        InputError: ``start`` is after ``end`` (at once, not when the rows are read).
    """
    if start > end:
        raise refuse(
            "the statement starts on {start}, after it ends on {end}", start=start, end=end
        )
    streams = [
        _running(r.product, _product_events(r, today, texts), start, end, rank)
        for rank, r in enumerate(records)
    ]
    merged = heapq.merge(*streams, key=lambda t: (t[0].date, t[1], _ORDER[t[0].kind]))
    return (row for row, _rank in merged)


def _bills(dues: Iterable[Due]) -> list[Due]:
    """Bill dues in statement-date order (those without one use their due date)."""
    bills = [d for d in dues if d.kind == "bill"]
    return sorted(bills, key=lambda d: (d.statement_date or d.due_date, d.id))


def _product_events(
    records: ProductRecords, today: dt.date | None, texts: StatementTexts = ENGLISH
) -> Iterator[_Event]:
    """One product's events in (date, kind, id) order, one day at a time.

    A charge is due on the first bill whose statement date is on or after its date (the
    cycle it falls in), and that bill's row lists only the part of the statement not
    already listed as the charges of its cycle (previous statement, statement].
    """
    bills = _bills(records.dues)
    stated = [b.statement_date or b.due_date for b in bills]
    listed = [0] * len(bills)
    others = sorted(
        (d for d in records.dues if d.kind != "bill"), key=lambda d: (d.due_date, d.id)
    )
    sources: list[Iterable[tuple[dt.date, int, object]]] = [
        ((c.date, 0, c) for c in records.charges),  # before the bills of their day
        ((day, 1, n) for n, day in enumerate(stated)),
        ((d.due_date, 2, d) for d in others),
        ((p.date, 3, p) for p in records.payments),
        ((e[0], 4, e) for e in sorted(records.estimates, key=lambda e: e[0])),
    ]
    merged = heapq.merge(*sources, key=lambda t: (t[0], t[1]))
    for _day, items in itertools.groupby(merged, key=lambda t: t[0]):
        events: list[_Event] = []
        for _d, source, item in items:
            if source == 0:
                assert isinstance(item, Charge)
                n = bisect.bisect_left(stated, item.date)
                if n < len(bills):
                    listed[n] += item.amount
                due_on = bills[n].due_date if n < len(bills) else None
                events.append(
                    _Event(item.date, "charge", item.description, item.amount, due_on, item.id)
                )
            elif source == 1:
                assert isinstance(item, int)
                events += _bill_events(bills[item], stated[item], listed[item], texts)
            elif source == 2:
                assert isinstance(item, Due)
                events += _period_events(item, today, texts)
            elif source == 4:
                assert isinstance(item, tuple)
                day, kind, amount = item
                events.append(_estimate_event(day, kind, amount, texts))
            else:
                assert isinstance(item, Payment)
                text = item.description or texts.payment
                events.append(_Event(item.date, "payment", text, -item.amount, None, item.id))
        events.sort(key=lambda e: (e.date, _ORDER[e.kind], e.ref))
        yield from events


def _estimate_event(day: dt.date, kind: str, amount: int, texts: StatementTexts) -> _Event:
    """The account engine's estimate row of ``kind`` (interest, penalty, fee)."""
    return _Event(day, kind, texts.estimates[kind] + texts.estimated, amount, None, 0)


def _bill_events(
    bill: Due, stated: dt.date, listed: int, texts: StatementTexts = ENGLISH
) -> list[_Event]:
    text = texts.bill_text(bill.description, stated)
    row = _Event(stated, "bill", text, bill.principal - listed, bill.due_date, bill.id)
    # Its parts carry the description as stored (an empty one stays empty).
    parts = text if bill.description else ""
    return [row, *_extras(bill, stated, text=parts)]


def _period_events(d: Due, today: dt.date | None, texts: StatementTexts = ENGLISH) -> list[_Event]:
    kind = "adjustment" if d.kind == "adjustment" else "installment"
    later = kind == "installment" and today is not None and d.due_date > today
    text = d.description
    if kind == "adjustment" and text == TAKEN_OVER:
        text = texts.taken_over
    row = _Event(d.due_date, kind, text, d.principal, d.due_date, d.id, later)
    return [row, *_extras(d, d.due_date, later)]


def _extras(
    d: Due, day: dt.date, scheduled: bool = False, text: str | None = None
) -> list[_Event]:
    """The fee, interest and penalty parts of a due, each its own row when not zero
    (``text``: their description; None: the due's)."""
    parts = (("fee", d.fee), ("interest", d.interest), ("penalty", d.penalty))
    text = d.description if text is None else text
    return [
        _Event(day, kind, text, amount, d.due_date, d.id, scheduled)
        for kind, amount in parts
        if amount
    ]


def _running(
    product: Product, events: Iterable[_Event], start: dt.date, end: dt.date, rank: int
) -> Iterator[tuple[StatementRow, int]]:
    """Rows of one product with its running balance, kept only inside the window."""
    balance = 0
    for e in events:
        balance += e.amount  # scheduled periods too: owed, as on the products page
        if start <= e.date <= end:
            row = StatementRow(
                e.date, product.name, e.kind, e.description, e.amount, balance,
                product.currency, e.due_date, e.scheduled,
            )  # fmt: skip
            yield row, rank


def guard(text: str) -> str:
    """Prefix ``'`` to text a spreadsheet would otherwise run as a formula."""
    return "'" + text if text.startswith(_FORMULA_START) else text


def csv_cells(row: StatementRow, chinese: bool = False) -> list[str]:
    """One row as the eight CSV cells (text guarded, amounts in the currency's digits;
    ``chinese``: the kind and the scheduled mark in Chinese, :data:`CHINESE`)."""
    digits = currency(row.currency).digits
    words = texts(chinese)
    return [
        row.date.isoformat(),
        guard(row.product),
        words.kinds[row.kind],
        guard(row.description + words.scheduled if row.scheduled else row.description),
        plain(row.amount, digits),
        plain(row.balance, digits),
        guard(row.currency),
        row.due_date.isoformat() if row.due_date else "",
    ]


def write_statement(
    rows: Iterable[StatementRow], file: TextIO, excel: bool = False, chinese: bool = False
) -> int:
    """Write the header and ``rows`` as CSV to ``file``.

    Args:
        rows: statement rows, in the order to write them.
        file: a text file opened with ``newline=""`` and UTF-8 encoding.
        excel: start with a byte-order mark so Excel reads the file as UTF-8.
        chinese: the header, kind names and scheduled mark in Chinese (the GUI in
            Chinese writes them; import reads both); the rows' generated descriptions
            are :func:`statement_rows`' (its ``texts``).

    Returns:
        The number of data rows written (the header not counted).
    """
    if excel:
        file.write("\ufeff")
    writer = csv.writer(file)
    writer.writerow(texts(chinese).header)
    cells = _cell_maker(chinese)
    count = 0
    for row in rows:
        writer.writerow(cells(row))
        count += 1
    return count


def _cell_maker(chinese: bool) -> Callable[[StatementRow], tuple[str, ...]]:
    """:func:`csv_cells` for a whole statement: what repeats from row to row (a
    product's guarded name, its currency's digits, a day's ISO text) worked out once
    (issue 12: a statement of ten years writes a hundred thousand rows)."""
    products: dict[tuple[str, str], tuple[str, str, int]] = {}
    days: dict[dt.date, str] = {}
    kinds = texts(chinese).kinds
    scheduled = texts(chinese).scheduled

    def day(d: dt.date | None) -> str:
        if d is None:
            return ""
        text = days.get(d)
        if text is None:
            text = days[d] = d.isoformat()
        return text

    def cells(row: StatementRow) -> tuple[str, ...]:
        key = (row.product, row.currency)
        known = products.get(key)
        if known is None:
            known = products[key] = (
                guard(row.product), guard(row.currency), currency(row.currency).digits
            )  # fmt: skip
        name, code, digits = known
        text = row.description + scheduled if row.scheduled else row.description
        return (
            day(row.date), name, kinds[row.kind], guard(text), plain(row.amount, digits),
            plain(row.balance, digits), code, day(row.due_date),
        )  # fmt: skip

    return cells
