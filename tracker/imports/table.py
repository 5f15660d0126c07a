"""A decoded file as numbered lines of cells, and finding the header after a preamble."""

from __future__ import annotations

import csv
import re
from collections.abc import Collection, Iterator, Sequence
from dataclasses import dataclass

from tracker.errors import refuse
from tracker.imports.records import BadLine

#: First cells of the summary lines some sources put after the data (ICBC's totals).
FOOTERS = ("合计", "总计", "本期合计", "共", "Total", "TOTAL", "-----", "#")


@dataclass(frozen=True)
class Line:
    """One CSV record: the file line it starts on and its cells, padding stripped."""

    number: int
    cells: tuple[str, ...]

    @property
    def text(self) -> str:
        """The cells joined by commas, at most 200 characters (to show the line)."""
        joined = ",".join(self.cells)
        return joined if len(joined) <= 200 else joined[:199] + "…"

    @property
    def blank(self) -> bool:
        return not any(self.cells)

    @property
    def footer(self) -> bool:
        first = next((c for c in self.cells if c), "")
        return first.startswith(FOOTERS)


def lines(text: str, delimiter: str = ",") -> Iterator[Line | BadLine]:
    """The CSV records of ``text``; a record the csv module cannot read comes as a
    :class:`BadLine` and reading goes on with the next line.

    A quote opened and never closed on its line makes the csv module read the lines
    after it as part of one cell, until a later quote: a line of a statement would turn
    into one record made of several, and those lines would vanish. When a line inside
    such a cell reads, on its own, as a record as wide as the file's records, the quote
    is taken for a typing slip: its line comes as an error and reading starts again on
    the next line. Cells lose the spaces and tabs around them (Alipay pads cells, ids
    end with a tab).
    """
    physical = _physical_lines(text)
    base = 0  # index in ``physical`` where the reader starts
    widest = 0  # cells of the widest record read so far
    while base < len(physical):
        reader = csv.reader(iter(physical[base:]), delimiter=delimiter)
        start, restart = base + 1, None  # the file line the next record starts on
        while restart is None:
            try:
                cells = next(reader)
            except StopIteration:
                break
            except csv.Error as exc:
                error = refuse("the line cannot be read as CSV: {reason}", reason=str(exc))
                yield BadLine(start, error, _shown(physical[start - 1]))
                start = base + reader.line_num + 1
                continue
            end = base + reader.line_num  # the file line the record ends on
            if end > start and _runs_on(physical[start:end], delimiter, max(3, widest)):
                error = refuse("a quote opened on this line is not closed")
                yield BadLine(start, error, _shown(physical[start - 1]))
                restart = start  # read again from the line after it
                continue
            line = Line(start, tuple(c.strip() for c in cells))
            widest = max(widest, len(line.cells))
            yield line
            start = end + 1
        if restart is None:
            return
        base = restart


def _physical_lines(text: str) -> list[str]:
    """``text`` cut after each line break (CR LF, LF or a lone CR, as the csv module reads)."""
    return [part for part in re.split(r"(?<=\n)|(?<=\r)(?!\n)", text) if part]


def _shown(text: str) -> str:
    """A line as the preview shows it: without its line break, at most 200 characters."""
    text = text.rstrip("\r\n")
    return text if len(text) <= 200 else text[:199] + "…"


def _runs_on(inside: Sequence[str], delimiter: str, wide: int) -> bool:
    """Whether a line that a quoted cell swallowed is a record of its own: it reads as at
    least ``wide`` cells (a note broken across lines does not)."""
    for text in inside:
        try:
            cells = next(csv.reader([text], delimiter=delimiter), [])
        except csv.Error:
            continue
        if len(cells) >= wide:
            return True
    return False


def find_header(rows: Sequence[Line], names: Collection[str]) -> int | None:
    """Index in ``rows`` of the first row holding every one of ``names`` (None: none)."""
    wanted = set(names)
    for n, row in enumerate(rows):
        if wanted <= set(row.cells):
            return n
    return None


def by_name(header: Line, row: Line) -> dict[str, str]:
    """The cells of ``row`` under the names of ``header`` (missing cells are "")."""
    cells = row.cells + ("",) * (len(header.cells) - len(row.cells))
    return {name: cell for name, cell in zip(header.cells, cells, strict=False) if name}
