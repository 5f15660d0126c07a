"""One date style per context and one term per figure, in both languages (issue 15):
tables ISO, cards the short form with the weekday, sentences the long form; APR is
年化利率 and EAR 实际年利率 wherever they appear."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QLabel, QLineEdit, QTableView
from pytestqt.qtbot import QtBot

from ui.dialogs.plan import PlanDialog
from ui.formatting import shown_text, unbroken
from ui.i18n import apply_language
from ui.main_window import MainWindow


def test_each_context_has_its_date_style_in_chinese(make_window, qtbot: QtBot) -> None:  # type: ignore[no-untyped-def]
    apply_language("zh_CN")
    window: MainWindow = make_window()
    window.show_page("dashboard")
    dues = window.findChild(QTableView, "upcomingDuesView")
    assert dues.model().index(0, 0).data() == "2026-11-26"  # a table: ISO
    card = shown_text(window.findChild(QLabel, "nextDueCNY").text())
    assert card.endswith(
        "12月4日 周五"
    )  # a card: short, with the weekday (4 Dec 2026 is a Friday)
    countdown = window.findChild(QLabel, "nextDueCountdown").text()
    assert countdown.endswith("12月4日 周五")
    page = window.show_page("simulator")
    qtbot.waitUntil(lambda: bool(page.explanation.text()), timeout=5000)  # type: ignore[attr-defined]
    # The first due is 京东白条's, 5 days late and reported: "… until 2031-12-01", spelled out
    # in a sentence (1 Dec 2031 is a Monday).
    assert "2031年12月1日 星期一" in page.explanation.text()  # type: ignore[attr-defined]
    assert "2031-12-01" not in page.explanation.text()  # type: ignore[attr-defined]


def test_each_context_has_its_date_style_in_english(window: MainWindow, qtbot: QtBot) -> None:
    card = shown_text(window.findChild(QLabel, "nextDueCNY").text())
    assert card.endswith("Fri 4 Dec")
    page = window.show_page("simulator")
    qtbot.waitUntil(lambda: bool(page.explanation.text()), timeout=5000)  # type: ignore[attr-defined]
    assert "Monday 1 December 2031" in page.explanation.text()  # type: ignore[attr-defined]


def test_apr_and_ear_keep_one_name_each_in_chinese(make_window, qtbot: QtBot) -> None:  # type: ignore[no-untyped-def]
    apply_language("zh_CN")
    window: MainWindow = make_window()
    page = window.show_page("simulator")
    view = window.findChild(QTableView, "simulatorOptionsView")
    headers = [view.model().headerData(c, Qt.Orientation.Horizontal) for c in range(5)]
    assert "年化利率" in headers and "实际年利率" in headers
    assert page is not None
    dialog = PlanDialog(window.ctx, 1, parent=window)
    qtbot.addWidget(dialog)
    dialog.show()
    principal = dialog.findChild(QLineEdit, "principalField")
    principal.setFocus()
    qtbot.keyClicks(principal, "12000")
    periods = dialog.findChild(QComboBox, "periodsField")
    assert periods.count() > 0
    shown = dialog.findChild(QLabel, "planPreview").text()
    preview = shown_text(shown)
    # APR is 年化利率 (never 实际年化利率, which would read as the EAR); EAR is 实际年利率.
    assert "年化利率" in preview and "实际年利率" in preview
    assert "实际年化利率" not in preview
    # Neither term is split across lines when the preview wraps (实际年 / 利率).
    assert unbroken("实际年利率") in shown and unbroken("年化利率") in shown
