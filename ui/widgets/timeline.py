"""A painted strip of due dates: one mark per due, coloured by urgency, with a today line;
an estimate (the engine's statement with no bill recorded) is a hollow ring."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from PySide6.QtCore import QCoreApplication, QEvent, QLocale, QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QHelpEvent, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QSizePolicy, QToolTip, QWidget

from ui.formatting import to_qdate

#: Mark colours by urgency (tracker.service.dashboard.URGENCIES).
COLOURS = {
    "late": QColor("#c62828"),
    "today": QColor("#ef6c00"),
    "revolving": QColor("#8e24aa"),
    "soon": QColor("#f9a825"),
    "later": QColor("#1e88e5"),
}
RADIUS = 6
STACK = 14
MARGIN = 16


@dataclass(frozen=True)
class Mark:
    """One due on the timeline: its date, urgency and the sentence its tooltip shows;
    ``estimated``: an estimated due, drawn hollow."""

    day: date
    urgency: str
    text: str
    estimated: bool = False


class Timeline(QWidget):
    """Due dates from ``before`` days ago to ``days`` ahead (overdue ones at the left)."""

    def __init__(self, parent: QWidget | None = None, days: int = 90, before: int = 14) -> None:
        super().__init__(parent)
        self.setObjectName("dueTimeline")
        self.days, self.before = days, before
        self.today = date.today()
        self.marks: list[Mark] = []
        self.today_text = "Today"
        self.setMinimumHeight(84)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setMouseTracking(True)
        self._spots: list[tuple[QPointF, Mark]] = []

    def sizeHint(self) -> QSize:
        return QSize(600, 90)

    def set_marks(self, today: date, marks: list[Mark]) -> None:
        """Show ``marks`` (any order); the accessible description lists them in words."""
        self.today = today
        self.marks = sorted(marks, key=lambda m: m.day)
        self.setAccessibleDescription("\n".join(m.text for m in self.marks))
        self.update()

    # -- geometry ----------------------------------------------------------------------
    @property
    def start(self) -> date:
        return self.today - timedelta(days=self.before)

    @property
    def end(self) -> date:
        return self.today + timedelta(days=self.days)

    def x_of(self, day: date) -> float:
        """The x of a day; days outside the range are pinned to the nearest edge."""
        span = (self.end - self.start).days
        offset = min(max((day - self.start).days, 0), span)
        return MARGIN + (self.width() - 2 * MARGIN) * offset / span

    def axis_y(self) -> float:
        return self.height() - 26.0

    # -- painting ------------------------------------------------------------------------
    def paintEvent(self, event: QPaintEvent) -> None:
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        y = self.axis_y()
        today_x = self.x_of(self.today)
        p.fillRect(QRectF(MARGIN, 14, today_x - MARGIN, y - 14), QColor("#fdecea"))
        p.setPen(QPen(QColor("#9e9e9e"), 1))
        p.drawLine(QPointF(MARGIN, y), QPointF(self.width() - MARGIN, y))
        self._paint_months(p, y)
        self._paint_today(p, today_x, y)
        self._paint_marks(p, y)
        p.end()

    def _paint_months(self, p: QPainter, y: float) -> None:
        font = QFont(self.font())
        font.setPointSizeF(font.pointSizeF() * 0.85)
        p.setFont(font)
        day = date(self.start.year, self.start.month, 1)
        while day <= self.end:
            if day >= self.start:
                x = self.x_of(day)
                p.setPen(QPen(QColor("#9e9e9e"), 1))
                p.drawLine(QPointF(x, y - 4), QPointF(x, y + 4))
                label = QLocale().toString(
                    to_qdate(day), QCoreApplication.translate("Dates", "MMM yyyy")
                )
                if x + 3 + p.fontMetrics().horizontalAdvance(label) <= self.width():
                    p.setPen(self.palette().color(self.foregroundRole()))
                    p.drawText(QPointF(x + 3, y + 18), label)
            day = date(day.year + day.month // 12, day.month % 12 + 1, 1)

    def _paint_today(self, p: QPainter, x: float, y: float) -> None:
        p.setPen(QPen(QColor("#424242"), 1.5, Qt.PenStyle.DashLine))
        p.drawLine(QPointF(x, 12), QPointF(x, y + 6))
        p.setPen(self.palette().color(self.foregroundRole()))
        p.drawText(QPointF(x + 4, 11), self.today_text)

    def _paint_marks(self, p: QPainter, y: float) -> None:
        self._spots = []
        stacks: dict[int, int] = {}
        for mark in self.marks:
            x = self.x_of(mark.day)
            slot = round(x / (RADIUS * 1.5))
            level = stacks.get(slot, 0)
            stacks[slot] = level + 1
            centre = QPointF(x, y - RADIUS - 3 - level * STACK)
            colour = COLOURS.get(mark.urgency, COLOURS["later"])
            if mark.estimated:  # a ring in the urgency's colour, the background inside
                p.setPen(QPen(colour, 2.5))
                p.setBrush(self.palette().color(self.backgroundRole()))
                p.drawEllipse(centre, RADIUS - 1, RADIUS - 1)
            else:
                p.setPen(QPen(colour.darker(130), 1))
                p.setBrush(colour)
                p.drawEllipse(centre, RADIUS, RADIUS)
            self._spots.append((centre, mark))

    # -- tooltips --------------------------------------------------------------------------
    def mark_at(self, pos: QPointF) -> Mark | None:
        """The mark under ``pos`` (within a few pixels), for tooltips."""
        near = [
            (abs(c.x() - pos.x()) + abs(c.y() - pos.y()), m)
            for c, m in self._spots
            if abs(c.x() - pos.x()) <= RADIUS + 2 and abs(c.y() - pos.y()) <= RADIUS + 2
        ]
        return min(near, key=lambda t: t[0])[1] if near else None

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            mark = self.mark_at(QPointF(event.pos()))
            if mark is None:
                QToolTip.hideText()
                event.ignore()
            else:
                QToolTip.showText(event.globalPos(), mark.text, self)
            return True
        return super().event(event)
