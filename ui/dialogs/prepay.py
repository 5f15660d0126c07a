"""Pay a loan off early (提前还款): the day, what the lender asked, and a live quote of the
remaining principal, the interest to the day and the interest no longer charged."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from PySide6.QtCore import Slot
from PySide6.QtWidgets import QLabel, QLineEdit, QWidget

from tracker.errors import InputError
from tracker.service import plans
from tracker.service import products as products_service
from ui.context import AppContext
from ui.dialogs import modal
from ui.dialogs.common import amount_edit, date_edit
from ui.errors import error_text
from ui.formatting import from_qdate, money, short_date
from ui.widgets.form import FormDialog


@dataclass(frozen=True)
class PrepayDraft:
    day: date
    amount: str | None  # as typed (the service parses it in the loan's currency); None: the quote
    note: str


class PrepayDialog(FormDialog):
    """``prepayDialog``: the payoff day and, optionally, the amount the lender asked."""

    def __init__(
        self, ctx: AppContext, plan_id: int, product_id: int, parent: QWidget | None = None
    ) -> None:
        super().__init__("", self._save, parent)
        self.ctx, self.plan_id, self.loan_id = ctx, plan_id, product_id
        self.setObjectName("prepayDialog")
        self.product = products_service.get_product(ctx.store, product_id)
        self._quotes: dict[date, plans.PayoffQuote | InputError] = {}
        f = self.form
        self.day = date_edit(ctx.today)
        f.add("date", "", self.day)
        self.amount = amount_edit()
        f.add("amount", "", self.amount, lambda text: text.strip() or None)
        self.note = QLineEdit()
        f.add("note", "", self.note, str.strip)
        self.preview = QLabel(objectName="prepayPreview")
        self.preview.setWordWrap(True)
        self.preview.setMinimumHeight(64)
        self.layout().insertWidget(1, self.preview)
        self.day.dateChanged.connect(self.update_preview)
        self.retranslate()

    @Slot()
    def update_preview(self) -> None:
        """The quote for the day chosen, or why the loan cannot be paid off then."""
        self.form.clear_error("date")
        day = from_qdate(self.day.date())
        # Asked once per day chosen: a language change re-words it without the file.
        if day not in self._quotes:
            try:
                self._quotes[day] = plans.payoff_quote(
                    self.ctx.store, self.plan_id, day, self.ctx.today
                )
            except InputError as exc:
                self._quotes[day] = exc
        q = self._quotes[day]
        if isinstance(q, InputError):
            self.preview.setText("")
            self.form.show_error("date", error_text(q, self.labels()))
            return
        cur = q.currency
        self.amount.setPlaceholderText(money(q.amount, cur))
        self.preview.setText(
            self.tr(
                "To pay {name} off on {date}: {amount} — the remaining principal {principal}, "
                "{interest} of interest to the day and anything past due. Interest no longer "
                "charged: {saved}. If your lender asks a different amount (its own interest "
                "or a prepayment fee), type what it asks below."
            ).format(
                name=self.product.name,
                date=short_date(q.day),
                amount=money(q.amount, cur),
                principal=money(q.principal, cur),
                interest=money(q.interest, cur),
                saved=money(q.saved, cur),
            )
        )

    def draft(self, values: dict[str, Any]) -> PrepayDraft:
        note = values["note"] or self.tr("Paid off early")
        return PrepayDraft(values["date"], values["amount"], note)

    def _save(self, d: PrepayDraft) -> plans.PayoffQuote:
        done = self.ctx.change(
            lambda s: plans.pay_off_plan(s, self.plan_id, d.day, self.ctx.today, d.amount, d.note),
            {"plans", "payments"},
            self.loan_id,
        )
        self.ctx.announce(
            self.tr(
                "Paid {name} off early: {amount} ({saved} of interest no longer charged)"
            ).format(
                name=self.product.name,
                amount=money(done.amount, done.currency),
                saved=money(done.saved, done.currency),
            )
        )
        return done

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Pay off early"))
        f = self.form
        f.set_label("date", self.tr("Paid on"))
        f.set_label("amount", self.tr("Amount the lender asked (optional)"))
        f.set_label("note", self.tr("Note"))
        self.note.setPlaceholderText(self.tr("Paid off early"))
        self.update_preview()


def open_prepay(
    ctx: AppContext, plan_id: int, product_id: int, parent: QWidget | None = None
) -> None:
    """The product page's "Pay off early…" button."""
    modal.run(PrepayDialog(ctx, plan_id, product_id, parent=parent))
