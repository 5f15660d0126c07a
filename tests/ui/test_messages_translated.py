"""Messages in the user's language (issue 15): a file that is not there is named, and
said to be missing in Chinese (not the system's "No such file or directory"); a negative
rate reads naturally in both languages; the charge dialog's instalment-count error is
translated."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialogButtonBox,
    QFileDialog,
    QLineEdit,
    QMessageBox,
    QPushButton,
)
from pytestqt.qtbot import QtBot

from ui.dialogs.charge import ChargeDialog
from ui.dialogs.product import ProductDialog
from ui.i18n import apply_language
from ui.main_window import MainWindow


def retype(qtbot: QtBot, line: QLineEdit, text: str) -> None:
    line.setFocus()
    qtbot.keyClick(line, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(line, text)


def test_a_file_error_names_the_file_and_is_said_in_chinese(
    window: MainWindow, qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Settings → New data file… into a place that cannot hold one: the system's reason
    (the folder's name is taken by a file) is said in the interface language, with the
    file's name — not the system's English."""
    apply_language("zh_CN")
    (tmp_path / "notes.txt").write_text("x")
    target = tmp_path / "notes.txt" / "debts.db"  # a "folder" that is a file
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    warned: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text, *a: warned.append(text))
    window.show_page("settings")
    button = window.findChild(QPushButton, "createDataFileButton")
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert warned == [f"无法创建 {target}：已有同名文件"]
    assert window.ctx.data_path != target  # the file in use stays open


def test_a_negative_rate_is_said_naturally_in_both_languages(
    window: MainWindow, qtbot: QtBot
) -> None:
    for lang, said in (
        ("en", "Penalty interest, % a day cannot be negative (-0.01 was typed)"),
        ("zh_CN", "罚息 日利率 %不能为负数（您输入的是 -0.01）"),
    ):
        apply_language(lang)
        dialog = ProductDialog(window.ctx, 1, parent=window)
        qtbot.addWidget(dialog)
        dialog.show()
        line = dialog.findChild(QLineEdit, "penalty_daily_rateField")
        dialog.tabs.setCurrentWidget(dialog._form_of("penalty_daily_rate"))
        retype(qtbot, line, "-0.01")
        qtbot.mouseClick(
            dialog.buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton
        )
        assert dialog._form_of("penalty_daily_rate").error_text("penalty_daily_rate") == said
        dialog.reject()


def test_the_charge_dialogs_instalment_count_error_is_translated(
    window: MainWindow, qtbot: QtBot
) -> None:
    apply_language("zh_CN")
    dialog = ChargeDialog(window.ctx, 1, parent=window)
    qtbot.addWidget(dialog)
    dialog.show()
    retype(qtbot, dialog.findChild(QLineEdit, "amountField"), "300")
    split = dialog.findChild(QCheckBox, "splitCheck")
    split.setFocus()
    qtbot.keyClick(split, Qt.Key.Key_Space)
    assert split.isChecked()
    periods = dialog.findChild(QComboBox, "periodsField")
    periods.setCurrentIndex(-1)  # no count chosen (as after the product's list changed)
    qtbot.mouseClick(
        dialog.buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton
    )
    assert dialog.form.error_text("periods") == "请选择分几期。"
    assert dialog.isVisible()
