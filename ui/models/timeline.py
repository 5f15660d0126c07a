"""The month-by-month timeline of one simulator option: one row per statement."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from tracker.engine import CycleRow
from tracker.engine.rules import code_text
from ui.formatting import iso, money
from ui.models.base import IdTableModel


class TimelineModel(IdTableModel[CycleRow]):
    """Rows are the statements of one option's timeline (ids = their positions)."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.rows: tuple[CycleRow, ...] = ()
        self.currency = "CNY"
        self.refresh()

    def set_timeline(self, rows: Sequence[CycleRow], currency: str) -> None:
        """Show ``rows`` (amounts in ``currency``); an empty sequence clears the table."""
        self.rows, self.currency = tuple(rows), currency
        self.refresh()

    def load_ids(self) -> list[int]:
        return list(range(len(self.rows)))

    def fetch_rows(self, ids: Sequence[int]) -> dict[int, CycleRow]:
        return {i: self.rows[i] for i in ids}

    def headers(self) -> list[str]:
        return [
            self.tr("Statement"),
            self.tr("Due"),
            self.tr("Minimum"),
            self.tr("Paid"),
            self.tr("Interest"),
            self.tr("Fees"),
            self.tr("Penalty"),
            self.tr("Late fee"),
            self.tr("Days past due"),
            self.tr("Report"),
        ]

    def right_aligned(self) -> set[int]:
        return {2, 3, 4, 5, 6, 7, 8}

    def display(self, row: CycleRow, column: int) -> str:
        if column == 0:
            return iso(row.statement_date)
        if column == 1:
            return iso(row.due_date)
        amounts = (row.minimum, row.paid, row.interest, row.fees, row.penalty, row.late_fee)
        if 2 <= column <= 7:
            return money(amounts[column - 2], self.currency)
        if column == 8:
            return str(row.days_past_due)
        return code_text(row.report_code)

    def sort_key(self, row: CycleRow, column: int) -> Any:
        return self.display(row, column)
