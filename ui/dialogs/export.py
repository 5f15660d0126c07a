"""Export a CSV statement: product, period, Excel flavour and file; written in a worker."""

from __future__ import annotations

import calendar
import sys
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QDate, QStandardPaths, Slot
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QLineEdit,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QWidget,
)

from tracker.errors import InputError, TrackerError
from tracker.service import files, products
from ui import worker
from ui.context import AppContext
from ui.dialogs import modal
from ui.dialogs.common import PathEdit, date_edit
from ui.errors import error_text
from ui.formatting import from_qdate
from ui.i18n import in_chinese
from ui.widgets.form import FormDialog

ALL_PRODUCTS = 0  # combo item data for "all products" (product ids start at 1)


@dataclass(frozen=True)
class ExportRequest:
    """What to export: ``product_id`` None = every product; dates inclusive."""

    product_id: int | None
    start: date
    end: date
    excel: bool
    path: Path
    chinese: bool = False  # in Chinese: header, kinds, generated texts (the interface is)
    today: date | None = None  # instalment periods due after it are written as scheduled


def month_bounds(day: date) -> tuple[date, date]:
    """The first and last day of ``day``'s month."""
    last = calendar.monthrange(day.year, day.month)[1]
    return day.replace(day=1), day.replace(day=last)


def default_file_name(day: date) -> str:
    """``debt-tracker-statement-2026-12.csv`` for any day in December 2026."""
    return f"debt-tracker-statement-{day:%Y-%m}.csv"


def run_export(db_path: Path, request: ExportRequest) -> int:
    """Write the statement; runs in the worker thread. Returns the number of rows.

    An SQLite connection belongs to the thread that opened it, so this does not touch the
    GUI's Store: it opens a second Store on the same file and closes it after. The file
    is in WAL mode, so this reader sees the last committed state while the GUI thread
    keeps its own connection (and may even write) — no locking against the window.
    """
    from tracker.service import statement  # imported when first used

    with files.opened(db_path) as store:
        return int(
            statement.export_statement(
                store,
                request.path,
                request.start,
                request.end,
                product=request.product_id,
                excel=request.excel,
                chinese=request.chinese,
                today=request.today,
            )
        )


class ExportDialog(FormDialog):
    """File → Export statement (Ctrl+E)."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__("", None, parent)
        self.ctx = ctx
        self.setObjectName("exportDialog")
        self.setMinimumWidth(560)
        self.busy = False
        start, end = month_bounds(ctx.today)
        f = self.form
        self.product = QComboBox()
        self.product.addItem("", ALL_PRODUCTS)
        for p in products.list_products(ctx.store):
            self.product.addItem(f"{p.name} ({p.currency})", p.id)
        f.add("product", "", self.product, _product_choice)
        self.start = f.add("start", "", date_edit(start))
        self.end = f.add("end", "", date_edit(end))
        self.excel = QCheckBox(objectName="excelCheck")
        self.excel.setChecked(sys.platform == "win32")  # Excel is where Windows opens CSV
        f.layout_.addRow("", self.excel)
        self.file = f.add("file", "", PathEdit(), _csv_path)
        assert isinstance(self.file, QLineEdit)
        self.file.setText(str(_documents() / default_file_name(start)))
        self.choose = QPushButton(objectName="chooseFileButton")
        self.choose.clicked.connect(self.choose_file)
        f.layout_.addRow("", _left_aligned(self.choose))
        self.start.dateChanged.connect(self._follow_month)
        self.progress = QProgressBar(objectName="exportProgress")
        self.progress.setRange(0, 0)  # busy indicator: the core reports no steps
        self.progress.hide()
        self.layout().insertWidget(2, self.progress)
        # Our own accept button: a standard "OK" would get its text back from Qt on
        # every language change.
        self.buttons.removeButton(self.buttons.button(QDialogButtonBox.StandardButton.Ok))
        self.export_button = self.buttons.addButton("", QDialogButtonBox.ButtonRole.AcceptRole)
        self.export_button.setObjectName("exportButton")
        self.export_button.setDefault(True)
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Export statement"))
        self.product.setItemText(0, self.tr("All products"))
        self.form.set_label("product", self.tr("Product"))
        self.form.set_label("start", self.tr("From"))
        self.form.set_label("end", self.tr("To"))
        self.excel.setText(self.tr("For Excel (UTF-8 with BOM)"))
        self.form.set_label("file", self.tr("Save as"))
        self.choose.setText(self.tr("Choose file…"))
        self.progress.setFormat(self.tr("Exporting…"))
        self.export_button.setText(self.tr("Export"))

    def draft(self, values: dict[str, Any]) -> ExportRequest:
        if values["end"] < values["start"]:
            raise InputError(self.tr("the end date is before the start date"), field="end")
        return ExportRequest(
            values["product"],
            values["start"],
            values["end"],
            self.excel.isChecked(),
            values["file"],
            in_chinese(),
            self.ctx.today,
        )

    # -- file ----------------------------------------------------------------------------
    @Slot()
    def choose_file(self) -> None:
        name, _filter = QFileDialog.getSaveFileName(
            self, self.tr("Export statement"), self.file.text(), self.tr("CSV files (*.csv)")
        )
        if name:
            self.file.setText(name)
            self.form.clear_error("file")

    @Slot(QDate)
    def _follow_month(self, day: QDate) -> None:
        """Keep the suggested name in step with the period until the user picks a file."""
        current = Path(self.file.text())
        if current.name.startswith("debt-tracker-statement-"):
            self.file.setText(str(current.with_name(default_file_name(from_qdate(day)))))

    # -- running -------------------------------------------------------------------------
    @Slot()
    def submit(self) -> None:
        if self.busy:
            return
        self.hide_message()
        values = self.form.values()
        if values is None:
            return
        try:
            request = self.draft(values)
        except InputError as exc:
            self.form.show_error(exc.field or "file", error_text(exc))
            return
        self._set_busy(True)
        path = self.ctx.data_path
        self.job = worker.start(lambda: run_export(path, request), self._done, self._failed)

    def _set_busy(self, busy: bool) -> None:
        self.busy = busy
        self.progress.setVisible(busy)
        self.form.setEnabled(not busy)
        self.buttons.setEnabled(not busy)

    def _done(self, rows: int) -> None:
        self._set_busy(False)
        self.result_value = rows
        request_path = self.file.text()
        self.accept()
        QMessageBox.information(
            self.parentWidget(),
            self.tr("Statement exported"),
            self.tr("Wrote %n row(s) to {file}.", "", rows).format(file=request_path),
        )

    def _failed(self, exc: Exception) -> None:
        self._set_busy(False)
        if isinstance(exc, InputError):  # said next to its field; a path's, the file's
            field = exc.field if exc.field in ("start", "end", "product") else "file"
            self.form.show_error(field, error_text(exc))
        elif isinstance(exc, (TrackerError, OSError)):
            self.show_message(error_text(exc))
        else:
            self.show_message(self.tr("Export failed: {error}").format(error=exc))

    def reject(self) -> None:
        if not self.busy:  # the file is half written until the worker returns
            super().reject()


def open_export_dialog(ctx: AppContext, parent: QWidget | None = None) -> int | None:
    """Show the export dialog (modal); returns the number of rows written, or None."""
    dialog = ExportDialog(ctx, parent)
    modal.run(dialog)
    return dialog.result_value if isinstance(dialog.result_value, int) else None


def _left_aligned(widget: QWidget) -> QWidget:
    holder = QWidget()
    row = QHBoxLayout(holder)
    row.setContentsMargins(0, 0, 0, 0)
    row.addWidget(widget)
    row.addStretch(1)
    return holder


def _product_choice(pid: object) -> int | None:
    return None if pid == ALL_PRODUCTS else int(pid)  # type: ignore[call-overload]


def _csv_path(text: str) -> Path:
    """The file to write: not empty, in an existing folder."""
    if not text.strip():
        raise InputError(QCoreApplication.translate("ExportDialog", "choose a file to write"))
    path = Path(text.strip()).expanduser()
    if path.parent.exists() and not path.parent.is_dir():  # a file where a folder should be
        message = QCoreApplication.translate(
            "ExportDialog", "cannot write {path}: {folder} is not a folder"
        )
        raise InputError(message.format(path=path, folder=path.parent))
    if not path.parent.is_dir():
        message = QCoreApplication.translate("ExportDialog", "folder {folder} does not exist")
        raise InputError(message.format(folder=path.parent))
    if path.is_dir():
        message = QCoreApplication.translate("ExportDialog", "{path} is a folder, not a file")
        raise InputError(message.format(path=path))
    return path


def _documents() -> Path:
    folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return Path(folder) if folder and Path(folder).is_dir() else Path.home()
