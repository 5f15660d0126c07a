"""Deleting a product with all its records from the Products page, with Undo."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Slot
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QMessageBox, QPushButton, QWidget

from tracker.errors import TrackerError
from tracker.service import products, records
from tracker.service.records import Deleted
from ui.context import RECORD_KINDS, AppContext, Change
from ui.errors import error_text
from ui.pages import product_detail
from ui.record_counts import counts_text


class ProductUndoBar(QFrame):
    """``productUndoBar``: "Deleted X with …" and Undo (also Ctrl+Z on the page) until
    the next change."""

    def __init__(self, ctx: AppContext, page: QWidget) -> None:
        super().__init__(page)
        self.ctx = ctx
        self.setObjectName("productUndoBar")
        self.setStyleSheet(product_detail.UNDO_STYLE.replace("undoBar", "productUndoBar"))
        self.text = QLabel(objectName="productUndoText")
        self.text.setWordWrap(True)
        self.button = QPushButton(objectName="undoProductDeleteButton")
        self.button.clicked.connect(self.undo)
        row = QHBoxLayout(self)
        row.addWidget(self.text, 1)
        row.addWidget(self.button)
        self.action = QAction(page, objectName="undoProductDeleteAction")
        self.action.setShortcut(QKeySequence.StandardKey.Undo)
        self.action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.action.triggered.connect(self.undo)
        self.action.setEnabled(False)
        page.addAction(self.action)
        self.deleted: Deleted | None = None
        self.what = ""
        ctx.changed.connect(self._changed)
        ctx.storeReplaced.connect(self._forget)
        self.retranslate()
        self.hide()

    def retranslate(self) -> None:
        self.button.setText(self.tr("Undo"))
        self.button.setToolTip(self.tr("Put the product and its records back (Ctrl+Z)"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def delete_product(self, product_id: int) -> bool:
        """Ask, naming the records that go; delete; offer Undo. True when deleted."""
        try:
            product = products.get_product(self.ctx.store, product_id)
            counts = products.record_counts(self.ctx.store, product_id)
        except TrackerError as exc:
            QMessageBox.warning(self, self.tr("Not deleted"), error_text(exc))
            return False
        records_text = counts_text(counts)
        question = self.tr(
            "Delete {name} with {records}? Its dues and reminders go too. "
            "You can undo this until your next change."
        ).format(name=product.name, records=records_text)
        if not product_detail.confirm(self, self.tr("Delete product"), question):
            return False
        try:
            self.deleted = self.ctx.change(
                lambda s: products.delete_product(s, product_id),
                RECORD_KINDS,
                product_id,
                initiator=self,
            )
        except TrackerError as exc:
            QMessageBox.warning(self, self.tr("Not deleted"), error_text(exc))
            return False
        self.text.setText(
            self.tr("Deleted {name} with {records}.").format(
                name=product.name, records=records_text
            )
        )
        self.button.show()
        self.action.setEnabled(True)
        self.show()
        return True

    @Slot()
    def undo(self) -> None:
        """Put the deleted product and all its records back."""
        deleted = self.deleted
        if deleted is None:
            return
        try:
            self.ctx.change(
                lambda s: records.restore(s, deleted),
                RECORD_KINDS,
                deleted.record_id,
                initiator=self,
            )
        except TrackerError as exc:
            self.text.setText(error_text(exc))
            self.button.hide()
            self.deleted = None
            self.action.setEnabled(False)
            return
        self._forget()

    @Slot(object)
    def _changed(self, change: Change) -> None:
        if (
            change.initiator is not self
            and self.deleted is not None
            and change.touches(RECORD_KINDS | {"file"})
        ):
            self._forget()  # another change came after: Undo could clash with it

    @Slot()
    def _forget(self) -> None:
        self.deleted = None
        self.action.setEnabled(False)
        self.hide()
