"""Settings: interface language, currency display, reminders, data file and backups."""

from __future__ import annotations

import contextlib
from pathlib import Path

from PySide6.QtCore import Qt, Slot
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from tracker.errors import TrackerError
from tracker.service import files, reminders
from ui import first_run, formatting, recent_files
from ui.context import AppContext
from ui.errors import error_text
from ui.i18n import LANGUAGES, apply_language, current_language
from ui.pages.backups_panel import BackupsPanel
from ui.pages.base import Page, title_label
from ui.pages.reminder_settings import ReminderSettingsBox
from ui.widgets.scrolling import scroll_area

#: Keys in ``ctx.settings`` (QSettings).
LANGUAGE_KEY = "language"
CURRENCY_DISPLAY_KEY = formatting.CURRENCY_DISPLAY_KEY
#: The file-dialog filter for data files.
DATA_FILE_FILTER = "Debt Tracker (*.db *.sqlite);;*"
PATH_STYLE = "font-family: monospace;"
HINT_STYLE = "color: palette(placeholder-text);"


class SettingsPage(Page):
    """``settingsPage``: every choice is saved in ``ctx.settings`` as soon as it is made."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, "settingsPage", parent)
        # A long page: it scrolls rather than make the window taller than a small screen.
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        content = QWidget(objectName="settingsContent")
        outer.addWidget(scroll_area(content, "settingsScroll"))
        layout = QVBoxLayout(content)
        self.heading = title_label("settingsTitle")
        layout.addWidget(self.heading)
        self.general = QGroupBox(objectName="generalGroup")
        self.reminder_box = ReminderSettingsBox(ctx)
        self.data_box = QGroupBox(objectName="dataFileGroup")
        self._build_general()
        self._build_data_file()
        self.backup_box = BackupsPanel(ctx)
        for box in (self.general, self.reminder_box, self.data_box, self.backup_box):
            box.setMaximumWidth(900)
            layout.addWidget(box)
        layout.addStretch(1)
        ctx.storeReplaced.connect(self.refresh)
        self.retranslate()
        self.refresh()

    # -- building ------------------------------------------------------------------------
    def _build_general(self) -> None:
        form = QFormLayout(self.general)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.FieldsStayAtSizeHint)
        self.language = QComboBox(objectName="languageCombo")
        for lang in LANGUAGES:
            self.language.addItem("", lang)
        self.language.setCurrentIndex(
            max(0, self.language.findData(self.ctx.setting(LANGUAGE_KEY, "")))
        )
        self.language.currentIndexChanged.connect(self._language_chosen)
        self.currency = QComboBox(objectName="currencyDisplayCombo")
        for display in formatting.CURRENCY_DISPLAYS:
            self.currency.addItem("", display)
        self.currency.setCurrentIndex(
            max(0, self.currency.findData(self.ctx.setting(CURRENCY_DISPLAY_KEY, "symbol")))
        )
        self.currency.currentIndexChanged.connect(self._currency_chosen)
        self.language_label = QLabel()
        self.currency_label = QLabel()
        form.addRow(self.language_label, self.language)
        form.addRow(self.currency_label, self.currency)

    def _build_data_file(self) -> None:
        box = QVBoxLayout(self.data_box)
        self.data_hint = _hint_label()
        self.data_path = _path_label("dataFilePath")
        self.open_button = QPushButton(objectName="openDataFileButton")
        self.open_button.clicked.connect(self.open_other)
        self.create_button = QPushButton(objectName="createDataFileButton")
        self.create_button.clicked.connect(self.create_new)
        box.addWidget(self.data_hint)
        box.addWidget(self.data_path)
        box.addLayout(_button_row(self.open_button, self.create_button))

    # -- Page ----------------------------------------------------------------------------
    def title(self) -> str:
        return self.tr("Settings")

    def retranslate(self) -> None:
        self._remember_language()
        self.heading.setText(self.title())
        self.general.setTitle(self.tr("General"))
        self.language_label.setText(self.tr("Language:"))
        # Language names stay in their own language so anyone can find theirs.
        for i, name in enumerate((self.tr("System default"), "English", "简体中文")):
            self.language.setItemText(i, name)
        self.currency_label.setText(self.tr("Show amounts as:"))
        for i, display in enumerate(formatting.CURRENCY_DISPLAYS):
            example = formatting.money(123456, "CNY", display)
            text = self.tr("Symbol ({example})") if i == 0 else self.tr("ISO code ({example})")
            self.currency.setItemText(i, text.format(example=example))
        self.data_box.setTitle(self.tr("Data file"))
        self.data_hint.setText(
            self.tr("Everything you record is kept in this one file on your computer.")
        )
        self.open_button.setText(self.tr("Open another…"))
        self.create_button.setText(self.tr("Create new…"))

    def _remember_language(self) -> None:
        """Keep the language in use in the data file: ``debt-tracker-cli remind`` (run by
        an OS timer, without the app) writes its notifications in it."""
        lang = current_language()
        if lang and not self.ctx.closed:
            # A read-only or damaged file: its reminders stay in English.
            with contextlib.suppress(TrackerError):
                reminders.remember_language(self.ctx.store, lang)

    def refresh(self) -> None:
        self._remember_language()
        self.reminder_box.refresh()
        self.data_path.setText(str(self.ctx.data_path))

    # -- choices -------------------------------------------------------------------------
    @Slot(int)
    def _language_chosen(self, index: int) -> None:
        lang = str(self.language.itemData(index))
        self.ctx.settings.setValue(LANGUAGE_KEY, lang)
        apply_language(lang)  # every widget gets QEvent.LanguageChange → retranslate()

    @Slot(int)
    def _currency_chosen(self, index: int) -> None:
        display = str(self.currency.itemData(index))
        self.ctx.settings.setValue(CURRENCY_DISPLAY_KEY, display)
        formatting.set_currency_display(display)
        # Nothing in the file changed, but every view must redraw its amounts.
        self.ctx.notify({"display"})

    # -- data file -----------------------------------------------------------------------
    @Slot()
    def open_other(self) -> None:
        """Ask for a data file and switch to it; a refused file keeps the current one."""
        name, _filter = QFileDialog.getOpenFileName(
            self, self.tr("Open data file"), str(self.ctx.data_path.parent), DATA_FILE_FILTER
        )
        if name:
            self.switch_to(name, create=False)

    @Slot()
    def create_new(self) -> None:
        """Ask for a new file name, create an empty data file there, switch to it and ask,
        as at a first start, whether to fill it with demo data."""
        name, _filter = QFileDialog.getSaveFileName(
            self,
            self.tr("Create data file"),
            str(self.ctx.data_path.parent / "debt-tracker.db"),
            DATA_FILE_FILTER,
        )
        if name and self.switch_to(name, create=True):
            # A new file, as at a first start: demo data to look around, or your own
            # products (closing the question keeps it empty).
            first_run.offer_on_empty(self.ctx, self, new=True)

    def switch_to(self, name: str, create: bool) -> bool:
        """Open (or create) ``name`` and make it the app's data file.

        A refused file (not SQLite, not ours, damaged, newer, already there) shows the
        core's message and leaves the current file open. Returns True when switched.
        """
        if not create and Path(name).resolve() == self.ctx.data_path.resolve():
            return False
        try:
            store = files.create_data_file(name) if create else files.open_data_file(name)
        except TrackerError as exc:
            QMessageBox.warning(self, self.tr("Data file not opened"), error_text(exc))
            return False
        self.ctx.replace_store(store)
        recent_files.remember(self.ctx.settings, name)  # reopened at the next start
        return True


def _path_label(object_name: str) -> QLabel:
    label = QLabel(objectName=object_name)
    label.setStyleSheet(PATH_STYLE)
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


def _hint_label() -> QLabel:
    label = QLabel()
    label.setStyleSheet(HINT_STYLE)
    label.setWordWrap(True)
    return label


def _button_row(*buttons: QPushButton) -> QHBoxLayout:
    row = QHBoxLayout()
    for button in buttons:
        row.addWidget(button)
    row.addStretch(1)
    return row
