"""``demoBanner``: says the file holds demo data, with "Remove demo data" and Undo."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Slot
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QWidget

from tracker.errors import TrackerError
from tracker.service import demo
from ui.context import RECORD_KINDS, AppContext, Change
from ui.errors import error_text
from ui.record_counts import counts_text

DEMO_STYLE = "QFrame#demoBanner { background: #fff4ce; border: 1px solid #e0c060; }"
DONE_STYLE = "QFrame#demoBanner { background: #e8f0fe; border: 1px solid #b0c4ee; }"


def confirm(parent: QWidget, title: str, text: str) -> bool:
    """Ask a yes/no question (tests may replace this function)."""
    from PySide6.QtWidgets import QMessageBox  # when asked: not a cost of every start

    answer = QMessageBox.question(parent, title, text)
    return answer == QMessageBox.StandardButton.Yes


def _warn(parent: QWidget, title: str, text: str) -> None:
    from PySide6.QtWidgets import QMessageBox

    QMessageBox.warning(parent, title, text)


class DemoBanner(QFrame):
    """Shown while the data file holds demo products; after a removal it says what went
    and offers Undo until the next change."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("demoBanner")
        self.text = QLabel(objectName="demoBannerText")
        self.text.setWordWrap(True)
        self.remove_button = QPushButton(objectName="removeDemoButton")
        self.remove_button.clicked.connect(self.remove)
        self.undo_button = QPushButton(objectName="undoDemoButton")
        self.undo_button.clicked.connect(self.undo)
        self.close_button = QPushButton(objectName="closeDemoBannerButton")
        self.close_button.clicked.connect(self._dismiss)
        row = QHBoxLayout(self)
        row.setContentsMargins(10, 6, 10, 6)
        row.addWidget(self.text, 1)
        for button in (self.remove_button, self.undo_button, self.close_button):
            row.addWidget(button)
        self.removal: demo.Removal | None = None
        ctx.changed.connect(self._changed)
        ctx.storeReplaced.connect(self._dismiss)
        self.retranslate()
        self.refresh()

    def retranslate(self) -> None:
        self.remove_button.setText(self.tr("Remove demo data"))
        self.undo_button.setText(self.tr("Undo"))
        self.close_button.setText(self.tr("Close"))
        self.refresh()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange and not self.ctx.closed:
            self.retranslate()
        super().changeEvent(event)

    def refresh(self) -> None:
        if self.ctx.closed:
            return
        if self.removal is not None:
            self.setStyleSheet(DONE_STYLE)
            self.text.setText(self._removed_text(self.removal))
            self.remove_button.hide()
            self.undo_button.setVisible(bool(self.removal.removed))
            self.close_button.show()
            self.show()
            return
        self.setStyleSheet(DEMO_STYLE)
        self.setToolTip("")
        self.undo_button.hide()
        self.close_button.hide()
        self.remove_button.show()
        self.text.setText(
            self.tr("Demo data: these products and debts are made up, for looking around.")
        )
        self.setToolTip(
            self.tr("“Remove demo data” deletes them; products and records you add stay.")
        )
        self.setVisible(demo.has_demo_data(self.ctx.store))

    def _removed_text(self, removal: demo.Removal) -> str:
        lines = []
        if removal.removed:
            lines.append(
                self.tr("Removed the demo data: {products} ({records}).").format(
                    products=self._names(removal.removed), records=counts_text(removal.counts)
                )
            )
        if removal.kept:
            lines.append(
                self.tr("Kept {products}: you added records to them.").format(
                    products=self._names(removal.kept)
                )
            )
        return " ".join(lines)

    def _names(self, names: tuple[str, ...]) -> str:
        return self.tr(", ").join(names)

    @Slot(object)
    def _changed(self, change: Change) -> None:
        if change.initiator is self or not change.touches(RECORD_KINDS | {"file"}):
            return
        self.removal = None  # Undo would now put back rows next to newer changes
        self.refresh()

    @Slot()
    def remove(self) -> None:
        """Ask, then delete the demo data (everything the user added stays)."""
        try:
            found = demo.contents(self.ctx.store)
        except TrackerError as exc:
            _warn(self, self.tr("Demo data not removed"), error_text(exc))
            return
        question = self.tr(
            "Delete the demo products {products} with {records}? Products and records "
            "you added stay."
        ).format(
            products=self._names(tuple(name for _pid, name in found.remove)),
            records=counts_text(found.counts),
        )
        if found.keep:
            question += "\n\n" + self.tr(
                "{products} will be kept: you added records to them."
            ).format(products=self._names(tuple(name for _pid, name in found.keep)))
        if not found.remove:
            question = self.tr(
                "{products} will be kept: you added records to them. Stop marking them as "
                "demo data?"
            ).format(products=self._names(tuple(name for _pid, name in found.keep)))
        if not confirm(self, self.tr("Remove demo data"), question):
            return
        try:
            self.removal = self.ctx.change(demo.remove, RECORD_KINDS, initiator=self)
        except TrackerError as exc:
            _warn(self, self.tr("Demo data not removed"), error_text(exc))
            return
        self.refresh()

    @Slot()
    def undo(self) -> None:
        """Put the demo data back, exactly as it was."""
        removal = self.removal
        if removal is None:
            return
        try:
            self.ctx.change(lambda s: demo.restore(s, removal), RECORD_KINDS, initiator=self)
        except TrackerError as exc:
            self.removal = None
            self.text.setText(error_text(exc))
            self.undo_button.hide()
            return
        self.removal = None
        self.refresh()

    @Slot()
    def _dismiss(self) -> None:
        self.removal = None
        self.refresh()
