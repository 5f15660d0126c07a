"""A table whose every row is built at once (bills, instalment plans) with its columns
fitted to their text by :func:`ui.widgets.fit_columns.fit_columns` — one ``data()`` call
a cell, when its rows change and it is on screen (else when it is next shown, before its
paint) — instead of ``ResizeToContents``, which asked every cell for its size hint
(~8 ``data()`` calls) at each layout: ~50 ms of the bills tab's first paint for 121
bills at 1M charges (issue 12 goal 4a). The last column stretches, as before.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QHeaderView, QTableView

from ui.widgets.fit_columns import fit_columns


class _Fitter(QObject):
    def __init__(self, view: QTableView) -> None:
        super().__init__(view)
        self.view = view
        self.pending = True
        view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        model = view.model()
        for signal in (model.modelReset, model.dataChanged, model.headerDataChanged):
            signal.connect(self.changed)
        view.installEventFilter(self)

    def changed(self, *_: Any) -> None:
        if self.view.isVisible():
            self.fit()
        else:
            self.pending = True

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Show and self.pending:
            self.fit()
        return False

    def fit(self) -> None:
        self.pending = False
        model = self.view.model()

        def texts(row: int) -> Any:  # the model's own display text, not through Qt
            record = model.row_at(row)
            return lambda column: model.display(record, column)

        fit_columns(self.view, skip={model.columnCount() - 1}, texts=texts)


def keep_fitted(view: QTableView) -> None:
    """Size ``view``'s columns (all but the last, which stretches) to their text from now
    on (its model set already: an ``IdTableModel``, its ``row_at`` and ``display``)."""
    _Fitter(view)
