"""Overdue and upcoming dues for the dashboard (``upcomingDuesView``)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QBrush, QColor

from tracker.service import dashboard as dash
from tracker.service import dues
from tracker.service.dues import DueView
from ui.context import AppContext
from ui.formatting import days_text, iso, money
from ui.models.base import IdTableModel

#: Row colours by urgency (tracker.service.dashboard.urgency); "later" rows stay plain.
BACKGROUNDS = {
    "late": QColor("#fde2e1"),
    "today": QColor("#fdd9b5"),
    "revolving": QColor("#f3e5f5"),
    "soon": QColor("#fff4d6"),
}


def status_text(v: DueView) -> str:
    """``in 3 days`` / ``due today`` / ``5 days late``, or, for a bill whose minimum was
    paid and whose rest is still owed after its date, that it revolves (not late)."""
    st = v.status
    if st.state_name == "revolving":
        return QCoreApplication.translate(
            "DuesModel", "Minimum paid; the rest bears interest (not late)"
        )
    if st.state_name == "paid":
        return QCoreApplication.translate(
            "DuesModel", "Paid; {amount} of interest, fees and penalty still owed"
        ).format(amount=money(v.penalty_so_far, v.product.currency))
    return days_text(max(0, st.days_until_due), st.days_past_due)


def due_label(v: DueView) -> str:
    """What a due is, in the interface language (bills are named by their statement)."""
    if v.due.kind == "bill" and v.due.statement_date is not None:
        return QCoreApplication.translate("DuesModel", "Statement {date}").format(
            date=iso(v.due.statement_date)
        )
    return v.due.description


class DuesModel(IdTableModel[DueView]):
    """One row per open due: overdue first, then by due date, up to ``days`` ahead."""

    def __init__(self, ctx: AppContext, days: int = dash.HORIZON_DAYS, parent: Any = None) -> None:
        super().__init__(parent)
        self.ctx, self.days = ctx, days
        self._views: dict[int, DueView] = {}
        self.refresh()

    def load_ids(self) -> list[int]:
        views = dues.open_dues(self.ctx.store, self.ctx.today, self.days)
        views = [v for v in views if v.amount > 0 or v.penalty_so_far > 0]
        # The ledger is computed as a whole; keep the views until the next refresh.
        self._views = {v.due.id: v for v in views}
        return [v.due.id for v in views]

    def fetch_rows(self, ids: Sequence[int]) -> dict[int, DueView]:
        return {i: self._views[i] for i in ids}

    def view(self, row: int) -> DueView:
        return self.row_at(row)

    def headers(self) -> list[str]:
        return [
            self.tr("Due date"),
            self.tr("Product"),
            self.tr("What"),
            self.tr("Amount"),
            self.tr("Minimum"),
            self.tr("Status"),
        ]

    def right_aligned(self) -> set[int]:
        return {3, 4}

    def display(self, v: DueView, column: int) -> str:
        cur = v.product.currency
        if column == 0:
            return iso(v.due.due_date)
        if column == 1:
            return v.product.name
        if column == 2:
            return due_label(v)
        if column == 3:
            return money(v.amount, cur)
        if column == 4:
            return money(v.minimum, cur)
        return status_text(v)

    def sort_key(self, v: DueView, column: int) -> Any:
        return {
            3: v.amount,
            4: v.minimum,
            5: -v.status.days_past_due or v.status.days_until_due,
        }.get(column, self.display(v, column))

    def background(self, v: DueView) -> QBrush | None:
        colour = BACKGROUNDS.get(dash.urgency(v))
        return QBrush(colour) if colour else None

    def tooltip(self, v: DueView, column: int) -> str:
        return self.tr(
            "{product}: {amount} due {date}, minimum {minimum}. Double-click to record a payment."
        ).format(
            product=v.product.name,
            amount=money(v.amount, v.product.currency),
            date=iso(v.due.due_date),
            minimum=money(v.minimum, v.product.currency),
        )
