"""Record the repayment plan the lender agreed: total, payments, first date (issue 17)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from PySide6.QtCore import Slot
from PySide6.QtWidgets import QLabel, QLineEdit, QSpinBox, QWidget

from tracker.errors import InputError
from tracker.money import parse_positive_amount, plain
from tracker.negotiate import Proposal, split
from tracker.products import MAX_PERIODS
from tracker.service import negotiate, products
from ui.context import AppContext
from ui.dialogs.common import amount_edit, date_edit, typed_amount
from ui.formatting import from_qdate, money, to_qdate
from ui.widgets.form import FormDialog


@dataclass(frozen=True)
class AgreementDraft:
    total: str
    periods: int
    first_due: date
    description: str


class AgreementDialog(FormDialog):
    """``agreementDialog``: what the lender agreed; the plan's payments become dues."""

    def __init__(
        self,
        ctx: AppContext,
        product_id: int,
        chosen: Proposal | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__("", self._save, parent)
        self.ctx, self.product_id = ctx, product_id
        self.setObjectName("agreementDialog")
        self.product = products.get_product(ctx.store, product_id)
        self.owed = negotiate.owed_today(ctx.store, self.product, ctx.today)
        f = self.form
        self.total = amount_edit()
        self.total.setObjectName("agreementTotal")
        f.add("principal", "", self.total, typed_amount)
        self.periods = QSpinBox(objectName="agreementPeriods")
        self.periods.setRange(1, MAX_PERIODS)
        f.add("periods", "", self.periods)
        self.first_due = date_edit(chosen.first_date if chosen else ctx.today)
        self.first_due.setObjectName("agreementFirstDue")
        f.add("first_due", "", self.first_due)
        self.description = QLineEdit(objectName="agreementDescription")
        f.add("description", "", self.description, str.strip)
        self.note = QLabel(objectName="agreementNote", wordWrap=True)
        self.layout().insertWidget(0, self.note)
        self.preview = QLabel(objectName="agreementPreview", wordWrap=True)
        self.preview.setMinimumHeight(48)
        self.layout().insertWidget(2, self.preview)
        if chosen is not None:
            self.total.setText(plain(chosen.total))
            self.periods.setValue(chosen.periods)
        self.total.textChanged.connect(self.update_preview)
        self.periods.valueChanged.connect(self.update_preview)
        self.retranslate()

    @Slot()
    def update_preview(self) -> None:
        """The payments the plan makes, and what it leaves out of what is owed today."""
        cur = self.product.currency
        try:
            total = parse_positive_amount(self.total.text())
        except InputError:
            self.preview.setText(
                self.tr("{product} owes {owed} today. Type the total the lender agreed.").format(
                    product=self.product.name, owed=money(self.owed, cur)
                )
            )
            return
        n = self.periods.value()
        each, last = split(total, n)
        text = self.tr("%n payment(s) of {each}", "", n).format(each=money(each, cur))
        if last != each:
            text += self.tr(", the last {last}").format(last=money(last, cur))
        waived = self.owed - total
        if waived > 0:
            text += self.tr("; {waived} of the {owed} owed today is waived.").format(
                waived=money(waived, cur), owed=money(self.owed, cur)
            )
        self.preview.setText(text)

    def draft(self, values: dict[str, Any]) -> AgreementDraft:
        n = values["periods"]
        description = values["description"] or self.tr("Agreed plan, %n payment(s)", "", n)
        return AgreementDraft(values["principal"], n, values["first_due"], description)

    def _save(self, d: AgreementDraft) -> list[Any]:
        return self.ctx.change(
            lambda s: negotiate.record_agreement(
                s, self.product_id, d.total, d.periods, d.first_due, self.ctx.today, d.description
            ),
            {"plans"},
            self.product_id,
        )

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Record the agreed plan"))
        self.note.setText(
            self.tr(
                "The plan takes over everything {product} owes today: the overdue dues are"
                " replaced by its payments, which are reminded like any other due. While"
                " you pay them on time no penalty is charged; a missed one is late again."
            ).format(product=self.product.name)
        )
        f = self.form
        f.set_label("principal", self.tr("Total to repay"))
        f.set_label("periods", self.tr("Number of payments"))
        f.set_label("first_due", self.tr("First payment due"))
        f.set_label("description", self.tr("Description"))
        self.description.setPlaceholderText(self.tr("e.g. Agreed with customer service"))
        self.update_preview()

    def set_first_due(self, day: date) -> None:
        self.first_due.setDate(to_qdate(day))

    def first_due_date(self) -> date:
        return from_qdate(self.first_due.date())
