"""QtCharts helpers: a readable date × money line chart.

Amounts arrive as ``int`` minor units and leave as ``float`` major units only here, for
drawing; nothing drawn is ever read back or stored.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from PySide6.QtCharts import QChart, QChartView, QDateTimeAxis, QLineSeries, QValueAxis
from PySide6.QtCore import QDate, QDateTime, QMargins, Qt, QTime
from PySide6.QtGui import QColor, QFont, QPainter, QPen
from PySide6.QtWidgets import QWidget

from tracker.money import currency as currency_info

#: Distinct, print-friendly line colours (Tableau 10).
PALETTE = (
    "#4e79a7",
    "#f28e2b",
    "#59a14f",
    "#e15759",
    "#76b7b2",
    "#edc948",
    "#b07aa1",
    "#ff9da7",
    "#9c755f",
    "#bab0ac",
    "#1b3a5c",
    "#8c564b",
)


@dataclass(frozen=True)
class Line:
    """One series: its legend name and ``(date, minor units)`` points in date order.

    ``step``: the value holds until the next point (costs paid on a date); ``dashed``
    and ``bold`` style it (e.g. dashed = reaches the credit report, bold = recommended).
    """

    name: str
    points: Sequence[tuple[date, int]]
    step: bool = False
    dashed: bool = False
    bold: bool = False


def _msecs(day: date) -> float:
    return float(QDateTime(QDate(day.year, day.month, day.day), QTime(0, 0)).toMSecsSinceEpoch())


def _major(minor: int, digits: int) -> float:
    return minor / 10**digits  # drawing only


class DateMoneyChart(QChartView):
    """A line chart with dates across and money up, legend on the right."""

    def __init__(self, object_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(object_name)
        self.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.setMinimumHeight(200)
        chart = QChart()
        chart.setMargins(QMargins(4, 4, 4, 4))
        chart.legend().setAlignment(Qt.AlignmentFlag.AlignRight)
        chart.legend().setFont(QFont(self.font().family(), 8))
        title_font = QFont(self.font())
        title_font.setBold(True)
        chart.setTitleFont(title_font)
        self.setChart(chart)

    def set_lines(
        self, title: str, lines: Sequence[Line], currency: str, y_title: str = ""
    ) -> None:
        """Replace every series; ``currency`` says how many decimals minor units have."""
        chart = self.chart()
        chart.removeAllSeries()
        for axis in chart.axes():
            chart.removeAxis(axis)
        chart.setTitle(title)
        digits = currency_info(currency).digits
        x_axis, y_axis = self._axes(lines, digits, y_title)
        chart.addAxis(x_axis, Qt.AlignmentFlag.AlignBottom)
        chart.addAxis(y_axis, Qt.AlignmentFlag.AlignLeft)
        for n, line in enumerate(lines):
            series = self._series(line, digits, QColor(PALETTE[n % len(PALETTE)]))
            chart.addSeries(series)
            series.attachAxis(x_axis)
            series.attachAxis(y_axis)
        chart.legend().setVisible(bool(lines))

    def series_names(self) -> list[str]:
        return [s.name() for s in self.chart().series()]

    def _series(self, line: Line, digits: int, colour: QColor) -> QLineSeries:
        series = QLineSeries()
        series.setName(line.name)
        previous: int | None = None
        for day, minor in line.points:
            if line.step and previous is not None:
                series.append(_msecs(day), _major(previous, digits))
            series.append(_msecs(day), _major(minor, digits))
            previous = minor
        pen = QPen(colour)
        pen.setWidthF(3.5 if line.bold else 2.0)
        if line.dashed:
            pen.setStyle(Qt.PenStyle.DashLine)
        series.setPen(pen)
        return series

    def _axes(
        self, lines: Sequence[Line], digits: int, y_title: str
    ) -> tuple[QDateTimeAxis, QValueAxis]:
        days = [d for line in lines for d, _ in line.points]
        values = [v for line in lines for _, v in line.points]
        x_axis = QDateTimeAxis()
        x_axis.setFormat("yyyy-MM")
        x_axis.setTickCount(7)
        if days:
            x_axis.setRange(
                QDateTime.fromMSecsSinceEpoch(int(_msecs(min(days)))),
                QDateTime.fromMSecsSinceEpoch(int(_msecs(max(days)))),
            )
        y_axis = QValueAxis()
        y_axis.setLabelFormat("%.0f")
        y_axis.setTitleText(y_title)
        top = _major(max(values, default=0), digits)
        y_axis.setRange(0.0, top * 1.05 if top > 0 else 1.0)
        y_axis.applyNiceNumbers()
        return x_axis, y_axis
