"""What a QA pass on a real X server found in the reminders, each pinned by a test.

Today is Tue 1 Dec 2026 with the demo file: its first check fires 京东白条's bill
¥864.20 and plan period 4/12 ¥618.25 (both 5 days late), 花呗 ¥3,245.60 (in 3 days)
and Klarna $60.00 (in 4 days).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from ui.app import create_main_window
from ui.main_window import MainWindow
from ui.reminders.popup import ReminderPopup

TODAY_ISO = "2026-12-01"


def open_demo(qtbot: QtBot, path: Path) -> MainWindow:
    from datetime import date

    window = create_main_window(path, date.fromisoformat(TODAY_ISO), True, reminders=True)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window


def test_popup_and_dashboard_name_the_same_cost_of_a_day(qtbot: QtBot, tmp_path: Path) -> None:
    # 京东白条 period 4/12, ¥618.25, 5 days late at 0.05% a day: the dashboard says
    # 618.25 × 0.0005 = 0.309 → ¥0.31 a day. The popup said ¥0.30 (round(618.25 ×
    # 0.0005 × 6) − round(618.25 × 0.0005 × 5) = 1.85 − 1.55): one figure, two answers.
    window = open_demo(qtbot, tmp_path / "d.db")
    dashboard = window.findChild(QLabel, "overdueLine1").text()
    assert "¥618.25" in dashboard and "costs ¥0.31 a day" in dashboard
    popup = window.findChild(ReminderPopup, "reminderPopup")
    (card,) = [c for c in popup.cards.values() if c.reminder.due.amount == 61_825]
    assert "A day's delay costs ¥0.31" in card.details.text()
    # The bill ¥864.20: 0.4321 → ¥0.43 on both.
    (bill,) = [c for c in popup.cards.values() if c.reminder.due.amount == 86_420]
    assert "A day's delay costs ¥0.43" in bill.details.text()
