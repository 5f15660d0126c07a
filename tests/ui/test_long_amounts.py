"""A 5,000-digit number pasted into an amount field (found by a QA pass): the refusal says
"too large" under the field, in the user's language, wrapped inside the dialog; the
fields keep the width the user gave the dialog, and the message takes no room once fixed.

Before: the dialog snapped back to its own size (adjustSize), squashing the fields of a
dialog the user had widened, and the message, measured at the wider width, was clipped
to one line; the message said "(5000 characters)" in English in a Chinese interface.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QDialogButtonBox, QLabel, QLineEdit, QTabWidget
from pytestqt.qtbot import QtBot

from ui.context import AppContext
from ui.dialogs.bill import BillDialog
from ui.dialogs.charge import ChargeDialog
from ui.dialogs.payment import PaymentDialog
from ui.dialogs.plan import PlanDialog
from ui.dialogs.product import ProductDialog
from ui.i18n import apply_language
from ui.main_window import MainWindow
from ui.widgets.form import FormDialog

BIG = "9" * 5000
HUABEI, CMB = 2, 3

DIALOGS: dict[str, Callable[[AppContext], FormDialog]] = {
    "product": lambda ctx: ProductDialog(ctx, product_id=CMB),
    "payment": lambda ctx: PaymentDialog(ctx, product_id=HUABEI),
    "charge": lambda ctx: ChargeDialog(ctx, product_id=CMB),
    "bill": lambda ctx: BillDialog(ctx, product_id=HUABEI),
    "plan": lambda ctx: PlanDialog(ctx, product_id=CMB),
}

AMOUNT_FIELDS = [
    ("product", "credit_limit"),
    ("product", "tolerance"),
    ("product", "min_payment_floor"),
    ("product", "late_fee_floor"),
    ("payment", "amount"),
    ("charge", "amount"),
    ("bill", "amount"),
    ("bill", "minimum"),
    ("plan", "principal"),
]

TOO_LARGE = {
    "en": "is too large (at most 100,000,000,000)",
    "zh_CN": "太大（最多 100,000,000,000）",
}


def opened(window: MainWindow, qtbot: QtBot, kind: str) -> FormDialog:
    dialog = DIALOGS[kind](window.ctx)
    dialog.setParent(window, dialog.windowFlags())
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def click_tab_of(dialog: FormDialog, qtbot: QtBot, field: QLineEdit) -> None:
    """On the product dialog, click the tab the field is on, as a person would."""
    tabs = dialog.findChild(QTabWidget, "productTabs")
    if tabs is None:
        return
    index = next(i for i in range(tabs.count()) if tabs.widget(i).isAncestorOf(field))
    bar = tabs.tabBar()
    qtbot.mouseClick(bar, Qt.MouseButton.LeftButton, pos=bar.tabRect(index).center())
    assert tabs.currentIndex() == index


def paste_big(qtbot: QtBot, field: QLineEdit) -> None:
    qtbot.mouseClick(field, Qt.MouseButton.LeftButton)
    field.selectAll()
    qtbot.keyClicks(field, BIG)


def click_ok(dialog: FormDialog, qtbot: QtBot) -> None:
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)


def shown_whole(dialog: FormDialog, error: QLabel) -> bool:
    """The message is on screen with every line of it, inside the dialog."""
    right = error.mapTo(dialog, QPoint(error.width(), error.height()))
    return (
        error.isVisible()
        and error.height() >= error.heightForWidth(error.width())
        and right.x() <= dialog.width()
        and right.y() <= dialog.height()
    )


def gap_above_buttons(dialog: FormDialog) -> int:
    """Empty pixels between what the dialog shows (its fields, a preview) and its buttons."""
    layout = dialog.layout()
    items = (layout.itemAt(i) for i in range(layout.count()))
    shown = [item.widget() for item in items if item.widget() is not None]
    above = [w for w in shown if w is not dialog.buttons and w.isVisible()]
    return dialog.buttons.y() - max(w.y() + w.height() for w in above)


@pytest.mark.parametrize("lang", ["en", "zh_CN"])
@pytest.mark.parametrize(("kind", "key"), AMOUNT_FIELDS)
def test_a_5000_digit_amount_is_too_large_and_the_layout_stays(
    window: MainWindow, qtbot: QtBot, lang: str, kind: str, key: str
) -> None:
    apply_language(lang)
    dialog = opened(window, qtbot, kind)
    dialog.resize(dialog.width() + 240, dialog.height())  # the user widened it
    qtbot.waitUntil(lambda: dialog.width() >= dialog.minimumWidth() + 240)
    field = dialog.findChild(QLineEdit, f"{key}Field")
    click_tab_of(dialog, qtbot, field)
    if key == "minimum":  # checked once the bill's amount is fine
        qtbot.keyClicks(dialog.findChild(QLineEdit, "amountField"), "100")
    width, dialog_width, height = field.width(), dialog.width(), dialog.height()
    paste_big(qtbot, field)
    click_ok(dialog, qtbot)
    error = dialog.findChild(QLabel, f"{key}Error")
    qtbot.waitUntil(lambda: shown_whole(dialog, error))
    assert field.width() == width and dialog.width() == dialog_width
    text = error.text().replace("\u200b", "")
    assert TOO_LARGE[lang] in text
    assert "characters" not in text  # no English inside a Chinese message
    assert dialog.isVisible()
    # Fixing the amount takes the message away, and the room it took.
    field.selectAll()
    qtbot.keyClicks(field, "100")
    assert not error.isVisible()
    qtbot.waitUntil(lambda: gap_above_buttons(dialog) <= 2 * dialog.layout().spacing())
    assert dialog.height() <= height  # back to its size (the bill dialog's note is gone too)
    assert field.width() == width and dialog.width() == dialog_width


def test_a_message_on_a_tab_not_shown_fits_when_the_dialog_turns_to_it(
    window: MainWindow, qtbot: QtBot
) -> None:
    """Paste into Tolerance (Billing cycle), go back to Basics, OK: the dialog turns to
    the tab with the refused field, and its message sits right under the field."""
    dialog = opened(window, qtbot, "product")
    field = dialog.findChild(QLineEdit, "toleranceField")
    click_tab_of(dialog, qtbot, field)
    paste_big(qtbot, field)
    click_tab_of(dialog, qtbot, dialog.findChild(QLineEdit, "nameField"))
    click_ok(dialog, qtbot)
    error = dialog.findChild(QLabel, "toleranceError")
    qtbot.waitUntil(lambda: shown_whole(dialog, error))
    gap = error.y() - (field.y() + field.height())
    assert 0 <= gap <= 4, gap
    assert error.height() == error.heightForWidth(error.width())


def test_a_pasted_80_digit_name_wraps_inside_the_dialog(window: MainWindow, qtbot: QtBot) -> None:
    dialog = opened(window, qtbot, "product")
    field = dialog.findChild(QLineEdit, "nameField")
    width = field.width()
    paste_big(qtbot, field)
    click_ok(dialog, qtbot)
    error = dialog.findChild(QLabel, "nameError")
    qtbot.waitUntil(lambda: shown_whole(dialog, error))
    assert field.width() == width
    # The name is repeated shortened, not 5,000 digits on 80 lines.
    assert error.height() <= 4 * error.fontMetrics().lineSpacing()
    assert "is all digits" in error.text()
