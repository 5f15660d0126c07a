"""A banner above the pages when the data file cannot be changed: read-only or damaged."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Slot
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from tracker.service import backups
from ui.context import AppContext

READ_ONLY_STYLE = (
    "background: #fff4ce; color: #4d3b00; padding: 8px; border-bottom: 1px solid #e0c060;"
)
DAMAGED_STYLE = (
    "background: #fde7e9; color: #6e0c14; padding: 8px; border-bottom: 1px solid #d08080;"
)


class FileBanner(QLabel):
    """``fileBanner``: hidden while the file can be changed; otherwise says why not."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent, objectName="fileBanner")
        self.ctx = ctx
        self.setWordWrap(True)
        ctx.storeReplaced.connect(self.refresh)
        self.refresh()

    @Slot()
    def refresh(self) -> None:
        if self.ctx.closed:
            return
        damage = backups.damage(self.ctx.store)
        reason = backups.read_only_reason(self.ctx.store)
        if damage:
            self.setStyleSheet(DAMAGED_STYLE)
            self.setText(
                self.tr(
                    "This data file is damaged ({damage}). Nothing will be saved to it: "
                    "restore a backup in Settings → Backups."
                ).format(damage=damage)
            )
        elif reason:
            self.setStyleSheet(READ_ONLY_STYLE)
            self.setText(
                self.tr(
                    "Read-only: {reason}. You can look at everything, but changes cannot be saved."
                ).format(reason=self.reason_text(reason))
            )
        self.setVisible(bool(damage or reason))

    def reason_text(self, reason: str) -> str:
        """The core's reason in the interface language."""
        known = {
            "the file is read-only": self.tr("the file is read-only"),
            "its folder is read-only": self.tr("its folder is read-only"),
        }
        return known.get(reason, reason)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.refresh()
        super().changeEvent(event)


def with_banner(ctx: AppContext, body: QWidget) -> tuple[QWidget, FileBanner]:
    """``body`` with the banner above it, as one widget for the window's centre."""
    outer = QWidget()
    column = QVBoxLayout(outer)
    column.setContentsMargins(0, 0, 0, 0)
    column.setSpacing(0)
    banner = FileBanner(ctx, outer)
    column.addWidget(banner)
    column.addWidget(body, 1)
    return outer, banner
