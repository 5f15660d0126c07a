"""Sort and search for a table: a proxy that sorts by the model's sort key and keeps the
rows whose text contains what is typed in a search box (any column, any case)."""

from __future__ import annotations

from PySide6.QtCore import QAbstractItemModel, QModelIndex, QSortFilterProxyModel, Qt
from PySide6.QtWidgets import QLineEdit, QTableView, QWidget

from ui.models.base import SortRole


class TableFilter(QSortFilterProxyModel):
    """A sorting, filtering proxy over an id table model (``ui.models.base``)."""

    def __init__(self, source: QAbstractItemModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setSourceModel(source)
        self.setSortRole(SortRole)
        self.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.setFilterKeyColumn(-1)  # a match in any column keeps the row

    def source_row(self, index: QModelIndex) -> int:
        """The source model's row of a view index (-1 for none)."""
        return self.mapToSource(index).row() if index.isValid() else -1


def search_box(object_name: str, proxy: QSortFilterProxyModel) -> QLineEdit:
    """A clearable line edit that filters ``proxy`` as the user types."""
    box = QLineEdit(objectName=object_name)
    box.setClearButtonEnabled(True)
    box.textChanged.connect(proxy.setFilterFixedString)
    return box


def sortable(view: QTableView) -> None:
    """Click a header to sort; until then the model's own order (no indicator)."""
    view.horizontalHeader().setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
    view.setSortingEnabled(True)
    view.horizontalHeader().setSortIndicatorShown(True)
