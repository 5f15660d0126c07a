"""The Negotiate view (issue 17): what an overdue account owes, the plans a monthly budget
affords with their credit outcome, a script for the call, and the agreed plan recorded.

Opened from the dashboard's overdue card, the product page and the simulator's
negotiated option. Every figure comes from :func:`tracker.service.negotiate.proposals`.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Slot
from PySide6.QtGui import QGuiApplication, QTextDocument
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QTextEdit,
    QVBoxLayout,
    QWidget,
)

from tracker.errors import InputError
from tracker.money import plain
from tracker.negotiate import Proposal, Proposals
from tracker.service import negotiate, products
from ui.context import AppContext
from ui.dialogs import modal
from ui.dialogs.agreement import AgreementDialog
from ui.dialogs.common import amount_edit
from ui.errors import error_text
from ui.formatting import iso, money, sentences
from ui.negotiate_script import script_lines
from ui.widgets.form import ERROR_STYLE

HEAD_STYLE = "font-size: 13pt; font-weight: 600;"
SECTION_STYLE = "font-size: 11pt; font-weight: 600;"


class NegotiateDialog(QDialog):
    """``negotiateDialog`` for one product with something overdue."""

    def __init__(
        self,
        ctx: AppContext,
        product_id: int,
        budget_text: str = "",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("negotiateDialog")
        self.ctx, self.product_id = ctx, product_id
        self.product = products.get_product(ctx.store, product_id)
        self.found: Proposals | None = None
        self.shown: list[Proposal] = []
        self.error = ""
        self._build()
        self.budget.setText(budget_text or self._default_budget())
        self.retranslate()
        self.update_proposals()

    # -- building ------------------------------------------------------------------------
    def _build(self) -> None:
        self.heading = QLabel(objectName="negotiateHeading", styleSheet=HEAD_STYLE, wordWrap=True)
        self.owed = QLabel(objectName="negotiateOwed", wordWrap=True)
        self.budget_label, self.waiver_label = QLabel(), QLabel()
        self.budget = amount_edit()
        self.budget.setObjectName("negotiateBudget")
        self.waiver = QLineEdit(objectName="negotiateWaiver")
        self.waiver.setMinimumWidth(190)
        self.show_button = QPushButton(objectName="negotiateShow")
        self.budget_label.setBuddy(self.budget)
        self.waiver_label.setBuddy(self.waiver)
        inputs = QHBoxLayout()
        for w in (self.budget_label, self.budget, self.waiver_label, self.waiver):
            inputs.addWidget(w)
        inputs.addWidget(self.show_button)
        inputs.addStretch(1)
        self.message = QLabel(objectName="negotiateMessage", wordWrap=True)
        self.message.setStyleSheet(ERROR_STYLE)
        self.plans_heading = QLabel(styleSheet=SECTION_STYLE)
        self.table = self._build_table()
        self.credit_note = QLabel(objectName="negotiateCreditNote", wordWrap=True)
        left = QVBoxLayout()
        for w in (self.heading, self.owed):
            left.addWidget(w)
        left.addLayout(inputs)
        left.addWidget(self.message)
        left.addWidget(self.plans_heading)
        left.addWidget(self.table, 1)
        left.addWidget(self.credit_note)
        self.script_heading = QLabel(styleSheet=SECTION_STYLE)
        self.script = QTextEdit(objectName="negotiateScript", readOnly=True)
        self.copy_button = QPushButton(objectName="negotiateCopy")
        self.print_button = QPushButton(objectName="negotiatePrint")
        tools = QHBoxLayout()
        tools.addWidget(self.copy_button)
        tools.addWidget(self.print_button)
        tools.addStretch(1)
        right = QVBoxLayout()
        right.addWidget(self.script_heading)
        right.addWidget(self.script, 1)
        right.addLayout(tools)
        columns = QHBoxLayout()
        columns.addLayout(left, 3)
        columns.addLayout(right, 2)
        self.record_button = QPushButton(objectName="negotiateRecord")
        self.close_button = QPushButton(objectName="negotiateClose")
        bottom = QHBoxLayout()
        bottom.addStretch(1)
        bottom.addWidget(self.record_button)
        bottom.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addLayout(columns, 1)
        layout.addLayout(bottom)
        self.budget.returnPressed.connect(self.update_proposals)
        self.waiver.returnPressed.connect(self.update_proposals)
        self.show_button.clicked.connect(self.update_proposals)
        self.copy_button.clicked.connect(self.copy_script)
        self.print_button.clicked.connect(self.print_script)
        self.record_button.clicked.connect(self.record_agreement)
        self.close_button.clicked.connect(self.reject)
        self.table.itemSelectionChanged.connect(self._show_script)
        self.resize(980, 600)

    def _build_table(self) -> QTableWidget:
        table = QTableWidget(0, 6, objectName="negotiateProposals")
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.verticalHeader().hide()
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        return table

    def _default_budget(self) -> str:
        """A starting budget: a twelfth of what is owed, rounded up to a whole 10."""
        try:
            owed = negotiate.owed_today(self.ctx.store, self.product, self.ctx.today)
        except InputError:
            return ""
        step = 1000  # 10.00 in minor units of a 2-digit currency
        return plain(max(step, -(-owed // 12 // step) * step))

    # -- figures -------------------------------------------------------------------------
    @Slot()
    def update_proposals(self) -> None:
        """Ask the service for the plans the typed budget affords (and show why not)."""
        try:
            self.found = negotiate.proposals(
                self.ctx.store,
                self.product_id,
                self.ctx.today,
                self.budget.text().strip(),
                self.waiver.text().strip() or None,
            )
            self.error = ""
        except InputError as exc:
            # The field named by the label the user sees ("每月预算", not "budget").
            names = {
                key: label.text().rstrip(":：").strip()
                for key, label in (("budget", self.budget_label), ("waiver", self.waiver_label))
            }
            self.found, self.error = None, error_text(exc, names)
        self._fill()

    def _fill(self) -> None:
        found = self.found
        self.shown = list(found.plans + found.waived_plans) if found else []
        self.table.setRowCount(len(self.shown))
        for row, p in enumerate(self.shown):
            for col, text in enumerate(self._cells(p)):
                item = QTableWidgetItem(text)
                if col:
                    item.setTextAlignment(
                        Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
                    )
                self.table.setItem(row, col, item)
        if self.shown:
            self.table.selectRow(0)
        self._show_texts()
        self._show_script()

    def _cells(self, p: Proposal) -> list[str]:
        cur = self.product.currency
        ask = (
            self.tr("Waive {amount}").format(amount=money(p.waived, cur))
            if p.waived
            else self.tr("No waiver")
        )
        each = money(p.payment, cur)
        if p.last_payment != p.payment:
            each = self.tr("{each} (last {last})").format(
                each=each, last=money(p.last_payment, cur)
            )
        until = iso(p.impact.visible_until)
        return [ask, str(p.periods), each, money(p.total, cur), money(p.cost, cur), until]

    def _show_texts(self) -> None:
        found, cur = self.found, self.product.currency
        if found is None:
            self.heading.setText(self.product.name)
            self.owed.setText("")
            self.message.setText(self.error)
            self.message.setVisible(bool(self.error))
            self.credit_note.setText("")
            return
        late = found.days_late
        self.heading.setText(
            self.tr("{product}: %n day(s) overdue (due {date})", "", late).format(
                product=self.product.name, date=iso(found.due)
            )
        )
        o = found.owed
        self.owed.setText(
            sentences(
                self.tr(
                    "Owed today: {total} — principal {principal}, interest {interest},"
                    " fees {fees}, penalty {penalty}."
                ).format(
                    total=money(o.total, cur),
                    principal=money(o.principal, cur),
                    interest=money(o.interest, cur),
                    fees=money(o.fees, cur),
                    penalty=money(o.penalty, cur),
                ),
                self.tr("Each further week of waiting adds {amount}.").format(
                    amount=money(found.week_adds, cur)
                ),
            )
        )
        if not found.affordable:
            least = found.least_budget_waived if found.waiver else found.least_budget
            self.message.setText(
                self.tr(
                    "{budget} a month is too small for any plan of at most 60 payments: it"
                    " takes at least {least} a month."
                ).format(budget=money(found.budget, cur), least=money(least, cur))
            )
        self.message.setVisible(not found.affordable)
        self.credit_note.setText(
            self.tr(
                "A negotiated plan stops the penalty while you keep to it, but it does not"
                " erase the record: what was reported stays until the date shown."
            )
        )

    def chosen(self) -> Proposal | None:
        """The plan selected in the table (the script asks for it)."""
        rows = self.table.selectionModel().selectedRows()
        if rows and rows[0].row() < len(self.shown):
            return self.shown[rows[0].row()]
        return self.found.ask if self.found else None

    @Slot()
    def _show_script(self) -> None:
        self.script.setPlainText(self.script_text())
        self.record_button.setEnabled(self.found is not None)
        self.copy_button.setEnabled(self.found is not None)
        self.print_button.setEnabled(self.found is not None)

    def script_text(self) -> str:
        """The script as it is copied and printed (plain text)."""
        if self.found is None:
            return ""
        return "\n".join(script_lines(self.found, self.chosen()))

    def print_text(self) -> str:
        """What Print sends to the printer: a title line, then the script."""
        title = self.tr("Negotiating with {product}").format(product=self.product.name)
        return f"{title}\n\n{self.script_text()}"

    # -- actions -------------------------------------------------------------------------
    @Slot()
    def copy_script(self) -> None:
        QGuiApplication.clipboard().setText(self.script_text())

    @Slot()
    def print_script(self) -> None:
        from PySide6.QtPrintSupport import QPrintDialog, QPrinter

        printer = QPrinter()
        dialog = QPrintDialog(printer, self)
        if modal.run(dialog) == QDialog.DialogCode.Accepted:
            QTextDocument(self.print_text()).print_(printer)

    @Slot()
    def record_agreement(self) -> AgreementDialog:
        """Open "Record the agreed plan", prefilled with the chosen plan; once it is
        saved the view is done."""
        dialog = AgreementDialog(self.ctx, self.product_id, self.chosen(), parent=self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(self.accept)
        dialog.open()
        return dialog

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Negotiate a repayment plan"))
        self.budget_label.setText(self.tr("Monthly budget:"))
        self.waiver_label.setText(self.tr("Ask to waive:"))
        self.waiver.setToolTip(
            self.tr("A share of what is owed, e.g. 30%; empty: the penalty and interest")
        )
        self.waiver.setPlaceholderText(self.tr("default: penalty and interest"))
        self.show_button.setText(self.tr("Show plans"))
        self.plans_heading.setText(self.tr("Plans you can afford"))
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Ask for"),
                self.tr("Payments"),
                self.tr("Each month"),
                self.tr("Total repaid"),
                self.tr("Cost"),
                self.tr("On the report until"),
            ]
        )
        self.script_heading.setText(self.tr("What to say to customer service"))
        self.copy_button.setText(self.tr("Copy"))
        self.print_button.setText(self.tr("Print…"))
        self.record_button.setText(self.tr("Record the agreed plan…"))
        self.close_button.setText(self.tr("Close"))
        self._fill()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)


def open_negotiate(
    ctx: AppContext, product_id: int, parent: QWidget | None = None
) -> NegotiateDialog:
    """Open the Negotiate view for ``product_id`` (non-modal), with the payoff page's
    budget when one is typed there."""
    budget = ""
    window = parent.window() if parent is not None else None
    field = window.findChild(QLineEdit, "budgetField") if window is not None else None
    if field is not None:
        budget = field.text().strip()
    dialog = NegotiateDialog(ctx, product_id, budget, parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
    return dialog
