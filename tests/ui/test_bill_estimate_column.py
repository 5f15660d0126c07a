"""The product page's bills table says, per recorded bill, how far the lender's bill was
from the account engine's estimate (DESIGN.md § The account engine)."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton, QTableView

from tracker.service import bills, charges, products
from ui.pages.products import ProductsPage

TODAY = date(2026, 3, 10)


def test_the_bills_table_shows_the_difference(make_window, qtbot) -> None:  # type: ignore[no-untyped-def]
    window = make_window(demo=False, today=TODAY)
    store = window.ctx.store
    pid = products.add_product(store, "招行", "cn-credit-card", {"statement_day": "5"}).saved_id
    bills.add_bill(store, pid, date(2026, 1, 5), date(2026, 1, 24), 100_000, TODAY)
    charges.add_charge(store, pid, date(2026, 2, 1), 20_000, TODAY, "超市")
    # Estimated 5 Feb statement: 200.00 + 15.50 interest + 10.00 late fee = 225.50
    # (tests/core/test_bill_estimate.py); the lender's is 230.00: 4.50 more.
    bills.add_bill(store, pid, date(2026, 2, 5), date(2026, 2, 24), 23_000, TODAY)
    page = window.show_page("products")
    assert isinstance(page, ProductsPage)
    page.refresh()
    page.select(pid)
    page.findChild(QPushButton, "openProductButton").click()
    view = page.detail.findChild(QTableView, "billsView")
    model = view.model()
    assert model.headerData(6, Qt.Orientation.Horizontal) == "Against the estimate"
    # Worked out after the first paint ("…" until then; test_bill_differences_filled.py).
    qtbot.waitUntil(lambda: model.index(0, 6).data() != "…")
    texts = [model.index(r, 6).data() for r in range(model.rowCount())]
    assert texts == ["the lender charged ¥4.50 more than estimated", "—"]  # newest first
