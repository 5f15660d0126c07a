"""Sorting and searching outside the product ledgers (issue 15): the dashboard's dues
table sorts on a header click and filters as the user types; the products list has a
search box; Ctrl+F puts the cursor in the search box of the page on show."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QLineEdit, QPushButton, QTableView
from pytestqt.qtbot import QtBot

from ui.main_window import MainWindow
from ui.pages.products import ProductsPage

AMOUNT, PRODUCT = 3, 1


def column(view: QTableView, col: int) -> list[str]:
    model = view.model()
    return [model.index(r, col).data() for r in range(model.rowCount())]


def click_header(view: QTableView, section: int) -> None:
    header = view.horizontalHeader()
    x = header.sectionViewportPosition(section) + header.sectionSize(section) // 2
    QTest.mouseClick(
        header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(x, header.height() // 2)
    )


def type_in(box: QLineEdit, text: str) -> None:
    box.setFocus()
    QTest.keyClick(box, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    QTest.keyClicks(box, text)


def test_dues_sort_by_a_header_click(window: MainWindow) -> None:
    page = window.show_page("dashboard")
    view = window.findChild(QTableView, "upcomingDuesView")
    # Until a header is clicked: overdue first, then by due date (the service's order).
    assert column(view, 0)[:3] == ["2026-11-26", "2026-11-26", "2026-12-04"]
    click_header(view, AMOUNT)
    amounts = column(view, AMOUNT)
    # Smallest first: the three Klarna $60.00 instalments (6,000 cents), then ¥618.25 …
    assert amounts[:3] == ["$60.00"] * 3
    assert amounts[-1] == "¥8,560.00"
    click_header(view, AMOUNT)
    assert column(view, AMOUNT)[0] == "¥8,560.00"  # a second click: largest first
    # The row still pays the right due: the view's first row is 招商银行信用卡's bill.
    view.setCurrentIndex(view.model().index(0, 0))
    assert page.viewed_product_id() == window.ctx.store.find_product("招商银行信用卡").id


def test_dues_filter_by_product_and_status(window: MainWindow) -> None:
    window.show_page("dashboard")
    view = window.findChild(QTableView, "upcomingDuesView")
    box = window.findChild(QLineEdit, "duesSearch")
    assert box.placeholderText() == "Filter: product, what or status…"
    type_in(box, "klarna")  # any case
    assert column(view, PRODUCT) == ["Klarna"] * 3
    type_in(box, "late")  # the status column: the two overdue 京东白条 dues
    assert column(view, PRODUCT) == ["京东白条", "京东白条"]
    QTest.keyClick(box, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    QTest.keyClick(box, Qt.Key.Key_Delete)
    assert view.model().rowCount() == 11  # every open due again


def test_products_list_search(window: MainWindow) -> None:
    window.show_page("products")
    view = window.findChild(QTableView, "productsView")
    assert view.model().rowCount() == 5
    type_in(window.findChild(QLineEdit, "productsSearch"), "CHASE")
    assert column(view, 0) == ["Chase Freedom"]


def test_ctrl_f_focuses_the_search_of_the_page_on_show(window: MainWindow, qtbot: QtBot) -> None:
    window.activateWindow()
    window.show_page("dashboard")
    view = window.findChild(QTableView, "upcomingDuesView")
    view.setFocus()
    QTest.keyClick(view, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert QApplication.focusWidget() is window.findChild(QLineEdit, "duesSearch")
    page = window.show_page("products")
    assert isinstance(page, ProductsPage)
    page.view.setFocus()
    QTest.keyClick(page.view, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert QApplication.focusWidget() is window.findChild(QLineEdit, "productsSearch")
    # In a product's ledgers, Ctrl+F finds the tab's own search box.
    page.select(1)
    QTest.mouseClick(page.findChild(QPushButton, "openProductButton"), Qt.MouseButton.LeftButton)
    page.detail.tabs.setCurrentWidget(page.detail.ledgers["payments"])
    page.detail.ledgers["payments"].view.setFocus()
    QTest.keyClick(
        page.detail.ledgers["payments"].view, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier
    )
    assert QApplication.focusWidget() is window.findChild(QLineEdit, "paymentsSearch")
