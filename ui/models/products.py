"""The products list (``productsView``): balance, limit, utilisation and next due per product
(what is late first, marked as late)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtGui import QBrush, QColor

from tracker.service import overview
from tracker.service.estimated_dues import EstimatedDue
from tracker.service.overview import ProductSummary
from ui.context import AppContext
from ui.formatting import days_text, iso, money, percent
from ui.labels import choice_label, kind_label
from ui.models.base import IdTableModel

ARCHIVED = QColor("#eeeeee")
OVERDUE = QColor("#fde2e1")


class ProductsModel(IdTableModel[ProductSummary]):
    """One row per product (archived ones only when ``show_archived``), by name."""

    NAME, KIND, CURRENCY, BALANCE, LIMIT, USED, NEXT_DATE, NEXT_AMOUNT, STATE = range(9)

    def __init__(self, ctx: AppContext, parent: Any = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.show_archived = False
        self._rows: dict[int, ProductSummary] = {}
        self.refresh()

    def set_show_archived(self, show: bool) -> None:
        self.show_archived = show
        self.refresh()

    def load_ids(self) -> list[int]:
        rows = overview.product_rows(self.ctx.store, self.ctx.today, self.show_archived)
        # Balances come from one ledger pass over every product; keep them until refresh.
        self._rows = {s.product.id: s for s in rows if s.product.id is not None}
        return list(self._rows)

    def fetch_rows(self, ids: Sequence[int]) -> dict[int, ProductSummary]:
        return {i: self._rows[i] for i in ids}

    def summary(self, row: int) -> ProductSummary:
        return self.row_at(row)

    def headers(self) -> list[str]:
        return [
            self.tr("Product"),
            self.tr("Kind"),
            self.tr("Currency"),
            self.tr("Balance"),
            self.tr("Credit limit"),
            self.tr("Used"),
            self.tr("Next due"),
            self.tr("Next amount"),
            self.tr("State"),
        ]

    def right_aligned(self) -> set[int]:
        return {self.BALANCE, self.LIMIT, self.USED, self.NEXT_AMOUNT}

    def display(self, s: ProductSummary, column: int) -> str:
        p, cur = s.product, s.product.currency
        nxt = s.next_due
        cells = {
            self.NAME: p.name,
            self.KIND: kind_label(p.kind),
            self.CURRENCY: cur,
            self.BALANCE: money(s.balance, cur),
            self.LIMIT: money(p.credit_limit, cur) if p.credit_limit else "—",
            self.USED: percent(s.utilisation, 1),
            self.NEXT_DATE: iso(nxt.due.due_date) if nxt else "—",
            self.NEXT_AMOUNT: money(nxt.amount, cur) if nxt else "—",
        }
        e = _next_estimate(s)
        if e is not None:  # the engine's statement, no bill recorded, comes first
            cells[self.NEXT_DATE] = self.tr("{date} (estimate)").format(date=iso(e.due_date))
            cells[self.NEXT_AMOUNT] = self.tr("about {amount}").format(amount=money(e.amount, cur))
        late, late_estimate = s.late_due, _late_estimate(s)
        if late is not None:  # what is late comes before anything still to come
            # On two lines (the date, then how late), so the column stays narrow.
            late_text = days_text(0, late.status.days_past_due)
            cells[self.NEXT_DATE] = f"{iso(late.due.due_date)}\n{late_text}"
            cells[self.NEXT_AMOUNT] = money(s.overdue, cur)  # every late due: all to pay now
        elif late_estimate is not None:
            late_text = self.tr("{late} (estimate)").format(
                late=days_text(0, late_estimate.days_past_due)
            )
            cells[self.NEXT_DATE] = f"{iso(late_estimate.due_date)}\n{late_text}"
            cells[self.NEXT_AMOUNT] = self.tr("about {amount}").format(
                amount=money(late_estimate.amount, cur)
            )
        if column in cells:
            return cells[column]
        if p.archived:
            return self.tr("Archived")
        states = []
        if s.overdue:
            states.append(self.tr("Overdue {amount}").format(amount=money(s.overdue, cur)))
        late = s.estimate
        if late is not None and late.days_past_due:  # never clean while late on it
            # (beside an overdue due: "… · and about $7.00 more (estimate)", not twice
            # "Overdue")
            template = (
                self.tr("and about {amount} more (estimate)")
                if states
                else self.tr("Overdue about {amount} (estimate)")
            )
            states.append(template.format(amount=money(late.amount, cur)))
        if s.utilisation is not None and s.utilisation > 1:
            states.append(self.tr("Over the limit"))
        return " · ".join(states)

    def sort_key(self, s: ProductSummary, column: int) -> Any:
        nxt, e = s.next_due, _next_estimate(s)
        keys: dict[int, Any] = {
            self.BALANCE: s.balance,
            self.LIMIT: s.product.credit_limit,
            self.USED: int(s.utilisation * 10_000) if s.utilisation is not None else -1,
            self.NEXT_DATE: iso(nxt.due.due_date) if nxt else "9999",
            self.NEXT_AMOUNT: nxt.amount if nxt else -1,
        }
        if e is not None:
            keys[self.NEXT_DATE], keys[self.NEXT_AMOUNT] = iso(e.due_date), e.amount
        late, late_estimate = s.late_due, _late_estimate(s)
        if late is not None:
            keys[self.NEXT_DATE], keys[self.NEXT_AMOUNT] = iso(late.due.due_date), s.overdue
        elif late_estimate is not None:
            keys[self.NEXT_DATE] = iso(late_estimate.due_date)
            keys[self.NEXT_AMOUNT] = late_estimate.amount
        return keys.get(column, self.display(s, column))

    def tooltip(self, s: ProductSummary, column: int) -> Any:
        if column == self.BALANCE and s.balance < 0:
            return self.tr("A credit balance: {amount} was paid beyond what was owed").format(
                amount=money(-s.balance, s.product.currency)
            )
        if column == self.KIND and s.product.preset:
            name = choice_label("preset", s.product.preset)
            return self.tr("Preset: {preset}").format(preset=name)
        return None

    def background(self, s: ProductSummary) -> QBrush | None:
        if s.product.archived:
            return QBrush(ARCHIVED)
        over_limit = s.utilisation is not None and s.utilisation > 1
        late = s.estimate is not None and s.estimate.days_past_due > 0
        return QBrush(OVERDUE) if s.overdue or over_limit or late else None


def _late_estimate(s: ProductSummary) -> EstimatedDue | None:
    """The product's estimate when it is late (no bill recorded for a statement whose due
    date has passed unpaid)."""
    e = s.estimate
    return e if e is not None and e.days_past_due > 0 else None


def _next_estimate(s: ProductSummary) -> EstimatedDue | None:
    """The product's estimate when it is its next thing due (not late, and before its
    next due), as the dashboard's countdown chooses."""
    e, nxt = s.estimate, s.next_due
    if e is None or e.days_past_due or (nxt is not None and nxt.due.due_date <= e.due_date):
        return None
    return e
