"""Settings → Backups: the list of the file's backups (checked), back up now, restore.

Each backup gets a full check (seconds for a file of years of history: 1.8 s at 1M
charges, and up to ~23 backups are kept), so the list is shown at once with "checking…"
and the checks run in the thread pool, newest first, each row filled as its check ends.
A backup's result is kept for the session while its file is unchanged (path, size and
modification time): backups are never written after they are made."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent, Qt, QUrl, Slot
from PySide6.QtGui import QDesktopServices, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import Shiboken

from tracker.errors import TrackerError
from tracker.service import backups, files
from tracker.service.backups import BackupFile
from ui import worker
from ui.context import AppContext
from ui.dialogs.restore_offer import kind_text
from ui.errors import error_text

HINT_STYLE = "color: palette(placeholder-text);"
PATH_STYLE = "font-family: monospace;"


class BackupsPanel(QGroupBox):
    """``backupsGroup``: what is kept, where, each backup with its check, and the actions."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent, objectName="backupsGroup")
        self.ctx = ctx
        self.hint = QLabel(wordWrap=True, styleSheet=HINT_STYLE)
        self.path = QLabel(objectName="backupsPath", wordWrap=True, styleSheet=PATH_STYLE)
        self.path.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.table = QTableWidget(0, 4, objectName="backupsTable")
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setTabKeyNavigation(False)  # Tab leaves the table; arrows move in it
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.setMinimumHeight(160)
        self.table.itemSelectionChanged.connect(self._selection_changed)
        self.folder_button = QPushButton(objectName="openBackupsButton")
        self.folder_button.clicked.connect(self.open_folder)
        self.backup_button = QPushButton(objectName="backUpNowButton")
        self.backup_button.clicked.connect(self.back_up_now)
        self.restore_button = QPushButton(objectName="restoreBackupButton")
        self.restore_button.clicked.connect(self.restore_selected)
        self.empty = QLabel(objectName="noBackupsLabel", wordWrap=True, styleSheet=HINT_STYLE)
        self.empty.hide()
        self.note = QLabel(objectName="backupMessage", wordWrap=True)
        self.last_backup: Path | None = None
        self.listed: list[BackupFile] = []
        #: What each backup's full check found ([] = good), by (path, size, mtime).
        self.checked: dict[tuple[str, int, int], list[str]] = {}
        self._checking: set[tuple[str, int, int]] = set()
        self._jobs: dict[tuple[str, int, int], worker.Job] = {}
        row = QHBoxLayout()
        for button in (self.backup_button, self.restore_button, self.folder_button):
            row.addWidget(button)
        row.addStretch(1)
        box = QVBoxLayout(self)
        for widget in (self.hint, self.path, self.table, self.empty):
            box.addWidget(widget)
        box.addLayout(row)
        box.addWidget(self.note)
        ctx.storeReplaced.connect(self.refresh)
        # Listing runs a full check of every backup (seconds on years of history): only
        # once the panel is first shown, not while the window is built.
        self._listed_once = False
        self.retranslate()

    def showEvent(self, event: QShowEvent) -> None:
        if not self._listed_once:
            self.refresh()
        super().showEvent(event)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.setTitle(self.tr("Backups"))
        kept = files.BACKUPS_KEPT
        self.hint.setText(
            self.tr(
                "Copies of the data file: one a day while the app runs (the last {daily} days, "
                "{weekly} weeks and {monthly} months are kept), one before every upgrade or "
                "restore, and one when you click “Back up now”."
            ).format(daily=kept["daily"], weekly=kept["weekly"], monthly=kept["monthly"])
        )
        self.table.setHorizontalHeaderLabels(
            [self.tr("Taken"), self.tr("Kind"), self.tr("Size"), self.tr("Check")]
        )
        self.empty.setText(
            self.tr(
                "No backups of this file yet: one is made each day while the app runs, "
                "or click “Back up now”."
            )
        )
        self.folder_button.setText(self.tr("Open folder"))
        self.backup_button.setText(self.tr("Back up now"))
        self.restore_button.setText(self.tr("Restore…"))
        self._fill()
        self._show_note()

    @Slot()
    def refresh(self) -> None:
        """List the open file's backups again, each with a full check."""
        if self.ctx.closed:
            return
        self._listed_once = True
        folder = files.backups_folder(self.ctx.store)
        if self.last_backup and self.last_backup.parent != folder:
            self.last_backup = None  # another data file is open now
            self._show_note()
        self.path.setText(str(folder))
        self.listed = [h.backup for h in backups.list_backups(self.ctx.data_path, check=False)]
        self._fill()
        for b in self.listed:  # newest first: the pool starts them in this order
            key = _key(b)
            if key is not None and key not in self.checked and key not in self._checking:
                self._check(b.path, key)

    def _check(self, path: Path, key: tuple[str, int, int]) -> None:
        self._checking.add(key)
        self._jobs[key] = worker.start(
            lambda: backups.check_file(path),
            lambda problems, k=key: self._checked(k, problems),
            lambda exc, k=key: self._checked(k, [str(exc)]),
        )

    def _checked(self, key: tuple[str, int, int], problems: list[str]) -> None:
        self._checking.discard(key)
        self._jobs.pop(key, None)
        self.checked[key] = list(problems)
        if Shiboken.isValid(self.table):  # the window may have closed while it ran
            self._fill()

    def problems(self, backup: BackupFile) -> list[str] | None:
        """What the full check of ``backup`` found ([] = good), or None: not checked yet."""
        key = _key(backup)
        return None if key is None else self.checked.get(key)

    def _fill(self) -> None:
        self.empty.setVisible(self._listed_once and not self.listed)
        self.table.setRowCount(len(self.listed))
        for r, b in enumerate(self.listed):
            problems = self.problems(b)
            size_kb = max(1, round(b.size / 1024))
            if problems is None:
                check = self.tr("checking…")
            else:
                check = self.tr("good") if not problems else self.tr("damaged")
            cells = (
                f"{b.taken:%Y-%m-%d %H:%M}",
                kind_text(b),
                self.tr("{size} KB").format(size=f"{size_kb:,}"),
                check,
            )
            for c, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if c == 3 and problems:
                    item.setToolTip("; ".join(problems))
                self.table.setItem(r, c, item)
        self._selection_changed()

    @Slot()
    def _selection_changed(self) -> None:
        chosen = self.selected()
        self.restore_button.setEnabled(chosen is not None and chosen.good)

    def selected(self) -> backups.BackupHealth | None:
        """The chosen backup once its check is done (None: nothing chosen, or still checking)."""
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return None
        b = self.listed[rows[0].row()]
        problems = self.problems(b)
        return None if problems is None else backups.BackupHealth(b, problems)

    @Slot()
    def open_folder(self) -> None:
        folder = files.backups_folder(self.ctx.store)
        folder.mkdir(parents=True, exist_ok=True)
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder)))

    @Slot()
    def back_up_now(self) -> None:
        try:
            dest = files.back_up_now(self.ctx.store)
        except (TrackerError, OSError) as exc:
            QMessageBox.warning(self, self.tr("Backup failed"), error_text(exc))
            return
        self.last_backup = dest
        self.refresh()
        self._show_note()

    @Slot()
    def restore_selected(self) -> None:
        """Ask, then replace the data file by the chosen backup (the current one is kept)."""
        chosen = self.selected()
        if chosen is None:
            return
        answer = QMessageBox.question(
            self,
            self.tr("Restore a backup"),
            self.tr(
                "Replace the data file by the backup from {taken}? The file as it is now is "
                "backed up first (or kept aside if it is damaged)."
            ).format(taken=f"{chosen.backup.taken:%Y-%m-%d %H:%M}"),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        try:
            store, outcome = backups.restore_open(self.ctx.store, chosen.backup.path)
        except TrackerError as exc:
            QMessageBox.warning(self, self.tr("Not restored"), error_text(exc))
            return
        self.ctx.replace_store(store)  # every view shows the restored data
        if isinstance(outcome, TrackerError):
            QMessageBox.warning(self, self.tr("Not restored"), error_text(outcome))
            return
        self.note.setText(
            self.tr("Restored the backup from {taken}.").format(
                taken=f"{chosen.backup.taken:%Y-%m-%d %H:%M}"
            )
        )
        self.note.show()

    def _show_note(self) -> None:
        if self.last_backup is None:
            self.note.hide()
            return
        self.note.setText(self.tr("Saved a copy as {name}").format(name=self.last_backup.name))
        self.note.show()


def _key(backup: BackupFile) -> tuple[str, int, int] | None:
    """The backup file as it is now (None: it is gone; it is then listed unchecked)."""
    try:
        st = backup.path.stat()
    except OSError:
        return None
    return (str(backup.path), st.st_size, st.st_mtime_ns)
