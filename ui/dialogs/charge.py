"""Record a purchase, optionally split into instalments with the fee and true APR shown first."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from PySide6.QtCore import QCoreApplication, Slot
from PySide6.QtWidgets import QCheckBox, QComboBox, QLabel, QLineEdit, QWidget

from tracker.errors import InputError
from tracker.money import parse_positive_amount
from tracker.service import charges, products
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
from ui.errors import error_text
from ui.formatting import from_qdate, keep_terms, long_date, money, percent
from ui.widgets.form import FormDialog


@dataclass(frozen=True)
class ChargeDraft:
    """A purchase to record; ``periods`` None = not split. Amount in minor units."""

    product_id: int
    day: date
    amount: str  # as typed: the service checks its currency sign and parses it
    description: str
    periods: int | None


def _periods(value: object) -> int:
    if not isinstance(value, int):
        # Said in the interface language: the form shows it as it is.
        raise InputError(
            QCoreApplication.translate("ChargeDialog", "Choose how many instalments."),
            field="periods",
        )
    return value


class ChargeDialog(FormDialog):
    """The "New charge" dialog (Ctrl+N)."""

    def __init__(
        self, ctx: AppContext, product_id: int | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__("", self._save, parent)
        self.ctx = ctx
        self.setObjectName("chargeDialog")
        f = self.form
        self.product = product_combo(products.list_products(ctx.store), product_id)
        f.add("product", "", self.product, required_product)
        self.date, self.amount, self.description = date_edit(ctx.today), amount_edit(), QLineEdit()
        f.add("date", "", self.date)
        f.add("amount", "", self.amount, typed_amount)
        f.add("description", "", self.description, str.strip)
        self.split = QCheckBox(objectName="splitCheck")
        f.layout_.addRow("", self.split)
        self.periods = QComboBox()
        f.add("periods", "", self.periods, _periods)
        self.preview = QLabel(objectName="splitPreview", wordWrap=True)
        f.layout_.addRow("", self.preview)
        self.split.toggled.connect(self._split_toggled)
        self.preview.setMinimumHeight(self.fontMetrics().lineSpacing() * 3)
        self.product.currentIndexChanged.connect(self._product_changed)
        self.periods.currentIndexChanged.connect(self.update_preview)
        self.date.dateChanged.connect(self.update_preview)
        self.amount.textChanged.connect(self.update_preview)
        self.retranslate()
        self._product_changed()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("New charge"))
        f = self.form
        f.set_label("product", self.tr("Product"))
        f.set_label("date", self.tr("Bought on"))
        f.set_label("amount", self.tr("Amount"))
        f.set_label("description", self.tr("Description"))
        f.set_label("periods", self.tr("Instalments"))
        self.split.setText(self.tr("Split into instalments"))
        for i in range(self.periods.count()):
            n = self.periods.itemData(i)
            self.periods.setItemText(i, self.tr("%n period(s)", "", n))
        self.update_preview()

    # -- split ---------------------------------------------------------------------------
    @Slot()
    def _product_changed(self) -> None:
        pid = self.product_id()
        offered = charges.split_periods(self.ctx.store, pid) if pid is not None else ()
        self.periods.blockSignals(True)
        self.periods.clear()
        for n in offered:
            self.periods.addItem(self.tr("%n period(s)", "", n), n)
        self.periods.blockSignals(False)
        self.split.setEnabled(bool(offered))
        if not offered:
            self.split.setChecked(False)
        self.split.setToolTip("" if offered else self.tr("This product offers no instalments."))
        self._split_toggled(self.split.isChecked())

    @Slot(bool)
    def _split_toggled(self, on: bool) -> None:
        self.form.set_visible("periods", on)
        self.preview.setVisible(on)
        self.update_preview()

    def preview_text(self) -> str:
        """The split's cost in words, or what is missing to compute it."""
        pid, n = self.product_id(), self.periods.currentData()
        if pid is None or not isinstance(n, int):
            return ""
        try:
            amount = parse_positive_amount(self.amount.text())
        except InputError:
            return self.tr("Enter the amount to see what the split costs.")
        try:
            p = charges.preview_split(self.ctx.store, pid, amount, n, from_qdate(self.date.date()))
        except InputError as exc:
            return error_text(exc)
        # The last period takes the rounding (DESIGN.md § Presets: each principal rounded
        # down, the remainder in the last): said as it is, not as n equal payments.
        last = p.schedule.periods[-1].payment
        uneven = p.schedule.count > 1 and last != p.payment_per_period
        template = (
            self.tr(
                "{n} × {payment}, then {last}, from {first}. Fee {fee} a period, {total} in all. "
                "True cost: APR {apr}, EAR {ear}."
            )
            if uneven
            else self.tr(
                "{n} × {payment} from {first}. Fee {fee} a period, {total} in all. "
                "True cost: APR {apr}, EAR {ear}."
            )
        )
        text = template.format(
            n=p.schedule.count - 1 if uneven else p.schedule.count,
            last=money(last, p.currency),
            payment=money(p.payment_per_period, p.currency),
            first=long_date(p.first_due),
            fee=money(p.fee_per_period, p.currency),
            total=money(p.total_fee, p.currency),
            apr=percent(p.apr),
            ear=percent(p.ear),
        )
        return keep_terms(text, self.tr("APR"), self.tr("EAR"))

    @Slot()
    def update_preview(self) -> None:
        # Hidden (closed) dialogs skip it: their data file may be closed already.
        if self.split.isChecked() and self.isVisible():
            self.preview.setText(self.preview_text())

    # -- saving --------------------------------------------------------------------------
    def draft(self, values: dict[str, Any]) -> ChargeDraft:
        periods = values["periods"] if self.split.isChecked() else None
        return ChargeDraft(
            values["product"], values["date"], values["amount"], values["description"], periods
        )

    def _save(self, d: ChargeDraft) -> int:
        saved = self.ctx.change(
            lambda s: charges.add_charge(
                s, d.product_id, d.day, d.amount, self.ctx.today, d.description, d.periods
            ),
            {"charges", "plans"},
            d.product_id,
        )
        product = products.get_product(self.ctx.store, d.product_id)
        amount = products.amount_in(product, d.amount)
        self.ctx.announce(saved_messages.charge_saved(product, amount, d.periods))
        return saved


def open_charge_dialog(
    ctx: AppContext, parent: QWidget | None = None, product_id: int | None = None
) -> None:
    """Menu action "New charge…" (Ctrl+N): the dialog, modal."""
    modal.run(ChargeDialog(ctx, product_id=product_id, parent=parent))
