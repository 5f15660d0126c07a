"""QtCharts helpers: a readable date × money line chart.

Amounts arrive as ``int`` minor units and leave as ``float`` major units only here, for
drawing; nothing drawn is ever read back or stored.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, timedelta

from PySide6.QtCharts import QChart, QChartView, QDateTimeAxis, QLineSeries, QValueAxis
from PySide6.QtCore import QDate, QDateTime, QMargins, Qt, QTime
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPen, QResizeEvent
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
        # One pair of axes for the chart's life: removing and re-adding axes leaves their
        # old labels painted in the scene (seen with Qt 6.12, offscreen and on X).
        self.x_axis = QDateTimeAxis()
        self.y_axis = QValueAxis()
        self.y_axis.setLabelFormat("%.0f")
        chart.addAxis(self.x_axis, Qt.AlignmentFlag.AlignBottom)
        chart.addAxis(self.y_axis, Qt.AlignmentFlag.AlignLeft)
        self.setChart(chart)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._place_legend()

    def _place_legend(self) -> None:
        """Legend on the right while its entries fit the height, else under the plot
        (a short window would cut the list off at the bottom)."""
        legend = self.chart().legend()
        rows = len(self.chart().series())
        needed = 80 + rows * (QFontMetrics(legend.font()).height() + 8)
        side = (
            Qt.AlignmentFlag.AlignRight
            if self.height() >= needed
            else Qt.AlignmentFlag.AlignBottom
        )
        if legend.alignment() != side:
            legend.setAlignment(side)

    def set_lines(
        self, title: str, lines: Sequence[Line], currency: str, y_title: str = ""
    ) -> None:
        """Replace every series; ``currency`` says how many decimals minor units have."""
        chart = self.chart()
        chart.removeAllSeries()
        chart.setTitle(title)
        digits = currency_info(currency).digits
        self._scale(lines, digits, y_title)
        for n, line in enumerate(lines):
            series = self._series(line, digits, QColor(PALETTE[n % len(PALETTE)]))
            chart.addSeries(series)
            series.attachAxis(self.x_axis)
            series.attachAxis(self.y_axis)
        chart.legend().setVisible(bool(lines))
        self._place_legend()
        # Nothing to draw: no axes either (an empty grid with made-up dates misleads).
        self.x_axis.setVisible(bool(lines))
        self.y_axis.setVisible(bool(lines))

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

    def _scale(self, lines: Sequence[Line], digits: int, y_title: str) -> None:
        """Fit both axes to the points; whole months as labels on long spans."""
        days = [d for line in lines for d, _ in line.points]
        values = [v for line in lines for _, v in line.points]
        first = min(days, default=date(2000, 1, 1))
        last = max(max(days, default=first), first + timedelta(days=1))
        span = (last - first).days
        # Under ~8 months, ticks fall less than a month apart: show the day too.
        self.x_axis.setFormat("yyyy-MM-dd" if span < 240 else "yyyy-MM")
        self.x_axis.setTickCount(6 if span < 240 else 7)
        self.x_axis.setRange(
            QDateTime.fromMSecsSinceEpoch(int(_msecs(first))),
            QDateTime.fromMSecsSinceEpoch(int(_msecs(last))),
        )
        self.y_axis.setTitleText(y_title)
        top = _major(max(values, default=0), digits)
        self.y_axis.setRange(0.0, top * 1.05 if top > 0 else 1.0)
        self.y_axis.applyNiceNumbers()
