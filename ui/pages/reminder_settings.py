"""Settings → Reminders: lead days and the daily overdue reminder (stored in the data
file, shared with ``debt-tracker-cli remind``), close to tray and start at login (this
computer's preferences)."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Slot
from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from tracker.errors import TrackerError
from tracker.service import reminders
from ui import formatting
from ui.context import AppContext
from ui.errors import error_text
from ui.reminders import autostart
from ui.reminders import tray as tray_mod
from ui.reminders.scheduler import CLOSE_TO_TRAY_KEY

ERROR_STYLE = "color: #b00020;"
HINT_STYLE = "color: palette(placeholder-text);"


class ReminderSettingsBox(QGroupBox):
    """``reminderGroup``: each change is saved as soon as it is made."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("reminderGroup")
        form = QFormLayout(self)
        self.leads = QLineEdit(objectName="reminderLeadDays")
        self.leads.setMaximumWidth(220)
        self.leads.editingFinished.connect(self._leads_done)
        self.leads_label = QLabel()
        self.leads_error = QLabel(objectName="reminderLeadDaysError")
        self.leads_error.setStyleSheet(ERROR_STYLE)
        self.leads_error.setWordWrap(True)
        self.leads_error.hide()
        self.overdue = QCheckBox(objectName="reminderOverdueDaily")
        self.overdue.toggled.connect(self._overdue_toggled)
        self.tray = QCheckBox(objectName="closeToTrayCheck")
        self.tray.toggled.connect(self._tray_toggled)
        self.login = QCheckBox(objectName="startAtLoginCheck")
        self.login.toggled.connect(self._login_toggled)
        self.hint = QLabel(objectName="reminderHint")
        self.hint.setStyleSheet(HINT_STYLE)
        self.hint.setWordWrap(True)
        field = QWidget()
        column = QVBoxLayout(field)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.leads)
        column.addWidget(self.leads_error)
        form.addRow(self.leads_label, field)
        # Whole-width rows: the long check box texts do not sit right of the long label
        # (the window must fit a 1024-pixel screen).
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        for row in (self.overdue, self.tray, self.login, self.hint):
            form.addRow(row)
        self.retranslate()
        self.refresh()

    def refresh(self) -> None:
        """Show what the data file and this computer hold now."""
        saved = reminders.settings(self.ctx.store)
        for box, value in (
            (self.overdue, saved.overdue_daily),
            # Without a tray the window's close quits: shown off, the preference kept.
            (
                self.tray,
                tray_mod.available() and _true(self.ctx.setting(CLOSE_TO_TRAY_KEY, "true")),
            ),
            (self.login, autostart.supported() and autostart.is_enabled()),
        ):
            box.blockSignals(True)
            box.setChecked(value)
            box.blockSignals(False)
        self.leads.setText(", ".join(str(d) for d in saved.lead_days))
        self._note_no_leads(saved.lead_days)
        self.tray.setEnabled(tray_mod.available())
        self.login.setEnabled(autostart.supported())

    def retranslate(self) -> None:
        self.setTitle(self.tr("Reminders"))
        self.leads_label.setText(self.tr("Remind me this many days before a due date:"))
        self.leads.setPlaceholderText(self.tr("e.g. 7, 3, 1, 0"))
        self.leads.setToolTip(self.tr("Whole days, separated by commas; 0 is the due day."))
        self.overdue.setText(self.tr("And every day while a payment is late"))
        if tray_mod.available():
            self.tray.setText(self.tr("Keep running in the tray when the window is closed"))
        else:
            self.tray.setText(
                self.tr(
                    "Keep running in the tray when the window is closed "
                    "(needs a system tray; this desktop has none)"
                )
            )
        if tray_mod.available():
            self.login.setText(self.tr("Start at login, in the tray"))
        else:  # --hidden shows the window where there is no tray to hide in
            self.login.setText(self.tr("Start at login (with its window: no tray here)"))
        notes = [
            self.tr(
                "The reminder days are kept in the data file, so debt-tracker-cli remind "
                "(for a timer while the app is closed) uses them too."
            )
        ]
        if not tray_mod.available():
            notes.append(self.tr("This desktop has no system tray: the app quits when closed."))
        if not autostart.supported():
            notes.append(self.tr("Start at login is not available on this system yet."))
        self.hint.setText(formatting.sentences(*notes))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    @Slot()
    def _leads_done(self) -> None:
        # Editing also "finishes" when the closing window takes the focus away, after
        # the data file was closed (what was typed was saved on Return or Tab).
        if self.ctx.closed:
            return
        self._save(self.leads.text())

    @Slot(bool)
    def _overdue_toggled(self, _on: bool) -> None:
        # Only the check box changed: keep the stored days (not a half-typed text).
        stored = reminders.settings(self.ctx.store).lead_days
        self._save(", ".join(str(d) for d in stored))

    def _save(self, text: str) -> None:
        daily = self.overdue.isChecked()
        try:
            saved = self.ctx.change(
                lambda s: reminders.save_settings(s, text, daily), kinds={"settings"}
            )
        except TrackerError as exc:
            self.leads_error.setText(error_text(exc))
            self.leads_error.show()
            return
        self.leads.setText(", ".join(str(d) for d in saved.lead_days))
        self._note_no_leads(saved.lead_days)

    def _note_no_leads(self, leads: tuple[int, ...]) -> None:
        """An emptied field is saved as no reminder before any due: say so, not nothing."""
        if leads:
            self.leads_error.hide()
            return
        self.leads_error.setText(
            self.tr("No reminder before a due date: type the days, e.g. 7, 3, 1, 0.")
        )
        self.leads_error.show()

    @Slot(bool)
    def _tray_toggled(self, on: bool) -> None:
        self.ctx.settings.setValue(CLOSE_TO_TRAY_KEY, "true" if on else "false")

    @Slot(bool)
    def _login_toggled(self, on: bool) -> None:
        autostart.set_enabled(on, self.ctx.data_path)


def _true(text: str) -> bool:
    return text.strip().lower() == "true"
