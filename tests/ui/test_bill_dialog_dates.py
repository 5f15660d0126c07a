"""Record → Bill, as a QA pass found it: the statement date typed digit by digit moved the
due date at every partial date, a due date the user typed was overwritten, an error fixed
left its empty space, and the dialog offered a statement already recorded.

Demo data, today 2026-12-01: 花呗 (2) has bills of 2026-10-26 and 2026-11-25 (statement day
25, due 9 days later); 京东白条 (1) of 2026-10-17 and 2026-11-17.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QLabel, QLineEdit
from pytestqt.qtbot import QtBot

from ui.dialogs.bill import BillDialog
from ui.i18n import apply_language
from ui.main_window import MainWindow

BAITIAO, HUABEI = 1, 2


def opened(window: MainWindow, qtbot: QtBot, product_id: int) -> BillDialog:
    dialog = BillDialog(window.ctx, product_id=product_id)
    dialog.setParent(window, dialog.windowFlags())
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def field(dialog: BillDialog, key: str) -> QLineEdit:
    return dialog.findChild(QLineEdit, f"{key}Field")


def retype(qtbot: QtBot, edit: QLineEdit, text: str) -> None:
    qtbot.mouseClick(edit, Qt.MouseButton.LeftButton)
    edit.selectAll()
    qtbot.keyClicks(edit, text)


def test_the_due_date_follows_only_a_whole_statement_date(
    window: MainWindow, qtbot: QtBot
) -> None:
    dialog = opened(window, qtbot, HUABEI)
    dues: list[str] = []
    field(dialog, "due").textChanged.connect(dues.append)
    # "2026-11-1" is a date too (1 Nov): it must not set the due date on the way to the 15th.
    retype(qtbot, field(dialog, "statement"), "2026-11-15")
    assert dues == ["2026-11-24"]  # 15 Nov + 9 days, once


def test_a_due_date_the_user_typed_is_kept(window: MainWindow, qtbot: QtBot) -> None:
    dialog = opened(window, qtbot, HUABEI)
    retype(qtbot, field(dialog, "due"), "2026-12-20")  # the lender's letter says so
    retype(qtbot, field(dialog, "statement"), "2026-11-30")
    assert field(dialog, "due").text() == "2026-12-20"
    qtbot.keyClicks(field(dialog, "amount"), "300")
    with qtbot.waitSignal(window.ctx.changed):
        qtbot.mouseClick(
            dialog.buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton
        )
    bill = window.ctx.store.list_bills(HUABEI)[-1]
    assert (bill.statement_date.isoformat(), bill.due_date.isoformat()) == (
        "2026-11-30",
        "2026-12-20",
    )


def test_a_fixed_error_leaves_no_gap(window: MainWindow, qtbot: QtBot) -> None:
    for lang in ("en", "zh_CN"):
        apply_language(lang)
        dialog = opened(window, qtbot, HUABEI)
        # The next statement, 25 Dec, is not issued yet (a note says so): type one that is.
        retype(qtbot, field(dialog, "statement"), "2026-11-30")
        qtbot.waitUntil(lambda d=dialog: not d.note.isVisible())
        height = dialog.height()
        retype(qtbot, field(dialog, "statement"), "2026-13-01")
        qtbot.keyClicks(field(dialog, "amount"), "300")
        qtbot.mouseClick(
            dialog.buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton
        )
        error = dialog.findChild(QLabel, "statementError")
        assert error.isVisible() and "13" in error.text()
        # Named by its label in the user's language ("date '2026-13-01'…" in 中文 before).
        assert error.text().startswith({"en": "Statement date '", "zh_CN": "账单日 '"}[lang])
        qtbot.waitUntil(lambda d=dialog, h=height: d.height() > h)
        retype(qtbot, field(dialog, "statement"), "2026-11-30")
        assert not error.isVisible()
        qtbot.waitUntil(lambda d=dialog, h=height: d.height() == h)
        amount = field(dialog, "amount")
        minimum = field(dialog, "minimum")
        # Rows as close as before the error: the amount's row right under the due date's.
        assert minimum.y() - amount.y() == amount.y() - field(dialog, "due").y()
        dialog.reject()
    apply_language("en")


def test_a_new_bill_offers_the_next_statement_not_recorded(
    window: MainWindow, qtbot: QtBot
) -> None:
    dialog = opened(window, qtbot, HUABEI)
    # 25 Nov is recorded: the next statement is 25 Dec (due 3 Jan), not issued yet on
    # 1 Dec — a note says so when the dialog opens (OK would refuse it); no error.
    assert field(dialog, "statement").text() == "2026-12-25"
    assert field(dialog, "due").text() == "2027-01-03"
    assert not dialog.message.isVisible()
    assert dialog.note.isVisible() and "2026-12-25 is after today" in dialog.note.text()
    # A statement already issued: the note goes.
    retype(qtbot, field(dialog, "statement"), "2026-11-28")
    assert not dialog.note.isVisible()
    # Choosing another product offers its own next statement.
    combo = dialog.product
    combo.setFocus()
    while combo.currentData() != BAITIAO:
        qtbot.keyClick(combo, Qt.Key.Key_Up)
    assert field(dialog, "statement").text() == "2026-12-17"
    assert field(dialog, "due").text() == "2026-12-26"
    assert QApplication.activeModalWidget() is None


def test_the_bill_fields_say_what_to_copy_from_the_statement(
    window: MainWindow, qtbot: QtBot
) -> None:
    # The amount is what the statement adds; the minimum is the statement's own printed
    # figure (the engine reads it whole: tests/core/test_printed_minimum.py), in both
    # languages.
    dialog = opened(window, qtbot, HUABEI)
    assert "instalment plans recorded here" in field(dialog, "amount").toolTip()
    assert "printed on the statement" in field(dialog, "minimum").toolTip()
    dialog.reject()
    apply_language("zh_CN")
    try:
        dialog = opened(window, qtbot, HUABEI)
        assert "账单上印的最低还款额" in field(dialog, "minimum").toolTip()
        dialog.reject()
    finally:
        apply_language("en")
