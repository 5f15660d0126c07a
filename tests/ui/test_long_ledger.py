"""A product with years of charges: its page shows them all at once and builds only the
rows on screen, a batch at a time, keeping at most ``CACHE_ROWS`` rows built."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QPushButton, QTableView
from pytestqt.qtbot import QtBot

from tracker.service import charges as charges_service
from ui.main_window import MainWindow
from ui.models.ledger import ChargesModel
from ui.pages.products import ProductsPage

BAITIAO = 1  # the demo's first product
EXTRA = 5_000


@pytest.fixture
def long_window(window: MainWindow) -> MainWindow:
    """The demo plus 5,000 charges of ¥1.00 … ¥50.00 on Baitiao, one a day back from
    2026-11-30, in one transaction."""
    store = window.ctx.store
    with store.transaction():
        for n in range(EXTRA):
            store.insert_charge(BAITIAO, date(2026, 11, 30) - timedelta(days=n),
                                100 * (1 + n % 50), f"bulk {n}")  # fmt: skip
    window.ctx.notify({"charges"}, BAITIAO)
    return window


def test_scroll_to_the_end_builds_only_what_is_shown(
    long_window: MainWindow, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    fetched: list[int] = []
    real = charges_service.charges

    def counting(store, product_id, ids=None):  # type: ignore[no-untyped-def]
        fetched.append(len(ids or ()))
        return real(store, product_id, ids)

    monkeypatch.setattr(charges_service, "charges", counting)
    page = long_window.show_page("products")
    assert isinstance(page, ProductsPage)
    page.select(BAITIAO)
    qtbot.mouseClick(page.findChild(QPushButton, "openProductButton"), Qt.MouseButton.LeftButton)
    detail = page.detail
    detail.tabs.setCurrentWidget(detail.ledgers["charges"])
    view = detail.findChild(QTableView, "chargesView")
    model = detail.ledgers["charges"].model()
    assert isinstance(model, ChargesModel)
    QApplication.processEvents()
    # Every row is in the view at once: the demo's charges on Baitiao plus 5,000.
    demo_charges = len(charges_service.charge_ids(long_window.ctx.store, BAITIAO)) - EXTRA
    assert view.model().rowCount() == EXTRA + demo_charges
    assert not model.canFetchMore()
    # The first screen: one batch of 100 rows (the view shows fewer than 100).
    assert fetched == [100]
    # The end, by keyboard as a person would: Ctrl+End.
    view.setFocus()
    qtbot.keyClick(view, Qt.Key.Key_End, Qt.KeyboardModifier.ControlModifier)
    QApplication.processEvents()
    last = view.model().rowCount() - 1
    # Newest first: the last row is the oldest charge (the demo's are all in 2026), bulk
    # 4999, ¥(1 + 4,999 % 50) = ¥50.00, 4,999 days before 2026-11-30: back to 2013-11-30
    # is 13 × 365 + 3 leap days (2016, 2020, 2024) = 4,748; 251 more (7 days of March
    # after the 24th + 244 from April to November) is 2013-03-24.
    cells = [view.model().index(last, c).data() for c in range(3)]
    assert cells == ["2013-03-24", "¥50.00", "bulk 4999"]
    # Two or three batches built in all (the first and the one or two at the end), not
    # the 50 batches in between.
    assert 2 <= len(fetched) <= 3 and sum(fetched) <= 300
    assert len(model._cache) <= 300


def test_built_rows_stay_under_the_cache_limit(long_window: MainWindow, qtbot: QtBot) -> None:
    page = long_window.show_page("products")
    assert isinstance(page, ProductsPage)
    page.select(BAITIAO)
    qtbot.mouseClick(page.findChild(QPushButton, "openProductButton"), Qt.MouseButton.LeftButton)
    model = page.detail.ledgers["charges"].model()
    # Every row asked for in turn (as a search of the whole table does): 5,000+ rows
    # pass through, at most CACHE_ROWS (2,000) stay built, and the last asked is there.
    for row in range(model.rowCount()):
        model.row_at(row)
    assert len(model._cache) <= model.CACHE_ROWS == 2000
    # Row 0 (the newest) was dropped long ago and comes back from the file, the same.
    assert model._all_ids[0] not in model._cache
    assert model.index(0, 2).data() == "bulk 0"
