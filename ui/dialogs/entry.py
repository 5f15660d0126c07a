"""Edit a recorded payment or charge: date, amount, description."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from PySide6.QtWidgets import QLabel, QLineEdit, QWidget

from tracker.money import plain
from tracker.service import charges, payments, products
from ui.context import AppContext
from ui.dialogs.common import amount_edit, date_edit, typed_amount
from ui.widgets.form import FormDialog


@dataclass(frozen=True)
class EntryDraft:
    day: date
    amount: str  # as typed: the service checks its currency sign and parses it
    description: str


class EntryDialog(FormDialog):
    """``entryDialog``: change one payment (``kind="payment"``) or charge (``"charge"``)."""

    def __init__(
        self, ctx: AppContext, kind: str, record_id: int, parent: QWidget | None = None
    ) -> None:
        super().__init__("", self._save, parent)
        self.ctx, self.kind, self.record_id = ctx, kind, record_id
        self.setObjectName("entryDialog")
        store = ctx.store
        rec = payments.payment(store, record_id) if kind == "payment" else charges.charge(
            store, record_id)  # fmt: skip
        product = products.get_product(store, rec.product_id)
        self.product_id = rec.product_id
        # which product the record belongs to (it cannot move to another one)
        self.form.add("product", "", QLabel(f"{product.name} ({product.currency})"))
        self.form.add("date", "", date_edit(rec.date))
        amount = self.form.add("amount", "", amount_edit(), typed_amount)
        assert isinstance(amount, QLineEdit)
        amount.setText(plain(rec.amount))
        note = QLineEdit(rec.description)
        self.form.add("description", "", note, str.strip)
        self.retranslate()

    def retranslate(self) -> None:
        payment = self.kind == "payment"
        self.setWindowTitle(self.tr("Edit payment") if payment else self.tr("Edit charge"))
        self.form.set_label("product", self.tr("Product"))
        self.form.set_label("date", self.tr("Date"))
        self.form.set_label("amount", self.tr("Amount"))
        self.form.set_label("description", self.tr("Note") if payment else self.tr("Description"))

    def draft(self, values: dict[str, Any]) -> EntryDraft:
        return EntryDraft(values["date"], values["amount"], values["description"])

    def _save(self, d: EntryDraft) -> object:
        rid, today = self.record_id, self.ctx.today
        if self.kind == "payment":
            return self.ctx.change(
                lambda s: payments.edit_payment(
                    s, rid, d.day, d.amount, today, d.description, allow_credit=self.confirmed
                ),
                {"payments"},
                self.product_id,
            )
        return self.ctx.change(
            lambda s: charges.edit_charge(s, rid, d.day, d.amount, today, d.description),
            {"charges"},
            self.product_id,
        )
