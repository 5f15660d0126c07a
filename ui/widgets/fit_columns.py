"""A table's columns sized to their text once, cheaply, before its first paint (issue 12).

``QHeaderView.ResizeMode.ResizeToContents`` asks every cell for its size hint each time
the view lays out: through a proxy and a Python model that is ~8 ``data()`` calls a cell,
and a window being built and shown lays its tables out four times — ~50 ms of the
dashboard's 0.6 s cold start. :func:`fit_columns` gives the same widths from one
``data()`` call a cell; a view then hands its columns to ResizeToContents after its first
paint (see the dashboard), so that changes, filters and languages keep them fitted.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Collection

from PySide6.QtGui import QFontMetricsF
from PySide6.QtWidgets import QTableView


def fit_columns(
    view: QTableView,
    skip: Collection[int] = (),
    texts: Callable[[int], Callable[[int], object]] | None = None,
) -> None:
    """Each column of ``view`` but ``skip`` as wide as ResizeToContents makes it.

    That is the widest of its title and its cells' text. A cell of single-font text
    without an icon or a check box is as wide as the item delegate makes it: its widest
    line rounded up to a whole pixel, plus the style's margins and the grid line — a
    constant, read from Qt's own measure of the first column (the style's pixel metric
    would create every QStyle enum, ~5 ms). ``tests/ui/test_first_paint.py`` compares
    the result with Qt's measure of every column.

    ``texts``: for a view row, what gives each column's display text (what the model's
    ``data()`` answers for the display role), asked once a row rather than through Qt
    once a cell (~13 µs a cell through a proxy and a Python model).
    """
    model = view.model()
    header = view.horizontalHeader()
    metrics = QFontMetricsF(view.font())
    rows = model.rowCount()

    def through_qt(row: int) -> Callable[[int], object]:
        return lambda column: model.index(row, column).data()

    cells = [(texts or through_qt)(row) for row in range(rows)]

    def widest(column: int) -> int:
        most = 0
        for text in cells:
            for line in str(text(column) or "").split("\n"):
                most = max(most, math.ceil(metrics.horizontalAdvance(line)))
        return most

    columns = [c for c in range(model.columnCount()) if c not in skip]
    if not rows or not columns:
        for column in columns:
            header.resizeSection(column, header.sectionSizeHint(column))
        return
    first = widest(columns[0])
    margin = view.sizeHintForColumn(columns[0]) - first  # Qt's measure of one column
    for column in columns:
        text = first if column == columns[0] else widest(column)
        header.resizeSection(column, max(text + margin, header.sectionSizeHint(column)))
