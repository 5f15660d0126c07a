"""The main window: pages, navigation, shortcuts and the payment dialog."""

from __future__ import annotations

from PySide6.QtWidgets import QDialogButtonBox, QLineEdit, QTableView
from pytestqt.qtbot import QtBot

from ui.dialogs.payment import PaymentDialog
from ui.main_window import PAGES, MainWindow
from ui.models.dues import DuesModel


def test_every_page_is_reachable_by_name_and_shortcut(window: MainWindow, qtbot: QtBot) -> None:
    for n, (key, _cls) in enumerate(PAGES, start=1):
        window.actions_[f"show_{key}Action"].trigger()
        assert window.stack.currentWidget() is window.pages[key]
        assert window.actions_[f"show_{key}Action"].shortcut().toString() == f"Ctrl+{n}"
    assert window.pages["simulator"].objectName() == "simulatorPage"


def test_first_run_shows_the_overdue_bill_first(window: MainWindow) -> None:
    view = window.findChild(QTableView, "upcomingDuesView")
    model = view.model()  # the sort/filter proxy over the dues model
    assert isinstance(model.sourceModel(), DuesModel)
    assert model.index(0, 1).data() == "京东白条"
    assert model.index(0, 3).data() == "¥864.20"
    assert model.index(0, 5).data().endswith("late")


def test_payment_dialog_refuses_bad_amount_next_to_the_field(
    window: MainWindow, qtbot: QtBot
) -> None:
    dialog = PaymentDialog(window.ctx, parent=window)
    qtbot.addWidget(dialog)
    before = len(window.ctx.store.list_payments())
    dialog.findChild(QLineEdit, "amountField").setText("12,34.5")
    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    assert dialog.form.error_text("amount").startswith("Amount '12,34.5'")  # named by its label
    assert dialog.isVisible() or dialog.result() == 0
    assert len(window.ctx.store.list_payments()) == before


def test_a_payment_meets_every_late_minimum_first(window: MainWindow, qtbot: QtBot) -> None:
    # Baitiao's 17 Nov statement (¥864.20, minimum 10 % = ¥86.42) and the iPhone plan's
    # period 4/12 (¥618.25), both due 26 Nov, are late. Paying ¥864.20 meets both
    # minimums first, 86.42 + 618.25 = 704.67, as the account engine pays it (the
    # statement asks both); the other 159.53 goes to the bill: ¥618.25 of it is left,
    # revolving, and nothing is late (all of it went to the bill, and the period stayed
    # late — reported, with a penalty — though the statement's minimum was paid).
    dialog = PaymentDialog(window.ctx, product_id=1, parent=window)
    qtbot.addWidget(dialog)
    dialog.findChild(QLineEdit, "amountField").setText("864.20")
    with qtbot.waitSignal(window.ctx.changed):
        dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    model = window.findChild(QTableView, "upcomingDuesView").model()
    rows = {model.index(r, 2).data(): r for r in range(model.rowCount())}
    assert "iPhone 12 期 4/12" not in rows
    bill = rows["Statement 2026-11-17"]
    assert model.index(bill, 3).data() == "¥618.25"  # 864.20 − 86.42 − 159.53
    assert not any(str(model.index(r, 5).data()).endswith("late") for r in rows.values())


def test_the_window_reopens_at_the_size_it_was_left(make_window, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """Closing keeps the window's geometry; the next window is given it back (Qt then fits
    it to the screen, which offscreen is small, so the call is what is checked)."""
    from PySide6.QtCore import QByteArray

    first = make_window(name="g.db")
    first.resize(first.width(), first.height() - 20)
    kept = first.saveGeometry()
    first.close()
    given: list[QByteArray] = []
    monkeypatch.setattr(MainWindow, "restoreGeometry", lambda _w, g: given.append(g) or True)
    make_window(name="g2.db")
    assert given == [kept]
