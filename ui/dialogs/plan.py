"""Record an instalment plan the user already has, with a live preview of what it costs."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from PySide6.QtCore import QCoreApplication, Slot
from PySide6.QtWidgets import QComboBox, QLabel, QLineEdit, QWidget

from tracker.errors import InputError
from tracker.money import parse_positive_amount
from tracker.products import Product
from tracker.service import plans, products
from ui import saved_messages
from ui.context import AppContext
from ui.dialogs import modal
from ui.dialogs.common import amount_edit, date_edit, product_combo, required_product
from ui.errors import error_text
from ui.formatting import from_qdate, keep_terms, money, percent, to_qdate
from ui.widgets.form import FormDialog


@dataclass(frozen=True)
class PlanDraft:
    product_id: int
    principal: int
    periods: int
    first_due: date
    description: str


def _periods(value: object) -> int:
    if not isinstance(value, int):
        raise InputError(
            QCoreApplication.translate("Form", "choose the number of periods"), field="periods"
        )
    return value


class PlanDialog(FormDialog):
    """``planDialog``: principal, periods, first due date; shows payment, fee and APR/EAR."""

    def __init__(
        self, ctx: AppContext, product_id: int | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__("", self._save, parent)
        self.ctx = ctx
        self.setObjectName("planDialog")
        # Only products that offer instalments: a card without them cannot hold a plan.
        self.products = {p.id: p for p in plans.plan_products(ctx.store)}
        f = self.form
        self.product = product_combo(list(self.products.values()), product_id)
        f.add("product", "", self.product, required_product)
        self.principal = amount_edit()
        f.add("principal", "", self.principal, parse_positive_amount)
        self.periods = QComboBox()
        f.add("periods", "", self.periods, _periods)
        self.first_due = date_edit(ctx.today)
        f.add("first_due", "", self.first_due)
        self.description = QLineEdit()
        f.add("description", "", self.description, str.strip)
        self.preview = QLabel(objectName="planPreview")
        self.preview.setWordWrap(True)
        self.preview.setMinimumHeight(48)
        self.layout().insertWidget(1, self.preview)
        self.product.currentIndexChanged.connect(self._product_changed)
        self.principal.textChanged.connect(self.update_preview)
        self.periods.currentIndexChanged.connect(self.update_preview)
        self.first_due.dateChanged.connect(self.update_preview)
        self._product_changed()
        self.retranslate()

    def current_product(self) -> Product | None:
        return self.products.get(self.product.currentData())

    @Slot()
    def _product_changed(self) -> None:
        product = self.current_product()
        if product is not None:  # period 1 falls on the product's next due date
            self.first_due.setDate(
                to_qdate(plans.next_due_date(self.ctx.store, product.saved_id, self.ctx.today))
            )
        choices = products.period_choices(product) if product else []
        self.periods.blockSignals(True)
        self.periods.clear()
        for n in choices:
            self.periods.addItem(self.tr("%n period(s)", "", n), n)
        self.periods.blockSignals(False)
        self.periods.setEnabled(bool(choices))
        if product is not None and not choices:
            self.form.show_error(
                "product",
                self.tr("{name} offers no instalments: choose another product.").format(
                    name=product.name
                ),
            )
        else:
            self.form.clear_error("product")
        self.update_preview()

    @Slot()
    def update_preview(self) -> None:
        """Show what the plan costs, or why it cannot be previewed yet."""
        product, n = self.current_product(), self.periods.currentData()
        if product is None or n is None:
            self.preview.setText("")
            return
        if not self.principal.text().strip():
            self.preview.setText(self.tr("Type the amount to see the payments and the true rate."))
            return
        try:
            principal = parse_positive_amount(self.principal.text())
            p = plans.plan_preview(product, principal, n, from_qdate(self.first_due.date()))
        except InputError as exc:
            self.preview.setText(error_text(exc))
            return
        cur = product.currency
        text = self.tr(
            "{n} payments of {payment} · total fee {fee} · true rate APR {apr} (EAR {ear})"
        ).format(
            n=n,
            payment=money(p.payment, cur),
            fee=money(p.schedule.total_fee, cur),
            apr=percent(p.apr),
            ear=percent(p.ear),
        )
        self.preview.setText(keep_terms(text, self.tr("APR"), self.tr("EAR")))

    def draft(self, values: dict[str, Any]) -> PlanDraft:
        n = values["periods"]
        # the default name is in the interface language (it is shown on every due)
        description = values["description"] or self.tr("%n-period plan", "", n)
        return PlanDraft(
            values["product"], values["principal"], n, values["first_due"], description
        )

    def _save(self, d: PlanDraft) -> list[Any]:
        saved = self.ctx.change(
            lambda s: plans.add_plan(
                s, d.product_id, d.principal, d.periods, d.first_due, d.description
            ),
            {"plans"},
            d.product_id,
        )
        product = products.get_product(self.ctx.store, d.product_id)
        self.ctx.announce(saved_messages.plan_saved(product, d.principal, d.periods))
        return saved

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Existing instalment plan"))
        f = self.form
        f.set_label("product", self.tr("Product"))
        f.set_label("principal", self.tr("Amount split"))
        f.set_label("periods", self.tr("Number of periods"))
        f.set_label("first_due", self.tr("First payment due"))
        f.set_label("description", self.tr("Description"))
        self.description.setPlaceholderText(self.tr("e.g. Phone, 12 instalments"))
        for i in range(self.periods.count()):
            self.periods.setItemText(i, self.tr("%n period(s)", "", self.periods.itemData(i)))
        self.update_preview()


def open_plan_dialog(
    ctx: AppContext, parent: QWidget | None = None, product_id: int | None = None
) -> None:
    """Menu entry "Existing instalment plan…"."""
    modal.run(PlanDialog(ctx, product_id=product_id, parent=parent))
