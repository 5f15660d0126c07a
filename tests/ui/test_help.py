"""Help → Debt Tracker Help (F1): APR/EAR, the report codes, 连三累六, when a due is
reported, and where the data file and its backups are — in both languages."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QTextBrowser
from pytestqt.qtbot import QtBot

from ui.dialogs.help import HelpDialog
from ui.i18n import apply_language
from ui.main_window import MainWindow


def shown_help(window: MainWindow) -> HelpDialog | None:
    found = [w for w in QApplication.topLevelWidgets() if isinstance(w, HelpDialog)]
    return next((w for w in found if w.isVisible()), None)


def test_f1_opens_help_with_rates_codes_and_files(window: MainWindow, qtbot: QtBot) -> None:
    window.activateWindow()
    QTest.keyClick(window, Qt.Key.Key_F1)
    qtbot.waitUntil(lambda: shown_help(window) is not None)
    dialog = shown_help(window)
    assert dialog is not None and dialog.windowTitle() == "Debt Tracker Help"
    text = dialog.findChild(QTextBrowser, "helpText").toPlainText()
    for heading in ("APR and EAR", "Credit-report codes", "When it is reported"):
        assert heading in text
    # The worked example (DESIGN.md): 1.0863% a month → 13.03% APR, 13.84% EAR.
    assert "13.03% APR" in text and "13.84% EAR" in text
    assert "1 = 1–30 days past due" in text and "7 = over 180 days" in text
    assert "30, 60, 90, 120, 150 or 180 days late" in text and "连三累六" in text
    path = window.ctx.store.path.resolve()
    assert f"Open now: {path}" in text
    backups = path.parent / "backups" / path.name  # each data file has its own folder
    assert f"Backups: {backups}" in text
    assert "the last 7 days, 4 weeks and 12 months are kept" in text
    dialog.close()


def test_help_is_in_the_help_menu_and_translated(window: MainWindow, qtbot: QtBot) -> None:
    assert window.help_menu.actions()[0] is window.actions_["helpAction"]
    apply_language("zh_CN")
    try:
        # The menus are retranslated on the LanguageChange event, delivered from the loop.
        qtbot.waitUntil(lambda: window.actions_["helpAction"].text() == "债务管家帮助(&H)")
        window.help_menu.popup(window.mapToGlobal(window.rect().topLeft()))
        qtbot.waitUntil(window.help_menu.isVisible)
        window.help_menu.setActiveAction(window.actions_["helpAction"])
        QTest.keyClick(window.help_menu, Qt.Key.Key_Return)
        qtbot.waitUntil(lambda: shown_help(window) is not None)
        dialog = shown_help(window)
        assert dialog is not None and dialog.windowTitle() == "债务管家帮助"
        text = dialog.findChild(QTextBrowser, "helpText").toPlainText()
        assert "年化利率与实际年利率" in text and "征信还款状态代码" in text
        assert "APR and EAR" not in text
        # Left open while the language changes back, it follows.
        apply_language("en")
        qtbot.waitUntil(lambda: dialog.windowTitle() == "Debt Tracker Help")
        assert "APR and EAR" in dialog.findChild(QTextBrowser, "helpText").toPlainText()
        dialog.close()
    finally:
        apply_language("en")
