"""A table model that holds only row ids and fetches rows on demand (Anki's browser model).

Subclasses say which ids exist (:meth:`load_ids`, cheap) and how to build the rows for a
batch of ids (:meth:`fetch_rows`), and describe their columns. Rows enter the view
``BATCH`` at a time through ``canFetchMore``/``fetchMore``; a row's data is fetched (with
its batch) the first time a view asks for it and cached until :meth:`refresh`, at most
``CACHE_ROWS`` rows: scrolling through years of records keeps the memory flat. A table
that is not on show can be marked :attr:`~IdTableModel.stale` instead of read again.
"""

from __future__ import annotations

import itertools
from collections.abc import Sequence
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

Index = QModelIndex | QPersistentModelIndex
Row = TypeVar("Row")
ROOT = QModelIndex()
RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
#: Role returning a sortable key (numbers for amounts, ISO text for dates).
SortRole = Qt.ItemDataRole.UserRole + 1
#: Role returning the row's id.
IdRole = Qt.ItemDataRole.UserRole + 2
_ROLES = frozenset(
    {
        Qt.ItemDataRole.DisplayRole, SortRole, IdRole, Qt.ItemDataRole.BackgroundRole,
        Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.TextAlignmentRole,
    }
)  # fmt: skip


class IdTableModel(QAbstractTableModel, Generic[Row]):
    """Lazy, id-based table model. Subclasses implement the four abstract methods."""

    BATCH = 100
    #: True: rows enter the view a batch at a time (fetchMore). False: the view gets every
    #: row at once (ids only) and each row is built with its batch when first shown, so
    #: scrolling to the end of years of records builds only the rows on screen.
    FETCH_MORE = True
    #: Rows kept built; the batches fetched longest ago are dropped first.
    CACHE_ROWS = 2000

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._all_ids: list[int] = []
        self._shown = 0
        self._cache: dict[int, Row] = {}
        self._columns: int | None = None  # len(headers()): views ask for it per cell
        #: True: the data changed while no view showed the rows (:meth:`set_stale`).
        self.stale = False

    # -- to implement ------------------------------------------------------------------
    def load_ids(self) -> list[int]:
        """Every row id, in display order (cheap: ids only)."""
        raise NotImplementedError

    def fetch_rows(self, ids: Sequence[int]) -> dict[int, Row]:
        """The rows for ``ids`` (one batch)."""
        raise NotImplementedError

    def headers(self) -> list[str]:
        """Column titles, through ``tr()`` (called again after a language change)."""
        raise NotImplementedError

    def display(self, row: Row, column: int) -> str:
        """The text of one cell."""
        raise NotImplementedError

    # -- optional hooks ------------------------------------------------------------------
    def sort_key(self, row: Row, column: int) -> Any:
        return self.display(row, column)

    def background(self, row: Row) -> Any:
        return None

    def tooltip(self, row: Row, column: int) -> Any:
        return None

    def right_aligned(self) -> set[int]:
        return set()

    # -- model API -------------------------------------------------------------------------
    def refresh(self) -> None:
        """Drop the cache and re-read the ids (after any data change)."""
        self.stale = False
        self.beginResetModel()
        self._columns = None  # the columns may change with the data (a plan's debts)
        self._cache.clear()  # before load_ids: one that builds every row may keep them
        self._all_ids = self.load_ids()
        self._shown = (
            min(self.BATCH, len(self._all_ids)) if self.FETCH_MORE else len(self._all_ids)
        )
        self.endResetModel()

    def set_stale(self) -> None:
        """The data changed while the rows were hidden: no row until :meth:`load` reads
        them (one kept from before could name a record that is gone)."""
        if self.stale:
            return
        self.stale = True
        self.beginResetModel()
        self._all_ids, self._shown = [], 0
        self._cache.clear()
        self.endResetModel()

    def load(self) -> None:
        """Read the rows now if they went :attr:`stale` while hidden."""
        if self.stale:
            self.refresh()

    def retranslate(self) -> None:
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, max(0, self.columnCount() - 1))
        if self.rowCount():
            last = self.index(self.rowCount() - 1, self.columnCount() - 1)
            self.dataChanged.emit(self.index(0, 0), last)

    def row_of(self, row_id: int) -> int:
        return self._all_ids.index(row_id) if row_id in self._all_ids else -1

    def row_at(self, row: int) -> Row:
        """The record of a visible row, fetching its batch when needed."""
        row_id = self._all_ids[row]
        if row_id not in self._cache:
            start = row - row % self.BATCH
            batch = [i for i in self._all_ids[start : start + self.BATCH] if i not in self._cache]
            over = len(self._cache) + len(batch) - self.CACHE_ROWS
            for old in list(itertools.islice(self._cache, max(0, over))):
                del self._cache[old]
            self._cache.update(self.fetch_rows(batch))
        return self._cache[row_id]

    def total(self) -> int:
        """All ids, shown or not yet fetched."""
        return len(self._all_ids)

    def rowCount(self, parent: Index = ROOT) -> int:
        return 0 if parent.isValid() else self._shown

    def columnCount(self, parent: Index = ROOT) -> int:
        if parent.isValid():
            return 0
        if self._columns is None:
            self._columns = len(self.headers())
        return self._columns

    def canFetchMore(self, parent: Index = ROOT) -> bool:
        return not parent.isValid() and self._shown < len(self._all_ids)

    def fetchMore(self, parent: Index = ROOT) -> None:
        if parent.isValid():
            return
        more = min(self.BATCH, len(self._all_ids) - self._shown)
        if more <= 0:
            return
        self.beginInsertRows(ROOT, self._shown, self._shown + more - 1)
        self._shown += more
        self.endInsertRows()

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        heads = self.headers()
        return heads[section] if 0 <= section < len(heads) else None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role not in _ROLES or not index.isValid() or not 0 <= index.row() < self._shown:
            return None  # a view asks ~10 roles per cell at each paint: most are not ours
        col = index.column()
        if role == Qt.ItemDataRole.TextAlignmentRole:  # by column: no row to build
            return RIGHT if col in self.right_aligned() else None
        row = self.row_at(index.row())
        if role == Qt.ItemDataRole.DisplayRole:
            return self.display(row, col)
        if role == SortRole:
            return self.sort_key(row, col)
        if role == IdRole:
            return self._all_ids[index.row()]
        if role == Qt.ItemDataRole.BackgroundRole:
            return self.background(row)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.tooltip(row, col)
        return None
