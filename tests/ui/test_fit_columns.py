"""``fit_columns`` (issue 12, cold start): the widths Qt's own measure gives, from one row.

Before a view is shown, ``fit_columns`` asks Qt to measure the first column's row 0 only
(the horizontal header's resize precision set to 1 for that call) and takes Qt's margin
from it; every column's width is then its widest text plus that margin. The rows here are
chosen so that row 0 is *not* the widest of its column, and one cell holds two lines.
"""

from __future__ import annotations

from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QTableView
from pytestqt.qtbot import QtBot

from ui.widgets.fit_columns import fit_columns

ROWS = [
    ["1 Dec", "Klarna", "¥3.00"],
    ["12 December", "招商银行信用卡 and more", "¥1,234,567.89"],
    ["3 Jan", "two\nlines, the second longer", "¥0.50"],
]


def _view(qtbot: QtBot) -> QTableView:
    model = QStandardItemModel(len(ROWS), 3)
    for r, row in enumerate(ROWS):
        for c, text in enumerate(row):
            model.setItem(r, c, QStandardItem(text))
    model.setHorizontalHeaderLabels(["When", "Product", "Amount"])
    view = QTableView()
    qtbot.addWidget(view)
    view.setModel(model)
    return view


def _qt_widths(view: QTableView) -> list[int]:
    """QTableView::resizeColumnToContents: the widest of Qt's measure and the title."""
    header = view.horizontalHeader()
    return [
        max(view.sizeHintForColumn(c), header.sectionSizeHint(c)) for c in range(header.count())
    ]


def test_widths_from_row_zero_are_qt_own(qtbot: QtBot) -> None:
    view = _view(qtbot)
    header = view.horizontalHeader()
    assert not view.isVisible()
    fit_columns(view)
    fitted = [header.sectionSize(c) for c in range(3)]
    assert header.resizeContentsPrecision() == 1000  # Qt's default, put back
    assert fitted == _qt_widths(view)  # Qt measuring all three rows of every column
    # Row 0 is the narrowest of every column: Qt's measure of it alone is less than of
    # all the rows, so the widths are not row 0's (the margin only is taken from it).
    for column in range(3):
        header.setResizeContentsPrecision(1)
        row_zero = view.sizeHintForColumn(column)
        header.setResizeContentsPrecision(1000)
        assert row_zero < view.sizeHintForColumn(column) <= fitted[column]


def test_a_shown_view_is_measured_whole(qtbot: QtBot) -> None:
    view = _view(qtbot)
    view.show()
    qtbot.waitExposed(view)
    header = view.horizontalHeader()
    fit_columns(view, skip={1})
    assert [header.sectionSize(c) for c in (0, 2)] == [_qt_widths(view)[c] for c in (0, 2)]
