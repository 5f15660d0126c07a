"""Products page (``productsPage``): the list (``productsView``) and each product's detail."""

from __future__ import annotations

from PySide6.QtCore import Qt, Slot
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from tracker.errors import TrackerError
from tracker.service import products
from ui.context import AppContext
from ui.dialogs import modal
from ui.dialogs.product import ProductDialog
from ui.errors import error_text
from ui.models.base import IdRole
from ui.models.products import ProductsModel
from ui.pages import product_detail
from ui.pages.base import Page, title_label
from ui.pages.product_delete import ProductUndoBar
from ui.pages.product_detail import ProductDetail
from ui.widgets.scrolling import at_most_wide
from ui.widgets.table_filter import TableFilter, search_box

HINT_STYLE = "color: #5f6368;"
NOTE_STYLE = "color: #b3261e; font-weight: 600;"


class ProductsPage(Page):
    """``productsPage``: every product with balance, limit, utilisation and next due.

    Opening a product (double-click or Enter) shows its :class:`ProductDetail` in place;
    its Back button returns to the list.
    """

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, "productsPage", parent)
        self.model = ProductsModel(ctx, self)
        self.proxy = TableFilter(self.model, self)
        self.search = search_box("productsSearch", self.proxy)
        self.view = self._table()
        self.heading = title_label()
        self.hint = QLabel(objectName="productsHint")
        self.hint.setStyleSheet(HINT_STYLE)
        #: Why the last action on the list was refused (shown on the list, where it was asked).
        self.note = QLabel(objectName="productsNote")
        self.note.setStyleSheet(NOTE_STYLE)
        self.note.setWordWrap(True)
        self.note.hide()
        self.show_archived = QCheckBox(objectName="showArchivedCheck")
        self.show_archived.toggled.connect(self.model.set_show_archived)
        self.actions_ = {
            "add": self._action("addProductButton", self.add_product, "Ins"),
            "edit": self._action("editProductButton", self.edit_selected, "F2"),
            "archive": self._action("archiveProductButton", self.toggle_archive, None),
            "delete": self._action("deleteProductButton", self.delete_selected, "Del"),
            "open": self._action("openProductButton", self.open_selected, None),
        }
        self.undo = ProductUndoBar(ctx, self)
        self.detail = ProductDetail(ctx, self)
        self.detail.backRequested.connect(self.show_list)
        self.detail.editRequested.connect(self.edit_product)
        self.stack = QStackedWidget()
        self.stack.addWidget(at_most_wide(self._list_page()))
        self.stack.addWidget(self.detail)
        layout = QVBoxLayout(self)
        layout.addWidget(self.stack)
        self.view.selectionModel().currentRowChanged.connect(self._update_buttons)
        self.retranslate()
        self._update_buttons()

    def _table(self) -> QTableView:
        view = QTableView(objectName="productsView")
        view.setTabKeyNavigation(False)  # Tab leaves the table; arrows move in it
        view.setModel(self.proxy)
        view.verticalHeader().hide()
        view.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        view.setSelectionMode(QTableView.SelectionMode.SingleSelection)
        view.setEditTriggers(QTableView.EditTrigger.NoEditTriggers)
        view.setAlternatingRowColors(True)
        header = view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        header.setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        view.setSortingEnabled(True)
        view.activated.connect(lambda _i: self.open_selected())
        return view

    def _action(self, name: str, slot: object, key: str | None) -> QPushButton:
        button = QPushButton(objectName=name)
        button.clicked.connect(slot)
        if key:
            action = QAction(self, shortcut=QKeySequence(key))
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            action.triggered.connect(slot)
            self.view.addAction(action)
        return button

    def _list_page(self) -> QWidget:
        page = QWidget()
        bar = QHBoxLayout()
        for key in ("add", "edit", "archive", "delete", "open"):
            bar.addWidget(self.actions_[key])
        bar.addStretch(1)
        bar.addWidget(self.search, 1)
        bar.addWidget(self.show_archived)
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.heading)
        layout.addLayout(bar)
        layout.addWidget(self.undo)
        layout.addWidget(self.note)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.hint)
        return page

    # -- Page ------------------------------------------------------------------------------
    def title(self) -> str:
        return self.tr("Products")

    def search_field(self) -> QLineEdit:
        """The list's search box, or the shown ledger's when a product is open."""
        if self.stack.currentWidget() is self.detail:
            tab = self.detail.tabs.currentWidget()
            assert isinstance(tab, product_detail.LedgerTab)
            return tab.search
        return self.search

    def retranslate(self) -> None:
        self.heading.setText(self.title())
        self.actions_["add"].setText(self.tr("Add product…"))
        self.actions_["edit"].setText(self.tr("Edit…"))
        self.actions_["open"].setText(self.tr("Open"))
        self.actions_["delete"].setText(self.tr("Delete…"))
        self.show_archived.setText(self.tr("Show archived"))
        self.search.setPlaceholderText(self.tr("Search products…"))
        self.hint.setText(
            self.tr("Double-click or press Enter to open a product: its bills, charges, plans "
                    "and payments. Ins adds, F2 edits, Del deletes.")
        )  # fmt: skip
        self.model.retranslate()
        self.detail.retranslate()
        self._update_buttons()

    def refresh(self) -> None:
        selected = self.selected_id()
        self.model.refresh()
        if selected is not None:
            self.select(selected)
        self.detail.refresh()
        self._update_buttons()

    # -- selection -------------------------------------------------------------------------
    def viewed_product_id(self) -> int | None:
        """The product on show (its detail page), else the one selected in the list."""
        if self.stack.currentWidget() is self.detail:
            return self.detail.product_id
        return self.selected_id()

    def selected_id(self) -> int | None:
        index = self.view.currentIndex()
        return int(index.data(IdRole)) if index.isValid() else None

    def select(self, product_id: int) -> None:
        row = self.model.row_of(product_id)
        if row < 0:
            return
        self.view.setCurrentIndex(self.proxy.mapFromSource(self.model.index(row, 0)))

    @Slot()
    def _update_buttons(self) -> None:
        pid = self.selected_id()
        for key in ("edit", "archive", "delete", "open"):
            self.actions_[key].setEnabled(pid is not None)
        archived = pid is not None and self.model.row_at(self.model.row_of(pid)).product.archived
        self.actions_["archive"].setText(self.tr("Restore") if archived else self.tr("Archive"))

    # -- actions -----------------------------------------------------------------------------
    @Slot()
    def add_product(self) -> None:
        dialog = ProductDialog(self.ctx, parent=self)
        if modal.run(dialog) and dialog.result_value is not None:
            self.select(dialog.result_value.id)

    @Slot()
    def edit_selected(self) -> None:
        pid = self.selected_id()
        if pid is not None:
            self.edit_product(pid)

    @Slot(int)
    def edit_product(self, product_id: int) -> None:
        modal.run(ProductDialog(self.ctx, product_id, parent=self))

    @Slot()
    def toggle_archive(self) -> None:
        pid = self.selected_id()
        if pid is None:
            return
        product = self.model.row_at(self.model.row_of(pid)).product
        archive = not product.archived
        question = (
            self.tr("Archive {name}? It leaves the dashboard and reminders; its records stay.")
            if archive
            else self.tr("Restore {name} to the everyday views?")
        )
        title = self.tr("Archive") if archive else self.tr("Restore")
        if not product_detail.confirm(self, title, question.format(name=product.name)):
            return
        try:
            self.ctx.change(
                lambda s: products.archive_product(s, pid, archived=archive),  # type: ignore[arg-type]
                {"products"},
                pid,
            )
        except TrackerError as exc:
            self.note.setText(error_text(exc))  # on the list, where Del was pressed
            self.note.show()
            return
        self.note.hide()

    @Slot()
    def delete_selected(self) -> None:
        """Ask (naming what goes with it), then delete the product; Undo puts it back."""
        pid = self.selected_id()
        row = self.view.currentIndex().row()
        if pid is None or not self.undo.delete_product(pid):
            return
        rows = self.proxy.rowCount()
        if rows:  # the next product down is selected: Del again, or Ctrl+Z
            self.view.setCurrentIndex(self.proxy.index(min(row, rows - 1), 0))
        self.view.setFocus()

    @Slot()
    def open_selected(self) -> None:
        pid = self.selected_id()
        if pid is not None:
            self.open_product(pid)

    def open_product(self, product_id: int) -> None:
        """Show one product's detail page."""
        self.detail.set_product(product_id)
        self.stack.setCurrentWidget(self.detail)

    @Slot()
    def show_list(self) -> None:
        self.stack.setCurrentIndex(0)
        self.view.setFocus()
