"""``debt-tracker-cli remind`` speaks the app's language (issue 15): the app keeps the
interface language in the data file when it is chosen, and the notifications that the
OS timer's ``remind`` sends are then in Chinese."""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Callable
from datetime import date
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QLabel
from pytestqt.qtbot import QtBot

from tests.support.dbus_session import FakeServer
from tracker import reminder_text
from tracker.service import reminders
from ui.app import create_main_window


def test_remind_writes_its_notifications_in_the_language_chosen_in_the_app(
    qtbot: QtBot, tmp_path: Path, fake_notifications: Callable[..., FakeServer]
) -> None:
    db = tmp_path / "one.db"
    window = create_main_window(db, date(2026, 12, 1), demo_if_new=False)
    qtbot.addWidget(window)
    window.show()
    store = window.ctx.store
    from tracker.service import bills, products

    products.add_product(store, "花呗", "huabei", {})
    bills.add_bill(
        store, "花呗", date(2026, 11, 25), date(2026, 12, 4), "3245.60", date(2026, 12, 1)
    )
    assert reminders.language(store) == "en"
    page = window.show_page("settings")
    combo = page.findChild(QComboBox, "languageCombo")
    combo.setFocus()
    # Choose 简体中文 with the keyboard, as a person would in the closed combo box.
    while combo.currentData() != "zh_CN":
        qtbot.keyClick(combo, Qt.Key.Key_Down)
    qtbot.waitUntil(lambda: window.findChild(QLabel, "settingsTitle").text() == "设置")
    assert store.get_setting(reminder_text.LANGUAGE_SETTING) == "zh_CN"
    window.close()
    server = fake_notifications()
    done = subprocess.run(
        [sys.executable, "-m", "tracker.cli", "--db", str(db), "--today", "2026-12-01", "remind"],
        capture_output=True,
        text=True,
        timeout=30,
    )
    assert done.returncode == 0, done.stderr
    (call,) = server.calls()
    # Minimum 10 % = 324.56; a day late costs 0.05 % × 3,245.60 = 1.6228 → 1.62;
    # 4 Dec 2026 is a Friday.
    assert call["summary"] == "花呗：¥3,245.60，3 天后到期"
    assert (
        call["body"] == "到期日 2026-12-04（12月4日 周五）；最低还款 ¥324.56；晚还一天多花 ¥1.62"
    )
