"""Settings → Backups: the list of the file's backups (checked), back up now, restore."""

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

from tracker.errors import TrackerError
from tracker.service import backups, files
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
        self.listed: list[backups.BackupHealth] = []
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
        self.listed = backups.list_backups(self.ctx.data_path)
        self._fill()

    def _fill(self) -> None:
        self.empty.setVisible(self._listed_once and not self.listed)
        self.table.setRowCount(len(self.listed))
        for r, health in enumerate(self.listed):
            b = health.backup
            size_kb = max(1, round(b.size / 1024))
            cells = (
                f"{b.taken:%Y-%m-%d %H:%M}",
                kind_text(b),
                self.tr("{size} KB").format(size=f"{size_kb:,}"),
                self.tr("good") if health.good else self.tr("damaged"),
            )
            for c, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if c == 3 and not health.good:
                    item.setToolTip("; ".join(health.problems))
                self.table.setItem(r, c, item)
        self._selection_changed()

    @Slot()
    def _selection_changed(self) -> None:
        chosen = self.selected()
        self.restore_button.setEnabled(chosen is not None and chosen.good)

    def selected(self) -> backups.BackupHealth | None:
        rows = self.table.selectionModel().selectedRows()
        return self.listed[rows[0].row()] if rows else None

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
