"""Help → About shows the version, the data file's path and its schema version."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

import tracker
from tracker.storage import SCHEMA_VERSION
from ui.i18n import apply_language
from ui.main_window import MainWindow


def _open_about(window: MainWindow, qtbot: QtBot) -> str:
    """Click Help, then About (keyboard: Alt+H, A); return the box's text."""
    seen: list[str] = []

    def read_and_close() -> None:
        box = QApplication.activeModalWidget()
        if isinstance(box, QMessageBox):
            seen.append(box.text())
            box.accept()
        else:
            QTimer.singleShot(20, read_and_close)

    QTimer.singleShot(20, read_and_close)
    window.help_menu.popup(window.mapToGlobal(window.rect().topLeft()))
    qtbot.waitUntil(window.help_menu.isVisible)
    window.help_menu.setActiveAction(window.actions_["aboutAction"])
    QTest.keyClick(window.help_menu, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: bool(seen))
    return seen[0]


def test_about_shows_version_path_and_schema(window: MainWindow, qtbot: QtBot) -> None:
    text = _open_about(window, qtbot)
    path = window.ctx.store.path.resolve()
    assert f"Debt Tracker {tracker.__version__}" in text
    assert f"Data file: {path}" in text
    assert (
        f"Data file schema version: {SCHEMA_VERSION} "
        f"(this app understands up to {SCHEMA_VERSION})" in text
    )


def test_about_in_chinese(window: MainWindow, qtbot: QtBot) -> None:
    apply_language("zh_CN")
    text = _open_about(window, qtbot)
    assert f"债务管家 {tracker.__version__}" in text
    assert f"数据文件：{window.ctx.store.path.resolve()}" in text
    assert f"数据文件结构版本：{SCHEMA_VERSION}（本程序最高支持 {SCHEMA_VERSION}）" in text
