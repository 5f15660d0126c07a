"""Fixes from a QA pass over the simulator, payoff, import, export and settings pages, in
English and Chinese: each test types and clicks as a person would and reads what shows."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QLineEdit
from pytestqt.qtbot import QtBot

from ui.dialogs.export import ExportDialog
from ui.i18n import apply_language
from ui.main_window import MainWindow
from ui.pages.payoff import PayoffPage

TIMEOUT = 10_000


def type_into(widget: QLineEdit, text: str) -> None:
    """Select what the field holds and type ``text`` over it."""
    widget.setFocus()
    QTest.keyClick(widget, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    QTest.keyClick(widget, Qt.Key.Key_Delete)
    QTest.keyClicks(widget, text)


def open_export(window: MainWindow, qtbot: QtBot) -> ExportDialog:
    dialog = ExportDialog(window.ctx, window)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def test_an_impossible_date_is_refused_wholly_in_chinese(window: MainWindow, qtbot: QtBot) -> None:
    """2026-02-30 typed into a date field: the message next to it was "date 2026-02-30
    不存在…" — the English word "date" in a Chinese sentence."""
    apply_language("zh_CN")
    dialog = open_export(window, qtbot)
    type_into(dialog.start, "2026-02-30")
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    assert dialog.isVisible()  # nothing written
    assert dialog.form.error_text("start") == "日期 2026-02-30 不存在：该月只有 28 天"


def test_a_5000_digit_budget_is_refused_wholly_in_chinese(
    window: MainWindow, qtbot: QtBot
) -> None:
    """The message repeats the start of a very long text; its "(5000 characters)" stayed
    English in the Chinese interface."""
    apply_language("zh_CN")
    with qtbot.waitSignal(window.pages["payoff"].planned, timeout=TIMEOUT):  # type: ignore[attr-defined]
        page = window.show_page("payoff")
    assert isinstance(page, PayoffPage)
    type_into(page.budget, "9" * 5000)
    qtbot.mouseClick(page.plan_button, Qt.MouseButton.LeftButton)
    message = page.budget_error.text()
    assert page.budget_error.isVisible()
    assert message.endswith("…（共 5000 个字符）' 作为金额太长了"), message
    assert "characters" not in message


def open_payoff(window: MainWindow, qtbot: QtBot) -> PayoffPage:
    with qtbot.waitSignal(window.pages["payoff"].planned, timeout=TIMEOUT):  # type: ignore[attr-defined]
        page = window.show_page("payoff")
    assert isinstance(page, PayoffPage)
    return page


def test_a_plan_that_stops_early_does_not_claim_30_years(window: MainWindow, qtbot: QtBot) -> None:
    """¥50 a month on the demo debts: the plan stops in 2027-02 (an account would be over
    90 days late) after 3 months, and its Debt-free cell said "not within 30 years"."""
    page = open_payoff(window, qtbot)
    type_into(page.budget, "50")
    with qtbot.waitSignal(page.planned, timeout=TIMEOUT):
        qtbot.mouseClick(page.plan_button, Qt.MouseButton.LeftButton)
    debt_free = [page.strategies.index(r, 1).data() for r in range(3)]
    months = [page.strategies.index(r, 2).data() for r in range(3)]
    assert months == ["3", "3", "3"]
    assert debt_free == ["stops 2027-02"] * 3
    assert "The plan stops in 2027-02" in page.warning.text()
    apply_language("zh_CN")
    assert page.strategies.index(0, 1).data() == "止于 2027-02"


def test_the_three_strategies_stay_in_sight_when_the_table_scrolls_sideways(
    window: MainWindow, qtbot: QtBot
) -> None:
    """A window narrower than the strategies table: its horizontal scroll bar took the
    third row's place (the table is sized to three rows, "no scrolling")."""
    page = open_payoff(window, qtbot)
    window.resize(760, 600)
    qtbot.waitUntil(lambda: page.strategies_view.horizontalScrollBar().isVisible())
    view = page.strategies_view
    last = view.rowViewportPosition(2) + view.rowHeight(2)
    assert last <= view.viewport().height()
