"""A payment above what is owed is asked about first, and a credit balance shows the same
way on the products list, the product page and the statement (issue 15).

Demo, today 2026-12-01: 花呗 (id 2) owes its ¥3,245.60 bill of 25 Nov and nothing else.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox
from pytestqt.qtbot import QtBot

from tracker.cli import main
from tracker.service import overview, statement
from ui.dialogs.payment import PaymentDialog
from ui.main_window import MainWindow
from ui.widgets import form

HUABEI = 2


def pay(window: MainWindow, qtbot: QtBot, typed: str) -> PaymentDialog:
    dialog = PaymentDialog(window.ctx, product_id=HUABEI, parent=window)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.form.fields["amount"].widget, typed)
    qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.LeftButton)
    return dialog


@pytest.mark.parametrize("typed", ["32456.00", "99999999999"])
def test_an_overpayment_is_asked_about_and_not_saved_when_refused(
    window: MainWindow, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, typed: str
) -> None:
    asked: list[str] = []
    monkeypatch.setattr(form, "ask_user", lambda _p, _t, text: asked.append(text) or False)
    before = len(window.ctx.store.list_payments())
    dialog = pay(window, qtbot, typed)
    # 32,456.00 − 3,245.60 = 29,210.40 more than owed.
    if typed == "32456.00":
        assert asked == [
            "¥32,456.00 is ¥29,210.40 more than 花呗 owes (¥3,245.60); the rest would stay "
            "with the lender as a credit balance"
        ]
    assert len(asked) == 1 and dialog.isVisible()
    assert "more than 花呗 owes" in dialog.form.error_text("amount")
    assert len(window.ctx.store.list_payments()) == before


def test_a_confirmed_overpayment_shows_as_a_credit_balance_everywhere(
    window: MainWindow, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setattr(form, "ask_user", lambda *_a: True)
    dialog = pay(window, qtbot, "32456.00")
    assert not dialog.isVisible()
    store, today = window.ctx.store, window.ctx.today
    s = overview.product_summary(store, today, HUABEI)
    # 3,245.60 owed − 32,456.00 paid = −29,210.40: the lender holds ¥29,210.40.
    assert (s.balance, s.credit, s.owed) == (-2_921_040, 2_921_040, 0)
    out = tmp_path / "s.csv"
    statement.export_statement(store, out, today.replace(day=1), today, product=HUABEI)
    last = out.read_text(encoding="utf-8").strip().splitlines()[-1].split(",")
    assert last[5] == "-29210.40"  # the statement's running balance: the same figure
    # The products list shows the same sign and says what it is.
    page = window.show_page("products")
    model = page.model  # type: ignore[attr-defined]
    row = next(r for r in range(model.rowCount()) if model.summary(r).product.id == HUABEI)
    cell = model.index(row, model.BALANCE)
    assert cell.data() == "-¥29,210.40"
    assert "credit balance" in cell.data(Qt.ItemDataRole.ToolTipRole)
    # Dashboard totals: one lender's credit does not pay another's debt.
    assert overview.totals(store, today)["CNY"].total_debt >= 0


def test_the_cli_refuses_an_overpayment_unless_allowed(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = ["--db", str(tmp_path / "c.db"), "--today", "2026-12-01"]
    assert main([*db, "init", "--demo"]) == 0
    capsys.readouterr()
    args = ["pay", "花呗", "--date", "2026-12-01", "--amount", "32456.00"]
    assert main([*db, *args]) == 2
    err = capsys.readouterr().err
    assert "¥29,210.40 more than 花呗 owes (¥3,245.60)" in err and "--allow-credit" in err
    assert main([*db, *args, "--allow-credit"]) == 0
