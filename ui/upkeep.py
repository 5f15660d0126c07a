"""Background care of the open file: the full check after the first paint, the day's backup,
then the closed cycles a file written before they were stored lacks.

SQLite's full integrity check (and reading every row) takes time on a big file, so it
runs in the thread pool on a connection of its own; so does the daily backup, repeated
every hour so that an app left running for days still gets one a day.
"""

from __future__ import annotations

import contextlib
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, QTimer, Signal, Slot

from tracker.errors import TrackerError
from tracker.service import backups, closed_cycles
from ui import worker
from ui.errors import error_text

HOURLY_MS = 60 * 60 * 1000


class Upkeep(QObject):
    """Runs :func:`tracker.service.backups.upkeep` for the window's file, now and hourly."""

    #: Emitted with the problems when a check finds the open file damaged.
    damageFound = Signal(str)
    #: Emitted after each run (tests wait for it).
    finished = Signal()

    def __init__(self, window: Any) -> None:
        super().__init__(window)
        self.window = window
        self.jobs: list[worker.Job] = []
        self.timer = QTimer(self)
        self.timer.setInterval(HOURLY_MS)
        self.timer.timeout.connect(self.start)

    @Slot()
    def start(self) -> None:
        """Check the file and take the day's backup, off the GUI thread."""
        ctx = self.window.ctx
        if ctx.closed:
            return
        path: Path = ctx.data_path
        job = worker.start(
            lambda: backups.upkeep(path),
            lambda result: self._done(path, result),
            self._failed,
        )
        self.jobs.append(job)  # keep its signals alive until it reports
        if not self.timer.isActive():
            self.timer.start()

    def _done(self, path: Path, result: backups.Upkeep) -> None:
        ctx = self.window.ctx
        self.jobs.clear()
        if ctx.closed or ctx.data_path != path:  # another file is open now
            self.finished.emit()
            return
        backups.record_check(ctx.store, result.problems)
        self.window.banner.refresh()
        if result.problems:
            self.damageFound.emit(backups.damage(ctx.store) or "")
        else:
            if result.backup_error is not None:
                self._say_backup_failed(result.backup_error)
            # The check passed: store the closed cycles the file lacks, as one write.
            self._save_cycles()
        self.finished.emit()

    def _save_cycles(self) -> None:
        # A failure (another program holds the file) leaves it to the next change.
        with contextlib.suppress(TrackerError):
            closed_cycles.save_missing(self.window.ctx.store)

    def _failed(self, exc: Exception) -> None:
        self.jobs.clear()
        self._say_backup_failed(exc)
        self.finished.emit()

    def _say_backup_failed(self, exc: BaseException) -> None:
        text = error_text(exc) if isinstance(exc, TrackerError) else str(exc)
        self.window.statusBar().showMessage(
            QCoreApplication.translate(
                "MainWindow", "Could not back up the data file: {error}"
            ).format(error=text)
        )
