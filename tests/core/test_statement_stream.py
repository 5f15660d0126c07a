"""The streaming statement writes the same bytes as the list-building one it replaced.

``old_statement_rows`` below is the implementation before the statement streamed (it
filtered every due per charge: O(charges × dues), and held the whole history), kept here
only as the reference; the demo file and a generated file with years of history must
give byte-identical CSV through both, for every product and for all of them.
"""

from __future__ import annotations

import datetime as dt
import importlib.util
import io
import sys
from collections.abc import Iterable, Sequence
from datetime import date
from pathlib import Path
from types import ModuleType

import pytest

from tracker import csvio
from tracker.csvio import _ORDER, StatementRow, _Event
from tracker.errors import refuse
from tracker.products import Product
from tracker.records import Charge, Due, Payment
from tracker.service import demo, files, statement
from tracker.storage import Store

TODAY = date(2026, 12, 1)
ROOT = Path(__file__).resolve().parents[2]


def _generator() -> ModuleType:
    spec = importlib.util.spec_from_file_location("bench_generate", ROOT / "bench/generate.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # its dataclasses look their module up
    spec.loader.exec_module(module)
    return module


def old_statement_rows(
    products: Sequence[Product],
    dues: Iterable[Due],
    charges: Iterable[Charge],
    payments: Iterable[Payment],
    start: dt.date,
    end: dt.date,
    today: dt.date | None = None,
    estimates: dict[int, list[tuple[dt.date, str, int]]] | None = None,
    texts: csvio.StatementTexts = csvio.ENGLISH,
) -> list[StatementRow]:
    """The statement of ``products`` from ``start`` to ``end`` (both included).

    Args:
        products: the products to include (saved, with ids); others' records are ignored.
        dues, charges, payments: records as stored (any products; filtered here).
        start, end: the date window; rows outside it are left out, but still count
            towards the running balance.
        today: instalment periods due after it are scheduled (see the module
            docstring); None: none are.
        texts: the generated descriptions' language (added with the Chinese statement
            texts; in English they are the literals this function had before).

    Returns:
        Rows in date order (then product, then debt before payments).

    Raises:
        InputError: ``start`` is after ``end``.
    """
    if start > end:
        raise refuse(
            "the statement starts on {start}, after it ends on {end}", start=start, end=end
        )
    wanted = {p.id: p for p in products if p.id is not None}
    by_product: dict[int, list[_Event]] = {pid: [] for pid in wanted}
    dues_list = [d for d in dues if d.product_id in wanted]
    for c in charges:
        if c.product_id in wanted:
            bill = _bill_for(c.date, [d for d in dues_list if d.product_id == c.product_id])
            due_on = bill.due_date if bill else None
            by_product[c.product_id].append(
                _Event(c.date, "charge", c.description, c.amount, due_on, c.id)
            )
    for pid in wanted:
        mine = [d for d in dues_list if d.product_id == pid]
        mine_charges = [c for c in charges if c.product_id == pid]
        by_product[pid] += _due_events(mine, mine_charges, today, texts)
    for pid, found in (estimates or {}).items():
        if pid in wanted:
            by_product[pid] += [
                _Event(day, kind, texts.estimates[kind] + texts.estimated, amount, None, 0)
                for day, kind, amount in found
            ]
    for p in payments:
        if p.product_id in wanted:
            by_product[p.product_id].append(
                _Event(p.date, "payment", p.description or texts.payment, -p.amount, None, p.id)
            )
    rows: list[StatementRow] = []
    for pid, events in by_product.items():
        rows += _running(wanted[pid], events, start, end)
    rows.sort(key=lambda r: (r.date, _rank(r.product, products), _ORDER[r.kind]))
    return rows


def _rank(name: str, products: Sequence[Product]) -> int:
    return next(n for n, p in enumerate(products) if p.name == name)


def _bills(dues: Iterable[Due]) -> list[Due]:
    """Bill dues in statement-date order (those without one use their due date)."""
    bills = [d for d in dues if d.kind == "bill"]
    return sorted(bills, key=lambda d: (d.statement_date or d.due_date, d.id))


def _bill_for(day: dt.date, dues: Sequence[Due]) -> Due | None:
    """The first bill whose statement date is on or after ``day`` (the charge's cycle)."""
    return next((b for b in _bills(dues) if (b.statement_date or b.due_date) >= day), None)


def _due_events(
    dues: Sequence[Due],
    charges: Sequence[Charge],
    today: dt.date | None,
    texts: csvio.StatementTexts = csvio.ENGLISH,
) -> list[_Event]:
    events: list[_Event] = []
    previous = dt.date.min
    for bill in _bills(dues):
        stated = bill.statement_date or bill.due_date
        listed = sum(c.amount for c in charges if previous < c.date <= stated)
        # The app stores "Statement {date}": generated, so in the statement's language.
        generated = not bill.description or bill.description == f"Statement {stated}"
        text = texts.statement_of(stated) if generated else bill.description
        events.append(
            _Event(stated, "bill", text, bill.principal - listed, bill.due_date, bill.id)
        )
        events += _extras(bill, stated, text=text if bill.description else "")
        previous = stated
    for d in dues:
        if d.kind == "bill":
            continue
        kind = "adjustment" if d.kind == "adjustment" else "installment"
        later = kind == "installment" and today is not None and d.due_date > today
        events.append(
            _Event(d.due_date, kind, d.description, d.principal, d.due_date, d.id, later)
        )
        events += _extras(d, d.due_date, later)
    return events


def _extras(
    d: Due, day: dt.date, scheduled: bool = False, text: str | None = None
) -> list[_Event]:
    """The fee, interest and penalty parts of a due, each its own row when not zero."""
    parts = (("fee", d.fee), ("interest", d.interest), ("penalty", d.penalty))
    text = d.description if text is None else text
    return [
        _Event(day, kind, text, amount, d.due_date, d.id, scheduled)
        for kind, amount in parts
        if amount
    ]


def _running(
    product: Product, events: list[_Event], start: dt.date, end: dt.date
) -> list[StatementRow]:
    """Rows of one product with its running balance, kept only inside the window."""
    events.sort(key=lambda e: (e.date, _ORDER[e.kind], e.ref))
    rows, balance = [], 0
    for e in events:
        balance += e.amount  # scheduled periods too: owed, as on the products page
        if start <= e.date <= end:
            rows.append(
                StatementRow(
                    e.date, product.name, e.kind, e.description, e.amount, balance,
                    product.currency, e.due_date, e.scheduled,
                )
            )  # fmt: skip
    return rows


def old_bytes(
    store: Store, start: date, end: date, product: int | None, excel: bool, chinese: bool
) -> bytes:
    chosen = [store.get_product(product)] if product is not None else store.list_products()
    # The account engine's estimated interest, fees and penalty (issue 11), as listed.
    estimates = {p.saved_id: statement._estimates(store, p, TODAY) for p in chosen}
    rows = old_statement_rows(
        chosen, store.list_dues(product), store.list_charges(product),
        store.list_payments(product), start, end, TODAY, estimates, csvio.texts(chinese),
    )  # fmt: skip
    buffer = io.StringIO(newline="")
    csvio.write_statement(rows, buffer, excel=excel, chinese=chinese)
    return buffer.getvalue().encode("utf-8")


def new_bytes(
    store: Store, tmp_path: Path, start: date, end: date, product: int | None,
    excel: bool, chinese: bool,
) -> bytes:  # fmt: skip
    out = tmp_path / "new.csv"
    statement.export_statement(store, out, start, end, product, excel, chinese, TODAY)
    return out.read_bytes()


def assert_same(store: Store, tmp_path: Path) -> int:
    """Every product alone and all together, whole history and a window; returns rows."""
    windows = [(date(2000, 1, 1), date(2100, 1, 1), False, False),
               (date(2025, 3, 1), date(2026, 11, 30), True, True)]  # fmt: skip
    total = 0
    ids: list[int | None] = [None, *(p.saved_id for p in store.list_products())]
    for pid in ids:
        for start, end, excel, chinese in windows:
            old = old_bytes(store, start, end, pid, excel, chinese)
            assert new_bytes(store, tmp_path, start, end, pid, excel, chinese) == old
            total += old.count(b"\n") - 1
    return total


def test_demo_file_statement_bytes_unchanged(tmp_path: Path) -> None:
    store = files.open_store(tmp_path / "demo.db", create=True)
    demo.populate(store, TODAY)
    # 1 + 6 products x 2 windows; the demo has at least a row per product.
    assert assert_same(store, tmp_path) > 0
    store.close()


@pytest.fixture(scope="module")
def generated(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("gen") / "gen.db"
    assert _generator().main(["--charges", "3000", "--out", str(path)]) == 0
    return path


def test_generated_file_statement_bytes_unchanged(generated: Path, tmp_path: Path) -> None:
    store = files.open_store(generated)
    rows = assert_same(store, tmp_path)
    # Ten years of 3,000 charges plus bills, periods and payments in each of 42 exports.
    assert rows > 3000
    store.close()


def test_stream_reads_charges_one_at_a_time(generated: Path) -> None:
    # The charges come from a cursor read as rows are written, not a list: after the
    # first row of all products, far fewer charges were decoded than the file holds.
    store = files.open_store(generated)
    decoded = 0
    real = store.stream_charges

    def counting(pid: int):  # type: ignore[no-untyped-def]
        nonlocal decoded
        for charge in real(pid):
            decoded += 1
            yield charge

    store.stream_charges = counting  # type: ignore[method-assign]
    rows = statement.stream_rows(store, date(2000, 1, 1), date(2100, 1, 1), None, TODAY)
    first = next(rows)
    assert first.date < date(2017, 1, 1)  # the oldest row: ten years back
    (total,) = store.db.execute("SELECT count(*) FROM charges").fetchone()
    # heapq.merge holds one row per product: 14 products with charges, a few per day.
    assert 0 < decoded < 100 < total
    store.close()
