"""A decoded file as numbered lines of cells, and finding the header after a preamble."""

from __future__ import annotations

import csv
import io
from collections.abc import Collection, Iterator, Sequence
from dataclasses import dataclass

from tracker.errors import InputError, refuse

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


def lines(text: str, delimiter: str = ",") -> Iterator[Line | tuple[int, InputError]]:
    """The CSV records of ``text``; a record the csv module cannot read comes as
    (line, error) and reading goes on with the next line.

    Cells lose the spaces and tabs around them (Alipay pads cells, ids end with a tab).
    """
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    start = 1
    while True:
        try:
            cells = next(reader)
        except StopIteration:
            return
        except csv.Error as exc:
            yield start, refuse("the line cannot be read as CSV: {reason}", reason=str(exc))
            start = reader.line_num + 1
            continue
        yield Line(start, tuple(c.strip() for c in cells))
        start = reader.line_num + 1


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
