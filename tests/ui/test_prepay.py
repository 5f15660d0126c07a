"""A loan paid off early from its product page, clicked and typed like a person (issue
11). The loan and its arithmetic are tests/core/test_early_payoff.py's: ¥12,000.00 over
12 months at 6 %, Feb–Apr paid; on 25 Apr it takes ¥9,089.66 (principal ¥9,066.99 +
¥22.67 interest to the day) and ¥205.52 of interest is no longer charged."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QPushButton
from pytestqt.qtbot import QtBot

from tracker.service import dues, payments, plans, products
from ui.dialogs.prepay import PrepayDialog
from ui.pages.products import ProductsPage

TODAY = date(2026, 4, 25)


def _setup(window) -> None:  # type: ignore[no-untyped-def]
    def work(store) -> None:  # type: ignore[no-untyped-def]
        products.add_product(store, "Car loan", "loan", {})
        plans.add_plan(store, 1, 1_200_000, 12, date(2026, 2, 10), "Car")
        for month in (2, 3, 4):
            payments.add_payment(store, 1, date(2026, month, 10), 103_280, TODAY)

    window.ctx.change(work)


def test_pay_off_early_from_the_plans_tab(make_window, qtbot: QtBot) -> None:  # type: ignore[no-untyped-def]
    window = make_window(demo=False, today=TODAY)
    _setup(window)
    page = window.show_page("products")
    assert isinstance(page, ProductsPage)
    page.open_product(1)
    detail = page.detail
    detail.tabs.setCurrentIndex(list(detail.ledgers).index("plans"))
    # A loan's plan "fee" is its interest (60.00 + 55.14 + … = ¥393.58), and says so.
    model = detail.ledgers["plans"].model()
    assert model.headerData(4, Qt.Orientation.Horizontal) == "Total interest"
    assert model.index(0, 4).data() == "¥393.58"
    button = detail.findChild(QPushButton, "plansPrepayButton")
    assert button.isVisible() and button.text() == "Pay off early…"
    seen: list[str] = []

    def in_dialog() -> None:
        dialog = next(w for w in QApplication.topLevelWidgets() if isinstance(w, PrepayDialog))
        seen.append(dialog.preview.text())
        seen.append(dialog.amount.placeholderText())
        ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
        qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)

    QTimer.singleShot(0, in_dialog)
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)  # (no plan chosen: the only one)
    assert seen[0] == (
        "To pay Car loan off on Sat 25 Apr: ¥9,089.66 — the remaining principal ¥9,066.99, "
        "¥22.67 of interest to the day and anything past due. Interest no longer charged: "
        "¥205.52. If your lender asks a different amount (its own interest or a "
        "prepayment fee), type what it asks below."
    )
    assert seen[1] == "¥9,089.66"
    store = window.ctx.store
    assert [(p.amount, p.description) for p in store.list_payments(1)][-1] == (
        908_966, "Paid off early"
    )  # fmt: skip
    assert dues.owed(store, store.get_product(1), date(2027, 3, 1)) == 0
    plans_model = detail.ledgers["plans"].model()
    assert plans_model.index(0, 5).data() == "4 of 4"
    facts = detail.facts.text().replace("\u2060", "").replace("\xa0", " ")
    assert facts.startswith("Balance ¥0.00") and facts.endswith("Nothing due")


def test_the_button_is_only_on_a_loan(window, qtbot: QtBot) -> None:  # type: ignore[no-untyped-def]
    page = window.show_page("products")
    page.open_product(1)  # the demo's first product, a Baitiao line
    assert not page.detail.findChild(QPushButton, "plansPrepayButton").isVisibleTo(page.detail)
    model = page.detail.ledgers["plans"].model()
    assert model.headerData(4, Qt.Orientation.Horizontal) == "Total fee"


def test_the_lenders_amount_typed_in_the_dialog_is_recorded(make_window, qtbot: QtBot) -> None:  # type: ignore[no-untyped-def]
    # The lender asks ¥9,100.00: 10.34 above the quote (tests/core/test_early_payoff.py).
    # Typed below it ("5,000"), the refusal shows next to the field and nothing is saved.
    window = make_window(demo=False, today=TODAY)
    _setup(window)
    page = window.show_page("products")
    page.open_product(1)
    button = page.detail.findChild(QPushButton, "plansPrepayButton")
    errors: list[str] = []

    def in_dialog() -> None:
        dialog = next(w for w in QApplication.topLevelWidgets() if isinstance(w, PrepayDialog))
        ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
        qtbot.mouseClick(dialog.amount, Qt.MouseButton.LeftButton)
        qtbot.keyClicks(dialog.amount, "5,000")
        qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
        errors.append(dialog.form.error_text("amount"))
        qtbot.keyClick(dialog.amount, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
        qtbot.keyClicks(dialog.amount, "9,100.00")
        qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)

    QTimer.singleShot(0, in_dialog)
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert errors == [
        "¥5,000.00 is less than the ¥9,066.99 of remaining principal and past due amounts "
        "the loan still owes"
    ]
    store = window.ctx.store
    assert [p.amount for p in store.list_payments(1)] == [103_280] * 3 + [910_000]
    assert dues.owed(store, store.get_product(1), date(2027, 3, 1)) == 0
