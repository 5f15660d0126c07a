"""One records tab of the product page (bills, charges, instalment plans or payments): a
search box, Add / Edit / Delete buttons and one sortable table, read only when needed.

A tab that is not the current one reads nothing when the records change or another
product is opened: its table goes stale (empty) and is read once when the tab is chosen
(before it is shown: :class:`ui.pages.product_detail.ProductDetail` asks for it), or when
anything asks :meth:`LedgerTab.model` for its rows.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QEvent, QObject, Qt, Slot
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from tracker.service import bills, charges, payments, plans
from tracker.service.records import Deleted
from ui.context import AppContext
from ui.dialogs.bill import BillDialog
from ui.dialogs.charge import ChargeDialog
from ui.dialogs.payment import PaymentDialog
from ui.dialogs.plan import PlanDialog
from ui.models.base import IdRole
from ui.models.ledger import BillsModel, ChargesModel, LedgerModel, PaymentsModel, PlansModel
from ui.widgets import fitted_table
from ui.widgets.form import FormDialog


@dataclass(frozen=True)
class TabSpec:
    """One records tab: its table model, the dialog that adds a record, whether records
    can be edited here, and the service call that deletes one (returns it for undo)."""

    model: type[LedgerModel[Any]]
    add_dialog: type[FormDialog]
    editable: bool
    delete: Callable[[Any, int], Deleted]


TABS: dict[str, TabSpec] = {
    "bills": TabSpec(BillsModel, BillDialog, True, bills.delete_bill),
    "charges": TabSpec(ChargesModel, ChargeDialog, True, charges.delete_charge),
    "plans": TabSpec(PlansModel, PlanDialog, False, plans.delete_plan),
    "payments": TabSpec(PaymentsModel, PaymentDialog, True, payments.delete_payment),
}


class LedgerTab(QWidget):
    """A search box, Add / Edit / Delete buttons and one sortable table.

    :meth:`model` is the one way to the tab's rows: its view's ``model()`` is empty while
    the tab is stale."""

    def __init__(self, ctx: AppContext, key: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.key = key
        self.spec = TABS[key]
        self.editable = self.spec.editable
        # No proxy: the model sorts (a header click calls its sort()) and searches every
        # record in its own query, so no proxy maps tens of thousands of rows.
        self._model = self.spec.model(ctx, self)
        self.search = QLineEdit(objectName=f"{key}Search")
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self._search)
        self.add_button = QPushButton(objectName=f"{key}AddButton")
        self.edit_button = QPushButton(objectName=f"{key}EditButton")
        self.edit_button.setVisible(self.editable)
        self.delete_button = QPushButton(objectName=f"{key}DeleteButton")
        self.view = QTableView(objectName=f"{key}View")
        self.view.setTabKeyNavigation(False)  # Tab leaves the table; arrows move in it
        self.view.setModel(self._model)
        self.view.verticalHeader().hide()
        self.view.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QTableView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QTableView.EditTrigger.NoEditTriggers)
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        # Widths from one batch of rows, not Qt's default 1,000 on every fetch.
        header.setResizeContentsPrecision(self._model.BATCH)
        header.setStretchLastSection(True)
        header.setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        self.view.setSortingEnabled(True)
        if self._model.WHOLE:  # every row built at once: fitted once, not per layout
            fitted_table.keep_fitted(self.view)
        self.view.installEventFilter(self)  # after the fitter's: read, then fitted once
        self.bar = bar = QHBoxLayout()
        bar.addWidget(self.search, 1)
        for button in (self.add_button, self.edit_button, self.delete_button):
            bar.addWidget(button)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.view)

    def model(self) -> LedgerModel[Any]:
        """The tab's table model, its rows read first if they went stale while hidden."""
        self._model.load()
        return self._model

    def set_product(self, product_id: int, currency: str, *, now: bool) -> None:
        """Show ``product_id``'s records: read ``now`` (the current tab), else stale."""
        self._model.set_product(product_id, currency, now=now)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # A table is never shown stale: read at its Show if the tab was made current
        # while the page was hidden (ProductDetail._tab_chosen reads it before it is
        # shown, which keeps its scroll position as a reload does).
        if watched is self.view and event.type() == QEvent.Type.Show:
            self._model.load()
        return False

    def clear_search(self) -> None:
        """Empty the search box; the rows are read again by the next :meth:`set_product`."""
        self._model.set_search("", now=False)
        self.search.clear()

    @Slot(str)
    def _search(self, text: str) -> None:
        """Keep the rows containing ``text``; the current record stays current if kept."""
        index = self.view.currentIndex()
        kept, column = self.current_id(), max(0, index.column())
        self._model.set_search(text)
        row = -1 if kept is None else self._model.row_of(kept)
        if row >= 0:
            self.view.setCurrentIndex(self._model.index(row, column))

    def current_id(self) -> int | None:
        index = self.view.currentIndex()
        return None if not index.isValid() else int(index.data(IdRole))

    def retranslate(self) -> None:
        self.search.setPlaceholderText(self.tr("Search…"))
        self.add_button.setText(self.tr("Add…"))
        self.edit_button.setText(self.tr("Edit…"))
        self.delete_button.setText(self.tr("Delete"))
        self._model.retranslate()
