"""The demo data chosen in the Chinese interface is in Chinese (a first start, Settings →
Create new…), and File → Export statement… in Chinese writes its own texts in Chinese."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QFileDialog, QLineEdit, QMessageBox, QPushButton, QTableView
from pytestqt.qtbot import QtBot

from tests.support.first_run import answer_first_run
from ui import first_run
from ui.app import create_main_window
from ui.i18n import apply_language
from ui.main_window import MainWindow

from .conftest import TODAY

NAMES = {"京东白条", "花呗", "招商银行信用卡", "Chase Freedom", "Klarna"}
# What the Chinese demo's payments say (tracker/service/demo_data.py CHINESE).
PAID = {"账单还款", "分期还款", "第 1 期还款"}


def dues_texts(window: MainWindow) -> list[str]:
    """The "What" column of the dashboard's dues, as shown."""
    model = window.findChild(QTableView, "upcomingDuesView").model()
    return [model.index(r, 2).data() for r in range(model.rowCount())]


def test_chinese_first_run_demo_is_in_chinese(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("DEBT_TRACKER_DB", str(tmp_path / "default" / "debt-tracker.db"))
    apply_language("zh_CN")
    asked = answer_first_run("demoDataButton")
    start = first_run.start_file(None, False, QSettings())
    assert start is not None and start.demo_if_new
    assert asked == ["这是一个新的数据文件。您想怎样开始？文件保存在："]  # asked in Chinese
    window = create_main_window(start.path, TODAY, demo_if_new=start.demo_if_new)
    qtbot.addWidget(window)
    window.show()
    store = window.ctx.store
    assert {p.name for p in store.list_products()} == NAMES  # brands keep their names
    assert {p.description for p in store.list_payments()} == PAID
    # Klarna's period 2 of 4, due 5 Dec (bought 21 Nov, every two weeks): the plan's
    # Chinese text on the dashboard, and no English text of the demo anywhere there.
    texts = dues_texts(window)
    assert "耳机分 4 期 2/4" in texts
    assert not any("Headphones" in t or "Statement" in t for t in texts)


def test_create_new_in_chinese_fills_it_with_the_chinese_demo(
    window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, qtbot: QtBot
) -> None:
    apply_language("zh_CN")
    new = tmp_path / "看看.db"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(new), ""))
    asked = answer_first_run("demoDataButton")
    page = window.show_page("settings")
    qtbot.mouseClick(
        page.findChild(QPushButton, "createDataFileButton"), Qt.MouseButton.LeftButton
    )
    qtbot.waitUntil(lambda: bool(asked))
    qtbot.waitUntil(lambda: bool(window.ctx.store.list_products()))
    assert window.ctx.store.path == new
    assert {p.description for p in window.ctx.store.list_payments()} == PAID


def test_english_demo_stays_english(window: MainWindow) -> None:
    # The window fixture's demo, made in the English interface: as before.
    assert {p.description for p in window.ctx.store.list_payments()} == {
        "Repayment", "Instalment", "Instalment 1"
    }  # fmt: skip


def test_export_in_chinese_names_the_bills_in_chinese(
    window: MainWindow, qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from ui.dialogs.export import ExportDialog

    monkeypatch.setattr(QMessageBox, "information", lambda *a: None)
    apply_language("zh_CN")
    dialog = ExportDialog(window.ctx, window)
    qtbot.addWidget(dialog)
    start = dialog.findChild(QLineEdit, "startField")  # November to December, typed
    start.selectAll()
    qtbot.keyClicks(start, "2026-11-01")
    field = dialog.findChild(QLineEdit, "fileField")
    field.selectAll()
    qtbot.keyClicks(field, str(tmp_path / "zh.csv"))
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: (tmp_path / "zh.csv").exists(), timeout=5000)
    rows = list(csv.reader((tmp_path / "zh.csv").read_text(encoding="utf-8").splitlines()))
    # November and December of the demo made in English: its bills' descriptions are the
    # app's ("Statement …" as stored), so they are written in Chinese; the payments'
    # typed texts ("Repayment") stay as typed.
    texts = {r[3] for r in rows[1:]}
    assert not any("Statement" in t or "(scheduled)" in t or "(estimated)" in t for t in texts)
    assert [r[:4] for r in rows if r[2] == "账单"] == [
        ["2026-11-17", "京东白条", "账单", "2026-11-17 账单"],  # due 26 Nov − 9 days
        ["2026-11-22", "招商银行信用卡", "账单", "2026-11-22 账单"],  # due 11 Dec − 19
        ["2026-11-24", "Chase Freedom", "账单", "2026-11-24 账单"],  # due 19 Dec − 25
        ["2026-11-25", "花呗", "账单", "2026-11-25 账单"],  # due 4 Dec − 9
    ]
    assert "iPhone 12 期 5/12（未到期）" in texts  # due 26 Dec, after today (1 Dec)
    assert "罚息（估算）" in texts  # 京东白条's bill, 5 days late: the engine's penalty
    assert "Repayment" in texts
