"""A product page reads only the records tab on show (issue 12 goal 4a): a hidden tab's
table goes stale when the records change and is read once when it is shown, keeping
its sort and search. Clicked and typed as a person does, on the demo's 招商银行信用卡
(product 3: one charge, ¥458.00 超市购物 on 2026-11-29; today is 2026-12-01)."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from PySide6.QtCore import QPoint, Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QLineEdit, QTableView
from pytestqt.qtbot import QtBot

from tests.ui.record_tabs import click_tab
from tracker.service import record_order
from ui.main_window import MainWindow
from ui.pages.product_detail import ProductDetail
from ui.pages.products import ProductsPage

CMB = "招商银行信用卡"
AMOUNT = 1  # the charges' Amount column


@pytest.fixture
def reads(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The kind of record ("bill", "charge", …) of every id list a table reads."""
    kinds: list[str] = []
    real = record_order.record_ids

    def counting(store, kind, *args, **kwargs):  # type: ignore[no-untyped-def]
        kinds.append(kind)
        return real(store, kind, *args, **kwargs)

    monkeypatch.setattr(record_order, "record_ids", counting)
    return kinds


def open_cmb(window: MainWindow, qtbot: QtBot) -> ProductDetail:
    """Products → double-click 招商银行信用卡."""
    page = window.show_page("products")
    assert isinstance(page, ProductsPage)
    view = page.view
    row = next(r for r in range(view.model().rowCount()) if view.model().index(r, 0).data() == CMB)
    pos = view.visualRect(view.model().index(row, 0)).center()
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=pos)
    qtbot.mouseDClick(view.viewport(), Qt.MouseButton.LeftButton, pos=pos)
    assert page.stack.currentWidget() is page.detail
    assert page.detail.name.text() == CMB
    return page.detail


def rows(view: QTableView) -> list[list[str]]:
    model = view.model()
    return [
        [model.index(r, c).data() for c in range(model.columnCount())]
        for r in range(model.rowCount())
    ]


def add_charge_with_ctrl_n(window: MainWindow, qtbot: QtBot, amount: str, what: str) -> None:
    """Ctrl+N (New charge…) for the product on show; the amount and description typed."""

    def fill() -> None:
        dialog = QApplication.activeModalWidget()
        assert dialog is not None and dialog.objectName() == "chargeDialog"
        QTest.keyClicks(dialog.findChild(QLineEdit, "amountField"), amount)
        QTest.keyClicks(dialog.findChild(QLineEdit, "descriptionField"), what)
        ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)  # type: ignore[attr-defined]
        QTest.mouseClick(ok, Qt.MouseButton.LeftButton)
        if dialog.isVisible():  # never leave a modal open: the test would hang
            dialog.reject()

    window.activateWindow()  # the last dialog gone: the window's shortcuts are live
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    QTimer.singleShot(0, fill)
    with qtbot.waitSignal(window.ctx.changed):
        qtbot.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)


def click_header(view: QTableView, section: int) -> None:
    header = view.horizontalHeader()
    x = header.sectionViewportPosition(section) + header.sectionSize(section) // 2
    QTest.mouseClick(
        header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(x, header.height() // 2)
    )


def test_a_hidden_tab_is_read_when_shown(
    window: MainWindow, qtbot: QtBot, reads: list[str]
) -> None:
    detail = open_cmb(window, qtbot)
    # The page opens on Bills: only the bills' ids are read; Charges is hidden, stale and
    # empty (no row of an earlier read that could name a record gone since).
    assert detail.tabs.currentWidget() is detail.ledgers["bills"]
    assert reads == ["bill"]
    charges = detail.ledgers["charges"]
    assert charges.view.model().rowCount() == 0
    assert charges.view.model().stale
    # Charges clicked: read once, its one charge on show.
    view = click_tab(detail, "charges")
    assert reads == ["bill", "charge"]
    assert rows(view) == [["2026-11-29", "¥458.00", "超市购物"]]
    # Back to Bills and to Charges again: nothing changed, nothing read again.
    click_tab(detail, "bills")
    click_tab(detail, "charges")
    assert reads == ["bill", "charge"]


def test_a_charge_added_on_bills_is_on_charges(
    window: MainWindow, qtbot: QtBot, reads: list[str]
) -> None:
    detail = open_cmb(window, qtbot)
    click_tab(detail, "charges")
    click_tab(detail, "bills")
    del reads[:]
    add_charge_with_ctrl_n(window, qtbot, "12.34", "coffee")
    # On Bills: the bills read again at once, Charges only marked stale.
    assert reads == ["bill"]
    assert detail.ledgers["charges"].view.model().rowCount() == 0
    view = click_tab(detail, "charges")
    assert reads == ["bill", "charge"]
    # Newest first: today's coffee (2026-12-01), then the 29 Nov charge.
    assert rows(view) == [
        ["2026-12-01", "¥12.34", "coffee"],
        ["2026-11-29", "¥458.00", "超市购物"],
    ]


def test_a_hidden_tab_keeps_its_sort_and_search(
    window: MainWindow, qtbot: QtBot, reads: list[str]
) -> None:
    """Charges sorted by amount, up, and searched for "e": a charge added while on Bills
    is sorted and searched in when Charges is shown again; the search box and the header's
    arrow are as they were left."""
    detail = open_cmb(window, qtbot)
    view = click_tab(detail, "charges")
    add_charge_with_ctrl_n(window, qtbot, "99", "tea")  # on Charges: read at once
    click_header(view, AMOUNT)
    assert view.horizontalHeader().sortIndicatorOrder() == Qt.SortOrder.AscendingOrder
    # ¥99.00 < ¥458.00
    assert [r[1] for r in rows(view)] == ["¥99.00", "¥458.00"]
    box = detail.findChild(QLineEdit, "chargesSearch")
    QTest.keyClicks(box, "e")  # "tea" has an e; "超市购物" and its amount do not
    assert rows(view) == [["2026-12-01", "¥99.00", "tea"]]
    click_tab(detail, "bills")
    add_charge_with_ctrl_n(window, qtbot, "5", "bread")  # has an e too
    add_charge_with_ctrl_n(window, qtbot, "7", "milk")  # has none
    assert detail.ledgers["charges"].view.model().stale
    del reads[:]
    view = click_tab(detail, "charges")
    assert reads == ["charge"]  # one read for the two changes
    assert box.text() == "e"
    assert view.horizontalHeader().sortIndicatorSection() == AMOUNT
    # Kept: the charges with an "e", by amount up: ¥5.00 bread, ¥99.00 tea.
    assert rows(view) == [["2026-12-01", "¥5.00", "bread"], ["2026-12-01", "¥99.00", "tea"]]
    box.clear()
    # Every charge, by amount up: 5.00, 7.00, 99.00, 458.00.
    assert [r[1] for r in rows(view)] == ["¥5.00", "¥7.00", "¥99.00", "¥458.00"]


def test_a_stale_tab_is_a_valid_model(window: MainWindow, qtbot: QtBot, qtmodeltester) -> None:  # type: ignore[no-untyped-def]
    detail = open_cmb(window, qtbot)
    model = detail.ledgers["charges"].view.model()
    assert model.stale
    qtmodeltester.check(model)
    # Read through the tab's accessor, as code and tests that need its rows do.
    assert detail.ledgers["charges"].model() is model and not model.stale
    assert model.rowCount() == 1
    qtmodeltester.check(model)


def test_the_page_behind_the_list_reads_only_its_current_tab(
    window: MainWindow, qtbot: QtBot, reads: list[str]
) -> None:
    """Back to the list, a charge added there (Ctrl+N, for the product selected): of the
    product page behind the list only its current tab (Charges) is read, as before, so
    that it shows again as it was left; a tab made current there by code is read when
    the page opens."""
    detail = open_cmb(window, qtbot)
    click_tab(detail, "charges")
    qtbot.mouseClick(detail.back_button, Qt.MouseButton.LeftButton)
    del reads[:]
    add_charge_with_ctrl_n(window, qtbot, "3", "gum")
    assert reads == ["charge"]
    assert [tab.view.model().stale for tab in detail.ledgers.values()] == [
        True,  # bills
        False,  # charges
        True,  # plans
        True,  # payments
    ]
    # Behind the list no one can click a tab; code can (bench/probe.py puts Bills back).
    detail.tabs.setCurrentWidget(detail.ledgers["bills"])
    assert reads == ["charge"]
    detail = open_cmb(window, qtbot)
    assert reads == ["charge", "bill"]
    view = click_tab(detail, "charges")
    assert rows(view)[0] == ["2026-12-01", "¥3.00", "gum"]


def test_a_tab_shown_without_a_refresh_is_read_at_its_show(
    window: MainWindow, qtbot: QtBot, reads: list[str]
) -> None:
    """The page shown again by code without a refresh, its current tab made current
    behind the list: read when it is shown, never shown stale."""
    detail = open_cmb(window, qtbot)
    page = window.show_page("products")
    qtbot.mouseClick(detail.back_button, Qt.MouseButton.LeftButton)
    detail.tabs.setCurrentWidget(detail.ledgers["charges"])
    del reads[:]
    page.stack.setCurrentWidget(detail)  # not open_product: no refresh
    assert reads == ["charge"]
    assert rows(detail.ledgers["charges"].view) == [["2026-11-29", "¥458.00", "超市购物"]]


def test_a_hidden_tab_keeps_its_scroll_position(
    window: MainWindow, qtbot: QtBot, reads: list[str]
) -> None:
    """300 more charges on 招商银行信用卡, Charges scrolled down, a charge added on Bills:
    back on Charges the table is where it was left (a reload kept it, before as now)."""
    store = window.ctx.store
    with store.transaction():
        for n in range(300):
            store.insert_charge(3, date(2026, 11, 28) - timedelta(days=n), 100, f"bulk {n}")
    window.ctx.notify({"charges"}, 3)
    detail = open_cmb(window, qtbot)
    view = click_tab(detail, "charges")
    bar = view.verticalScrollBar()
    bar.setValue(150)
    QApplication.processEvents()
    top = view.indexAt(view.viewport().rect().topLeft()).row()
    assert bar.value() == 150 and top > 100
    click_tab(detail, "bills")
    add_charge_with_ctrl_n(window, qtbot, "1", "one more")
    assert detail.ledgers["charges"].view.model().stale
    del reads[:]
    click_tab(detail, "charges")
    QApplication.processEvents()
    assert reads == ["charge"]
    assert bar.value() == 150
    assert view.indexAt(view.viewport().rect().topLeft()).row() == top
