"""Fixes from a QA pass over the simulator, payoff, import, export and settings pages, in
English and Chinese: each test types and clicks as a person would and reads what shows."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QFileDialog, QLabel, QLineEdit, QMessageBox, QPushButton
from pytestqt.qtbot import QtBot

from tests.support.first_run import answer_first_run
from ui.dialogs.export import ExportDialog
from ui.dialogs.import_file import ImportDialog
from ui.i18n import apply_language
from ui.main_window import MainWindow
from ui.pages.payoff import PayoffPage

TIMEOUT = 10_000
JD = Path(__file__).resolve().parent.parent / "fixtures" / "import" / "jd.csv"


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
    # Named by its field's label (the dialogs name refused dates by their label).
    assert dialog.form.error_text("start") == "开始日期 2026-02-30 不存在：该月只有 28 天"


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
    assert message.startswith("每月预算 '9999")  # the field's name
    # A pasted number says it is too large, in Chinese throughout (no "(5000 characters)").
    assert message.endswith("太大（最多 100,000,000,000）"), message
    assert "characters" not in message
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


def test_an_unclosed_quote_in_an_imported_line_shows_as_that_bad_line(
    window: MainWindow, qtbot: QtBot, tmp_path: Path
) -> None:
    """A JD file with a quote left open on one line: the preview showed that line as a
    new ¥258.00 *payment* made of it and the next five lines, which vanished; the bad
    line was not said."""
    apply_language("zh_CN")
    text = JD.read_text(encoding="utf-8-sig").splitlines()
    header = next(i for i, t in enumerate(text) if t.startswith("交易时间"))
    slip = '2026-11-04 21:00:01,"未闭合引号,5.00,京东白条'
    path = tmp_path / "jd-slip.csv"
    path.write_text("\n".join([*text[: header + 1], slip, *text[header + 1 :]]) + "\n")
    dialog = ImportDialog(window.ctx, window)
    qtbot.addWidget(dialog)
    dialog.show()
    combo = dialog.product
    combo.setFocus()
    target = combo.findText("京东白条 (CNY)")
    for _ in range(combo.count()):
        qtbot.keyClick(combo, Qt.Key.Key_Up)
    for _ in range(target):
        qtbot.keyClick(combo, Qt.Key.Key_Down)
    type_into(dialog.file, str(path))
    qtbot.waitUntil(lambda: dialog.plan is not None, timeout=TIMEOUT)
    model = dialog.model
    rows = [[model.index(r, c).data() for c in range(4)] for r in range(model.rowCount())]
    assert ["23", "有误", "", ""] in rows
    bad = rows.index(["23", "有误", "", ""])
    assert model.index(bad, 5).data() == "此行有一个未闭合的引号"
    assert model.index(bad, 6).data() == slip  # the line as it is in the file
    assert [r[3] for r in rows if r[1] == "新增"] == [
        "消费",
        "退款",
        "消费",
        "消费",
        "退款",
        "还款",
        "消费",
    ]
    assert dialog.summary.text().startswith("新增 7 行")
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    assert (
        dialog.message.text()
        == "第 23 行：此行有一个未闭合的引号。请修正文件，或勾选跳过有误的行。"
    )


def test_a_bad_budget_is_named_as_the_budget(window: MainWindow, qtbot: QtBot) -> None:
    """The payoff page's refusals said "amount '12,34.5' …" next to "Monthly budget"."""
    page = open_payoff(window, qtbot)
    expected = {
        "12,34.5": "monthly budget '12,34.5' has misplaced thousands separators"
        " (use 1,234.56 or 1234.56)",
        "abc": "monthly budget 'abc' is not a number like 1234.56",
        "0": "monthly budget '0' must be greater than zero",
    }
    for typed, message in expected.items():
        type_into(page.budget, typed)
        qtbot.mouseClick(page.plan_button, Qt.MouseButton.LeftButton)
        assert page.budget_error.isVisible()
        assert page.budget_error.text() == message
        assert page.result is None  # no plan shown for another budget


def test_every_simulator_option_is_in_sight_on_a_1920_screen(
    window: MainWindow, qtbot: QtBot
) -> None:
    """At 1896×1030 (a 1920×1080 screen less frame and task bar) the late Baitiao due's
    seventh option, "Negotiate after 90 days", was hidden under the options table's
    scroll bar: the table was fitted before the splitter shared out its new height."""
    window.resize(1896, 1030)
    page = window.show_page("simulator")
    view = page.view  # type: ignore[attr-defined]
    qtbot.waitUntil(lambda: page.model.rowCount() == 7)  # type: ignore[attr-defined]
    qtbot.wait(50)
    assert view.model().index(6, 0).data() == "Negotiate after 90 days"
    assert not view.verticalScrollBar().isVisible()
    assert view.rowViewportPosition(6) + view.rowHeight(6) <= view.viewport().height()


def test_a_yuan_statement_is_not_imported_into_a_dollar_card(
    window: MainWindow, qtbot: QtBot
) -> None:
    """File → Import… opens on the first product, Chase Freedom (USD); a JD file typed in
    was previewed as "$131.77" charges and could be imported into the US card."""
    apply_language("zh_CN")
    dialog = ImportDialog(window.ctx, window)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.product.currentText() == "Chase Freedom (USD)"
    type_into(dialog.file, str(JD))
    qtbot.waitUntil(lambda: dialog.plan is not None, timeout=TIMEOUT)
    assert dialog.message.isVisible()
    assert dialog.message.text() == (
        "此京东文件的金额以 CNY 计，而 Chase Freedom 以 USD 记账：请选择此文件对应的产品。"
    )
    assert not dialog.import_button.isEnabled()
    dialog.product.setFocus()
    for _ in range(dialog.product.count()):
        qtbot.keyClick(dialog.product, Qt.Key.Key_Up)
    for _ in range(dialog.product.findText("京东白条 (CNY)")):
        qtbot.keyClick(dialog.product, Qt.Key.Key_Down)
    qtbot.waitUntil(lambda: dialog.plan is not None and dialog.plan.new > 0, timeout=TIMEOUT)
    assert not dialog.message.isVisible()
    assert dialog.import_button.isEnabled()
    assert dialog.model.index(0, 4).data() == "¥131.77"


@pytest.mark.parametrize(
    ("lang", "expected"),
    [
        ("en", "{path} is empty, not set up yet (Create new… with this name sets it up)"),
        ("zh_CN", "{path} 是空文件，尚未初始化（用“新建文件…”选择这个文件名即可初始化）"),
    ],
)
def test_an_empty_file_opened_in_settings_is_not_told_to_run_init(
    window: MainWindow,
    qtbot: QtBot,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    lang: str,
    expected: str,
) -> None:
    """Settings → Open another… on an empty file said "(run `init` to initialise it)":
    a command of the command-line tool, which the window has no way to run. Create new…
    with that name does set it up."""
    apply_language(lang)
    empty = tmp_path / "empty.db"
    empty.write_bytes(b"")
    page = window.show_page("settings")
    shown: list[str] = []
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(empty), ""))
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(empty), ""))
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text: shown.append(text))
    left = Qt.MouseButton.LeftButton
    qtbot.mouseClick(page.findChild(QPushButton, "openDataFileButton"), left)
    assert shown == [expected.format(path=empty)]
    assert window.ctx.data_path.name == "t.db"  # still the file that was open
    asked = answer_first_run("ownProductsButton")  # a new file asks demo or own products
    qtbot.mouseClick(
        page.findChild(QPushButton, "createDataFileButton"), Qt.MouseButton.LeftButton
    )
    assert len(asked) == 1
    assert window.ctx.data_path == empty and empty.stat().st_size > 0


def test_the_bill_a_payment_pays_is_named_in_chinese_in_the_preview(
    window: MainWindow, qtbot: QtBot
) -> None:
    """A JD file's 白条还款 previewed for 京东白条 said "偿还 Statement 2026-11-17
    (¥500.00)": the bill's English description in a Chinese note."""
    apply_language("zh_CN")
    dialog = ImportDialog(window.ctx, window)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.product.setFocus()
    for _ in range(dialog.product.count()):
        qtbot.keyClick(dialog.product, Qt.Key.Key_Up)
    for _ in range(dialog.product.findText("京东白条 (CNY)")):
        qtbot.keyClick(dialog.product, Qt.Key.Key_Down)
    type_into(dialog.file, str(JD))
    qtbot.waitUntil(lambda: dialog.plan is not None, timeout=TIMEOUT)
    model = dialog.model
    kinds = [model.index(r, 3).data() for r in range(model.rowCount())]
    payment = kinds.index("还款")
    assert model.index(payment, 5).data() == "偿还 2026-11-17 账单 (¥500.00)"


def test_emptying_the_reminder_days_says_there_will_be_no_reminder(
    window: MainWindow, qtbot: QtBot
) -> None:
    """Settings: the reminder days deleted and Return pressed saved "no reminder before
    any due date" without a word; the field just stayed empty."""
    apply_language("zh_CN")
    page = window.show_page("settings")
    leads = page.findChild(QLineEdit, "reminderLeadDays")
    note = page.findChild(QLabel, "reminderLeadDaysError")
    type_into(leads, "")
    qtbot.keyClick(leads, Qt.Key.Key_Return)
    assert note.isVisible()
    assert note.text() == "到期前不会提醒：请输入提前提醒的天数，例如 7, 3, 1, 0。"
    window.show_page("dashboard")
    page = window.show_page("settings")
    assert note.isVisible()  # still said when the page is shown again
    type_into(leads, "3, 0")
    qtbot.keyClick(leads, Qt.Key.Key_Return)
    assert not note.isVisible()
    assert leads.text() == "3, 0"


def test_a_short_line_in_an_imported_file_is_said_to_be_short(
    window: MainWindow, qtbot: QtBot, tmp_path: Path
) -> None:
    """A JD line cut after its second cell was said to be bad because "金额 '' 不是
    131.77 这样的数字" — true, but not what is wrong with it."""
    apply_language("zh_CN")
    text = JD.read_text(encoding="utf-8-sig").splitlines()
    header = next(i for i, t in enumerate(text) if t.startswith("交易时间"))
    path = tmp_path / "jd-short.csv"
    short = "2026-11-03 21:00:01,缺列"
    path.write_text("\n".join([*text[: header + 1], short, *text[header + 1 :]]) + "\n")
    dialog = ImportDialog(window.ctx, window)
    qtbot.addWidget(dialog)
    dialog.show()
    type_into(dialog.file, str(path))
    qtbot.waitUntil(lambda: dialog.plan is not None, timeout=TIMEOUT)
    model = dialog.model
    bad = [r for r in range(model.rowCount()) if model.index(r, 0).data() == "23"]
    assert [model.index(r, 5).data() for r in bad] == ["此行只有 2 个单元格，而表头有 11 列"]
    assert model.index(bad[0], 6).data() == short


def test_the_plan_names_months_not_first_days(window: MainWindow, qtbot: QtBot) -> None:
    """The demo's plan at the suggested ¥2,600.00 was "debt-free 2027-08-01" and its
    months "2026-12-01" …: the planner works month by month and pays on due dates, not
    on the 1st. (August paid the last ¥0.66 until each payment cleared the interest of
    its own eve, 2026-12-06: July ends it.)"""
    page = open_payoff(window, qtbot)
    assert [page.strategies.index(r, 1).data() for r in range(3)] == ["2027-07"] * 3
    months = page.months
    assert [months.index(r, 0).data() for r in (0, months.rowCount() - 1)] == [
        "2026-12",
        "2027-07",
    ]
