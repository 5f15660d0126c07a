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
from collections.abc import Collection

from PySide6.QtGui import QFontMetricsF
from PySide6.QtWidgets import QStyle, QTableView


def fit_columns(view: QTableView, skip: Collection[int] = ()) -> None:
    """Each column of ``view`` but ``skip`` as wide as ResizeToContents makes it.

    That is the widest of its title and its cells' text. A cell is measured as the item
    delegate measures single-font text without an icon or a check box: its widest line,
    rounded up to a whole pixel, plus the focus frame's margin on each side and the grid
    line (``tests/ui/test_first_paint.py`` compares with Qt's own measure).
    """
    model = view.model()
    header = view.horizontalHeader()
    metrics = QFontMetricsF(view.font())
    frame = view.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, view)
    margin = 2 * (frame + 1) + (1 if view.showGrid() else 0)
    rows = model.rowCount()
    for column in range(model.columnCount()):
        if column in skip:
            continue
        widest = 0
        for row in range(rows):
            text = model.index(row, column).data()
            for line in str(text or "").split("\n"):
                widest = max(widest, math.ceil(metrics.horizontalAdvance(line)))
        header.resizeSection(column, max(widest + margin, header.sectionSizeHint(column)))
