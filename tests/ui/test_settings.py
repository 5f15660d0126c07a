"""Settings page: live language switch, currency display, reminders, data file, backups."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFileDialog,
    QGroupBox,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTableView,
    QTableWidget,
    QToolButton,
)
from pytestqt.qtbot import QtBot

from tests.support.first_run import answer_first_run
from tracker.service import files, reminders
from ui import formatting
from ui.main_window import MainWindow
from ui.pages.settings import SettingsPage


@pytest.fixture(autouse=True)
def symbol_display() -> Iterator[None]:
    """The currency display is app-wide: leave it as every other test expects it."""
    yield
    formatting.set_currency_display("symbol")


def settings_page(window: MainWindow) -> SettingsPage:
    page = window.show_page("settings")
    assert isinstance(page, SettingsPage)
    return page


def choose(combo: QComboBox, data: str) -> None:
    combo.setCurrentIndex(combo.findData(data))


def nav_texts(window: MainWindow) -> list[str]:
    return [window.nav.item(i).text() for i in range(window.nav.count())]


def menu_overflow(window: MainWindow) -> bool:
    ext = window.menuBar().findChild(QToolButton, "qt_menubar_ext_button")
    return ext is not None and ext.isVisible()


def test_language_switches_live_to_chinese_and_back(window: MainWindow, qtbot: QtBot) -> None:
    page = settings_page(window)
    combo = page.findChild(QComboBox, "languageCombo")
    choose(combo, "zh_CN")
    # Qt delivers LanguageChange as posted events: let the event loop run.
    qtbot.waitUntil(lambda: window.findChild(QLabel, "settingsTitle").text() == "设置")
    assert window.ctx.settings.value("language") == "zh_CN"
    assert nav_texts(window) == ["总览", "产品", "还款模拟", "还清计划", "设置"]
    assert window.findChild(QLabel, "settingsTitle").text() == "设置"
    assert page.findChild(QPushButton, "backUpNowButton").text() == "立即备份"
    assert window.file_menu.title() == "文件(&F)"
    # the taller Chinese titles still fit: no menu hidden behind the bar's "»" button
    qtbot.waitUntil(lambda: not menu_overflow(window))
    # The combo keeps each language's own name, and the reminder settings follow.
    assert combo.currentText() == "简体中文"
    assert page.findChild(QGroupBox, "reminderGroup").title() == "提醒"

    choose(combo, "en")
    assert window.ctx.settings.value("language") == "en"
    qtbot.waitUntil(lambda: window.findChild(QLabel, "settingsTitle").text() == "Settings")
    assert nav_texts(window) == ["Dashboard", "Products", "Simulator", "Payoff", "Settings"]
    assert window.findChild(QLabel, "settingsTitle").text() == "Settings"
    assert page.findChild(QGroupBox, "reminderGroup").title() == "Reminders"


def test_reminder_days_are_kept_in_the_data_file(make_window, qtbot) -> None:  # type: ignore[no-untyped-def]
    first = make_window(name="a.db")
    page = settings_page(first)
    first.show_page("settings")
    leads = page.findChild(QLineEdit, "reminderLeadDays")
    assert leads.text() == "7, 3, 1, 0"  # the default
    leads.selectAll()
    QTest.keyClicks(leads, "10, 2,2")  # a repeat is fine (and a Chinese comma: core test)
    QTest.keyClick(leads, Qt.Key.Key_Return)
    assert leads.text() == "10, 2"
    assert reminders.settings(first.ctx.store).lead_days == (10, 2)
    leads.selectAll()
    QTest.keyClicks(leads, "3, soon")
    QTest.keyClick(leads, Qt.Key.Key_Return)
    error = page.findChild(QLabel, "reminderLeadDaysError")
    assert error.isVisible() and "soon" in error.text()
    assert reminders.settings(first.ctx.store).lead_days == (10, 2)  # nothing written
    daily = page.findChild(QCheckBox, "reminderOverdueDaily")
    assert daily.isChecked()
    QTest.keyClick(daily, Qt.Key.Key_Space)
    assert not reminders.settings(first.ctx.store).overdue_daily
    # The CLI reads the same file: another window on it sees the same settings.
    first.close()
    again = make_window(name="a.db")
    assert settings_page(again).findChild(QLineEdit, "reminderLeadDays").text() == "10, 2"
    # A new file has the defaults again (not this computer's QSettings).
    other = make_window(name="b.db")
    assert settings_page(other).findChild(QLineEdit, "reminderLeadDays").text() == "7, 3, 1, 0"


def test_currency_display_switches_every_amount(window: MainWindow) -> None:
    dues = window.findChild(QTableView, "upcomingDuesView").model()
    assert dues.index(0, 3).data() == "¥864.20"
    combo = settings_page(window).findChild(QComboBox, "currencyDisplayCombo")
    assert combo.itemText(1) == "ISO code (CNY 1,234.56)"
    choose(combo, "code")
    assert window.ctx.settings.value("currency_display") == "code"
    window.show_page("dashboard")
    assert dues.index(0, 3).data() == "CNY 864.20"
    assert formatting.money(-2500, "USD") == "-USD 25.00"


@pytest.mark.parametrize(
    ("content", "expected"),
    [
        (b"date,amount\n2026-11-01,12.00\n", "not an SQLite database"),
        (None, "is not a Debt Tracker data file"),
    ],
)
def test_refused_file_keeps_the_current_one(
    window: MainWindow,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    content: bytes | None,
    expected: str,
) -> None:
    other = tmp_path / "other.db"
    if content is None:
        with sqlite3.connect(other) as conn:
            conn.execute("CREATE TABLE notes (text)")
    else:
        other.write_bytes(content)
    before = other.read_bytes()
    warnings: list[str] = []
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(other), ""))
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text: warnings.append(text))
    page = settings_page(window)
    store = window.ctx.store
    products = store.list_products()
    page.findChild(QPushButton, "openDataFileButton").click()
    assert len(warnings) == 1 and expected in warnings[0]
    assert window.ctx.store is store
    assert store.list_products() == products  # the demo file is still open and readable
    assert page.findChild(QLabel, "dataFilePath").text() == str(store.path)
    assert other.read_bytes() == before


def test_create_new_asks_demo_or_own_products(
    window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, qtbot: QtBot
) -> None:
    # Settings → Create new… makes an empty file and asks, as a first start does; "demo
    # data" fills it (found by a QA pass: it only ever made an empty file).
    new = tmp_path / "look-around.db"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(new), ""))
    asked = answer_first_run("demoDataButton")
    settings_page(window).findChild(QPushButton, "createDataFileButton").click()
    qtbot.waitUntil(lambda: bool(asked))
    assert window.ctx.store.path == new
    qtbot.waitUntil(lambda: "花呗" in {p.name for p in window.ctx.store.list_products()})


def test_open_another_and_create_new(
    window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, qtbot: QtBot
) -> None:
    page = settings_page(window)
    demo_products = window.ctx.store.list_products()
    assert demo_products
    new = tmp_path / "fresh.db"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(new), ""))
    asked = answer_first_run("ownProductsButton")  # as at a first start: own products
    with qtbot.waitSignal(window.ctx.storeReplaced):
        page.findChild(QPushButton, "createDataFileButton").click()
    assert len(asked) == 1 and asked[0].startswith("Your data file is new.")
    assert window.ctx.store.path == new and window.ctx.store.list_products() == []
    assert page.findChild(QLabel, "dataFilePath").text() == str(new)
    backups = tmp_path.resolve() / "backups" / "fresh.db"  # each file has its own folder
    assert page.findChild(QLabel, "backupsPath").text() == str(backups)
    assert f"Data file: {new.name} " in window.status_label.text()  # the name; About: path

    demo = tmp_path / "t.db"  # the window fixture's demo file
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(demo), ""))
    page.findChild(QPushButton, "openDataFileButton").click()
    assert window.ctx.store.path == demo and window.ctx.store.list_products() == demo_products

    warnings: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text: warnings.append(text))
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(demo), ""))
    page.findChild(QPushButton, "createDataFileButton").click()  # never overwrites a file
    assert warnings == [f"{demo} already exists; open it instead of creating it"]
    assert window.ctx.store.list_products() == demo_products


def test_back_up_now_writes_a_usable_copy(window: MainWindow, tmp_path: Path) -> None:
    page = settings_page(window)
    page.findChild(QPushButton, "backUpNowButton").click()
    copies = list((tmp_path / "backups" / "t.db").glob("*-manual.db"))
    assert len(copies) == 1
    note = page.findChild(QLabel, "backupMessage").text()
    assert note == f"Saved a copy as {copies[0].name}"
    copy = files.open_store(copies[0])
    try:
        assert [p.name for p in copy.list_products()] == [
            p.name for p in window.ctx.store.list_products()
        ]
    finally:
        copy.close()


def test_no_backups_yet_says_so_until_the_first(window: MainWindow, qtbot: QtBot) -> None:
    page = settings_page(window)
    table = page.findChild(QTableWidget, "backupsTable")
    empty = page.findChild(QLabel, "noBackupsLabel")
    assert table.rowCount() == 0
    assert empty.isVisible()
    assert empty.text().startswith("No backups of this file yet")
    qtbot.mouseClick(page.findChild(QPushButton, "backUpNowButton"), Qt.MouseButton.LeftButton)
    assert table.rowCount() == 1 and not empty.isVisible()
