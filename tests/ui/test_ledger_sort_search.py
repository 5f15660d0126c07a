"""The product ledger's sort and search (issue 12 goal 4b): no proxy — the table's model
sorts and searches *every* record in its own query, so a header click or a search on a
product with more records than one batch (100) orders and finds the rows not built yet.
Typed and clicked as a person does; the orders are the ones the old
``QSortFilterProxyModel`` gave (checked against one, column by column)."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from PySide6.QtCore import QModelIndex, QPoint, QSortFilterProxyModel, Qt
from PySide6.QtGui import QInputMethodEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QLineEdit, QPushButton, QTableView
from pytestqt.qtbot import QtBot

from ui import formatting
from ui.dialogs import modal
from ui.dialogs.entry import EntryDialog
from ui.i18n import apply_language
from ui.main_window import MainWindow
from ui.models.base import IdRole, SortRole
from ui.pages import product_detail
from ui.pages.product_detail import ProductDetail
from ui.pages.products import ProductsPage

BAITIAO = 1  # the demo's first product: no charges of its own
CMB = 3  # 招商银行信用卡
STATE = 5  # the bills' state column
BULK = 250  # two and a half batches
AMOUNT, DESCRIPTION, DATE = 1, 2, 0


@pytest.fixture
def long_window(window: MainWindow) -> MainWindow:
    """The demo plus 250 charges on Baitiao: "bulk n" of ¥(1 + n % 50).00, dated n days
    before 2026-11-30, so newest first row n is "bulk n"."""
    store = window.ctx.store
    with store.transaction():
        for n in range(BULK):
            store.insert_charge(BAITIAO, date(2026, 11, 30) - timedelta(days=n),
                                100 * (1 + n % 50), f"bulk {n}")  # fmt: skip
    window.ctx.notify({"charges"}, BAITIAO)
    return window


@pytest.fixture
def yes(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    asked: list[str] = []

    def confirm(_parent: object, _title: str, text: str) -> bool:
        asked.append(text)
        return True

    monkeypatch.setattr(product_detail, "confirm", confirm)
    return asked


def open_tab(window: MainWindow, product: int, key: str) -> tuple[ProductDetail, QTableView]:
    page = window.show_page("products")
    assert isinstance(page, ProductsPage)
    page.select(product)
    QTest.mouseClick(page.findChild(QPushButton, "openProductButton"), Qt.MouseButton.LeftButton)
    detail = page.detail
    detail.tabs.setCurrentWidget(detail.ledgers[key])
    QApplication.processEvents()
    return detail, detail.findChild(QTableView, f"{key}View")


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
    if text:
        QTest.keyClicks(box, text)
    else:
        QTest.keyClick(box, Qt.Key.Key_Delete)


def test_the_search_box_finds_rows_beyond_the_first_batch(long_window: MainWindow) -> None:
    _detail, view = open_tab(long_window, BAITIAO, "charges")
    box = long_window.findChild(QLineEdit, "chargesSearch")
    assert view.model().rowCount() == BULK
    type_in(box, "BULK 24")  # any case: bulk 24 and bulk 240 … 249 (rows 240+ not built)
    assert column(view, DESCRIPTION) == ["bulk 24"] + [f"bulk {n}" for n in range(240, 250)]
    # The amount as shown: ¥50.00 is n % 50 = 49 → 49, 99, 149, 199, 249, newest first.
    type_in(box, "¥50.00")
    assert column(view, DESCRIPTION) == ["bulk 49", "bulk 99", "bulk 149", "bulk 199", "bulk 249"]
    # The date as shown: 2026-11-30 − 244 days (30 + 31 + 30 + 31 + 31 + 30 + 31 + 30,
    # November back to April) is 2026-03-31; 2026-03-26 is n = 249: six in March.
    type_in(box, "2026-03")
    assert column(view, DATE) == [f"2026-03-{d}" for d in (31, 30, 29, 28, 27, 26)]
    assert column(view, DESCRIPTION)[-1] == "bulk 249"
    type_in(box, "")
    assert view.model().rowCount() == BULK


def test_a_header_click_sorts_every_row(long_window: MainWindow) -> None:
    _detail, view = open_tab(long_window, BAITIAO, "charges")
    header = view.horizontalHeader()
    click_header(view, AMOUNT)
    assert (header.sortIndicatorSection(), header.sortIndicatorOrder()) == (
        AMOUNT, Qt.SortOrder.AscendingOrder
    )  # fmt: skip
    amounts, texts = column(view, AMOUNT), column(view, DESCRIPTION)
    # ¥1.00 first: n % 50 = 0 → 0, 50, 100, 150, 200, equal amounts newest first; the
    # largest last: ¥50.00 for 49, 99, 149, 199, 249 — row 249, in no batch built before.
    assert texts[:5] == ["bulk 0", "bulk 50", "bulk 100", "bulk 150", "bulk 200"]
    assert amounts[:5] == ["¥1.00"] * 5
    assert texts[-1] == "bulk 249" and amounts[-1] == "¥50.00"
    # Numbers, not text: ¥10.00 (n % 50 = 9) after ¥9.00, though "¥1" < "¥9" as text.
    assert amounts.index("¥10.00") > amounts.index("¥9.00")
    click_header(view, AMOUNT)  # again: largest first, equal amounts still newest first
    assert header.sortIndicatorOrder() == Qt.SortOrder.DescendingOrder
    texts = column(view, DESCRIPTION)
    assert texts[:5] == ["bulk 49", "bulk 99", "bulk 149", "bulk 199", "bulk 249"]
    assert texts[-5:] == ["bulk 0", "bulk 50", "bulk 100", "bulk 150", "bulk 200"]
    click_header(view, DESCRIPTION)  # text order: "bulk 0" < "bulk 1" < "bulk 10" < …
    texts = column(view, DESCRIPTION)
    assert texts[:4] == ["bulk 0", "bulk 1", "bulk 10", "bulk 100"] and texts[-1] == "bulk 99"
    click_header(view, DATE)  # oldest first: 2026-03-26 (bulk 249) … 2026-11-30 (bulk 0)
    assert column(view, DATE)[0] == "2026-03-26" and column(view, DESCRIPTION)[-1] == "bulk 0"
    # A search keeps the sort: the ¥50.00 rows oldest first.
    type_in(long_window.findChild(QLineEdit, "chargesSearch"), "¥50.00")
    assert column(view, DESCRIPTION) == ["bulk 249", "bulk 199", "bulk 149", "bulk 99", "bulk 49"]


def test_the_selected_record_stays_selected(long_window: MainWindow) -> None:
    detail, view = open_tab(long_window, BAITIAO, "charges")
    tab = detail.ledgers["charges"]
    select_last(view)  # bulk 249
    chosen = tab.current_id()
    assert view.currentIndex().siblingAtColumn(DESCRIPTION).data() == "bulk 249"
    click_header(view, AMOUNT)  # ¥50.00: among the last five, the oldest of them last
    assert tab.current_id() == chosen
    assert view.currentIndex().row() == BULK - 1
    assert view.selectionModel().isRowSelected(BULK - 1, QModelIndex())
    click_header(view, DESCRIPTION)  # "bulk 249" after "bulk 248", before "bulk 25"
    assert tab.current_id() == chosen
    assert view.currentIndex().siblingAtColumn(DESCRIPTION).data() == "bulk 249"
    type_in(long_window.findChild(QLineEdit, "chargesSearch"), "bulk 24")
    assert tab.current_id() == chosen  # still shown: still current
    assert view.currentIndex().siblingAtColumn(DESCRIPTION).data() == "bulk 249"
    type_in(long_window.findChild(QLineEdit, "chargesSearch"), "bulk 1")
    assert tab.current_id() is None  # filtered out, as the proxy dropped it


def test_delete_and_undo_in_a_sorted_table(
    long_window: MainWindow, yes: list[str], qtbot: QtBot
) -> None:
    detail, view = open_tab(long_window, BAITIAO, "charges")
    long_window.activateWindow()  # Del is the table's own shortcut: it needs the focus
    view.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is view)
    click_header(view, AMOUNT)
    click_header(view, AMOUNT)  # largest first; the last row: ¥1.00, bulk 200
    select_last(view)
    QTest.keyClick(view, Qt.Key.Key_Delete)
    # 2026-11-30 − 200 days: back to 31 May is 30 + 31 + 30 + 31 + 31 + 30 = 183, then 17.
    assert yes == ["Delete this charge (2026-05-14, ¥1.00, bulk 200)?"]
    assert view.model().rowCount() == BULK - 1
    assert column(view, DESCRIPTION)[-1] == "bulk 150"  # the sort kept after the refresh
    assert view.horizontalHeader().sortIndicatorOrder() == Qt.SortOrder.DescendingOrder
    QTest.mouseClick(detail.findChild(QPushButton, "undoButton"), Qt.MouseButton.LeftButton)
    assert view.model().rowCount() == BULK
    assert column(view, DESCRIPTION)[-1] == "bulk 200"


def test_double_click_edits_the_record_shown(
    long_window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    opened: list[EntryDialog] = []

    def run(dialog: EntryDialog) -> int:
        opened.append(dialog)
        return 0

    monkeypatch.setattr(modal, "run", run)
    _detail, view = open_tab(long_window, BAITIAO, "charges")
    click_header(view, DATE)  # oldest first: the first row is bulk 249
    rect = view.visualRect(view.model().index(0, DESCRIPTION))
    QTest.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    QTest.mouseDClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    bulk_249 = long_window.ctx.store.db.conn.execute(
        "SELECT id FROM charges WHERE description = 'bulk 249'"
    ).fetchone()[0]
    assert [(d.kind, d.record_id) for d in opened] == [("charge", bulk_249)]


def select_last(view: QTableView) -> None:
    """Click the first row, then Ctrl+End: the last row is current and selected."""
    rect = view.visualRect(view.model().index(0, 0))
    QTest.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    QTest.keyClick(view, Qt.Key.Key_End, Qt.KeyboardModifier.ControlModifier)


def ids(view: QTableView) -> list[int]:
    model = view.model()
    return [int(model.index(r, 0).data(IdRole)) for r in range(model.rowCount())]


SEARCHES = ("late", "PAID", "¥", "$", "2026-11", "of", "1", "as estimated", "bulk 1", "zz")


@pytest.mark.parametrize("key", ["bills", "charges", "plans", "payments"])
def test_every_order_and_search_is_the_proxys(
    long_window: MainWindow, key: str, qtbot: QtBot
) -> None:
    """Every product's table, every column both ways and ten searches: the same ids in
    the same order as a QSortFilterProxyModel (sort role, any column, any case) over a
    table in its own order — the proxy the tabs had — mapping the rows anew."""
    for product in long_window.ctx.store.list_products():
        detail, view = open_tab(long_window, product.id or 0, key)
        fresh = type(detail.ledgers[key].model())(long_window.ctx)
        fresh.set_product(product.id, product.currency)
        # The bills' differences come after the first paint ("…" until then): both known.
        shown = detail.ledgers[key].model()
        qtbot.waitUntil(lambda: getattr(shown, "found", {}) is not None)  # noqa: B023
        qtbot.waitUntil(lambda: getattr(fresh, "found", {}) is not None)  # noqa: B023
        proxy = QSortFilterProxyModel()
        proxy.setSourceModel(fresh)
        proxy.setSortRole(SortRole)
        proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        proxy.setFilterKeyColumn(-1)
        proxied = QTableView()
        proxied.setModel(proxy)
        box = long_window.findChild(QLineEdit, f"{key}Search")
        for col in range(view.model().columnCount()):
            click_header(view, col)
            if view.horizontalHeader().sortIndicatorOrder() != Qt.SortOrder.AscendingOrder:
                click_header(view, col)  # the first click of a column sorts it up
            for order in (Qt.SortOrder.AscendingOrder, Qt.SortOrder.DescendingOrder):
                assert view.horizontalHeader().sortIndicatorOrder() == order
                proxy.sort(col, order)
                assert ids(view) == ids(proxied), (product.name, col, order)
                for text in SEARCHES:
                    type_in(box, text)
                    proxy.setFilterFixedString(text)
                    # Filtered after it sorted, the proxy puts rows that come back
                    # between equal ones where a binary search lands; the tab's order
                    # is a whole stable sort again, as the proxy's when it maps anew.
                    proxy.invalidate()
                    assert ids(view) == ids(proxied), (product.name, col, order, text)
                type_in(box, "")
                proxy.setFilterFixedString("")
                click_header(view, col)


def test_search_finds_a_bills_state_in_the_language_shown(make_window) -> None:  # type: ignore[no-untyped-def]
    apply_language("zh_CN")
    window: MainWindow = make_window()
    _detail, view = open_tab(window, CMB, "bills")
    # The 23 Oct statement, paid 6 days late and reported: "已还（逾期 6 天），已上报征信"
    # — a state worked out from the ledger and translated, found by what it says.
    box = window.findChild(QLineEdit, "billsSearch")
    box.setFocus()
    compose = QInputMethodEvent()  # Chinese is typed through an input method: its commit
    compose.setCommitString("逾期 6 天")
    QApplication.sendEvent(box, compose)
    assert box.text() == "逾期 6 天"
    assert column(view, STATE) == ["已还（逾期 6 天），已上报征信"]
    assert column(view, 0) == ["2026-10-23"]


def test_amounts_are_searched_as_shown_with_the_currency_code(
    long_window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(formatting, "_currency_display", "code")  # Settings → currency code
    _detail, view = open_tab(long_window, BAITIAO, "charges")
    assert column(view, AMOUNT)[0] == "CNY 1.00"
    type_in(long_window.findChild(QLineEdit, "chargesSearch"), "cny 50.00")
    assert column(view, DESCRIPTION) == ["bulk 49", "bulk 99", "bulk 149", "bulk 199", "bulk 249"]
    type_in(long_window.findChild(QLineEdit, "chargesSearch"), "¥50.00")
    assert column(view, DESCRIPTION) == []  # not what the table shows now
