"""Forms whose fields are checked by the core's parsers, with the error next to the field.

A :class:`Form` holds rows of (label, input widget, parser). ``values()`` runs every
parser; a parser that raises :class:`tracker.errors.InputError` puts its message in a red
label under that field (object name ``<key>Error``) and ``values()`` returns None, so the
caller saves nothing. :class:`FormDialog` wraps a form with OK/Cancel and only accepts
when every field parses and the caller's ``save`` succeeds.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from itertools import pairwise
from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, QSize, Qt, QTimer, Slot
from PySide6.QtGui import QResizeEvent, QShowEvent
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QSizePolicy,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from tracker.errors import ConfirmationNeeded, InputError, TrackerError
from ui.errors import error_text
from ui.formatting import from_qdate
from ui.widgets.date_field import DateField

ERROR_STYLE = "color: #b3261e;"
Parser = Callable[[Any], Any]


def widget_value(widget: QWidget, key: str = "date") -> Any:
    """The raw value of an input widget: text, date, number or the combo's item data
    (``key``: the field's, which a refused date's message names by its label)."""
    if isinstance(widget, DateField):
        return widget.value(key)  # an impossible date is refused here, next to the field
    if isinstance(widget, QLineEdit):
        return widget.text()
    if isinstance(widget, QDateEdit):
        # A half-typed date ("2026-12-") still has a date() — the last valid one; saving
        # it would record a day the user did not enter.
        if not widget.hasAcceptableInput():
            raise InputError(
                QCoreApplication.translate("Form", "{text!r} is not a complete date").format(
                    text=widget.text()
                )
            )
        return from_qdate(widget.date())
    if isinstance(widget, QSpinBox):
        return widget.value()
    if isinstance(widget, QLabel):  # shown, not edited
        return widget.text()
    if isinstance(widget, QComboBox):
        data = widget.currentData()
        return widget.currentText() if data is None else data
    raise TypeError(f"no value for {type(widget).__name__}")


# Characters without a break after which an error may wrap (a pasted 80-digit name).
BREAK_EVERY = 16
# A run of unbroken non-CJK characters (Chinese text may wrap between any two anyway).
_LONG_RUN = re.compile(rf"[^\s\u2e80-\uffff]{{{BREAK_EVERY}}}(?=[^\s\u2e80-\uffff])")


def breakable(text: str) -> str:
    """``text`` with a zero-width space inside every long run of characters, so that a
    word-wrapped label can wrap it instead of clipping it or widening its window."""
    return _LONG_RUN.sub(lambda m: m.group(0) + "\u200b", text)


class ErrorLabel(QLabel):
    """The red message under a field: it wraps at the width the field has, is always as
    tall as its lines (a word-wrapped label in a form row is otherwise given one line's
    height), and never makes the field narrower or the dialog wider."""

    def __init__(self, name: str) -> None:
        super().__init__(objectName=name)
        self.setStyleSheet(ERROR_STYLE)
        self.setWordWrap(True)
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)
        self.hide()

    def show_message(self, message: str) -> None:
        self.setText(breakable(message))
        self.show()
        self._fit_height(self.width())

    def message(self) -> str:
        """The text as the core and the translators wrote it (without the break hints)."""
        return self.text().replace("\u200b", "")

    def sizeHint(self) -> QSize:
        # As tall as its lines at the width it has (QLabel's own hint measures them at a
        # width of its choosing, which gives a message on another tab too many lines).
        return QSize(super().sizeHint().width(), self.minimumHeight())

    def minimumSizeHint(self) -> QSize:
        return QSize(0, self.minimumHeight())

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        before = self.minimumHeight()
        self._fit_height(event.size().width())
        if self.minimumHeight() != before and self.isVisible():
            # Another width gave the message more or fewer lines (a tab shown for the first
            # time, the dialog resized): fit the window once this layout pass is over.
            QTimer.singleShot(0, self, lambda: fit_window_height(self))

    def _fit_height(self, width: int) -> None:
        # A label not laid out yet has Qt's default width (640): measure at the field's.
        if not self.text():
            self.setMinimumHeight(0)
            return
        field = self.parentWidget()
        usable = field.width() if field is not None and width > field.width() else width
        self.setMinimumHeight(max(0, self.heightForWidth(max(usable, 100))))


@dataclass
class Field:
    key: str
    label: QLabel
    widget: QWidget
    parser: Parser
    error: ErrorLabel


class Form(QWidget):
    """A QFormLayout of validated fields."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.layout_ = QFormLayout(self)
        self.layout_.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.fields: dict[str, Field] = {}

    def add(self, key: str, label: str, widget: QWidget, parser: Parser = lambda v: v) -> QWidget:
        """Add a row; ``parser(raw value)`` returns the typed value or raises InputError."""
        widget.setObjectName(f"{key}Field")
        error = ErrorLabel(f"{key}Error")
        holder = QWidget()
        box = QVBoxLayout(holder)
        box.setContentsMargins(0, 0, 0, 0)
        box.setSpacing(2)
        box.addWidget(widget)
        box.addWidget(error)
        caption = QLabel(label)
        caption.setBuddy(widget)
        self.layout_.addRow(caption, holder)
        self.fields[key] = Field(key, caption, widget, parser, error)
        if isinstance(widget, QLineEdit):
            widget.textEdited.connect(lambda _t, k=key: self.clear_error(k))
        return widget

    def labels(self) -> dict[str, str]:
        """Each field's key → the label the user sees (for naming it in messages)."""
        return {k: f.label.text().replace("&", "").rstrip(":：") for k, f in self.fields.items()}

    def set_label(self, key: str, text: str) -> None:
        self.fields[key].label.setText(text)

    def set_visible(self, key: str, visible: bool) -> None:
        self.layout_.setRowVisible(self.fields[key].label, visible)

    def show_error(self, key: str, message: str) -> None:
        error = self.fields[key].error
        error.show_message(message)
        fit_window_height(error)

    def clear_error(self, key: str) -> None:
        error = self.fields[key].error
        shown = error.isVisibleTo(self)
        error.clear()
        error.hide()
        if shown:
            fit_window_height(error)

    def error_text(self, key: str) -> str:
        err = self.fields[key].error
        return err.message() if err.isVisibleTo(self) else ""

    def values(self) -> dict[str, Any] | None:
        """Every field parsed, or None after showing each refused field's message."""
        out: dict[str, Any] = {}
        ok = True
        for key, f in self.fields.items():
            if not self.layout_.isRowVisible(f.label):
                continue
            self.clear_error(key)
            try:
                out[key] = f.parser(widget_value(f.widget, key))
            except InputError as exc:
                self.show_error(key, error_text(exc, self.labels()))
                ok = False
        return out if ok else None


def fit_window_height(widget: QWidget) -> None:
    """Make ``widget``'s window as tall as its content now that ``widget`` (a message under
    a field or above the buttons) appeared or went away: taller to show every line,
    shorter again to leave no gap, never to another width — the fields keep the width
    the user gave them."""
    window = widget.window()
    if window is widget or not window.isVisible():
        return
    # Qt tells the layouts above a widget shown or hidden later, one posted event per
    # level: tell them now, so that the window is measured without (or with) it.
    parent = widget.parentWidget()
    while parent is not None and parent is not window:
        inner = parent.layout()
        if inner is not None:
            inner.invalidate()
        parent.updateGeometry()
        parent = parent.parentWidget()
    layout = window.layout()
    layout.invalidate()
    layout.activate()
    width = window.width()
    wanted = (
        layout.totalHeightForWidth(width)
        if layout.hasHeightForWidth()
        else layout.totalSizeHint().height()
    )
    height = max(wanted, layout.totalMinimumSize().height())
    if height != window.height():
        window.resize(width, height)


def _tab_stops(form: Form) -> list[QWidget]:
    """Every widget Tab should stop on, in the form's row order: its fields and the extra
    rows a dialog adds (a "Split into instalments" check box), not only ``fields``."""
    layout = form.layout_
    stops: list[QWidget] = []
    for row in range(layout.rowCount()):
        item = layout.itemAt(row, QFormLayout.ItemRole.FieldRole)
        top = item.widget() if item is not None else None
        if top is None:
            continue
        for w in [top, *top.findChildren(QWidget)]:
            takes_tab = w.focusPolicy() & Qt.FocusPolicy.TabFocus == Qt.FocusPolicy.TabFocus
            if takes_tab and not isinstance(w, QLabel) and w not in stops:
                stops.append(w)
    return stops


def ask_user(parent: QWidget, title: str, question: str) -> bool:
    """Yes / No (tests replace this function)."""
    answer = QMessageBox.question(parent, title, question + "\n\n" + _save_anyway())
    return answer == QMessageBox.StandardButton.Yes


def _save_anyway() -> str:
    return QCoreApplication.translate("Form", "Save it anyway?")


class FormDialog(QDialog):
    """OK/Cancel around a :class:`Form`.

    Subclasses fill ``self.form`` and implement :meth:`draft`, which turns the parsed
    values into a typed draft. The dialog never writes: ``on_save(draft)`` (a service
    call through the AppContext, given by the caller) does. A refusal is shown next to
    the field it names (``InputError.field``) or above the buttons; the dialog stays
    open and nothing is saved. ``result_value`` holds what ``on_save`` returned.
    """

    def __init__(
        self,
        title: str,
        on_save: Callable[[Any], Any] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.on_save = on_save
        #: True while saving after the user confirmed a ConfirmationNeeded refusal.
        self.confirmed = False
        self.setWindowTitle(title)
        self.setMinimumWidth(460)
        self.form = Form(self)
        self.message = ErrorLabel("formMessage")
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.form)
        layout.addWidget(self.message)
        layout.addStretch(1)
        layout.addWidget(self.buttons, alignment=Qt.AlignmentFlag.AlignRight)
        self.result_value: Any = None
        self._focus_ordered = False

    def forms(self) -> list[Form]:
        """Every form of the dialog, in the order the user goes through them."""
        return [self.form]

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self._focus_ordered:
            self._focus_ordered = True
            self._order_focus()

    def _order_focus(self) -> None:
        """Tab goes through the fields in form order, then OK and Cancel; typing starts
        in the first empty text field (or the first field), not on the OK button."""
        widgets = [f.widget for form in self.forms() for f in form.fields.values()]
        chain = [*(w for form in self.forms() for w in _tab_stops(form)), *self.buttons.buttons()]
        # Only the dialog's own widgets: Qt refuses (and warns about) a pair across windows,
        # such as a field not laid out in this dialog.
        chain = [w for w in chain if w.window() is self]
        for first, second in pairwise(chain):
            QWidget.setTabOrder(first, second)
        usable = [w for w in widgets if w.isVisibleTo(self) and w.isEnabled()]
        empty = [w for w in usable if isinstance(w, QLineEdit) and not w.text()]
        start = (empty or usable or [None])[0]
        if start is not None:
            start.setFocus(Qt.FocusReason.TabFocusReason)

    def retranslate(self) -> None:
        """Set every visible text with ``tr()``; called again on each language change."""

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def labels(self) -> dict[str, str]:
        """Every form's field labels by key (see :meth:`Form.labels`)."""
        return {k: v for form in self.forms() for k, v in form.labels().items()}

    def product_id(self) -> int | None:
        """The id chosen in the ``product`` field's combo, if the dialog has one."""
        field = self.form.fields.get("product")
        data = (
            field.widget.currentData() if field and isinstance(field.widget, QComboBox) else None
        )
        return data if isinstance(data, int) else None

    def draft(self, values: dict[str, Any]) -> Any:
        """The typed record the parsed ``values`` describe (may raise InputError)."""
        raise NotImplementedError

    @Slot()
    def submit(self) -> None:
        self.hide_message()
        values = self.form.values()
        if values is None:
            return
        self.confirmed = False
        try:
            draft = self.draft(values)
            try:
                self.result_value = self.on_save(draft) if self.on_save else draft
            except ConfirmationNeeded as exc:
                # Possible but probably a slip (a payment above what is owed): ask, and
                # save only when the user says it was meant (the service sees confirmed).
                if not ask_user(self, self.windowTitle(), error_text(exc, self.labels())):
                    raise
                self.confirmed = True
                self.result_value = self.on_save(draft) if self.on_save else draft
        except InputError as exc:
            key = getattr(exc, "field", None)
            if key in self.form.fields:
                self.form.show_error(key, error_text(exc, self.labels()))
            else:
                self.show_message(error_text(exc, self.labels()))
            return
        except TrackerError as exc:
            self.show_message(error_text(exc, self.labels()))
            return
        self.accept()

    def show_message(self, text: str) -> None:
        self.message.show_message(text)
        fit_window_height(self.message)

    def hide_message(self) -> None:
        """Take the message above the buttons away, and the room it took."""
        if self.message.isVisibleTo(self):
            self.message.clear()
            self.message.hide()
            fit_window_height(self.message)
