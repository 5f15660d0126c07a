"""Answer the demo-or-own-products question (ui/first_run.py) as a person clicks it."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QLabel, QPushButton


def answer_first_run(button: str) -> list[str]:
    """Click ``button`` of the demo-or-own question about to open; the texts it asked."""
    asked: list[str] = []

    def answer() -> None:
        dialog = QApplication.activeModalWidget()
        if dialog is None or dialog.objectName() != "firstRunDialog":
            QTimer.singleShot(10, answer)
            return
        asked.append(dialog.findChild(QLabel, "firstRunText").text())
        QTest.mouseClick(dialog.findChild(QPushButton, button), Qt.MouseButton.LeftButton)

    QTimer.singleShot(0, answer)
    return asked
