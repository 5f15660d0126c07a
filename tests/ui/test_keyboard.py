"""Keyboard: Tab goes through every control in reading order and always leaves a table
(issue 15). Each test presses real keys (QTest) and follows the focus."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QPushButton, QTableView, QWidget
from pytestqt.qtbot import QtBot

from ui.dialogs.charge import ChargeDialog
from ui.dialogs.export import ExportDialog
from ui.main_window import PAGES, MainWindow
from ui.widgets.form import FormDialog


def press_tab(qtbot: QtBot, times: int = 1) -> QWidget:
    for _ in range(times):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    return QApplication.focusWidget()


def open_dialog(window: MainWindow, qtbot: QtBot, dialog: FormDialog) -> FormDialog:
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.activateWindow()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not None)
    return dialog


def test_tab_leaves_the_dashboards_dues_table_for_the_pay_buttons(
    window: MainWindow, qtbot: QtBot
) -> None:
    window.activateWindow()
    view = window.findChild(QTableView, "upcomingDuesView")
    view.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is view)
    seen = []
    for _ in range(30):  # Tab round the whole page: the banner's Pay… buttons are on it
        seen.append(press_tab(qtbot))
        if seen[-1] is view:
            break
    assert seen[0] is not view, "Tab must leave the table (it used to move cell by cell)"
    pays = [w for w in seen if isinstance(w, QPushButton) and w.text().startswith("Pay")]
    assert pays, [type(w).__name__ + ":" + w.objectName() for w in seen]


def test_every_ledger_and_list_table_lets_tab_out(window: MainWindow) -> None:
    for key, _factory in PAGES:  # each page is built when first shown: visit them all
        window.actions_[f"show_{key}Action"].trigger()
    tables = window.findChildren(QTableView)
    assert len(tables) >= 5
    assert [t.objectName() for t in tables if t.tabKeyNavigation()] == []


def test_new_charge_tabs_through_the_split_box_before_ok(window: MainWindow, qtbot: QtBot) -> None:
    dialog = open_dialog(window, qtbot, ChargeDialog(window.ctx, product_id=3, parent=window))
    description = dialog.description
    description.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is description)
    # Description → "Split into instalments" → OK: the check box comes before the buttons.
    assert press_tab(qtbot) is dialog.split
    assert press_tab(qtbot) is dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)


def test_export_tabs_from_to_through_excel_to_the_file_name_without_wiping_it(
    window: MainWindow, qtbot: QtBot
) -> None:
    dialog = open_dialog(window, qtbot, ExportDialog(window.ctx, parent=window))
    dialog.end.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is dialog.end)
    assert press_tab(qtbot) is dialog.excel  # one Tab per date field, then the check box
    assert press_tab(qtbot) is dialog.file
    name = dialog.file.text()
    qtbot.keyClicks(dialog.file, "x")
    assert dialog.file.text() == name + "x", "the next key must not wipe the file name"
