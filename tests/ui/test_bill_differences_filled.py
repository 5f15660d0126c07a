"""The product page's bills table fills its Difference column after its first paint
(issue 12 goal 4a): "…" until the worker has played the product's history, then every
bill's difference — here 105 bills, more than one batch of rows (100)."""

from __future__ import annotations

from datetime import date, timedelta

from dateutil.relativedelta import relativedelta
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QPushButton, QTableView
from pytestqt.qtbot import QtBot

from tracker.service import bills, charges, payments, products
from ui.pages.products import ProductsPage

TODAY = date(2026, 3, 10)
BILLS = 105


def test_the_difference_column_is_filled_after_the_first_paint(  # type: ignore[no-untyped-def]
    make_window, qtbot: QtBot
) -> None:
    window = make_window(demo=False, today=TODAY)
    store = window.ctx.store
    pid = products.add_product(store, "招行", "cn-credit-card", {"statement_day": "5"}).saved_id
    first = date(2017, 6, 5)
    for k in range(BILLS):  # 5 Jun 2017 … 5 Feb 2026, one a month
        stated = first + relativedelta(months=k)
        charges.add_charge(store, pid, stated - timedelta(days=10), 10_000, TODAY, "x")
        # Bill k: the 100.00 spent + k fen, paid in full 15 days later (within its 19
        # days to the due date): the engine expects no interest, so the lender charged
        # 10,000 + k − 10,000 − 0 = k fen more than estimated.
        bills.add_bill(store, pid, stated, stated + timedelta(days=19), 10_000 + k, TODAY)
        payments.add_payment(store, pid, stated + timedelta(days=15), 10_000 + k, TODAY)
    page = window.show_page("products")
    assert isinstance(page, ProductsPage)
    page.refresh()
    page.select(pid)
    QTest.mouseClick(page.findChild(QPushButton, "openProductButton"), Qt.MouseButton.LeftButton)
    view = page.detail.findChild(QTableView, "billsView")
    model = view.model()
    assert model.rowCount() == BILLS  # every bill shown at once, two batches of rows
    column = [model.index(r, 6).data() for r in range(BILLS)]
    assert column == ["…"] * BILLS  # the first paint: being worked out
    assert model.index(0, 2).data() == "¥101.04"  # every other column at once (10,000 + 104)
    qtbot.waitUntil(lambda: model.index(0, 6).data() != "…", timeout=20_000)
    texts = [model.index(r, 6).data() for r in range(BILLS)]
    # Newest first: row r is bill 104 − r, k fen more (bill 0: as estimated).
    expected = [
        f"the lender charged ¥0.{104 - r:02d} more than estimated"
        if 104 - r < 100
        else f"the lender charged ¥1.{104 - r - 100:02d} more than estimated"
        for r in range(BILLS - 1)
    ] + ["as estimated"]
    assert texts == expected
    assert texts[0] == "the lender charged ¥1.04 more than estimated"
    assert texts[100] == "the lender charged ¥0.04 more than estimated"  # past one batch
    # Back to the list and the product opened again, nothing changed: the differences
    # are known for the file as it is, so the first paint shows them (no "…").
    QTest.mouseClick(page.detail.findChild(QPushButton, "backButton"), Qt.MouseButton.LeftButton)
    page.select(pid)
    QTest.mouseClick(page.findChild(QPushButton, "openProductButton"), Qt.MouseButton.LeftButton)
    assert [model.index(r, 6).data() for r in range(BILLS)] == expected
    # A new charge changes the file: worked out again, "…" until then, the same values
    # (it is dated after the last bill: no bill's cycle holds it).
    window.ctx.change(
        lambda s: charges.add_charge(s, pid, date(2026, 3, 1), 5_000, TODAY, "y"),
        {"charges"},
        pid,
    )  # as the charge dialog saves it: the open page refreshes
    assert model.index(0, 6).data() == "…"
    qtbot.waitUntil(lambda: model.index(0, 6).data() != "…", timeout=20_000)
    assert [model.index(r, 6).data() for r in range(BILLS)] == expected
