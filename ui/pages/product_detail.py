"""One product's page: its position, customer-service phone, and its records in tabs.

Bills, charges, instalment plans and payments each get a lazily loaded, sortable,
filterable table with Add / Edit / Delete; only the current tab reads its records, a
hidden one when it is chosen or read (:meth:`LedgerTab.model`). A delete asks first and
can be undone (Ctrl+Z or the Undo button) by putting the exact rows back.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal, Slot
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QTabBar,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from tracker.credit import RedLine
from tracker.errors import NotFoundError, TrackerError
from tracker.service import overview, plans, records
from tracker.service.records import Deleted
from ui.context import AppContext
from ui.dialogs import modal, prepay
from ui.dialogs import negotiate as negotiate_dialog
from ui.dialogs.bill import BillDialog
from ui.dialogs.entry import EntryDialog
from ui.errors import error_text
from ui.formatting import money, percent, sentences, short_date, unbroken
from ui.pages.base import title_label
from ui.pages.ledger_tab import TABS, LedgerTab

# The credit warning is the loudest line of the page (a late payment stays on the credit
# report for years); the customer-service number is there to be found, not to shout.
PHONE_STYLE = "font-weight: 600; color: #0b57d0;"
RED_LINE_STYLE = (
    "QLabel { color: #b3261e; background: #fdecea; border: 1px solid #b3261e;"
    " border-radius: 4px; padding: 6px 8px; font-size: 12pt; font-weight: 700; }"
)
UNDO_STYLE = "QFrame#undoBar { background: #e8f0fe; border-radius: 4px; }"


def confirm(parent: QWidget, title: str, text: str) -> bool:
    """Ask a yes/no question (tests replace this function)."""
    answer = QMessageBox.question(parent, title, text)
    return answer == QMessageBox.StandardButton.Yes


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
        # The tab bar QTabWidget makes itself (its name, no base line), connected before
        # the tab widget connects its own slot (in setTabBar), which shows the chosen
        # tab: a tab's rows are read before it is shown.
        bar = QTabBar(objectName="qt_tabwidget_tabbar")
        bar.setDrawBase(False)
        bar.currentChanged.connect(self._tab_chosen)
        self.tabs.setTabBar(bar)
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
        # A loan's plan can be paid off early (提前还款): beside Delete on its tab.
        self.prepay_button = QPushButton(objectName="plansPrepayButton")
        self.prepay_button.clicked.connect(self._prepay)
        plans_bar = self.ledgers["plans"].bar
        plans_bar.insertWidget(plans_bar.count() - 1, self.prepay_button)
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
            tab.clear_search()
        self.refresh()

    @Slot(int)
    def _tab_chosen(self, index: int) -> None:
        """A tab made current, about to be shown: its rows read now if stale (not while
        the page is hidden behind the list: its next open or refresh reads them)."""
        tab = self.tabs.widget(index)
        if isinstance(tab, LedgerTab) and self.isVisible():
            tab.model()

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
        current = self.tabs.currentWidget()
        for tab in self.ledgers.values():  # the other tabs read theirs when chosen
            tab.set_product(self.product_id, cur, now=tab is current)
        self.name.setText(p.name + (self.tr(" (archived)") if p.archived else ""))
        nxt, e = s.next_due, s.estimate
        # The engine's own statement with no bill recorded (an estimate) is due like a
        # due: "Nothing due" stood beside ¥97.94 17 days late (QA pass 2026-12-06).
        late_e = e if e is not None and e.days_past_due > 0 else None
        next_e = (
            e
            if e is not None and late_e is None and (nxt is None or e.due_date < nxt.due.due_date)
            else None
        )
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
            self.tr("Next due {date}: about {amount} (estimate)").format(
                date=short_date(next_e.due_date), amount=money(next_e.amount, cur)
            )
            if next_e
            else self.tr("Next due {date}: {amount}").format(
                date=short_date(nxt.due.due_date), amount=money(nxt.amount, cur)
            )
            if nxt
            # (not "Nothing due" beside what is overdue: that is due, and most of all)
            else self.tr("Nothing else due")
            if s.overdue or late_e
            else self.tr("Nothing due"),
        ]
        if s.costs_so_far and s.balance > 0:
            facts.insert(
                1,
                self.tr("of which interest, fees and penalty so far {amount}").format(
                    amount=money(min(s.costs_so_far, s.balance), cur)
                ),
            )
        elif s.costs_so_far:  # (paid: "of which ¥97.94" beside a ¥0.00 balance read wrong)
            facts.insert(
                1,
                self.tr("interest, fees and penalty charged since the last bill {amount}").format(
                    amount=money(s.costs_so_far, cur)
                ),
            )
        if s.overdue:
            facts.append(self.tr("Overdue {amount}").format(amount=money(s.overdue, cur)))
        if late_e is not None:
            template = (
                self.tr("and about {amount} more (estimate)")
                if s.overdue
                else self.tr("Overdue about {amount} (estimate)")
            )
            facts.append(template.format(amount=money(late_e.amount, cur)))
        self.negotiate_button.setVisible(bool(s.overdue) or late_e is not None)
        self.prepay_button.setVisible(p.kind == "loan")
        # Each fact stays on one line ("逾期 ¥1,482.45" never split from its amount); the
        # line wraps only between facts.
        self.facts.setText("   ·   ".join(unbroken(f) for f in facts))
        record = overview.repayment_record(self.ctx.store, self.ctx.today, p.id or 0)
        self._show_record(record, p.jurisdiction == "us")
        self.phone.setText(
            self.tr("Customer service: {phone}").format(phone=p.service_number)
            if p.service_number
            else self.tr("No customer-service number yet: add it with Edit product.")
        )
        self.notes.setText(p.notes)
        self.notes.setVisible(bool(p.notes))

    @Slot()
    def _prepay(self) -> None:
        """Pay the chosen loan plan off early (the only one, when none is chosen)."""
        if self.product_id is None:
            return
        plan_id = self.ledgers["plans"].current_id()
        if plan_id is None:
            ids = plans.plan_ids(self.ctx.store, self.product_id)
            if len(ids) != 1:
                self.show_note(
                    self.tr("Choose the plan to pay off in the table first.")
                    if ids
                    else self.tr("This loan has no repayment schedule yet: add it first.")
                )
                return
            plan_id = ids[0]
        prepay.open_prepay(self.ctx, plan_id, self.product_id, self)

    @Slot()
    def _negotiate(self) -> None:
        if self.product_id is not None:
            negotiate_dialog.open_negotiate(self.ctx, self.product_id, self)

    def _show_record(self, record: RedLine, us: bool = False) -> None:
        """The product's late payments on the credit report, against 连三累六 (a Chinese
        lenders' rule: not said of a US product, whose report has no such line)."""
        if not record.total_missed:
            text = self.tr("Repayment record: no late payment on your credit report.")
        else:
            text = self.tr(
                "Repayment record: %n late payment(s) on your credit report", "",
                record.total_missed,
            ) + self.tr(", at most %n in a row.", "", record.longest_run)  # fmt: skip
            if us:
                warning = ""
            elif record.crossed:
                warning = self.tr(
                    "That crosses the lenders' red line (3 months in a row or 6 in total "
                    "within 24 months): expect loans and new credit to be refused."
                )
            else:
                # English says what 连三累六 means; Chinese keeps the lenders' word.
                warning = self.tr(
                    "Lenders refuse credit at 3 months in a row or 6 in total within 24 months."
                )
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
        cells = [index.siblingAtColumn(c).data() for c in range(min(3, tab.model().columnCount()))]
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
        self.prepay_button.setText(self.tr("Pay off early…"))
        self.prepay_button.setToolTip(
            self.tr("Pay the loan's remaining principal and the interest to the day")
        )
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
