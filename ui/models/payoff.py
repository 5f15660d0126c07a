"""Payoff page tables: strategies side by side, one plan's months, and what goes overdue."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from typing import Any

from PySide6.QtCharts import QScatterSeries
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QBrush, QColor, QFont

from tracker.payoff import Debt, MonthRow, Overdue, PayoffPlan
from ui.formatting import iso, money
from ui.models.base import IdTableModel, Index

REPORTED = QColor("#fde2e1")
MISSED = QColor("#fff4d6")
#: Up to this many debts the month table shows one payment column per debt.
MAX_DEBT_COLUMNS = 6


#: Each strategy's chart line: its own dash pattern and marker shape (colours come in
#: order), so that lines lying on top of each other can still be told apart.
LINE_PATTERNS = {
    "avalanche": Qt.PenStyle.SolidLine,
    "snowball": Qt.PenStyle.DashLine,
    "least-damage": Qt.PenStyle.DotLine,
}
LINE_MARKERS = {
    "avalanche": QScatterSeries.MarkerShape.MarkerShapeCircle,
    "snowball": QScatterSeries.MarkerShape.MarkerShapeRectangle,
    "least-damage": QScatterSeries.MarkerShape.MarkerShapeTriangle,
}


def strategy_name(key: str) -> str:
    """The strategy's name in the interface language."""
    names = {
        "avalanche": QCoreApplication.translate("Strategies", "Avalanche (highest rate first)"),
        "snowball": QCoreApplication.translate("Strategies", "Snowball (smallest balance first)"),
        "least-damage": QCoreApplication.translate(
            "Strategies", "Least damage (credit report first)"
        ),
    }
    return names.get(key, key)


def month_text(month: date) -> str:
    """A plan's month as the chart's axis says it, ``2027-08``: the plan works month by
    month, so "2027-08-01" would name a day nothing happens on."""
    return f"{month:%Y-%m}"


class StrategiesModel(IdTableModel[PayoffPlan]):
    """One row per strategy: debt-free date and totals, the chosen one in bold."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.plans: list[PayoffPlan] = []
        self.currency = "CNY"
        self.chosen = ""
        self.refresh()

    def set_plans(self, plans: Sequence[PayoffPlan], currency: str, chosen: str) -> None:
        self.plans, self.currency, self.chosen = list(plans), currency, chosen
        self.refresh()

    def load_ids(self) -> list[int]:
        return list(range(len(self.plans)))

    def fetch_rows(self, ids: Sequence[int]) -> dict[int, PayoffPlan]:
        return {i: self.plans[i] for i in ids}

    def headers(self) -> list[str]:
        return [
            self.tr("Strategy"),
            self.tr("Debt-free"),
            self.tr("Months"),
            self.tr("Interest"),
            self.tr("Fees"),
            self.tr("Interest + fees"),
            self.tr("Total paid"),
            self.tr("Missed payments"),
        ]

    def right_aligned(self) -> set[int]:
        return {2, 3, 4, 5, 6, 7}

    def display(self, row: PayoffPlan, column: int) -> str:
        cur = self.currency
        if column == 0:
            return strategy_name(row.strategy)
        if column == 1:
            if row.debt_free:
                return month_text(row.debt_free)
            if row.stopped is not None and row.months:  # it ran a few months, not 30 years
                return self.tr("stops {month}").format(month=month_text(row.months[-1].month))
            return self.tr("not within 30 years")
        values = {
            2: str(len(row.months)),
            3: money(row.total_interest, cur),
            4: money(row.total_fees, cur),
            5: money(row.total_interest + row.total_fees, cur),
            6: money(row.total_paid, cur),
            7: str(len(row.overdue)),
        }
        return values[column]

    def sort_key(self, row: PayoffPlan, column: int) -> Any:
        keys = {2: len(row.months), 3: row.total_interest, 4: row.total_fees}
        keys |= {5: row.total_interest + row.total_fees, 6: row.total_paid, 7: len(row.overdue)}
        return keys.get(column, self.display(row, column))

    def background(self, row: PayoffPlan) -> QBrush | None:
        return QBrush(REPORTED) if row.reported_keys else None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.FontRole and index.isValid() and index.row() < self.rowCount():
            if self.row_at(index.row()).strategy == self.chosen:
                font = QFont()
                font.setBold(True)
                return font
            return None
        return super().data(index, role)


class MonthsModel(IdTableModel[MonthRow]):
    """One plan month by month: payments (per debt when few), interest, fees, balance."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.plan: PayoffPlan | None = None
        self.debts: list[Debt] = []
        self.currency = "CNY"
        self.refresh()

    def set_plan(self, plan: PayoffPlan | None, debts: Sequence[Debt], currency: str) -> None:
        self.plan, self.debts, self.currency = plan, list(debts), currency
        self.refresh()  # a reset: the columns change with the debts too

    def per_debt(self) -> list[Debt]:
        return self.debts if len(self.debts) <= MAX_DEBT_COLUMNS else []

    def load_ids(self) -> list[int]:
        return list(range(len(self.plan.months))) if self.plan else []

    def fetch_rows(self, ids: Sequence[int]) -> dict[int, MonthRow]:
        assert self.plan is not None
        return {i: self.plan.months[i] for i in ids}

    def headers(self) -> list[str]:
        return [
            self.tr("Month"),
            *(d.name for d in self.per_debt()),
            self.tr("Paid"),
            self.tr("Interest"),
            self.tr("Fees"),
            self.tr("Balance left"),
        ]

    def right_aligned(self) -> set[int]:
        return set(range(1, len(self.headers())))

    def display(self, row: MonthRow, column: int) -> str:
        if column == 0:
            return month_text(row.month)
        return money(self._amount(row, column), self.currency)

    def _amount(self, row: MonthRow, column: int) -> int:
        debts = self.per_debt()
        if column <= len(debts):
            return row.payments.get(debts[column - 1].key, 0)
        sums = (row.payments, row.interest, row.fees, row.balances)
        return sum(sums[column - len(debts) - 1].values())

    def sort_key(self, row: MonthRow, column: int) -> Any:
        return iso(row.month) if column == 0 else self._amount(row, column)

    def background(self, row: MonthRow) -> QBrush | None:
        return QBrush(MISSED) if row.missed else None

    def tooltip(self, row: MonthRow, column: int) -> Any:
        if not row.missed:
            return None
        names = {d.key: d.name for d in self.debts}
        missed = ", ".join(names.get(k, k) for k in row.missed)
        return self.tr("Minimum missed: {debts}").format(debts=missed)


class OverdueModel(IdTableModel[Overdue]):
    """Every minimum the budget cannot cover: debt, month, unpaid minimum, reported."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.items: list[Overdue] = []
        self.names: dict[str, str] = {}
        self.currency = "CNY"
        self.refresh()

    def set_plan(self, plan: PayoffPlan | None, debts: Sequence[Debt], currency: str) -> None:
        self.items = list(plan.overdue) if plan else []
        self.names = {d.key: d.name for d in debts}
        self.currency = currency
        self.refresh()

    def load_ids(self) -> list[int]:
        return list(range(len(self.items)))

    def fetch_rows(self, ids: Sequence[int]) -> dict[int, Overdue]:
        return {i: self.items[i] for i in ids}

    def headers(self) -> list[str]:
        return [
            self.tr("Month"),
            self.tr("Debt"),
            self.tr("Unpaid minimum"),
            self.tr("Credit report"),
        ]

    def right_aligned(self) -> set[int]:
        return {2}

    def display(self, row: Overdue, column: int) -> str:
        if column == 0:
            return month_text(row.month)
        if column == 1:
            return self.names.get(row.key, row.key)
        if column == 2:
            return money(row.unpaid_minimum, self.currency)
        return self.tr("reported") if row.reported else self.tr("not reported yet")

    def sort_key(self, row: Overdue, column: int) -> Any:
        return row.unpaid_minimum if column == 2 else self.display(row, column)

    def background(self, row: Overdue) -> QBrush | None:
        return QBrush(REPORTED) if row.reported else QBrush(MISSED)
