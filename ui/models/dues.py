"""Overdue and upcoming dues for the dashboard (``upcomingDuesView``)."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QBrush, QColor

from tracker.service import dashboard as dash
from tracker.service import dues, estimated_dues
from tracker.service.dues import DueView
from tracker.service.estimated_dues import EstimatedDue
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


def estimate_status(e: EstimatedDue, today: date) -> str:
    """``5 days late`` / ``in 3 days`` for the engine's own statement (an estimate)."""
    return days_text(max(0, (e.due_date - today).days), e.days_past_due)


def estimate_urgency(e: EstimatedDue, today: date) -> str:
    """As :func:`dash.urgency`, for an estimated row."""
    until = (e.due_date - today).days
    if e.days_past_due > 0:
        return "late"
    if until <= 0:
        return "today"
    return "soon" if until <= dash.SOON_DAYS else "later"


#: A row of the dues table: a due, or what the engine's own statements hold that no
#: due shows (tracker.service.estimated_dues: charges with no bill recorded).
Row = DueView | EstimatedDue


def _order(row: Row) -> tuple[int, date]:
    """As dues.open_dues: late first, then revolving, then the rest, each by date."""
    if isinstance(row, EstimatedDue):
        return (0 if row.days_past_due > 0 else 2), row.due_date
    if row.status.days_past_due > 0:
        return 0, row.due.due_date
    return (1 if row.status.state_name == "revolving" else 2), row.due.due_date


def due_label(v: DueView) -> str:
    """What a due is, in the interface language (bills are named by their statement)."""
    if v.due.kind == "bill" and v.due.statement_date is not None:
        return QCoreApplication.translate("DuesModel", "Statement {date}").format(
            date=iso(v.due.statement_date)
        )
    if v.late_charges:  # a pay-in-4 fee or loan penalty the engine asks with it
        return QCoreApplication.translate(
            "DuesModel", "{what} (incl. {amount} late charges)"
        ).format(what=v.due.description, amount=money(v.late_charges, v.product.currency))
    return v.due.description


class DuesModel(IdTableModel[Row]):
    """One row per open due: overdue first, then by due date, up to ``days`` ahead; and
    one per account owing on statements no due shows (an estimate, id −product id)."""

    def __init__(self, ctx: AppContext, days: int = dash.HORIZON_DAYS, parent: Any = None) -> None:
        super().__init__(parent)
        self.ctx, self.days = ctx, days
        self._views: dict[int, Row] = {}
        self.refresh()

    def load_ids(self) -> list[int]:
        store, today = self.ctx.store, self.ctx.today
        views = dues.open_dues(store, today, self.days)
        rows: list[tuple[int, Row]] = [
            (v.due.id, v) for v in views if v.amount > 0 or v.penalty_so_far > 0
        ]
        rows += [
            (-e.product.saved_id, e)
            for e in estimated_dues.estimated_dues(store, today, self.days)
        ]
        rows.sort(key=lambda r: _order(r[1]))  # stable: the dues' own order on a day
        # The ledger is computed as a whole; keep the views until the next refresh.
        self._views = dict(rows)
        return [i for i, _ in rows]

    def fetch_rows(self, ids: Sequence[int]) -> dict[int, Row]:
        return {i: self._views[i] for i in ids}

    def view(self, row: int) -> Row:
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

    def display(self, v: Row, column: int) -> str:
        cur = v.product.currency
        if isinstance(v, EstimatedDue):
            return self._estimate_display(v, column)
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

    def _estimate_display(self, e: EstimatedDue, column: int) -> str:
        cur = e.product.currency
        texts = {
            0: iso(e.due_date),
            1: e.product.name,
            2: self.tr("Late charges after the last instalment (estimated)")
            if e.after_last_instalment
            else self.tr("Statement {date} (estimated: no bill recorded)").format(
                date=iso(e.statement_date)
            ),
            3: money(e.amount, cur),
            4: money(e.minimum, cur),
        }
        return texts.get(column) or estimate_status(e, self.ctx.today)

    def sort_key(self, v: Row, column: int) -> Any:
        if isinstance(v, EstimatedDue):
            until = (v.due_date - self.ctx.today).days
            return {3: v.amount, 4: v.minimum, 5: -v.days_past_due or until}.get(
                column, self.display(v, column)
            )
        return {
            3: v.amount,
            4: v.minimum,
            5: -v.status.days_past_due or v.status.days_until_due,
        }.get(column, self.display(v, column))

    def background(self, v: Row) -> QBrush | None:
        if isinstance(v, EstimatedDue):
            colour = BACKGROUNDS.get(estimate_urgency(v, self.ctx.today))
        else:
            colour = BACKGROUNDS.get(dash.urgency(v))
        return QBrush(colour) if colour else None

    def tooltip(self, v: Row, column: int) -> str:
        if isinstance(v, EstimatedDue):
            return self.tr(
                "{product}: about {amount} on its statement of {statement}, due {date}, "
                "worked out from your charges by the product's rules. Record the lender's "
                "bill to replace the estimate. Double-click to record a payment."
            ).format(
                product=v.product.name,
                amount=money(v.amount, v.product.currency),
                statement=iso(v.statement_date),
                date=iso(v.due_date),
            )
        return self.tr(
            "{product}: {amount} due {date}, minimum {minimum}. Double-click to record a payment."
        ).format(
            product=v.product.name,
            amount=money(v.amount, v.product.currency),
            date=iso(v.due.due_date),
            minimum=money(v.minimum, v.product.currency),
        )
