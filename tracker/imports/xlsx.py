"""XLSX exports (WeChat Pay's newer bill) as the same lines a CSV gives.

openpyxl reads the workbook (read-only, values not formulas); the first sheet's rows
become :class:`~tracker.imports.table.Line` objects numbered by sheet row, so the CSV
profiles (header found by its column names, preamble skipped) read them unchanged.
Cells become text as they would appear in the CSV export: a date-time cell
``2026-11-02 12:30:45``, a date ``2026-11-02``, a whole number without ``.0``; a
fractional number cell is written with Python's shortest repr, which is the decimal text
stored in the file (amounts are parsed from that text, never used as floats). WeChat
writes its amounts as text (``¥28.16``) anyway.
"""

from __future__ import annotations

import datetime as dt
import io
import zipfile
from collections.abc import Iterator

from tracker.errors import refuse
from tracker.imports.table import Line

#: Every XLSX file is a zip archive; this is how one starts.
_ZIP = b"PK\x03\x04"


def is_xlsx(data: bytes) -> bool:
    """Whether ``data`` looks like an XLSX workbook (a zip archive)."""
    return data.startswith(_ZIP)


def xlsx_lines(data: bytes) -> list[Line]:
    """The first sheet's rows as lines (cells stripped, like CSV cells).

    Raises:
        InputError: the bytes are not a workbook openpyxl can read.
    """
    import openpyxl  # imported when an XLSX file is first read

    try:
        book = openpyxl.load_workbook(io.BytesIO(data), read_only=True, data_only=True)
    except (zipfile.BadZipFile, KeyError, OSError, ValueError) as exc:
        raise refuse("the file cannot be read as an XLSX workbook: {reason}", reason=exc) from None
    try:
        sheet = book.worksheets[0] if book.worksheets else None
        if sheet is None:
            raise refuse("the XLSX workbook has no sheet")
        return list(_lines(sheet.iter_rows(values_only=True)))
    finally:
        book.close()


def _lines(rows: Iterator[tuple[object, ...]]) -> Iterator[Line]:
    for number, row in enumerate(rows, start=1):
        cells = [_text(v) for v in row]
        while cells and not cells[-1]:
            cells.pop()  # a sheet's rows are as wide as its widest one
        yield Line(number, tuple(cells))


def _text(value: object) -> str:
    """One cell as the CSV export would write it."""
    if value is None:
        return ""
    if isinstance(value, dt.datetime):
        if value.time() == dt.time():
            return value.date().isoformat()
        return value.isoformat(sep=" ", timespec="seconds")
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, bool):
        return str(value)
    if isinstance(value, int):
        return str(value)
    if isinstance(value, float):
        return str(int(value)) if value.is_integer() else repr(value)
    return str(value).strip()
