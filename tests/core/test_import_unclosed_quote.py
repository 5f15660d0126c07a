"""Malformed lines in an imported file (found in QA): a quote opened and never closed
makes that line bad and the lines after it are read as they are (the csv module ran them
into one cell until the next quote: a record made of six lines came out as one); a line
cut short is bad for its missing cells."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from tracker import imports
from tracker.imports.records import BadLine
from tracker.imports.table import Line, lines

JD = Path(__file__).resolve().parent.parent / "fixtures" / "import" / "jd.csv"


def jd_with(slip: str) -> bytes:
    """The JD fixture with ``slip`` inserted as a line just after the header (line 23)."""
    text = JD.read_text(encoding="utf-8-sig").splitlines()
    header = next(i for i, t in enumerate(text) if t.startswith("交易时间"))
    return "\n".join([*text[: header + 1], slip, *text[header + 1 :]]).encode() + b"\n"


def test_the_line_with_the_open_quote_is_bad_and_the_rest_are_read() -> None:
    before = imports.read(JD.read_bytes())
    p = imports.read(jd_with('2026-11-04 21:00:01,"未闭合引号,5.00,京东白条'))
    assert [(b.line, str(b.error)) for b in p.bad] == [
        (23, "a quote opened on this line is not closed")
    ]
    # Every record of the fixture is still there, one line further down.
    assert [(r.line, r.date, r.kind, r.amount) for r in p.rows] == [
        (r.line + 1, r.date, r.kind, r.amount) for r in before.rows
    ]
    assert p.rows[-1].date == date(2026, 11, 20)
    assert p.rows[-1].description == "京东商城平台商户 · 抽纸, 3提"


def test_a_quote_left_open_on_the_last_line_loses_nothing_else() -> None:
    found = list(lines('a,b,c\n1,2,3\n4,"5,6\n7,8,9\n'))
    assert found[:2] == [Line(1, ("a", "b", "c")), Line(2, ("1", "2", "3"))]
    assert found[2] == BadLine(3, found[2].error, '4,"5,6')  # type: ignore[union-attr]
    assert str(found[2].error) == "a quote opened on this line is not closed"  # type: ignore[union-attr]
    assert found[3] == Line(4, ("7", "8", "9"))


def test_a_note_broken_across_lines_is_still_one_cell() -> None:
    text = (
        'date,amount,note\r\n2026-11-01,5.00,"first line\r\nsecond line"\r\n2026-11-02,6.00,x\r\n'
    )
    assert list(lines(text)) == [
        Line(1, ("date", "amount", "note")),
        Line(2, ("2026-11-01", "5.00", "first line\r\nsecond line")),
        Line(4, ("2026-11-02", "6.00", "x")),
    ]


def test_a_line_cut_short_is_bad_for_its_missing_cells() -> None:
    """A JD line with two of the header's eleven cells said "金额 '' is not a number like
    131.77" (the first empty cell a profile tripped on), not that the line is short."""
    p = imports.read(jd_with("2026-11-03 21:00:01,缺列"))
    assert [(b.line, str(b.error)) for b in p.bad] == [
        (23, "the line has 2 cells where the header has 11 columns")
    ]
    assert len(p.rows) == len(imports.read(JD.read_bytes()).rows)
