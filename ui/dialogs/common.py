"""Input widgets shared by the dialogs: product picker, amount and date fields."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QFocusEvent
from PySide6.QtWidgets import QComboBox, QLineEdit

from tracker.products import Product
from ui.widgets.date_field import DateField


def product_combo(products: list[Product], selected: int | None = None) -> QComboBox:
    """A combo of active products; item data is the product id."""
    combo = QComboBox()
    for p in products:
        combo.addItem(f"{p.name} ({p.currency})", p.id)
    if selected is not None:
        combo.setCurrentIndex(max(0, combo.findData(selected)))
    return combo


def amount_edit(placeholder: str = "0.00") -> QLineEdit:
    """Amount text: parsed by tracker.money (``1,234.56``, ``¥1234.56``), never a float."""
    edit = QLineEdit()
    edit.setPlaceholderText(placeholder)
    return edit


def date_edit(day: date) -> DateField:
    """A ``YYYY-MM-DD`` field that refuses an impossible date instead of changing it."""
    return DateField(day)


def typed_amount(text: str) -> str:
    """The amount as typed: the service parses it in the product's currency and checks it
    (``12,34.5``, ``$12`` on a yuan card, ``-5``), so that the GUI and the CLI refuse the
    same input with the same reason; the refusal shows next to the field."""
    return text.strip()


def required_product(pid: object) -> int:
    from tracker.errors import InputError

    if not isinstance(pid, int):
        raise InputError(QCoreApplication.translate("Form", "add a product first"))
    return pid


class PathEdit(QLineEdit):
    """A file name field that Tab enters with the cursor at the end, nothing selected: the
    next key edits the name instead of wiping it (a line edit selects all on Tab)."""

    def focusInEvent(self, event: QFocusEvent) -> None:
        super().focusInEvent(event)
        self.deselect()
        self.end(False)
