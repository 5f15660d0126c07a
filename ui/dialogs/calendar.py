"""File → Export calendar…: every open due as an iCalendar file, with reminder alarms."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from tracker.errors import TrackerError
from ui.context import AppContext
from ui.errors import error_text


def export_to(ctx: AppContext, path: Path) -> int:
    """Write the calendar to ``path``; returns the number of events."""
    from tracker.service import calendar  # icalendar: imported when first used, not at start

    now = datetime.now().astimezone()
    return calendar.export_calendar(ctx.store, path, ctx.today, now)


def open_calendar_dialog(ctx: AppContext, parent: QWidget | None = None) -> int | None:
    """Ask where to save the .ics file and write it; returns the number of events."""
    name, _filter = QFileDialog.getSaveFileName(
        parent,
        QCoreApplication.translate("CalendarExport", "Export calendar"),
        str(Path.home() / "debt-tracker-dues.ics"),
        QCoreApplication.translate("CalendarExport", "iCalendar (*.ics)"),
    )
    if not name:
        return None
    try:
        count = export_to(ctx, Path(name))
    except TrackerError as exc:
        QMessageBox.warning(
            parent, QCoreApplication.translate("CalendarExport", "Calendar not saved"),
            error_text(exc),
        )  # fmt: skip
        return None
    QMessageBox.information(
        parent,
        QCoreApplication.translate("CalendarExport", "Calendar saved"),
        QCoreApplication.translate(
            "CalendarExport",
            "Saved {count} due dates with their reminders to {name}. Import the file into "
            "your phone's calendar; importing a newer one updates the same events.",
        ).format(count=count, name=name),
    )
    return count
