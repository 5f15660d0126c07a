"""Export statement dialog: defaults, refusals next to the field, CSV written in a worker."""

from __future__ import annotations

import sys
import threading
import types
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtWidgets import QCheckBox, QComboBox, QLineEdit
from pytestqt.qtbot import QtBot

import tracker.service
from ui.dialogs.export import ExportDialog, default_file_name, month_bounds
from ui.formatting import to_qdate
from ui.main_window import MainWindow
from ui.widgets.date_field import DateField

HEADER = "date,product,kind,description,amount,balance,currency,due_date"


def make_dialog(window: MainWindow, qtbot: QtBot) -> ExportDialog:
    dialog = ExportDialog(window.ctx, window)
    qtbot.addWidget(dialog)
    return dialog


def ok(dialog: ExportDialog) -> None:
    assert dialog.export_button.text() == "Export"
    dialog.export_button.click()


def test_defaults_are_this_month_and_a_dated_file_name(window: MainWindow, qtbot: QtBot) -> None:
    # today = 2026-12-01 → 2026-12-01 … 2026-12-31 (December has 31 days).
    assert month_bounds(date(2026, 12, 1)) == (date(2026, 12, 1), date(2026, 12, 31))
    assert month_bounds(date(2028, 2, 10)) == (date(2028, 2, 1), date(2028, 2, 29))
    dialog = make_dialog(window, qtbot)
    assert dialog.findChild(DateField, "startField").date() == to_qdate(date(2026, 12, 1))
    assert dialog.findChild(DateField, "endField").date() == to_qdate(date(2026, 12, 31))
    products = dialog.findChild(QComboBox, "productField")
    assert products.itemText(0) == "All products"
    assert products.count() == 1 + len(window.ctx.store.list_products())
    assert not dialog.findChild(QCheckBox, "excelCheck").isChecked()
    file = dialog.findChild(QLineEdit, "fileField")
    assert Path(file.text()).name == "debt-tracker-statement-2026-12.csv"
    dialog.findChild(DateField, "startField").setDate(to_qdate(date(2026, 11, 1)))
    assert Path(file.text()).name == default_file_name(date(2026, 11, 5))


def test_bad_period_and_file_are_refused_next_to_the_field(
    window: MainWindow, qtbot: QtBot, tmp_path: Path
) -> None:
    dialog = make_dialog(window, qtbot)
    dialog.findChild(DateField, "endField").setDate(to_qdate(date(2026, 11, 30)))
    dialog.findChild(QLineEdit, "fileField").setText(str(tmp_path / "out.csv"))
    ok(dialog)
    assert dialog.form.error_text("end") == "the end date is before the start date"
    assert not dialog.busy

    dialog.findChild(DateField, "endField").setDate(to_qdate(date(2026, 12, 31)))
    dialog.findChild(QLineEdit, "fileField").setText(str(tmp_path / "missing" / "out.csv"))
    ok(dialog)
    assert dialog.form.error_text("file") == f"folder {tmp_path / 'missing'} does not exist"
    assert not (tmp_path / "missing").exists()


def test_export_runs_in_a_worker_on_its_own_store(
    window: MainWindow, qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The worker opens a second Store on the same file; the GUI's Store is not touched."""
    seen: dict[str, object] = {}

    def fake_export(store, path, start, end, product=None, excel=False, chinese=False, today=None):  # type: ignore[no-untyped-def]
        seen.update(
            thread=threading.current_thread() is threading.main_thread(),
            same_store=store is window.ctx.store,
            db=store.path,
            args=(path, start, end, product, excel, today),
        )
        return 7

    fake = types.ModuleType("tracker.service.statement")
    fake.export_statement = fake_export  # type: ignore[attr-defined]
    monkeypatch.setitem(sys.modules, "tracker.service.statement", fake)
    monkeypatch.setattr(tracker.service, "statement", fake, raising=False)
    infos: list[str] = []
    monkeypatch.setattr(
        "ui.dialogs.export.QMessageBox.information", lambda _p, _t, text: infos.append(text)
    )
    dialog = make_dialog(window, qtbot)
    products = dialog.findChild(QComboBox, "productField")
    products.setCurrentIndex(1)
    dialog.findChild(QCheckBox, "excelCheck").setChecked(True)
    out = tmp_path / "s.csv"
    dialog.findChild(QLineEdit, "fileField").setText(str(out))
    with qtbot.waitSignal(dialog.finished, timeout=5000):
        ok(dialog)
        assert dialog.busy and dialog.progress.isVisibleTo(dialog)
    assert seen == {
        "thread": False,
        "same_store": False,
        "db": window.ctx.store.path,
        # the window's today (1 Dec 2026) goes along: periods after it are "scheduled"
        "args": (
            out,
            date(2026, 12, 1),
            date(2026, 12, 31),
            products.itemData(1),
            True,
            date(2026, 12, 1),
        ),
    }
    assert dialog.result_value == 7
    assert infos == [f"Wrote 7 rows to {out}."]


def test_export_writes_the_csv(
    window: MainWindow, qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr("ui.dialogs.export.QMessageBox.information", lambda *a: None)
    dialog = make_dialog(window, qtbot)
    dialog.findChild(DateField, "startField").setDate(to_qdate(date(2026, 1, 1)))
    out = tmp_path / "statement.csv"
    dialog.findChild(QLineEdit, "fileField").setText(str(out))
    dialog.findChild(QCheckBox, "excelCheck").setChecked(True)
    ok(dialog)
    qtbot.waitUntil(lambda: not dialog.busy, timeout=10000)
    assert dialog.message.isHidden(), dialog.message.text()
    raw = out.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")  # Excel: UTF-8 with BOM
    lines = raw.decode("utf-8-sig").splitlines()
    assert lines[0] == HEADER
    assert dialog.result_value == len(lines) - 1 > 0


def test_export_of_one_product_for_november(
    window: MainWindow, qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr("ui.dialogs.export.QMessageBox.information", lambda *a: None)
    dialog = make_dialog(window, qtbot)
    products = dialog.findChild(QComboBox, "productField")
    products.setCurrentIndex(products.findText("京东白条 (CNY)"))
    dialog.findChild(DateField, "startField").setDate(to_qdate(date(2026, 11, 1)))
    dialog.findChild(DateField, "endField").setDate(to_qdate(date(2026, 11, 30)))
    out = tmp_path / "baitiao.csv"
    dialog.findChild(QLineEdit, "fileField").setText(str(out))
    ok(dialog)
    qtbot.waitUntil(lambda: not dialog.busy, timeout=10000)
    # The demo's Baitiao in November: the 864.20 bill, then instalment 4/12 of the iPhone
    # plan (583.25 principal + 35.00 fee = 618.25); running balance 864.20 → 1,447.45 →
    # 1,482.45 (the overdue total the products page shows).
    assert out.read_text(encoding="utf-8").splitlines() == [
        HEADER,
        "2026-11-17,京东白条,bill,Statement 2026-11-17,864.20,864.20,CNY,2026-11-26",
        "2026-11-26,京东白条,installment,iPhone 12 期 4/12,583.25,1447.45,CNY,2026-11-26",
        "2026-11-26,京东白条,fee,iPhone 12 期 4/12,35.00,1482.45,CNY,2026-11-26",
    ]
    assert dialog.result_value == 3


def test_an_unwritable_place_is_said_next_to_the_file_field_in_the_users_language(
    window: MainWindow, qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Found by a QA pass: a folder without write permission, or /proc, was said above the
    buttons, /proc with a wrong reason ("no such file or folder")."""
    import errno

    from tracker.service import statement

    def denied(**_kw: object) -> None:  # the tests run as root: no folder is read-only
        raise PermissionError(errno.EACCES, "Permission denied")

    monkeypatch.setattr(statement.tempfile, "mkstemp", denied)
    dialog = make_dialog(window, qtbot)
    file = dialog.findChild(QLineEdit, "fileField")
    file.selectAll()
    qtbot.keyClicks(file, str(tmp_path / "out.csv"))
    ok(dialog)
    qtbot.waitUntil(lambda: not dialog.busy, timeout=10000)
    assert dialog.form.error_text("file") == (
        f"cannot write a statement in {tmp_path}: permission denied"
    )
    assert dialog.message.isHidden() and dialog.result_value is None  # not closed
    # A file where the folder should be: refused before the export starts.
    plain = tmp_path / "notes.txt"
    plain.write_text("x", encoding="utf-8")
    file.selectAll()
    qtbot.keyClicks(file, str(plain / "out.csv"))
    ok(dialog)
    assert dialog.form.error_text("file") == (
        f"cannot write {plain / 'out.csv'}: {plain} is not a folder"
    )


def test_an_unwritable_place_in_chinese(
    window: MainWindow, qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from ui.i18n import apply_language

    apply_language("zh_CN")
    try:
        dialog = make_dialog(window, qtbot)
        file = dialog.findChild(QLineEdit, "fileField")
        if Path("/proc").is_dir():  # a new file there fails with "no such file": not why
            file.selectAll()
            qtbot.keyClicks(file, "/proc/x.csv")
            dialog.export_button.click()
            qtbot.waitUntil(lambda: not dialog.busy, timeout=10000)
            assert (
                dialog.form.error_text("file")
                == "无法在 /proc 中写入对账单：此文件夹中不能创建文件"
            )
            assert dialog.message.isHidden()
        plain = tmp_path / "notes.txt"
        plain.write_text("x", encoding="utf-8")
        file.selectAll()
        qtbot.keyClicks(file, str(plain / "out.csv"))
        dialog.export_button.click()
        assert dialog.form.error_text("file") == (
            f"无法写入 {plain / 'out.csv'}：{plain} 不是文件夹"
        )
    finally:
        apply_language("en")
