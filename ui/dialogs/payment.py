"""Record a payment: product, date, amount, note. Settles the oldest dues first."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from PySide6.QtWidgets import QLineEdit, QWidget

from tracker.service import payments
from tracker.service import products as products_service
from ui import saved_messages
from ui.context import AppContext
from ui.dialogs.common import (
    amount_edit,
    date_edit,
    product_combo,
    required_product,
    typed_amount,
)
from ui.widgets.form import FormDialog


@dataclass(frozen=True)
class PaymentDraft:
    product_id: int
    day: date
    amount: str  # as typed: the service checks its currency sign and parses it
    note: str


class PaymentDialog(FormDialog):
    """The "Record payment" dialog (Ctrl+P)."""

    def __init__(
        self,
        ctx: AppContext,
        product_id: int | None = None,
        parent: QWidget | None = None,
        amount: int | None = None,
    ) -> None:
        super().__init__(self.tr("Record payment"), self._save, parent)
        self.ctx = ctx
        self.setObjectName("paymentDialog")
        products = products_service.list_products(ctx.store)
        f = self.form
        f.add("product", self.tr("Product"), product_combo(products, product_id), required_product)
        f.add("date", self.tr("Paid on"), date_edit(ctx.today))
        edit = f.add("amount", self.tr("Amount"), amount_edit(), typed_amount)
        if amount is not None and isinstance(edit, QLineEdit):
            from tracker.money import plain

            edit.setText(plain(amount))
        f.add("note", self.tr("Note"), QLineEdit(), str.strip)

    def draft(self, values: dict[str, Any]) -> PaymentDraft:
        return PaymentDraft(values["product"], values["date"], values["amount"], values["note"])

    def _save(self, d: PaymentDraft) -> int:
        saved = self.ctx.change(
            lambda s: payments.add_payment(
                s,
                d.product_id,
                d.day,
                d.amount,
                self.ctx.today,
                d.note,
                allow_credit=self.confirmed,
            ),
            {"payments"},
            d.product_id,
        )
        product = products_service.get_product(self.ctx.store, d.product_id)
        amount = products_service.amount_in(product, d.amount)
        self.ctx.announce(saved_messages.payment_saved(product, amount))
        return saved
