"""File → Import…: a person picks the product and types the file, sees the preview, imports;
the dashboard updates and File → Undo last import removes exactly that import."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt, QTimer
from PySide6.QtWidgets import QApplication, QComboBox, QLabel, QLineEdit, QMessageBox
from pytestqt.qtbot import QtBot

from ui.dialogs.import_file import ImportDialog
from ui.main_window import MainWindow

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures" / "import"


def pick(qtbot: QtBot, combo: QComboBox, text: str) -> None:
    """Choose an item with the keyboard, as a person would: up to the top, then down."""
    target = combo.findText(text)
    assert target >= 0, f"{text!r} not in {[combo.itemText(i) for i in range(combo.count())]}"
    combo.setFocus()
    for _ in range(combo.count()):
        qtbot.keyClick(combo, Qt.Key.Key_Up)
    for _ in range(target):
        qtbot.keyClick(combo, Qt.Key.Key_Down)
    assert combo.currentIndex() == target


def open_dialog(window: MainWindow, qtbot: QtBot) -> ImportDialog:
    dialog = ImportDialog(window.ctx, window)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def type_file(qtbot: QtBot, dialog: ImportDialog, path: Path) -> None:
    field = dialog.findChild(QLineEdit, "fileField")
    field.setFocus()
    qtbot.keyClicks(field, str(path))
    qtbot.waitUntil(lambda: dialog.plan is not None or dialog.message.isVisible(), timeout=5000)


def statuses(dialog: ImportDialog) -> list[tuple[str, str]]:
    m = dialog.model
    while m.canFetchMore():
        m.fetchMore()
    return [(m.index(r, 0).data(), m.index(r, 1).data()) for r in range(m.rowCount())]


def test_import_through_the_preview_then_undo(
    window: MainWindow, qtbot: QtBot, qtmodeltester, monkeypatch: pytest.MonkeyPatch
) -> None:
    store = window.ctx.store
    huabei = store.find_product("花呗")
    before = (store.list_charges(huabei.id), store.list_payments(huabei.id))

    def total() -> str:  # the dashboard's CNY debt card (rebuilt on every refresh)
        return window.pages["dashboard"].findChild(QLabel, "total_debtCNY").text()

    total_before = total()
    dialog = open_dialog(window, qtbot)
    pick(qtbot, dialog.findChild(QComboBox, "productField"), "花呗 (CNY)")
    type_file(qtbot, dialog, FIXTURES / "alipay.csv")
    assert dialog.summary.text() == (
        "5 new, 0 already imported, 4 not for this product, 0 bad lines. "
        "Format: Alipay (支付宝); encoding: gb18030."
    )
    assert statuses(dialog) == [
        ("25", "new"), ("26", "new"), ("27", "new"), ("28", "not for this product"),
        ("29", "not for this product"), ("30", "new"), ("31", "not for this product"),
        ("32", "new"), ("33", "not for this product"),
    ]  # fmt: skip
    m = dialog.model
    assert [m.index(0, c).data() for c in range(7)] == [
        "25", "new", "2026-11-03", "charge", "¥18.00", "", "瑞幸咖啡 · 生椰拿铁",
    ]  # fmt: skip
    assert m.index(3, 5).data() == "paid with 余额宝, not 花呗"  # and the line as it was:
    assert m.index(3, 6).data().startswith("2026-11-06 12:00:00,餐饮美食,某某面馆,")
    assert m.index(5, 5).data() == "pays Statement 2026-11-25 (¥500.00)"  # the demo's bill
    qtmodeltester.check(m)
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.result_value is not None, timeout=5000)
    assert dialog.result_value.added == 5
    charges = store.list_charges(huabei.id)
    # 3 charges of 18.00, 18.00, 256.50 and a refund of −18.00 on top of the demo's
    assert len(charges) == len(before[0]) + 4
    assert len(store.list_payments(huabei.id)) == len(before[1]) + 1
    qtbot.waitUntil(lambda: total() != total_before)  # the dashboard refreshed

    monkeypatch.setattr(QMessageBox, "question", lambda *a: QMessageBox.StandardButton.Yes)
    window.actions_["undoImportAction"].trigger()
    assert (store.list_charges(huabei.id), store.list_payments(huabei.id)) == before
    qtbot.waitUntil(lambda: total() == total_before)


def test_menu_opens_the_dialog(window: MainWindow, qtbot: QtBot, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    seen: list[str] = []

    def close_it() -> None:
        dialog = QApplication.activeModalWidget()
        seen.append(dialog.objectName())
        dialog.reject()

    QTimer.singleShot(0, close_it)
    window.actions_["importAction"].trigger()
    assert seen == ["importDialog"]
    assert window.actions_["importAction"] in window.file_menu.actions()
    assert window.actions_["importAction"].text() == "&Import…"


def test_unknown_encoding_is_asked_then_a_mapping_is_saved(
    window: MainWindow, qtbot: QtBot, tmp_path: Path
) -> None:
    eu = tmp_path / "eu.csv"
    eu.write_bytes("Datum;Text;Betrag\n03.11.2026;Café;-3,50\n".encode("cp1252"))
    dialog = open_dialog(window, qtbot)
    pick(qtbot, dialog.findChild(QComboBox, "productField"), "Chase Freedom (USD)")
    type_file(qtbot, dialog, eu)
    assert dialog.message.text() == (
        "The file's encoding could not be determined: choose it under Encoding."
    )
    pick(qtbot, dialog.findChild(QComboBox, "encodingField"), "cp1252")
    pick(qtbot, dialog.findChild(QComboBox, "profileField"), "Other: map the columns")
    assert dialog.mapping.isVisible()
    for key, text in (("date", "Datum"), ("amount", "Betrag"), ("description", "Text"),
                      ("date_format", "%d.%m.%Y")):  # fmt: skip
        field = dialog.findChild(QLineEdit, f"{key}Column")
        field.selectAll()
        qtbot.keyClicks(field, text)
    pick(qtbot, dialog.findChild(QComboBox, "decimalField"), ",")
    pick(qtbot, dialog.findChild(QComboBox, "delimiterField"), ";")
    pick(qtbot, dialog.findChild(QComboBox, "signField"), "a purchase is negative")
    qtbot.waitUntil(lambda: dialog.plan is not None and dialog.plan.new == 1, timeout=5000)
    m = dialog.model  # live preview: −3,50 spent is a 3.50 charge
    assert [m.index(0, c).data() for c in (2, 3, 4, 6)] == [
        "2026-11-03",
        "charge",
        "$3.50",
        "Café",
    ]
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.result_value is not None, timeout=5000)
    # next time, the product's mapping and encoding are filled in
    again = open_dialog(window, qtbot)
    pick(qtbot, again.findChild(QComboBox, "productField"), "Chase Freedom (USD)")
    assert again.findChild(QComboBox, "profileField").currentData() == "generic"
    assert again.findChild(QComboBox, "encodingField").currentData() == "cp1252"
    assert again.findChild(QLineEdit, "dateColumn").text() == "Datum"
    type_file(qtbot, again, eu)
    assert (again.plan.new, again.plan.duplicates) == (0, 1)


def test_bad_lines_are_shown_and_nothing_is_imported(window: MainWindow, qtbot: QtBot) -> None:
    store = window.ctx.store
    chase = store.find_product("Chase Freedom")
    before = store.list_charges(chase.id)
    dialog = open_dialog(window, qtbot)
    pick(qtbot, dialog.findChild(QComboBox, "productField"), "Chase Freedom (USD)")
    type_file(qtbot, dialog, FIXTURES / "amex_bad.csv")
    assert statuses(dialog) == [("2", "new"), ("3", "bad line"), ("4", "bad line")]
    assert dialog.model.index(1, 5).data() == "date '11/31/2026' does not match %m/%d/%Y"
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    assert dialog.message.text() == (
        "Line 3: date '11/31/2026' does not match %m/%d/%Y. Fix the file, or tick the box "
        "to skip bad lines."
    )
    assert store.list_charges(chase.id) == before
    box = dialog.skip_bad  # click on the box itself, at the left end of the wide row
    qtbot.mouseClick(box, Qt.MouseButton.LeftButton, pos=QPoint(8, box.height() // 2))
    assert box.isChecked()
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.result_value is not None, timeout=5000)
    assert len(store.list_charges(chase.id)) == len(before) + 1


def test_export_in_chinese_writes_chinese_headers_and_imports_back(
    window: MainWindow, qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from ui.dialogs.export import ExportDialog
    from ui.i18n import apply_language

    monkeypatch.setattr(QMessageBox, "information", lambda *a: None)
    apply_language("zh_CN")
    dialog = ExportDialog(window.ctx, window)
    qtbot.addWidget(dialog)
    field = dialog.findChild(QLineEdit, "fileField")
    field.selectAll()
    qtbot.keyClicks(field, str(tmp_path / "zh.csv"))
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: (tmp_path / "zh.csv").exists(), timeout=5000)
    rows = list(csv.reader((tmp_path / "zh.csv").read_text(encoding="utf-8").splitlines()))
    assert rows[0] == ["日期", "产品", "类型", "说明", "金额", "余额", "币种", "到期日"]
    kinds = {r[2] for r in rows[1:]}  # December's rows of the demo, kinds in Chinese
    assert kinds and kinds <= {"消费", "账单", "分期", "手续费", "利息", "罚息", "还款", "调整"}
    # The import dialog reads the Chinese statement as our own format (products by name).
    importer = open_dialog(window, qtbot)
    pick(qtbot, importer.findChild(QComboBox, "productField"), "按文件中写明的产品")
    type_file(qtbot, importer, tmp_path / "zh.csv")
    assert importer.plan is not None and importer.plan.profile == "statement"
    assert "格式：债务管家对账单" in importer.summary.text()


def test_a_header_only_file_says_there_are_no_rows(
    window: MainWindow, qtbot: QtBot, tmp_path: Path
) -> None:
    """Found by a QA pass: a known export's header and no rows said nothing."""
    from ui.i18n import apply_language

    empty = tmp_path / "empty.csv"
    empty.write_text((FIXTURES / "chase.csv").read_text().splitlines()[0] + "\n")
    dialog = open_dialog(window, qtbot)
    pick(qtbot, dialog.findChild(QComboBox, "productField"), "Chase Freedom (USD)")
    type_file(qtbot, dialog, empty)
    qtbot.waitUntil(lambda: dialog.plan is not None, timeout=5000)
    assert dialog.message.isVisible()
    assert dialog.message.text() == "No rows to import in empty.csv."
    assert not dialog.import_button.isEnabled()
    dialog.close()
    apply_language("zh_CN")
    try:
        dialog = open_dialog(window, qtbot)
        pick(qtbot, dialog.findChild(QComboBox, "productField"), "Chase Freedom (USD)")
        type_file(qtbot, dialog, empty)
        qtbot.waitUntil(lambda: dialog.plan is not None, timeout=5000)
        assert dialog.message.text() == "empty.csv 中没有可导入的行。"
        dialog.close()
    finally:
        apply_language("en")
