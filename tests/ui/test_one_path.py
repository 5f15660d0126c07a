"""One path per use case: the CLI and the GUI refuse the same input with the same reason.

Each case is typed into the real dialog (QTest key presses) and given to
``debt-tracker-cli``; both call the one service function that holds the check. The CLI
exits 2 and names its option (``--amount``) where the GUI names the field (``Amount``);
after the name, the reason is the same text. Neither face writes a byte.

Demo products (today 2026-12-01): 2 花呗 (CNY), 4 Chase Freedom (USD).
"""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QDialogButtonBox, QLineEdit, QWidget
from pytestqt.qtbot import QtBot

from tracker.cli import main
from ui.dialogs.bill import BillDialog
from ui.dialogs.charge import ChargeDialog
from ui.dialogs.payment import PaymentDialog
from ui.main_window import MainWindow
from ui.widgets.form import FormDialog

HUABEI, CHASE = 2, 4
TODAY = "2026-12-01"

#: case → (CLI arguments, dialog, product id, {field: typed text}, field at fault, reason)
CASES = {
    "bill 7 months ahead": (
        ["bill", "add", "花呗", "--statement-date", "2027-07-05", "--due-date", "2027-07-14",
         "--amount", "100"],
        BillDialog, HUABEI, {"statement": "2027-07-05", "due": "2027-07-14", "amount": "100"},
        "statement",
        "statement date 2027-07-05 is in the future (today is 2026-12-01): record a bill "
        "once the lender has issued it",
    ),
    "negative charge": (
        ["charge", "花呗", "--date", "2026-11-30", "--amount", "-5"],
        ChargeDialog, HUABEI, {"amount": "-5"},
        "amount", "charge amount must be greater than zero",
    ),
    "dollars on a yuan product": (
        ["pay", "花呗", "--date", "2026-11-30", "--amount", "$12"],
        PaymentDialog, HUABEI, {"amount": "$12"},
        "amount", "'$12' is in another currency: this product counts in CNY",
    ),
    "yuan on a dollar product": (
        ["charge", "Chase Freedom", "--date", "2026-11-30", "--amount", "¥500"],
        ChargeDialog, CHASE, {"amount": "¥500"},
        "amount", "'¥500' is in another currency: this product counts in USD",
    ),
}  # fmt: skip


def file_bytes(db: Path) -> str:
    """A digest of the data file and its write-ahead log: equal digests, equal bytes."""
    h = hashlib.sha256()
    for part in (db, db.with_name(db.name + "-wal")):
        h.update(part.read_bytes() if part.exists() else b"")
    return h.hexdigest()


def type_into(widget: QWidget, text: str) -> None:
    """Select what the field holds and type ``text`` over it, key by key (dates too)."""
    widget.setFocus()
    assert isinstance(widget, QLineEdit)
    QTest.keyClick(widget, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    QTest.keyClicks(widget, text)


@pytest.mark.parametrize("case", list(CASES))
def test_cli_and_gui_refuse_with_the_same_reason(
    case: str,
    tmp_path: Path,
    make_window,  # type: ignore[no-untyped-def]
    qtbot: QtBot,
    capsys: pytest.CaptureFixture[str],
) -> None:
    args, dialog_cls, product_id, typed, field, reason = CASES[case]

    # The CLI: exit 2, one line on stderr naming its option, the file unchanged.
    db = tmp_path / "cli.db"
    assert main(["--db", str(db), "--today", TODAY, "init", "--demo"]) == 0
    capsys.readouterr()
    before = file_bytes(db)
    assert main(["--db", str(db), "--today", TODAY, *args]) == 2
    err = capsys.readouterr().err.strip()
    assert err.count("\n") == 0 and err.endswith(reason), err
    assert file_bytes(db) == before

    # The GUI: the same reason next to the field, nothing saved.
    window: MainWindow = make_window(name="gui.db")
    gui_db = window.ctx.data_path
    gui_before = file_bytes(gui_db)
    dialog: FormDialog = dialog_cls(window.ctx, product_id=product_id, parent=window)
    qtbot.addWidget(dialog)
    dialog.show()
    for key, text in typed.items():
        type_into(dialog.form.fields[key].widget, text)
    qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.LeftButton)
    shown = dialog.form.error_text(field)
    assert shown.endswith(reason), shown
    assert dialog.isVisible(), "a refused dialog stays open"
    assert file_bytes(gui_db) == gui_before
