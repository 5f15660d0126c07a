"""The system tray icon, where the platform has a tray: the number of dues needing
attention in the tooltip and as a badge, and a menu (open, record payment, quit).

``QSystemTrayIcon.isSystemTrayAvailable()`` is False offscreen, on a bare X server and
on GNOME without the AppIndicator extension: then there is no icon, and the in-app popup
and native notifications carry the reminders alone.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QRect, Qt, Signal
from PySide6.QtGui import QAction, QColor, QFont, QIcon, QPainter, QPixmap
from PySide6.QtWidgets import QMenu, QSystemTrayIcon, QWidget

from ui.icons import app_icon


def available() -> bool:
    return QSystemTrayIcon.isSystemTrayAvailable()


def badge_icon(count: int) -> QIcon:
    """The app's icon with ``count`` in a red circle (no badge for 0)."""
    pixmap = app_icon().pixmap(64, 64)
    if count <= 0:
        return QIcon(pixmap)
    canvas = QPixmap(pixmap)
    painter = QPainter(canvas)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setBrush(QColor("#d32f2f"))
    painter.setPen(Qt.PenStyle.NoPen)
    circle = QRect(28, 0, 36, 36)
    painter.drawEllipse(circle)
    painter.setPen(QColor("white"))
    font = QFont()
    font.setBold(True)
    font.setPixelSize(22)
    painter.setFont(font)
    painter.drawText(circle, Qt.AlignmentFlag.AlignCenter, "9+" if count > 9 else str(count))
    painter.end()
    return QIcon(canvas)


class Tray(QObject):
    """The tray icon and its menu; ``None`` of it exists where there is no tray."""

    openRequested = Signal()
    paymentRequested = Signal()
    quitRequested = Signal()

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.icon = QSystemTrayIcon(badge_icon(0), parent)
        self.icon.setObjectName("trayIcon")
        self.menu = QMenu(parent)
        self.open_action = QAction(self.menu)
        self.pay_action = QAction(self.menu)
        self.quit_action = QAction(self.menu)
        self.open_action.triggered.connect(self.openRequested.emit)
        self.pay_action.triggered.connect(self.paymentRequested.emit)
        self.quit_action.triggered.connect(self.quitRequested.emit)
        for action in (self.open_action, self.pay_action):
            self.menu.addAction(action)
        self.menu.addSeparator()
        self.menu.addAction(self.quit_action)
        self.icon.setContextMenu(self.menu)
        self.icon.activated.connect(self._activated)
        self.count = 0
        self.retranslate()
        parent.installEventFilter(self)
        self.icon.show()

    def set_count(self, count: int) -> None:
        """How many dues need attention now (tooltip and badge)."""
        self.count = count
        self.icon.setIcon(badge_icon(count))
        self._tooltip()

    def message(self, title: str, text: str) -> None:
        self.icon.showMessage(title, text, QSystemTrayIcon.MessageIcon.Information, 8000)

    def retranslate(self) -> None:
        self.open_action.setText(self.tr("Open Debt Tracker"))
        self.pay_action.setText(self.tr("Record payment…"))
        self.quit_action.setText(self.tr("Quit"))
        self._tooltip()

    def _tooltip(self) -> None:
        if self.count:
            text = self.tr("Debt Tracker: %n payment(s) to look at", "", self.count)
        else:
            text = self.tr("Debt Tracker: nothing due soon")
        self.icon.setToolTip(text)

    def _activated(self, reason: QSystemTrayIcon.ActivationReason) -> None:
        if reason == QSystemTrayIcon.ActivationReason.Trigger:
            self.openRequested.emit()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        return False
