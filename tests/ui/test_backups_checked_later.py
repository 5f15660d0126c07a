"""Settings → Backups lists the backups at once and checks them in the background: a full
check takes seconds on years of history (1.8 s a backup at 1M charges, up to ~23 kept),
and it used to run on the GUI thread when the page was first shown."""

from __future__ import annotations

import threading
import time
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton, QTableWidget
from pytestqt.qtbot import QtBot

from tracker.service import backups, files
from ui.i18n import apply_language
from ui.main_window import MainWindow


def test_the_list_shows_at_once_and_fills_each_check_as_it_ends(
    window: MainWindow, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    first = files.back_up_now(window.ctx.store)
    time.sleep(1.1)  # names carry the second: a second backup a second later
    second = files.back_up_now(window.ctx.store)
    release = threading.Event()
    real = backups.check_file
    calls: list[Path] = []

    def slow_check(path: Path) -> list[str]:
        calls.append(path)
        release.wait(10)  # a check of years of history, held until the test says
        return ["row 7 of bills does not decode"] if path == first else real(path)

    monkeypatch.setattr(backups, "check_file", slow_check)
    window.show_page("settings")  # returns while every check is still held
    table = window.findChild(QTableWidget, "backupsTable")
    restore = window.findChild(QPushButton, "restoreBackupButton")
    assert table.rowCount() == 2
    assert [table.item(r, 3).text() for r in range(2)] == ["checking…", "checking…"]
    rect = table.visualItemRect(table.item(0, 0))  # newest first: the second backup
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert not restore.isEnabled()  # not restorable before its check says good
    release.set()
    qtbot.waitUntil(
        lambda: table.item(1, 3).text() != "checking…" and table.item(0, 3).text() != "checking…"
    )
    assert table.item(0, 3).text() == "good"
    assert table.item(1, 3).text() == "damaged"
    assert table.item(1, 3).toolTip() == "row 7 of bills does not decode"
    assert restore.isEnabled()  # the chosen row is the good one
    assert sorted(calls) == sorted([first, second])
    # Shown again (another page, then Settings; or Back up now): a checked backup is not
    # checked again while its file is unchanged.
    window.show_page("dashboard")
    window.show_page("settings")
    assert len(calls) == 2
    assert table.item(0, 3).text() == "good"


def test_checking_is_translated(
    window: MainWindow, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    files.back_up_now(window.ctx.store)
    release = threading.Event()
    monkeypatch.setattr(backups, "check_file", lambda path: (release.wait(10), [])[1])
    apply_language("zh_CN")
    try:
        window.show_page("settings")
        table = window.findChild(QTableWidget, "backupsTable")
        assert table.item(0, 3).text() == "正在检查…"
        release.set()
        qtbot.waitUntil(lambda: table.item(0, 3).text() == "完好")
    finally:
        release.set()
        apply_language("en")
