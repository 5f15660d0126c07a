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
    constant, read from Qt's own measure of the first column's first row (the style's
    pixel metric would create every QStyle enum, ~5 ms; see :func:`_margin`).
    ``tests/ui/test_first_paint.py`` compares the result with Qt's measure of every
    column.

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
        return widest_of(cells, column, metrics)

    columns = [c for c in range(model.columnCount()) if c not in skip]
    if not rows or not columns:
        for column in columns:
            header.resizeSection(column, header.sectionSizeHint(column))
        return
    margin = _margin(view, columns[0], cells, metrics)
    for column in columns:
        header.resizeSection(column, max(widest(column) + margin, header.sectionSizeHint(column)))


def _margin(
    view: QTableView, column: int, cells: list[Callable[[int], object]], metrics: QFontMetricsF
) -> int:
    """What Qt adds to a cell's text width in ``column``: its measure of the column less
    the widest text. Before the view is shown, Qt measures from row 0 down, as many rows
    as the *horizontal* header's resize precision (QTableView::sizeHintForColumn): with
    1, it measures row 0 alone — one cell's ``data()`` calls instead of every row's (8.5
    against 0.1 ms for the dashboard's 72 rows at 1M) — so the margin is that measure
    less row 0's text. A view shown, or whose row 0 is hidden or moved, is measured
    whole as before."""
    rows = view.verticalHeader()
    if view.isVisible() or rows.isSectionHidden(0) or rows.logicalIndex(0) != 0:
        return view.sizeHintForColumn(column) - widest_of(cells, column, metrics)
    header = view.horizontalHeader()
    precision = header.resizeContentsPrecision()
    header.setResizeContentsPrecision(1)
    try:
        hint = view.sizeHintForColumn(column)
    finally:
        header.setResizeContentsPrecision(precision)
    return hint - widest_of(cells[:1], column, metrics)


def widest_of(cells: list[Callable[[int], object]], column: int, metrics: QFontMetricsF) -> int:
    """The widest line of text of ``column`` in ``cells`` (rows), rounded up to a pixel."""
    most = 0
    for text in cells:
        for line in str(text(column) or "").split("\n"):
            most = max(most, math.ceil(metrics.horizontalAdvance(line)))
    return most
