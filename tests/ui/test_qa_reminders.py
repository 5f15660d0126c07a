"""What a QA pass on a real X server found in the reminders, each pinned by a test.

Today is Tue 1 Dec 2026 with the demo file: its first check fires 京东白条's bill
¥864.20 and plan period 4/12 ¥618.25 (both 5 days late), 花呗 ¥3,245.60 (in 3 days)
and Klarna $60.00 (in 4 days).
"""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QCheckBox, QLabel, QLineEdit, QListWidget
from pytestqt.qtbot import QtBot

from ui.app import create_main_window
from ui.i18n import apply_language
from ui.main_window import MainWindow
from ui.reminders.popup import ReminderPopup
from ui.reminders.scheduler import CLOSE_TO_TRAY_KEY

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
    # … and the ¥3.71 the account was charged so far, which paying ¥864.20 alone leaves.
    assert "+ ¥3.71 so far on the whole account (¥867.91 to pay today)" in bill.details.text()
    assert "so far" not in card.details.text()  # (held by the bill's due only)


def test_without_a_tray_the_tray_setting_is_off_and_says_it_needs_one(
    qtbot: QtBot, tmp_path: Path
) -> None:
    # Offscreen, like a bare X server, has no system tray: closing the window quits.
    # The box said "Keep running in the tray" ticked (greyed), promising what cannot be.
    window = open_demo(qtbot, tmp_path / "d.db")
    click(window.findChild(QListWidget, "navigation"), "Settings")
    box = window.findChild(QCheckBox, "closeToTrayCheck")
    assert box.isVisible() and not box.isEnabled()
    assert not box.isChecked()
    assert "needs a system tray" in box.text()
    # The preference itself is kept for a desktop that has a tray (default: on).
    assert window.ctx.setting(CLOSE_TO_TRAY_KEY, "true") == "true"
    # Start at login does not promise the tray either (it opens the window then).
    login = window.findChild(QCheckBox, "startAtLoginCheck")
    assert "tray" in login.text() and "in the tray" not in login.text()
    # And closing the window really quits: nothing keeps it in a tray.
    assert not window.reminders.keep_in_tray()


def click(nav: QListWidget, text: str) -> None:
    """Click the navigation entry called ``text``, as a person would."""
    (item,) = nav.findItems(text, Qt.MatchFlag.MatchExactly)
    rect = nav.visualItemRect(item)
    QTest.mouseClick(nav.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def test_the_popup_names_bills_in_the_interface_language(qtbot: QtBot, tmp_path: Path) -> None:
    # In Chinese the popup said "Statement 2026-11-25" (the stored English description)
    # where the dashboard's list says "2026-11-25 账单" (DuesModel "Statement {date}").
    apply_language("zh_CN")
    window = open_demo(qtbot, tmp_path / "d.db")
    popup = window.findChild(ReminderPopup, "reminderPopup")
    (huabei,) = [c for c in popup.cards.values() if c.reminder.due.product == "花呗"]
    assert huabei.details.text().splitlines()[0] == "2026-11-25 账单"
    # A plan's period keeps the user's own words: "iPhone 12 期 4/12".
    (period,) = [c for c in popup.cards.values() if c.reminder.due.amount == 61_825]
    assert period.details.text().splitlines()[0] == "iPhone 12 期 4/12"
    # Switching back to English renames it at once.
    apply_language("en")
    qtbot.waitUntil(lambda: huabei.details.text().splitlines()[0] == "Statement 2026-11-25")


def test_a_snoozed_due_stays_quiet_when_the_lead_days_change(qtbot: QtBot, tmp_path: Path) -> None:
    # Klarna $60.00 is due Sat 5 Dec, 4 days ahead: its 7-day reminder fired at start.
    # Snoozed for an hour, then new lead days "5, 2, 0" made a 5-day reminder for the
    # same due pop up at once, snooze or not.
    window = open_demo(qtbot, tmp_path / "d.db")
    popup = window.findChild(ReminderPopup, "reminderPopup")
    (klarna,) = [c for c in popup.cards.values() if c.reminder.due.product == "Klarna"]
    QTest.mouseClick(klarna.hour_button, Qt.MouseButton.LeftButton)
    assert "Klarna" not in [c.reminder.due.product for c in popup.cards.values()]
    click(window.findChild(QListWidget, "navigation"), "Settings")
    leads = window.findChild(QLineEdit, "reminderLeadDays")
    QTest.mouseClick(leads, Qt.MouseButton.LeftButton)
    leads.selectAll()
    QTest.keyClicks(leads, "5, 2, 0")
    QTest.keyClick(leads, Qt.Key.Key_Return)
    assert leads.text() == "5, 2, 0"  # saved (and shown back as the file holds it)
    assert "Klarna" not in [c.reminder.due.product for c in popup.cards.values()]
    # (Before the fix in ReminderSettingsBox, closing this window afterwards raised
    # "Cannot operate on a closed database": the focused field saved once more when
    # the closing window took its focus, after the data file was closed.)
    # An hour later the snooze is over and Klarna's reminder (now its 5-day one) is back.
    later = window.reminders.clock() + timedelta(hours=1, minutes=1)
    window.reminders.clock = lambda: later
    window.reminders.check()
    assert "Klarna" in [c.reminder.due.product for c in popup.cards.values()]


def test_the_popup_fits_its_cards_after_some_are_snoozed(qtbot: QtBot, tmp_path: Path) -> None:
    # The popup kept the height of four cards after two were snoozed: half of it empty.
    window = open_demo(qtbot, tmp_path / "d.db")
    popup = window.findChild(ReminderPopup, "reminderPopup")
    qtbot.waitExposed(popup)
    tall = popup.height()
    for product in ("花呗", "Klarna"):
        (card,) = [c for c in popup.cards.values() if c.reminder.due.product == product]
        QTest.mouseClick(card.hour_button, Qt.MouseButton.LeftButton)
    assert len(popup.cards) == 2
    qtbot.waitUntil(lambda: popup.height() < tall)
    # Both remaining cards are shown whole: nothing to scroll.
    qtbot.waitUntil(lambda: popup.scroll.verticalScrollBar().maximum() == 0)


def test_the_tray_shows_the_app_icon() -> None:
    # Issue 16: one icon set for the window, the tray, notifications and the menu entry;
    # the tray drew Qt's stock "detailed view" icon instead.
    from ui.icons import app_icon
    from ui.reminders.tray import badge_icon

    assert badge_icon(0).pixmap(64, 64).toImage() == app_icon().pixmap(64, 64).toImage()
    # With a count, the badge is drawn on the app icon: it differs, same size.
    badged = badge_icon(3).pixmap(64, 64).toImage()
    assert badged.size().width() == 64 and badged != app_icon().pixmap(64, 64).toImage()
