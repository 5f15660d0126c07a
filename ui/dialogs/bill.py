"""Record a statement (bill): dates default from the product's cycle, minimum from its rules."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from PySide6.QtCore import Slot
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QLabel, QLineEdit, QWidget

from tracker.errors import InputError
from tracker.ledger import Due
from tracker.money import parse_positive_amount, plain
from tracker.records import Bill
from tracker.service import bills, minimums, products
from ui import saved_messages
from ui.context import AppContext
from ui.dialogs import modal
from ui.dialogs.common import (
    amount_edit,
    date_edit,
    product_combo,
    required_product,
    typed_amount,
)
from ui.formatting import from_qdate, money, to_qdate
from ui.widgets.form import FormDialog, fit_window_height


@dataclass(frozen=True)
class BillDraft:
    """A statement to record (minor units); ``minimum`` None = from the product's rules."""

    product_id: int
    statement: date
    due: date
    amount: str  # as typed: the service checks its currency sign and parses it
    minimum: str | None


def optional_amount(text: str) -> str | None:
    """Blank → None (the product's rule decides); otherwise the typed amount, for the
    service to check."""
    return text.strip() or None


class BillDialog(FormDialog):
    """The "New bill" dialog (Ctrl+B), or "Edit bill" for a recorded one (``bill_id``)."""

    def __init__(
        self,
        ctx: AppContext,
        product_id: int | None = None,
        parent: QWidget | None = None,
        bill_id: int | None = None,
    ) -> None:
        super().__init__("", self._save, parent)
        self.ctx = ctx
        self.bill = None if bill_id is None else bills.bill(ctx.store, bill_id)
        if self.bill is not None:
            product_id = self.bill.product_id
        self.setObjectName("billDialog")
        f = self.form
        self.product = product_combo(products.list_products(ctx.store), product_id)
        f.add("product", "", self.product, required_product)
        self.statement, self.due = date_edit(ctx.today), date_edit(ctx.today)
        self.amount, self.minimum = amount_edit(), QLineEdit()
        f.add("statement", "", self.statement)
        f.add("due", "", self.due)
        f.add("amount", "", self.amount, typed_amount)
        f.add("minimum", "", self.minimum, optional_amount)
        # Said when the statement date is one the lender has not issued yet (the next to
        # record, once every issued one is): before OK, not only by its refusal.
        self.note = QLabel()
        self.note.setObjectName("billNote")
        self.note.setWordWrap(True)
        self.note.hide()
        self.layout().insertWidget(1, self.note)
        # The user typed or picked a due date: a new statement date no longer replaces it.
        self.due_by_user = False
        self.product.currentIndexChanged.connect(self._product_changed)
        # Only a whole date: "2026-12-2" on the way to 2026-12-25 must not move the due date.
        self.statement.dateEdited.connect(self._statement_changed)
        self.due.textEdited.connect(self._due_edited)
        self.due.dateEdited.connect(self._due_edited)
        self.amount.textChanged.connect(self.update_minimum_hint)
        self._product_changed()
        if self.bill is not None:
            self._fill(self.bill)
        self.retranslate()

    def _fill(self, bill: Bill) -> None:
        """Show the recorded bill; it stays on its product."""
        self.product.setEnabled(False)
        self.statement.setDate(to_qdate(bill.statement_date))
        self.due.setDate(to_qdate(bill.due_date))
        self.amount.setText(plain(bill.amount))
        self.minimum.setText("" if bill.minimum is None else plain(bill.minimum))
        self.hide_message()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("New bill") if self.bill is None else self.tr("Edit bill"))
        f = self.form
        f.set_label("product", self.tr("Product"))
        f.set_label("statement", self.tr("Statement date"))
        f.set_label("due", self.tr("Due date"))
        f.set_label("amount", self.tr("Amount"))
        f.set_label("minimum", self.tr("Minimum payment"))
        self.amount.setToolTip(
            self.tr(
                "What this statement adds: new spending and what the lender charged, "
                "without the periods of instalment plans recorded here"
            )
        )
        self.minimum.setToolTip(
            self.tr(
                "The minimum printed on the statement, instalment periods and any unpaid "
                "earlier minimum included; blank: by the product's rules"
            )
        )
        self.update_minimum_hint()

    @Slot()
    def _product_changed(self) -> None:
        """Dates of the product's next statement not recorded yet, and its due date."""
        pid = self.product_id()
        if pid is None or self.bill is not None:
            return
        statement, due = bills.next_bill_dates(self.ctx.store, pid, self.ctx.today)
        self.statement.setDate(to_qdate(statement))
        self.due.setDate(to_qdate(due))
        self.due_by_user = False
        self.update_minimum_hint()
        self.hide_message()
        self._update_note()

    def _update_note(self) -> None:
        """Say so when the statement date is after today (the lender has not issued it)."""
        day = self.statement.date()
        statement = from_qdate(day) if day.isValid() else None
        future = self.bill is None and statement is not None and statement > self.ctx.today
        if future:
            self.note.setText(
                self.tr(
                    "{statement} is after today: record this bill once the lender has "
                    "issued it (every statement up to today is recorded)."
                ).format(statement=statement.isoformat())
            )
        if future != self.note.isVisibleTo(self):
            self.note.setVisible(future)
            fit_window_height(self.note)

    @Slot()
    def _due_edited(self) -> None:
        self.due_by_user = True
        self.update_minimum_hint()

    @Slot()
    def _statement_changed(self) -> None:
        self._update_note()
        pid = self.product_id()
        if pid is not None and not self.due_by_user:
            statement = from_qdate(self.statement.date())
            self.due.setDate(to_qdate(bills.due_for_statement(self.ctx.store, pid, statement)))
        self.update_minimum_hint()

    def showEvent(self, event: QShowEvent) -> None:
        """The blank minimum's figure, once shown (a hidden dialog does not look it up):
        an edited bill's amount is there from the start."""
        super().showEvent(event)
        self.update_minimum_hint()

    @Slot()
    def update_minimum_hint(self) -> None:
        """Show the minimum the product's rules give as the placeholder."""
        # Hidden (closed) dialogs skip the look-up: their data file may be closed already.
        pid = self.product_id() if self.isVisible() else None
        try:
            amount = parse_positive_amount(self.amount.text())
        except InputError:
            amount = None
        days = self.statement.date(), self.due.date()
        if pid is None or amount is None or not all(d.isValid() for d in days):
            self.minimum.setPlaceholderText(self.tr("blank = from the product's rules"))
            return
        statement, due = from_qdate(days[0]), from_qdate(days[1])
        bid = None if self.bill is None else self.bill.id
        minimum = minimums.default_minimum(self.ctx.store, pid, amount, statement, due, bid)
        currency = products.find_product(self.ctx.store, pid).currency
        self.minimum.setPlaceholderText(
            self.tr("{minimum} (from the product's rules)").format(
                minimum=money(minimum, currency)
            )
        )

    def draft(self, values: dict[str, Any]) -> BillDraft:
        return BillDraft(
            values["product"],
            values["statement"],
            values["due"],
            values["amount"],
            values["minimum"],
        )

    def _save(self, d: BillDraft) -> Due | Bill:
        saved: Due | Bill
        if self.bill is not None:
            bid, today = self.bill.id, self.ctx.today
            saved = self.ctx.change(
                lambda s: bills.edit_bill(s, bid, d.statement, d.due, d.amount, today, d.minimum),
                {"bills"},
                d.product_id,
            )
        else:
            saved = self.ctx.change(
                lambda s: bills.add_bill(
                    s, d.product_id, d.statement, d.due, d.amount, self.ctx.today, d.minimum
                ),
                {"bills"},
                d.product_id,
            )
        product = products.get_product(self.ctx.store, d.product_id)
        amount = products.amount_in(product, d.amount)
        edited = self.bill is not None
        self.ctx.announce(saved_messages.bill_saved(product, amount, d.due, edited=edited))
        return saved


def open_bill_dialog(
    ctx: AppContext, parent: QWidget | None = None, product_id: int | None = None
) -> None:
    """Menu action "New bill…" (Ctrl+B): the dialog, modal."""
    modal.run(BillDialog(ctx, product_id=product_id, parent=parent))
