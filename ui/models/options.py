"""The simulator's options side by side (``simulatorOptionsView``): one row per option."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QBrush, QColor, QFont

from tracker import credit
from tracker.simulator import Option, Simulation
from ui.formatting import iso, money, percent, sentences
from ui.labels import choice_label
from ui.models.base import IdTableModel, Index

BEST = QColor("#d8f0d2")
REPORTED = QColor("#fde2e1")
SERIOUS = QColor("#f6b8b3")


def option_name(option: Option) -> str:
    """``Pay in full`` / ``Pay the minimum`` / ``Split into 3`` / ``Pay 30 days late`` …"""
    if option.kind == "pay_in_full":
        return QCoreApplication.translate("Options", "Pay in full")
    # The count is a plain name: lupdate (PySide6 6.11) skips a call whose n is an expression.
    periods, days = option.periods or 0, option.days or 0
    if option.kind == "minimum" and option.days is None:
        return QCoreApplication.translate("Options", "Pay the minimum every month")
    if option.kind == "minimum":
        return QCoreApplication.translate(
            "Options", "Pay the minimum, the rest %n day(s) later", "", days
        )
    if option.kind == "installment":
        return QCoreApplication.translate("Options", "Split into %n", "", periods)
    if option.kind == "overdue":
        return QCoreApplication.translate("Options", "Pay %n day(s) late", "", days)
    return QCoreApplication.translate("Options", "Negotiate after %n day(s)", "", days)


def report_text(option: Option, system: credit.ReportSystem = "cn") -> str:
    """``clean`` / ``reported, code 2, visible until 2031-12-10`` (serious marked).

    US products say the bureaus' bucket instead of the PBOC code: ``reported, 30 days
    late, visible until …``.
    """
    impact = option.impact
    if not impact.reported:
        return QCoreApplication.translate("Options", "clean")
    until = iso(impact.visible_until)
    if system == "us":
        # A dollar product set to report before 30 days: its real lateness, not "0 days".
        bucket = credit.us_days_late(option.days or 0) or (option.days or 0)
        if impact.serious:
            text = QCoreApplication.translate(
                "Options", "reported (serious), {days} days late, visible until {until}"
            )
        else:
            text = QCoreApplication.translate(
                "Options", "reported, {days} days late, visible until {until}"
            )
        return text.format(days=bucket, until=until)
    if impact.serious:
        text = QCoreApplication.translate(
            "Options", "reported (serious), code {code}, visible until {until}"
        )
    else:
        text = QCoreApplication.translate(
            "Options", "reported, code {code}, visible until {until}"
        )
    return text.format(code=impact.code, until=until)


def report_help(system: credit.ReportSystem, years: int) -> str:
    """What the report column's codes mean, for its tooltip and the page's help line
    (``years``: how long the product's lender keeps a record)."""
    if system == "us":
        return QCoreApplication.translate(
            "Options",
            "US credit bureaus: reported as 30, 60, 90, 120, 150 or 180 days late, never"
            " under 30 days; over 90 days is serious. A late payment stays on the report"
            " for {years} years.",
        ).format(years=years)
    return QCoreApplication.translate(
        "Options",
        "Credit report (PBOC): the code counts months past due — 1 = 1–30 days,"
        " 2 = 31–60, … 7 = over 180; over 90 days is serious. A record stays {years} years"
        " after the debt is paid. 连三累六: late 3 months in a row or 6 in all within 24"
        " months, and most lenders refuse new credit.",
    ).format(years=years)


def cash_text(option: Option, currency: str) -> str:
    """Cash needed by calendar month: ``¥3,245.60 once``, ``12 × ¥1,072.00`` (equal
    months), ``3 × up to ¥1,108.92`` (none more than the first, or all equal but for a
    rounding fen each), else first / largest:
    ``¥324.56 / ¥2,966.32``."""
    months = [amount for _month, amount in option.monthly_cash()]
    if not months:
        return "—"
    first, largest = months[0], max(months)
    count, payments = len(months), len(option.schedule)
    if count == 1 and payments > 1:  # e.g. the minimum now and the rest 15 days later
        return QCoreApplication.translate(
            "Options", "%n payments, {amount} in all", "", payments
        ).format(amount=money(first, currency))
    if count == 1:
        return QCoreApplication.translate("Options", "{amount} once").format(
            amount=money(first, currency)
        )
    if all(m == first for m in months) and payments > count:
        # (several payments a month: "2 × $2.50" read as two payments of four $1.25)
        return QCoreApplication.translate("Options", "%n month(s) × {amount}", "", count).format(
            amount=money(first, currency)
        )
    if all(m == first for m in months):
        return QCoreApplication.translate("Options", "%n × {amount}", "", count).format(
            amount=money(first, currency)
        )
    if first == largest or largest - min(months) <= count:  # equal but for rounding
        return QCoreApplication.translate("Options", "%n × up to {amount}", "", count).format(
            amount=money(largest, currency)
        )
    return f"{money(first, currency)} / {money(largest, currency)}"


def cash_tooltip(option: Option, currency: str) -> str:
    """The cash column in words: how many calendar months and how much in each."""
    months = option.monthly_cash()
    count, payments = len(months), len(option.schedule)
    if count == 1 and payments > 1:
        head = QCoreApplication.translate("Options", "Paid in %n payment(s):", "", payments)
        rows = [f"{p.due_date.isoformat()}: {money(p.payment, currency)}" for p in option.schedule]
        return "\n".join([head, *rows])
    if count == 1:
        return QCoreApplication.translate("Options", "One payment, in {month}").format(
            month=months[0][0]
        )
    lines = [f"{month}: {money(amount, currency)}" for month, amount in months]
    head = QCoreApplication.translate("Options", "Paid over %n calendar month(s):", "", count)
    return "\n".join([head, *lines])


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
            self.tr("Cash needed"),
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
        return report_text(row, self.system())

    def system(self) -> credit.ReportSystem:
        """The credit report the simulated product's lender writes to."""
        return credit.report_system(self.simulation.product) if self.simulation else "cn"

    def report_help(self) -> str:
        """The report column's legend for the simulated product."""
        years = self.simulation.product.retention_years if self.simulation else 5
        return report_help(self.system(), years)

    def report_legend(self) -> str:
        """The help line under the table: the codes in words, and when this lender
        reports (the first day past due that is past grace and threshold)."""
        if self.simulation is None:
            return ""
        product = self.simulation.product
        after = max(product.report_after_days, product.grace_days + 1)
        when = self.tr("{product} reports a due once it is %n day(s) past due.", "", after)
        name = product.name
        if product.id is None and name == product.preset:  # a preset's rules: its label
            name = choice_label("preset", name)  # (not "pay-in-4 reports …")
        return sentences(self.report_help(), when.format(product=name))

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
        cur = self.simulation.product.currency if self.simulation else "CNY"
        if column == 5 and row.monthly_cash():
            return cash_tooltip(row, cur)
        if column == 6:
            return self.report_help()
        if self.is_best(row):
            return self.tr(
                "If you cannot pay it all now: the cheapest choice that keeps your credit"
                " report clean"
            )
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.ToolTipRole:
            tips = {
                3: self.tr(
                    "APR: the yearly rate without compounding (rate per period × periods a year)"
                ),
                4: self.tr(
                    "EAR: the yearly rate with compounding, (1 + rate per period)^periods − 1"
                ),
                5: self.tr(
                    "The money each option needs by calendar month: once, months × amount,"
                    " or first month / largest month"
                ),
                6: self.report_help(),
            }
            return tips.get(section)
        return super().headerData(section, orientation, role)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.FontRole and index.isValid() and index.row() < self.rowCount():
            if self.is_best(self.row_at(index.row())):
                font = QFont()
                font.setBold(True)
                return font
            return None
        return super().data(index, role)
