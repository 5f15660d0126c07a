"""The product dialog takes and shows rates as percentages of their period (issue 15).

"0.05" in a per-day field means 0.05 % a day, stored as the fraction "0.0005"; "18" in the
loan's per-year field is 18 % a year (0.18). A fraction typed by habit ("0.0005" into a
per-day field: 0.0005 % a day, 0.18 % a year) is refused next to the field, not misread.
A new product does not carry a preset's customer-service number (JD's 950618).
"""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QDialogButtonBox, QLineEdit
from pytestqt.qtbot import QtBot

from ui.dialogs.product import ProductDialog
from ui.main_window import MainWindow

BAITIAO = 1


def open_dialog(window: MainWindow, qtbot: QtBot, product_id: int | None = None) -> ProductDialog:
    dialog = ProductDialog(window.ctx, product_id, parent=window)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def type_into(dialog: ProductDialog, qtbot: QtBot, key: str, text: str) -> QLineEdit:
    """Show the field's tab, select all in the field and type ``text`` as a person would."""
    line = dialog.findChild(QLineEdit, f"{key}Field")
    dialog.tabs.setCurrentWidget(dialog._form_of(key))
    line.setFocus()
    qtbot.keyClick(line, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(line, text)
    return line


def click_ok(dialog: ProductDialog, qtbot: QtBot) -> None:
    qtbot.mouseClick(
        dialog.buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton
    )


def test_rates_are_shown_as_percentages_with_their_period(
    window: MainWindow, qtbot: QtBot
) -> None:
    dialog = open_dialog(window, qtbot, BAITIAO)
    # Baitiao: 0.0005 a day = 0.05 %, minimum 0.10 = 10 %, fee 0.005 per period = 0.5 %.
    assert dialog.findChild(QLineEdit, "revolving_daily_rateField").text() == "0.05"
    assert dialog.findChild(QLineEdit, "penalty_daily_rateField").text() == "0.05"
    assert dialog.findChild(QLineEdit, "min_payment_rateField").text() == "10"
    assert dialog.findChild(QLineEdit, "installment_fee_rateField").text() == "0.5"
    labels = dialog.labels()
    assert labels["revolving_daily_rate"] == "Revolving interest, % a day"
    assert labels["annual_rate"] == "Loan interest, % a year"
    huabei = open_dialog(window, qtbot, 2)
    # Huabei's totals 0.025 / 0.045 / 0.065 / 0.088 → 2.5 / 4.5 / 6.5 / 8.8 %.
    assert (
        huabei.findChild(QLineEdit, "installment_total_ratesField").text()
        == "3:2.5,6:4.5,9:6.5,12:8.8"
    )


def test_typed_percentages_are_saved_as_exact_fractions(window: MainWindow, qtbot: QtBot) -> None:
    dialog = open_dialog(window, qtbot, BAITIAO)
    type_into(dialog, qtbot, "revolving_daily_rate", "0.035")  # 0.035 % a day → 0.00035
    type_into(dialog, qtbot, "penalty_daily_rate", "0.05%")  # the sign is fine → 0.0005
    type_into(dialog, qtbot, "min_payment_rate", "12.5")  # 12.5 % → 0.125
    with qtbot.waitSignal(window.ctx.changed):
        click_ok(dialog, qtbot)
    p = window.ctx.store.get_product(BAITIAO)
    assert p.revolving_daily_rate == Decimal("0.00035")
    assert str(p.revolving_daily_rate) == "0.00035"
    assert p.penalty_daily_rate == Decimal("0.0005")
    assert p.min_payment_rate == Decimal("0.125")
    assert p.installment_fee_rate == Decimal("0.005")  # untouched field: unchanged


def test_a_new_loan_takes_its_annual_rate_in_percent(make_window, qtbot: QtBot) -> None:  # type: ignore[no-untyped-def]
    window = make_window(demo=False)
    dialog = open_dialog(window, qtbot)
    type_into(dialog, qtbot, "name", "Car loan")
    preset = dialog.findChild(QComboBox, "presetField")
    preset.setCurrentIndex(preset.findData("loan"))
    preset.activated.emit(preset.currentIndex())
    # The loan preset's 6 % a year is shown as 6, its overdue 0.00025 a day as 0.025.
    assert dialog.findChild(QLineEdit, "annual_rateField").text() == "6"
    assert dialog.findChild(QLineEdit, "penalty_daily_rateField").text() == "0.025"
    type_into(dialog, qtbot, "annual_rate", "18")  # 18 % a year → 0.18
    with qtbot.waitSignal(window.ctx.changed):
        click_ok(dialog, qtbot)
    assert window.ctx.store.find_product("Car loan").annual_rate == Decimal("0.18")


def test_a_fraction_typed_by_habit_is_refused_not_misread(
    window: MainWindow, qtbot: QtBot
) -> None:
    before = window.ctx.store.get_product(BAITIAO)
    dialog = open_dialog(window, qtbot, BAITIAO)
    type_into(dialog, qtbot, "revolving_daily_rate", "0.0005")  # meant 0.05 %
    click_ok(dialog, qtbot)
    error = dialog._form_of("revolving_daily_rate").error_text("revolving_daily_rate")
    assert error == (
        "Revolving interest, % a day of 0.0005% is implausibly low: rates here are "
        "percentages — did you mean 0.05%?"
    )
    assert dialog.isVisible()
    type_into(dialog, qtbot, "revolving_daily_rate", "5")  # 5 % a day: far above 1 %
    click_ok(dialog, qtbot)
    error = dialog._form_of("revolving_daily_rate").error_text("revolving_daily_rate")
    assert error == "Revolving interest, % a day of 5% is too high: at most 1%"
    assert window.ctx.store.get_product(BAITIAO) == before  # nothing written


def test_a_new_product_does_not_carry_a_presets_phone_number(
    window: MainWindow, qtbot: QtBot
) -> None:
    dialog = open_dialog(window, qtbot)
    phone = dialog.findChild(QLineEdit, "service_phoneField")
    assert dialog.findChild(QComboBox, "presetField").currentData() == "baitiao"
    assert phone.text() == ""  # not JD's number
    # The preset's number is the hint, and is what the app calls when the field stays empty.
    assert phone.placeholderText() == "95118 (the lender's number, used when this is empty)"
    preset = dialog.findChild(QComboBox, "presetField")
    preset.setCurrentIndex(preset.findData("cn-credit-card"))
    preset.activated.emit(preset.currentIndex())
    assert phone.placeholderText() == "the number on the back of the card"
    type_into(dialog, qtbot, "service_phone", "95588")
    preset = dialog.findChild(QComboBox, "presetField")
    preset.setCurrentIndex(preset.findData("huabei"))
    preset.activated.emit(preset.currentIndex())
    assert phone.text() == "95588"  # the user's own number survives a change of preset
