"""Every form dialog: where typing starts, the Tab order, half-typed dates, long errors."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialogButtonBox,
    QLabel,
    QWidget,
)
from pytestqt.qtbot import QtBot

from ui.dialogs.bill import BillDialog
from ui.dialogs.charge import ChargeDialog
from ui.dialogs.payment import PaymentDialog
from ui.dialogs.plan import PlanDialog
from ui.dialogs.product import ProductDialog
from ui.main_window import MainWindow
from ui.widgets.date_field import DateField
from ui.widgets.form import FormDialog

BAITIAO = 1

DIALOGS = {
    "payment": lambda ctx: PaymentDialog(ctx, product_id=BAITIAO),
    "charge": lambda ctx: ChargeDialog(ctx, product_id=BAITIAO),
    "bill": lambda ctx: BillDialog(ctx, product_id=BAITIAO),
    "plan": lambda ctx: PlanDialog(ctx, product_id=BAITIAO),
    "product": lambda ctx: ProductDialog(ctx),
}


def shown(window: MainWindow, qtbot: QtBot, kind: str) -> FormDialog:
    dialog = DIALOGS[kind](window.ctx)
    dialog.setParent(window, dialog.windowFlags())
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def tab_stop(dialog: FormDialog, w: QWidget) -> bool:
    """Whether Tab stops on ``w`` (a date edit's inner line edit is part of the date edit)."""
    takes_tab = w.focusPolicy() & Qt.FocusPolicy.TabFocus == Qt.FocusPolicy.TabFocus
    inner = False  # date fields are plain line edits: one Tab stop each
    return takes_tab and not inner and w.isVisibleTo(dialog) and w.isEnabled()


def tab_chain(dialog: FormDialog, start: QWidget, steps: int) -> list[str]:
    names, w = [], start
    for _ in range(steps):
        w = w.nextInFocusChain()
        while not tab_stop(dialog, w):
            w = w.nextInFocusChain()
        names.append(w.objectName() or type(w).__name__)
    return names


@pytest.mark.parametrize("kind", sorted(DIALOGS))
def test_typing_starts_in_a_field_not_on_ok(window: MainWindow, qtbot: QtBot, kind: str) -> None:
    dialog = shown(window, qtbot, kind)
    focus = dialog.focusWidget()
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    assert focus is not None and focus is not ok
    assert any(f.widget is focus for form in dialog.forms() for f in form.fields.values())


def test_payment_starts_at_the_amount_and_tabs_through_the_fields(
    window: MainWindow, qtbot: QtBot
) -> None:
    dialog = shown(window, qtbot, "payment")
    # the product is chosen already: the first empty field is the amount
    assert dialog.focusWidget().objectName() == "amountField"
    product = dialog.form.fields["product"].widget
    # Tab from the product: date, amount, note, then OK and Cancel
    assert tab_chain(dialog, product, 3) == ["dateField", "amountField", "noteField"]
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    note = dialog.form.fields["note"].widget
    nxt = note.nextInFocusChain()
    while not tab_stop(dialog, nxt):
        nxt = nxt.nextInFocusChain()
    assert nxt is ok


def test_a_half_typed_date_is_refused_next_to_the_field(window: MainWindow, qtbot: QtBot) -> None:
    dialog = shown(window, qtbot, "payment")
    before = len(window.ctx.store.list_payments())
    dialog.form.fields["amount"].widget.setText("100")  # type: ignore[attr-defined]
    date_field = dialog.findChild(DateField, "dateField")
    date_field.setFocus()
    qtbot.keyClick(date_field, Qt.Key.Key_End)
    qtbot.keyClick(date_field, Qt.Key.Key_Backspace)
    qtbot.keyClick(date_field, Qt.Key.Key_Backspace)  # the day erased
    assert date_field.text() == "2026-12-"
    assert not date_field.hasAcceptableInput()
    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    error = dialog.findChild(QLabel, "dateError")
    assert error.isVisible()
    assert error.text() == "Paid on '2026-12-' is not a date like 2026-12-01 (YYYY-MM-DD)"
    assert len(window.ctx.store.list_payments()) == before and dialog.isVisible()


def test_a_two_line_error_gets_two_lines(window: MainWindow, qtbot: QtBot) -> None:
    dialog = shown(window, qtbot, "payment")
    dialog.form.fields["amount"].widget.setText("12,34.5")  # type: ignore[attr-defined]
    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    error = dialog.findChild(QLabel, "amountError")
    assert error.isVisible()
    qtbot.waitUntil(lambda: error.height() >= error.heightForWidth(error.width()))
    line = error.fontMetrics().lineSpacing()
    assert error.heightForWidth(error.width()) > line  # it does wrap


def test_yuan_on_a_dollar_card_is_refused_next_to_the_amount(
    window: MainWindow, qtbot: QtBot
) -> None:
    dialog = PaymentDialog(window.ctx, product_id=4)  # Chase Freedom, USD
    qtbot.addWidget(dialog)
    before = len(window.ctx.store.list_payments())
    dialog.form.fields["amount"].widget.setText("¥12")  # type: ignore[attr-defined]
    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    assert dialog.form.error_text("amount") == (
        "Amount '¥12' is in another currency: this product counts in USD"
    )
    assert len(window.ctx.store.list_payments()) == before
    dialog.form.fields["amount"].widget.setText("$12")  # type: ignore[attr-defined]
    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    assert len(window.ctx.store.list_payments()) == before + 1


def test_an_impossible_typed_date_is_refused_not_changed(window: MainWindow, qtbot: QtBot) -> None:
    """Select all in *Paid on*, type 2026-02-30, Tab: the field keeps what was typed and OK
    refuses it next to the field (Qt's QDateEdit made it 2026-02-03 and saved that)."""
    dialog = shown(window, qtbot, "payment")
    before = len(window.ctx.store.list_payments())
    amount = dialog.form.fields["amount"].widget
    qtbot.keyClicks(amount, "100")
    date_field = dialog.findChild(DateField, "dateField")
    date_field.setFocus()
    qtbot.keyClick(date_field, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(date_field, "2026-02-30")
    qtbot.keyClick(date_field, Qt.Key.Key_Tab)
    assert date_field.text() == "2026-02-30"
    qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.LeftButton)
    error = dialog.findChild(QLabel, "dateError")
    assert error.isVisible()
    assert error.text() == "Paid on 2026-02-30 does not exist: that month has 28 days"
    assert len(window.ctx.store.list_payments()) == before and dialog.isVisible()
    # The year can be typed too (QDateEdit ignored digits typed into its year).
    qtbot.keyClick(date_field, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(date_field, "2025-11-30")
    qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.LeftButton)
    assert len(window.ctx.store.list_payments()) == before + 1
    assert window.ctx.store.list_payments()[0].date.isoformat() == "2025-11-30"


def test_a_date_field_steps_with_the_arrow_keys(qtbot: QtBot) -> None:
    field = DateField(date(2026, 1, 31))
    qtbot.addWidget(field)
    qtbot.keyClick(field, Qt.Key.Key_Up)
    assert field.text() == "2026-02-01"
    qtbot.keyClick(field, Qt.Key.Key_PageUp)  # a month on, clamped to the month's end
    assert field.text() == "2026-03-01"
    qtbot.keyClick(field, Qt.Key.Key_Down)
    assert field.text() == "2026-02-28"
