"""A product page's record tab clicked as a person clicks it: a hidden tab reads its rows
only when it is shown (``ui/pages/product_detail.py``, :class:`LedgerTab`)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QTableView

from ui.pages.product_detail import ProductDetail


def click_tab(detail: ProductDetail, key: str) -> QTableView:
    """Click the ``key`` tab ("bills", "charges", "plans", "payments") in the tab bar;
    returns its table, on show."""
    bar = detail.tabs.tabBar()
    index = detail.tabs.indexOf(detail.ledgers[key])
    QTest.mouseClick(bar, Qt.MouseButton.LeftButton, pos=bar.tabRect(index).center())
    assert detail.tabs.currentIndex() == index, key
    view = detail.ledgers[key].view
    assert view.isVisible()
    return view
