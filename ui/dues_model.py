"""Table model of dues: holds due ids, fetches the rows from the service in one batch."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor

from tracker import service
from tracker.money import format_money
from tracker.service import DueView
from tracker.storage import Store

Index = QModelIndex | QPersistentModelIndex
URGENT = QColor("#fde2e1")
SOON = QColor("#fff4d6")


class DuesModel(QAbstractTableModel):
    """Overdue and upcoming dues; one row per due id, views fetched per refresh."""

    def __init__(self, store: Store, today: date, days: int = 60, parent: Any = None) -> None:
        super().__init__(parent)
        self._store, self._today, self._days = store, today, days
        self._ids: list[int] = []
        self._rows: dict[int, DueView] = {}
        self.refresh()

    def headers(self) -> list[str]:
        return [
            self.tr("Due date"),
            self.tr("Product"),
            self.tr("What"),
            self.tr("Amount"),
            self.tr("Minimum"),
            self.tr("Status"),
        ]

    def refresh(self) -> None:
        """Re-read the dues (after any data change)."""
        self.beginResetModel()
        views = service.open_dues(self._store, self._today, self._days)
        self._ids = [v.due.id for v in views]
        self._rows = {v.due.id: v for v in views}
        self.endResetModel()

    def due_id(self, row: int) -> int:
        return self._ids[row]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._ids)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 6

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self.headers()[section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._ids):
            return None
        view = self._rows[self._ids[index.row()]]
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(view, index.column())
        if role == Qt.ItemDataRole.BackgroundRole:
            return self._background(view)
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() in (3, 4):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def _display(self, v: DueView, column: int) -> str:
        cur = v.product.currency
        values = [
            v.due.due_date.isoformat(),
            v.product.name,
            v.due.description,
            format_money(v.amount, cur),
            format_money(v.minimum, cur),
            self._status(v),
        ]
        return values[column]

    def _status(self, v: DueView) -> str:
        st = v.status
        if st.days_past_due:
            return self.tr("%n day(s) late", "", st.days_past_due)
        if st.days_until_due == 0:
            return self.tr("Due today")
        return self.tr("in %n day(s)", "", st.days_until_due)

    def _background(self, v: DueView) -> QBrush | None:
        if v.status.days_past_due:
            return QBrush(URGENT)
        if v.status.days_until_due <= 3:
            return QBrush(SOON)
        return None
