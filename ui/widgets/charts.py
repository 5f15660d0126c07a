"""QtCharts helpers: a readable date × money line chart.

Amounts arrive as ``int`` minor units and leave as ``float`` major units only here, for
drawing; nothing drawn is ever read back or stored.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, timedelta

from PySide6.QtCharts import (
    QCategoryAxis,
    QChart,
    QChartView,
    QLineSeries,
    QScatterSeries,
    QValueAxis,
)
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
    and ``bold`` style it (e.g. dashed = reaches the credit report, bold = recommended);
    ``pattern`` overrides the pen (e.g. dots) and ``marker`` adds a shape every few
    points, so that lines lying on top of each other can still be told apart.
    """

    name: str
    points: Sequence[tuple[date, int]]
    step: bool = False
    dashed: bool = False
    bold: bool = False
    pattern: Qt.PenStyle | None = None
    marker: QScatterSeries.MarkerShape | None = None


#: At most this many markers on one line (one at every point would hide the line).
MARKERS_PER_LINE = 12
#: Month steps for the date axis: the first that keeps the labels under MAX_TICKS.
MONTH_STEPS = (1, 2, 3, 6, 12, 24, 60)
MAX_TICKS = 8
#: The least chart width with the legend at its right (narrower: the legend goes under).
LEGEND_RIGHT_WIDTH = 1000


def month_ticks(first: date, last: date) -> list[date]:
    """Month starts from the one on or before ``first`` to the one on or after ``last``,
    every 1, 2, 3, 6 or 12… months so that at most :data:`MAX_TICKS` + 1 fall in."""
    start = first.replace(day=1)
    end = last if last.day == 1 else _add_months(last.replace(day=1), 1)
    months = (end.year - start.year) * 12 + end.month - start.month
    step = next((n for n in MONTH_STEPS if months <= n * MAX_TICKS), MONTH_STEPS[-1])
    if step > 1:  # start on a month the step divides: 2027-01, 2027-04 … not 2026-12, 2027-03
        start = _add_months(start, -((start.month - 1) % step))
    ticks = [start]
    while ticks[-1] < end:
        ticks.append(_add_months(ticks[-1], step))
    return ticks


def _add_months(day: date, months: int) -> date:
    index = day.year * 12 + day.month - 1 + months
    return date(index // 12, index % 12 + 1, 1)


def _msecs(day: date) -> float:
    return float(QDateTime(QDate(day.year, day.month, day.day), QTime(0, 0)).toMSecsSinceEpoch())


def _date(msecs: float) -> date:
    day = QDateTime.fromMSecsSinceEpoch(int(msecs)).date()
    return date(day.year(), day.month(), day.day())


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
        # Room on the right for the last month's label, centred on the axis' end.
        chart.setMargins(QMargins(4, 4, 28, 4))
        chart.legend().setAlignment(Qt.AlignmentFlag.AlignRight)
        chart.legend().setFont(QFont(self.font().family(), 8))
        title_font = QFont(self.font())
        title_font.setBold(True)
        chart.setTitleFont(title_font)
        # One pair of axes for the chart's life: removing and re-adding axes leaves their
        # old labels painted in the scene (seen with Qt 6.12, offscreen and on X).
        # Categories on a value axis: the labels and grid lines sit on month starts
        # (QDateTimeAxis spreads its ticks evenly, on odd days).
        self.x_axis = QCategoryAxis()
        self.x_axis.setLabelsPosition(QCategoryAxis.AxisLabelsPosition.AxisLabelsPositionOnValue)
        self.y_axis = QValueAxis()
        self.y_axis.setLabelFormat("%.0f")
        chart.addAxis(self.x_axis, Qt.AlignmentFlag.AlignBottom)
        chart.addAxis(self.y_axis, Qt.AlignmentFlag.AlignLeft)
        self.setChart(chart)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._place_legend()

    def _place_legend(self) -> None:
        """Legend on the right while its entries fit the height and the plot keeps room
        for its month labels, else under the plot (a short window would cut the list off
        at the bottom; a narrow one would cut the labels to "2026…")."""
        legend = self.chart().legend()
        rows = len(self.chart().series())
        needed = 80 + rows * (QFontMetrics(legend.font()).height() + 8)
        side = (
            Qt.AlignmentFlag.AlignRight
            if self.height() >= needed and self.width() >= LEGEND_RIGHT_WIDTH
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
            colour = QColor(PALETTE[n % len(PALETTE)])
            series = self._series(line, digits, colour)
            chart.addSeries(series)
            series.attachAxis(self.x_axis)
            series.attachAxis(self.y_axis)
            if line.marker is not None:
                self._add_markers(line, digits, colour)
        chart.legend().setVisible(bool(lines))
        self._place_legend()
        # Nothing to draw: no axes either (an empty grid with made-up dates misleads).
        self.x_axis.setVisible(bool(lines))
        self.y_axis.setVisible(bool(lines))

    def series_names(self) -> list[str]:
        """The lines' names (marker series excluded: they are not in the legend)."""
        return [s.name() for s in self.chart().series() if isinstance(s, QLineSeries)]

    def tick_dates(self) -> list[date]:
        """The dates the x axis labels stand on (month starts)."""
        return [_date(self.x_axis.endValue(label)) for label in self.x_axis.categoriesLabels()]

    def _add_markers(self, line: Line, digits: int, colour: QColor) -> None:
        markers = QScatterSeries()
        assert line.marker is not None
        markers.setMarkerShape(line.marker)
        markers.setMarkerSize(9.0)
        markers.setColor(colour)
        markers.setBorderColor(colour)
        every = max(1, -(-len(line.points) // MARKERS_PER_LINE))
        for day, minor in list(line.points)[::every]:
            markers.append(_msecs(day), _major(minor, digits))
        chart = self.chart()
        chart.addSeries(markers)
        markers.attachAxis(self.x_axis)
        markers.attachAxis(self.y_axis)
        for legend_marker in chart.legend().markers(markers):
            legend_marker.setVisible(False)

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
        if line.pattern is not None:
            pen.setStyle(line.pattern)
        series.setPen(pen)
        return series

    def _scale(self, lines: Sequence[Line], digits: int, y_title: str) -> None:
        """Fit both axes to the points; the date axis runs from month start to month
        start, labelled on each (or every few) month starts."""
        days = [d for line in lines for d, _ in line.points]
        values = [v for line in lines for _, v in line.points]
        first = min(days, default=date(2000, 1, 1))
        last = max(max(days, default=first), first + timedelta(days=1))
        ticks = month_ticks(first, last)
        axis = self.x_axis
        for label in axis.categoriesLabels():
            axis.remove(label)
        axis.setStartValue(_msecs(ticks[0]))
        for tick in ticks:
            axis.append(tick.strftime("%Y-%m"), _msecs(tick))
        axis.setRange(_msecs(ticks[0]), _msecs(ticks[-1]))
        self.y_axis.setTitleText(y_title)
        top = _major(max(values, default=0), digits)
        self.y_axis.setRange(0.0, top * 1.05 if top > 0 else 1.0)
        self.y_axis.applyNiceNumbers()
        # Whole units unless the range is small: "0 0 0 0 0" under ¥0.44 of interest,
        # "2 1 1 1 0" under a $5.00 order (QA pass 2026-12-06).
        span = self.y_axis.max() - self.y_axis.min()
        self.y_axis.setLabelFormat("%.2f" if span < 10 else "%.1f" if span < 50 else "%.0f")
