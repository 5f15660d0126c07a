"""The simulator's options side by side (``simulatorOptionsView``): one row per option."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QBrush, QColor, QFont

from tracker.simulator import Option, Simulation
from ui.formatting import iso, money, percent
from ui.models.base import IdTableModel, Index

BEST = QColor("#d8f0d2")
REPORTED = QColor("#fde2e1")
SERIOUS = QColor("#f6b8b3")


def option_name(option: Option) -> str:
    """``Pay in full`` / ``Pay the minimum`` / ``Split into 3`` / ``Pay 30 days late`` …"""
    if option.kind == "pay_in_full":
        return QCoreApplication.translate("Options", "Pay in full")
    if option.kind == "minimum":
        return QCoreApplication.translate("Options", "Pay the minimum")
    # The count is a plain name: lupdate (PySide6 6.11) skips a call whose n is an expression.
    periods, days = option.periods or 0, option.days or 0
    if option.kind == "installment":
        return QCoreApplication.translate("Options", "Split into %n", "", periods)
    if option.kind == "overdue":
        return QCoreApplication.translate("Options", "Pay %n day(s) late", "", days)
    return QCoreApplication.translate("Options", "Negotiate after %n day(s)", "", days)


def report_text(option: Option) -> str:
    """``clean`` / ``reported, code 2, visible until 2031-12-10`` (serious marked)."""
    impact = option.impact
    if not impact.reported:
        return QCoreApplication.translate("Options", "clean")
    until = iso(impact.visible_until)
    if impact.serious:
        text = QCoreApplication.translate(
            "Options", "reported (serious), code {code}, visible until {until}"
        )
    else:
        text = QCoreApplication.translate(
            "Options", "reported, code {code}, visible until {until}"
        )
    return text.format(code=impact.code, until=until)


def cash_text(option: Option, currency: str) -> str:
    """Cash needed per calendar month: ``first / largest`` (one amount when equal)."""
    months = [amount for _month, amount in option.monthly_cash()]
    if not months:
        return "—"
    first, largest = months[0], max(months)
    if first == largest:
        return money(first, currency)
    return f"{money(first, currency)} / {money(largest, currency)}"


class OptionsModel(IdTableModel[Option]):
    """Rows are the options of one :class:`Simulation` (ids = their positions)."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.simulation: Simulation | None = None
        self.refresh()

    def set_simulation(self, sim: Simulation | None) -> None:
        """Show ``sim``'s options (None: an empty table)."""
        self.simulation = sim
        self.refresh()

    def load_ids(self) -> list[int]:
        return list(range(len(self.simulation.options))) if self.simulation else []

    def fetch_rows(self, ids: Sequence[int]) -> dict[int, Option]:
        assert self.simulation is not None
        return {i: self.simulation.options[i] for i in ids}

    def option(self, row: int) -> Option:
        return self.row_at(row)

    def headers(self) -> list[str]:
        return [
            self.tr("Option"),
            self.tr("Total cost"),
            self.tr("Cost %"),
            self.tr("APR"),
            self.tr("EAR"),
            self.tr("Cash per month (first / max)"),
            self.tr("Credit report"),
        ]

    def right_aligned(self) -> set[int]:
        return {1, 2, 3, 4, 5}

    def display(self, row: Option, column: int) -> str:
        cur = self.simulation.product.currency if self.simulation else "CNY"
        if column == 0:
            return option_name(row)
        if column == 1:
            return money(row.total_cost, cur)
        if column == 2:
            return percent(row.cost_ratio)
        if column == 3:
            return percent(row.apr)
        if column == 4:
            return percent(row.ear)
        if column == 5:
            return cash_text(row, cur)
        return report_text(row)

    def sort_key(self, row: Option, column: int) -> Any:
        keys = {1: row.total_cost, 2: row.cost_ratio, 3: row.apr or 0, 4: row.ear or 0}
        return keys.get(column, self.display(row, column))

    def is_best(self, row: Option) -> bool:
        return self.simulation is not None and row is self.simulation.cheapest_clean

    def background(self, row: Option) -> QBrush | None:
        if self.is_best(row):
            return QBrush(BEST)
        if row.impact.serious:
            return QBrush(SERIOUS)
        if row.impact.reported:
            return QBrush(REPORTED)
        return None

    def tooltip(self, row: Option, column: int) -> Any:
        if self.is_best(row):
            return self.tr("The cheapest choice that keeps your credit report clean")
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.FontRole and index.isValid() and index.row() < self.rowCount():
            if self.is_best(self.row_at(index.row())):
                font = QFont()
                font.setBold(True)
                return font
            return None
        return super().data(index, role)
