"""WeChat Pay's XLSX bill (read with openpyxl): the fixture is written here, row for row
from the CSV fixture's public layout, not copied from a real export."""

from __future__ import annotations

import csv
import io
from datetime import date, datetime
from pathlib import Path

import openpyxl
import pytest

from tracker import imports
from tracker.errors import InputError
from tracker.storage import Store

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures" / "import"


def wechat_xlsx() -> bytes:
    """wechat.csv as WeChat's XLSX has it: one sheet, the 16-line preamble and the header
    in the same rows, 交易时间 a real date-time cell, amounts text like ``¥28.16``."""
    text = (FIXTURES / "wechat.csv").read_text(encoding="utf-8")
    book = openpyxl.Workbook()
    sheet = book.active
    assert sheet is not None
    for n, cells in enumerate(csv.reader(io.StringIO(text, newline="")), start=1):
        row: list[object] = list(cells)
        if n > 17 and row:  # data rows: the time as a date-time cell
            row[0] = datetime.fromisoformat(cells[0])
        sheet.append(row)
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


def test_wechat_xlsx_reads_like_the_csv() -> None:
    p = imports.read(wechat_xlsx(), method="招商银行信用卡")
    assert (p.profile, p.encoding, p.header_line) == ("wechat", "xlsx", 17)
    # The same rows as the CSV (tests/core/test_import_parsing.py), by sheet row number:
    assert [(r.line, r.date, r.kind, r.amount) for r in p.rows] == [
        (18, date(2026, 11, 2), "charge", 2816),  # ¥28.16
        (20, date(2026, 11, 9), "charge", 2600),  # ¥26.00
        (21, date(2026, 11, 15), "payment", -30000),  # 信用卡还款 ¥300.00
        (22, date(2026, 11, 16), "charge", 30000),
        (23, date(2026, 11, 17), "refund", -2816),
        (24, date(2026, 11, 18), "refund", -30000),
    ]
    # 2,816 + 2,600 − 30,000 + 30,000 − 2,816 − 30,000 = −27,400
    assert sum(r.amount for r in p.rows) == -27400
    assert p.rows[0].description == "某某快餐 · 午餐套餐"  # Chinese text survives
    assert p.rows[0].source_id == "4200000000202611020000000001"  # the tab is gone
    assert [s.line for s in p.skipped] == [19]  # paid from 零钱, not the card
    csv_rows = imports.read((FIXTURES / "wechat.csv").read_bytes(), method="招商银行信用卡").rows
    assert [r.key for r in p.rows] == [r.key for r in csv_rows]  # same dedupe keys


def test_a_broken_xlsx_is_refused_clearly() -> None:
    # A zip header and nothing else: not a workbook.
    with pytest.raises(InputError, match="cannot be read as an XLSX workbook"):
        imports.read(b"PK\x03\x04" + b"\0" * 40)


def test_wechat_xlsx_imports_once_into_a_product(empty_store: Store, tmp_path: Path) -> None:
    from tracker.service import imports as service
    from tracker.service import products

    products.add_product(empty_store, "招行", "cn-credit-card", {})
    path = tmp_path / "微信支付账单.xlsx"
    path.write_bytes(wechat_xlsx())
    today = date(2027, 2, 1)
    # Every method (as the CSV): 28.16 + 35.00 + 26.00 − 300.00 + 300.00 − 28.16 − 300.00
    # = −239.00; 4 charges, 1 payment, 2 refunds = 7 records.
    plan = service.preview(empty_store, path, today, product="招行")
    assert plan.bad == [] and sum(plan.totals().values()) == -23900
    assert service.commit(empty_store, plan).added == 7
    again = service.preview(empty_store, path, today, product="招行")  # its saved mapping
    assert (again.new, again.duplicates) == (0, 7)
