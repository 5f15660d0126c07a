"""One product's page: its position, customer-service phone, and its records in tabs.

Bills, charges, instalment plans and payments each get a lazily loaded, sortable,
filterable table with Add / Edit / Delete. A delete asks first and can be undone
(Ctrl+Z or the Undo button) by putting the exact rows back.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, Signal, Slot
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from tracker.credit import RedLine
from tracker.errors import NotFoundError, TrackerError
from tracker.service import bills, charges, overview, payments, plans, records
from tracker.service.records import Deleted
from ui.context import AppContext
from ui.dialogs import modal
from ui.dialogs import negotiate as negotiate_dialog
from ui.dialogs.bill import BillDialog
from ui.dialogs.charge import ChargeDialog
from ui.dialogs.entry import EntryDialog
from ui.dialogs.payment import PaymentDialog
from ui.dialogs.plan import PlanDialog
from ui.errors import error_text
from ui.formatting import money, percent, sentences, short_date, unbroken
from ui.models.base import IdRole
from ui.models.ledger import BillsModel, ChargesModel, LedgerModel, PaymentsModel, PlansModel
from ui.pages.base import title_label
from ui.widgets import fitted_table
from ui.widgets.form import FormDialog

PHONE_STYLE = "font-size: 14pt; font-weight: 600; color: #0b57d0;"
RED_LINE_STYLE = "color: #b3261e; font-weight: 600;"
UNDO_STYLE = "QFrame#undoBar { background: #e8f0fe; border-radius: 4px; }"


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


def confirm(parent: QWidget, title: str, text: str) -> bool:
    """Ask a yes/no question (tests replace this function)."""
    answer = QMessageBox.question(parent, title, text)
    return answer == QMessageBox.StandardButton.Yes


class LedgerTab(QWidget):
    """A search box, Add / Edit / Delete buttons and one sortable table."""

    def __init__(self, ctx: AppContext, key: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.key = key
        self.spec = TABS[key]
        self.editable = self.spec.editable
        # No proxy: the model sorts (a header click calls its sort()) and searches every
        # record in its own query, so no proxy maps tens of thousands of rows.
        self.model = self.spec.model(ctx, self)
        self.search = QLineEdit(objectName=f"{key}Search")
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self._search)
        self.add_button = QPushButton(objectName=f"{key}AddButton")
        self.edit_button = QPushButton(objectName=f"{key}EditButton")
        self.edit_button.setVisible(self.editable)
        self.delete_button = QPushButton(objectName=f"{key}DeleteButton")
        self.view = QTableView(objectName=f"{key}View")
        self.view.setTabKeyNavigation(False)  # Tab leaves the table; arrows move in it
        self.view.setModel(self.model)
        self.view.verticalHeader().hide()
        self.view.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QTableView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QTableView.EditTrigger.NoEditTriggers)
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        # Widths from one batch of rows, not Qt's default 1,000 on every fetch.
        header.setResizeContentsPrecision(self.model.BATCH)
        header.setStretchLastSection(True)
        header.setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        self.view.setSortingEnabled(True)
        if self.model.WHOLE:  # every row built at once: fitted once, not per layout
            fitted_table.keep_fitted(self.view)
        bar = QHBoxLayout()
        bar.addWidget(self.search, 1)
        for button in (self.add_button, self.edit_button, self.delete_button):
            bar.addWidget(button)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.view)

    @Slot(str)
    def _search(self, text: str) -> None:
        """Keep the rows containing ``text``; the current record stays current if kept."""
        index = self.view.currentIndex()
        kept, column = self.current_id(), max(0, index.column())
        self.model.set_search(text)
        row = -1 if kept is None else self.model.row_of(kept)
        if row >= 0:
            self.view.setCurrentIndex(self.model.index(row, column))

    def current_id(self) -> int | None:
        index = self.view.currentIndex()
        return None if not index.isValid() else int(index.data(IdRole))

    def retranslate(self) -> None:
        self.search.setPlaceholderText(self.tr("Search…"))
        self.add_button.setText(self.tr("Add…"))
        self.edit_button.setText(self.tr("Edit…"))
        self.delete_button.setText(self.tr("Delete"))
        self.model.retranslate()


class ProductDetail(QWidget):
    """``productDetail``: one product's header and record tabs; ``backRequested`` to leave."""

    backRequested = Signal()
    editRequested = Signal(int)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("productDetail")
        self.product_id: int | None = None
        self.last_deleted: Deleted | None = None
        self.back_button = QPushButton(objectName="backButton")
        self.back_button.clicked.connect(self.backRequested)
        self.edit_button = QPushButton(objectName="editProductButton")
        self.edit_button.clicked.connect(lambda: self.editRequested.emit(self.product_id or 0))
        self.name = title_label("productName")
        self.facts = QLabel(objectName="productFacts")
        self.facts.setWordWrap(True)
        self.record = QLabel(objectName="repaymentRecord")
        self.record.setWordWrap(True)
        self.phone = QLabel(objectName="servicePhone")
        self.phone.setStyleSheet(PHONE_STYLE)
        self.phone.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.negotiate_button = QPushButton(objectName="productNegotiate")
        self.negotiate_button.clicked.connect(self._negotiate)
        self.notes = QLabel(objectName="productNotes")
        self.notes.setWordWrap(True)
        self.tabs = QTabWidget(objectName="recordTabs")
        self.ledgers = {key: LedgerTab(ctx, key, self) for key in TABS}
        for key, tab in self.ledgers.items():
            self.tabs.addTab(tab, key)
            tab.add_button.clicked.connect(lambda _=False, k=key: self.add_record(k))
            tab.edit_button.clicked.connect(lambda _=False, k=key: self.edit_record(k))
            tab.delete_button.clicked.connect(lambda _=False, k=key: self.delete_record(k))
            tab.view.activated.connect(lambda _i, k=key: self.edit_record(k))
            delete = QAction(tab.view, shortcut=QKeySequence(QKeySequence.StandardKey.Delete))
            delete.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
            delete.triggered.connect(lambda _=False, k=key: self.delete_record(k))
            tab.view.addAction(delete)  # Del in the table deletes the selected record
        self.undo_bar, self.undo_text, self.undo_button = self._undo_bar()
        self.undo_action = QAction(self, objectName="undoDeleteAction")
        self.undo_action.setShortcut(QKeySequence.StandardKey.Undo)
        self.undo_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.undo_action.setEnabled(False)
        self.undo_action.triggered.connect(self.undo)
        self.addAction(self.undo_action)
        self._layout()
        self.retranslate()

    def _undo_bar(self) -> tuple[QFrame, QLabel, QPushButton]:
        bar = QFrame(objectName="undoBar")
        bar.setStyleSheet(UNDO_STYLE)
        text = QLabel(objectName="undoText")
        button = QPushButton(objectName="undoButton")
        button.clicked.connect(self.undo)
        row = QHBoxLayout(bar)
        row.addWidget(text, 1)
        row.addWidget(button)
        bar.hide()
        return bar, text, button

    def _layout(self) -> None:
        top = QHBoxLayout()
        top.addWidget(self.back_button)
        top.addWidget(self.name, 1)
        top.addWidget(self.edit_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.facts)
        layout.addWidget(self.record)
        phone = QHBoxLayout()
        phone.addWidget(self.phone)
        phone.addWidget(self.negotiate_button)
        phone.addStretch(1)
        layout.addLayout(phone)
        layout.addWidget(self.notes)
        layout.addWidget(self.undo_bar)
        layout.addWidget(self.tabs, 1)

    # -- data ----------------------------------------------------------------------------
    def set_product(self, product_id: int) -> None:
        """Show ``product_id`` (its tables start empty of any earlier product's rows)."""
        self.product_id = product_id
        self.last_deleted = None
        self.undo_bar.hide()
        self.undo_action.setEnabled(False)
        for tab in self.ledgers.values():
            tab.search.clear()
        self.refresh()

    def refresh(self) -> None:
        if self.product_id is None:
            return
        try:
            s = overview.product_summary(self.ctx.store, self.ctx.today, self.product_id)
        except NotFoundError:
            self.product_id = None
            self.backRequested.emit()
            return
        p, cur = s.product, s.product.currency
        for tab in self.ledgers.values():
            tab.model.set_product(self.product_id, cur)
        self.name.setText(p.name + (self.tr(" (archived)") if p.archived else ""))
        nxt = s.next_due
        facts = [
            self.tr("Balance {amount}").format(amount=money(s.balance, cur))
            if s.balance >= 0
            else self.tr("Credit balance {amount} (paid beyond what was owed)").format(
                amount=money(-s.balance, cur)
            ),
            self.tr("Limit {amount}").format(amount=money(p.credit_limit, cur))
            if p.credit_limit
            else self.tr("No credit limit"),
            self.tr("Used {percent}").format(percent=percent(s.utilisation, 1)),
            self.tr("Next due {date}: {amount}").format(
                date=short_date(nxt.due.due_date), amount=money(nxt.amount, cur)
            )
            if nxt
            else self.tr("Nothing due"),
        ]
        if s.charges:
            facts.insert(
                1,
                self.tr("of which interest, fees and penalty so far {amount}").format(
                    amount=money(s.charges, cur)
                ),
            )
        if s.overdue:
            facts.append(self.tr("Overdue {amount}").format(amount=money(s.overdue, cur)))
        self.negotiate_button.setVisible(bool(s.overdue))
        # Each fact stays on one line ("逾期 ¥1,482.45" never split from its amount); the
        # line wraps only between facts.
        self.facts.setText("   ·   ".join(unbroken(f) for f in facts))
        self._show_record(overview.repayment_record(self.ctx.store, self.ctx.today, p.id or 0))
        self.phone.setText(
            self.tr("Customer service: {phone}").format(phone=p.service_number)
            if p.service_number
            else self.tr("No customer-service number yet: add it with Edit product.")
        )
        self.notes.setText(p.notes)
        self.notes.setVisible(bool(p.notes))

    @Slot()
    def _negotiate(self) -> None:
        if self.product_id is not None:
            negotiate_dialog.open_negotiate(self.ctx, self.product_id, self)

    def _show_record(self, record: RedLine) -> None:
        """The product's late payments on the credit report, against 连三累六."""
        if not record.total_missed:
            text = self.tr("Repayment record: no late payment on your credit report.")
        else:
            text = self.tr(
                "Repayment record: %n late payment(s) on your credit report", "",
                record.total_missed,
            ) + self.tr(", at most %n in a row.", "", record.longest_run)  # fmt: skip
            if record.crossed:
                warning = self.tr(
                    "That crosses the lenders' red line (3 in a row or 6 in total): "
                    "expect loans and new credit to be refused."
                )
            else:
                warning = self.tr("Lenders refuse credit at 3 in a row or 6 in total (连三累六).")
            text = sentences(text, warning)
        self.record.setText(text)
        self.record.setStyleSheet(RED_LINE_STYLE if record.total_missed else "")

    # -- actions ---------------------------------------------------------------------------
    @Slot()
    def add_record(self, key: str) -> None:
        dialog = self.ledgers[key].spec.add_dialog
        modal.run(dialog(self.ctx, product_id=self.product_id, parent=self))  # type: ignore[call-arg]

    @Slot()
    def edit_record(self, key: str) -> None:
        tab = self.ledgers[key]
        rid = tab.current_id()
        if rid is None or not tab.editable:
            return
        if key == "bills":
            modal.run(BillDialog(self.ctx, parent=self, bill_id=rid))
            return
        modal.run(EntryDialog(self.ctx, key[:-1], rid, parent=self))

    @Slot()
    def delete_record(self, key: str) -> None:
        tab = self.ledgers[key]
        rid = tab.current_id()
        if rid is None:
            return
        index = tab.view.currentIndex()
        cells = [index.siblingAtColumn(c).data() for c in range(min(3, tab.model.columnCount()))]
        what = "{what} ({cells})".format(
            what=self._what(key), cells=", ".join(filter(None, cells))
        )
        if not confirm(self, self.tr("Delete"), self.tr("Delete this {what}?").format(what=what)):
            return
        delete = tab.spec.delete
        try:
            self.last_deleted = self.ctx.change(lambda s: delete(s, rid), {key}, self.product_id)
        except TrackerError as exc:
            QMessageBox.warning(self, self.tr("Not deleted"), error_text(exc))
            return
        self.undo_text.setText(self.tr("Deleted the {what}.").format(what=what))
        self.undo_button.show()
        self.undo_bar.show()
        self.undo_action.setEnabled(True)

    @Slot()
    def undo(self) -> None:
        """Put the last deleted record back."""
        deleted = self.last_deleted
        if deleted is None:
            return
        try:
            self.ctx.change(lambda s: records.restore(s, deleted), product_id=self.product_id)
        except TrackerError as exc:
            self.show_note(error_text(exc))
            return
        self.last_deleted = None
        self.undo_action.setEnabled(False)
        self.undo_bar.hide()

    def show_note(self, text: str) -> None:
        self.undo_text.setText(text)
        self.undo_button.hide()
        self.undo_bar.show()

    def _what(self, key: str) -> str:
        return {
            "bills": QCoreApplication.translate("Records", "bill (and its due)"),
            "charges": QCoreApplication.translate("Records", "charge"),
            "plans": QCoreApplication.translate(
                "Records", "instalment plan (and all its periods)"
            ),
            "payments": QCoreApplication.translate("Records", "payment"),
        }[key]

    def retranslate(self) -> None:
        self.back_button.setText(self.tr("← All products"))
        self.edit_button.setText(self.tr("Edit product…"))
        self.negotiate_button.setText(self.tr("Negotiate a repayment plan…"))
        self.undo_button.setText(self.tr("Undo"))
        self.undo_button.setToolTip(self.tr("Put the deleted record back (Ctrl+Z)"))
        titles = {
            "bills": self.tr("Bills"),
            "charges": self.tr("Charges"),
            "plans": self.tr("Instalment plans"),
            "payments": self.tr("Payments"),
        }
        for i, key in enumerate(self.ledgers):
            self.tabs.setTabText(i, titles[key])
            self.ledgers[key].retranslate()
        self.refresh()
