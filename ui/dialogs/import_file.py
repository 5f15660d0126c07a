"""File → Import…: pick a file and its product, see what would be imported, import it.

The profile is detected from the file's header (or chosen, or a generic column mapping
typed with a live preview); the encoding is detected, or asked for when it cannot be.
Every change re-reads the file in a worker after a short pause; the preview table shows
each line as new, already imported, not for this product, or bad (with the reason).
Import writes in the worker too (one transaction, its own connection), then the window
refreshes. The product's choices are saved with the import and filled in next time.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QTimer, Slot
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from tracker.errors import TrackerError
from tracker.service import files, imports, products
from ui import worker
from ui.context import AppContext
from ui.errors import error_text
from ui.models.import_preview import ImportPreviewModel
from ui.widgets.form import ERROR_STYLE
from ui.widgets.import_mapping import MappingBox

FROM_FILE = 0  # product combo data: rows name their product (our own statement)
DELAY_MS = 300  # pause after the last keystroke before the file is read again


def run_preview(db: Path, options: dict[str, Any]) -> imports.Preview:
    """Read the file on a connection of the worker's own (SQLite's rule: one per thread)."""
    with files.opened(db) as store:
        return imports.preview(store, **options)


def run_commit(db: Path, plan: imports.Preview, skip_bad: bool) -> imports.Result:
    with files.opened(db) as store:
        return imports.commit(store, plan, skip_bad=skip_bad)


def profile_title(name: str) -> str:
    """A format's name in the interface language."""
    titles = {
        "statement": QCoreApplication.translate("ImportDialog", "Debt Tracker statement"),
        "alipay": QCoreApplication.translate("ImportDialog", "Alipay (支付宝)"),
        "wechat": QCoreApplication.translate("ImportDialog", "WeChat Pay (微信支付)"),
        "jd": QCoreApplication.translate("ImportDialog", "JD (京东)"),
        "cmb": QCoreApplication.translate("ImportDialog", "CMB credit card (招商银行信用卡)"),
        "icbc": QCoreApplication.translate("ImportDialog", "ICBC credit card (工商银行信用卡)"),
        "chase": QCoreApplication.translate("ImportDialog", "US card: Chase (purchases negative)"),
        "amex": QCoreApplication.translate(
            "ImportDialog", "US card: Date,Description,Amount (purchases positive)"
        ),
        "ofx": QCoreApplication.translate("ImportDialog", "OFX / QFX (US banks)"),
        "generic": QCoreApplication.translate("ImportDialog", "columns mapped"),
    }
    return titles.get(name, name)


class ImportDialog(QDialog):
    """The import wizard in one window: file, product, layout, preview, import."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent, objectName="importDialog")
        self.ctx = ctx
        self.plan: imports.Preview | None = None
        self.result_value: imports.Result | None = None
        self.generation = 0  # previews of older settings are dropped when they arrive
        self.busy = False
        self.resize(960, 540)  # with its title bar it fits a 1024×640 screen
        self.form = QFormLayout()
        self._build_fields()
        self.mapping = MappingBox()
        self.mapping.changed.connect(self.schedule)
        self.mapping.hide()
        self.model = ImportPreviewModel(self)
        self.view = QTableView(objectName="importPreviewView")
        self.view.setModel(self.model)
        self.view.verticalHeader().hide()
        self.view.horizontalHeader().setStretchLastSection(False)
        self.summary = QLabel(objectName="importSummary", wordWrap=True)
        self.message = QLabel(objectName="importMessage", wordWrap=True, styleSheet=ERROR_STYLE)
        self.message.hide()
        self.skip_bad = QCheckBox(objectName="skipBadCheck")
        self.progress = QProgressBar(objectName="importProgress")
        self.progress.setRange(0, 0)
        self.progress.hide()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.import_button = self.buttons.addButton("", QDialogButtonBox.ButtonRole.AcceptRole)
        self.import_button.setObjectName("importButton")
        self.import_button.setEnabled(False)
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        for part in (self.form, self.mapping):
            layout.addLayout(part) if isinstance(part, QFormLayout) else layout.addWidget(part)
        for widget in (self.summary, self.message, self.view, self.skip_bad, self.progress):
            layout.addWidget(widget, 1 if widget is self.view else 0)
        layout.addWidget(self.buttons)
        self.timer = QTimer(self, singleShot=True, interval=DELAY_MS)
        self.timer.timeout.connect(self.refresh_preview)
        self.retranslate()
        self._fill_saved()

    def _build_fields(self) -> None:
        self.file = QLineEdit(objectName="fileField")
        self.choose = QPushButton(objectName="chooseFileButton")
        self.choose.clicked.connect(self.choose_file)
        row = QHBoxLayout()
        row.addWidget(self.file, 1)
        row.addWidget(self.choose)
        self.product = QComboBox(objectName="productField")
        self.currencies: dict[int, tuple[str, str]] = {}  # product id → (name, currency)
        for p in products.list_products(self.ctx.store):
            self.product.addItem(f"{p.name} ({p.currency})", p.id)
            self.currencies[p.saved_id] = (p.name, p.currency)
        self.product.addItem("", FROM_FILE)
        self.profile = QComboBox(objectName="profileField")
        self.profile.addItem("", "")
        for name, _title in imports.profile_choices():
            self.profile.addItem("", name)
        self.profile.addItem("", "generic")
        self.encoding = QComboBox(objectName="encodingField")
        self.encoding.addItem("", "")
        for name in imports.ENCODINGS:
            self.encoding.addItem(name, name)
        self.method = QLineEdit(objectName="methodField")
        self.labels = [QLabel() for _ in range(5)]
        for label, field in zip(self.labels, (row, self.product, self.profile, self.encoding,
                                             self.method), strict=True):  # fmt: skip
            self.form.addRow(label, field)
        self.file.textChanged.connect(self.schedule)
        self.method.textChanged.connect(self.schedule)
        self.product.currentIndexChanged.connect(self._fill_saved)
        for combo in (self.product, self.profile, self.encoding):
            combo.currentIndexChanged.connect(self.schedule)
        self.profile.currentIndexChanged.connect(self._show_mapping)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Import statement"))
        texts = (self.tr("File"), self.tr("Product"), self.tr("Format"), self.tr("Encoding"),
                 self.tr("Payment method"))  # fmt: skip
        for label, text in zip(self.labels, texts, strict=True):
            label.setText(text)
        self.choose.setText(self.tr("Choose file…"))
        self.product.setItemText(self.product.count() - 1, self.tr("As named in the file"))
        self.profile.setItemText(0, self.tr("Detect from the header"))
        for i in range(1, self.profile.count() - 1):
            self.profile.setItemText(i, profile_title(self.profile.itemData(i)))
        self.profile.setItemText(self.profile.count() - 1, self.tr("Other: map the columns"))
        self.encoding.setItemText(0, self.tr("Detect"))
        self.method.setPlaceholderText(self.tr("the format's default (Alipay: 花呗, JD: 白条)"))
        self.skip_bad.setText(self.tr("Import the good lines and skip the bad ones"))
        self.progress.setFormat(self.tr("Reading…"))
        self.import_button.setText(self.tr("Import"))
        self.mapping.retranslate()
        self.model.retranslate()
        self._show_summary()

    # -- choices -------------------------------------------------------------------------
    @Slot()
    def choose_file(self) -> None:
        name, _filter = QFileDialog.getOpenFileName(
            self, self.tr("Import statement"), self.file.text(),
            self.tr("Statements (*.csv *.txt *.xlsx *.ofx *.qfx);;All files (*)"),
        )  # fmt: skip
        if name:
            self.file.setText(name)

    @Slot()
    def _fill_saved(self) -> None:
        """The product's choices from its last import (format, mapping, encoding, method)."""
        pid = self.product.currentData()
        saved = imports.saved_mapping(self.ctx.store, pid) if pid else None
        if saved is None:
            return
        widgets = (self.profile, self.encoding, self.method, self.mapping)
        for w in widgets:
            w.blockSignals(True)
        if saved.profile == "generic":
            self.profile.setCurrentIndex(self.profile.findData("generic"))
            self.mapping.show_mapping(saved.mapping)
        self.encoding.setCurrentIndex(max(0, self.encoding.findData(saved.encoding)))
        self.method.setText(saved.method or "")
        for w in widgets:
            w.blockSignals(False)
        self._show_mapping()

    @Slot()
    def _show_mapping(self) -> None:
        self.mapping.setVisible(self.profile.currentData() == "generic")

    def options(self) -> dict[str, Any]:
        profile = self.profile.currentData() or None
        return {
            "path": self.file.text().strip(),
            "today": self.ctx.today,
            "product": self.product.currentData() or None,
            "profile": profile,
            "mapping": self.mapping.mapping_text() if profile == "generic" else None,
            "encoding": self.encoding.currentData() or None,
            "method": self.method.text().strip() or None,
        }

    # -- preview -------------------------------------------------------------------------
    @Slot()
    def schedule(self) -> None:
        """Read the file again once the user pauses (every edit restarts the pause)."""
        self.generation += 1
        self.plan = None
        self.import_button.setEnabled(False)
        self.timer.start()

    @Slot()
    def refresh_preview(self) -> None:
        options = self.options()
        if not options["path"]:
            self.model.show_preview(None)
            self._show_summary()
            return
        generation = self.generation
        self._set_busy(True)
        db = self.ctx.data_path
        self.job = worker.start(
            lambda: run_preview(db, options),
            lambda plan: self._previewed(generation, plan),
            lambda exc: self._preview_failed(generation, exc),
        )

    def _previewed(self, generation: int, plan: imports.Preview) -> None:
        self._set_busy(False)
        if generation != self.generation:
            return
        self.plan = plan
        self.message.hide()
        self.model.show_preview(plan)
        self.view.resizeColumnsToContents()
        for column in (5, 6):  # long texts: the tooltip shows them whole
            self.view.setColumnWidth(column, min(self.view.columnWidth(column), 420))
        self._show_summary()
        wrong = self._wrong_product(plan)
        if wrong:  # a yuan statement would be written as dollars, or the other way
            self.show_message(wrong)
        elif plan.empty:  # a header and no rows
            self.show_message(self.tr("No rows to import in {file}.").format(file=plan.path.name))
        self.import_button.setEnabled(plan.new > 0 and not wrong)

    def _wrong_product(self, plan: imports.Preview) -> str:
        """Why the file cannot be for the chosen product ("": it can)."""
        pid = self.product.currentData()
        found = imports.file_currency(plan.profile)
        if pid not in self.currencies or found is None:
            return ""
        name, code = self.currencies[pid]
        if code == found:
            return ""
        return self.tr(
            "The amounts in this {profile} file are in {file_currency}, and {product} keeps"
            " {currency}: choose the product this file is for."
        ).format(
            profile=profile_title(plan.profile), file_currency=found, product=name, currency=code
        )

    def _preview_failed(self, generation: int, exc: Exception) -> None:
        self._set_busy(False)
        if generation != self.generation:
            return
        self.model.show_preview(None)
        if isinstance(exc, imports.EncodingUnknown):
            self.show_message(self.tr("The file's encoding could not be determined: choose it "
                                      "under Encoding."))  # fmt: skip
            self.encoding.setFocus()
        else:
            self.show_message(error_text(exc) if isinstance(exc, TrackerError) else str(exc))
        self._show_summary()

    def _show_summary(self) -> None:
        plan = self.plan
        if plan is None:
            self.summary.setText(self.tr("Choose a file to see what it holds."))
            return
        self.summary.setText(
            self.tr("{new} new, {dup} already imported, {skipped} not for this product, "
                    "{bad} bad lines. Format: {profile}; encoding: {encoding}.").format(
                new=plan.new, dup=plan.duplicates, skipped=plan.count("skipped"),
                bad=len(plan.bad), profile=profile_title(plan.profile),
                encoding=plan.encoding,
            )
        )  # fmt: skip

    def show_message(self, text: str) -> None:
        self.message.setText(text)
        self.message.show()

    def _set_busy(self, busy: bool) -> None:
        self.busy = busy
        self.progress.setVisible(busy)

    # -- import --------------------------------------------------------------------------
    @Slot()
    def submit(self) -> None:
        plan = self.plan
        if plan is None or self.busy:
            return
        skip = self.skip_bad.isChecked()
        if plan.bad and not skip:
            first = plan.bad[0]
            self.show_message(self.tr("Line {line}: {reason}. Fix the file, or tick the box to "
                                      "skip bad lines.").format(
                line=first.line, reason=error_text(first.reason)))  # fmt: skip
            return
        self._set_busy(True)
        self.progress.setFormat(self.tr("Importing…"))
        self.setEnabled(False)
        db = self.ctx.data_path
        self.job = worker.start(lambda: run_commit(db, plan, skip), self._done, self._failed)

    def _done(self, result: imports.Result) -> None:
        self._set_busy(False)
        self.setEnabled(True)
        self.result_value = result
        # written on the worker's connection: every view of the product reads again
        self.ctx.notify(
            {"charges", "payments", "bills", "plans"}, self.product.currentData() or None
        )
        self.accept()

    def _failed(self, exc: Exception) -> None:
        self._set_busy(False)
        self.setEnabled(True)
        self.show_message(error_text(exc) if isinstance(exc, TrackerError) else str(exc))

    def reject(self) -> None:
        if not (self.busy and self.plan is not None and not self.isEnabled()):
            super().reject()


def open_import_file_dialog(ctx: AppContext, parent: QWidget | None = None) -> None:
    """Show the import dialog (modal); say what was imported."""
    dialog = ImportDialog(ctx, parent)
    dialog.exec()
    result = dialog.result_value
    if result is not None:
        QMessageBox.information(
            parent, QCoreApplication.translate("ImportDialog", "Import statement"),
            QCoreApplication.translate(
                "ImportDialog", "Imported {added} rows ({dup} were already imported)."
            ).format(added=result.added, dup=result.duplicates),
        )  # fmt: skip


def undo_last_import(ctx: AppContext, parent: QWidget | None = None) -> bool:
    """File → Undo last import: ask, then remove exactly what it added."""
    title = QCoreApplication.translate("ImportDialog", "Undo last import")
    last = imports.last_import(ctx.store)
    if last is None:
        text = QCoreApplication.translate("ImportDialog", "Nothing has been imported.")
        QMessageBox.information(parent, title, text)
        return False
    question = QCoreApplication.translate(
        "ImportDialog", "Remove the {added} rows imported from {file} on {when}?"
    ).format(added=last.added, file=last.file_name, when=last.created_at)
    if QMessageBox.question(parent, title, question) != QMessageBox.StandardButton.Yes:
        return False
    ctx.change(imports.undo_last_import, product_id=last.product_id)
    return True
