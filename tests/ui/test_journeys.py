"""Whole user journeys through the window, each from a fresh data file."""

from __future__ import annotations

import re

from PySide6.QtCore import QDate, Qt, QTimer
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QComboBox,
    QDialogButtonBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QMenu,
    QPushButton,
    QTableView,
    QTabWidget,
    QWidget,
)
from pytestqt.qtbot import QtBot

from ui.dialogs.bill import BillDialog
from ui.dialogs.payment import PaymentDialog
from ui.dialogs.product import ProductDialog
from ui.i18n import apply_language
from ui.main_window import PAGES, MainWindow


def ok(dialog: object) -> None:
    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()  # type: ignore[attr-defined]


def dues_rows(window: MainWindow) -> list[tuple[str, str, str]]:
    model = window.findChild(QTableView, "upcomingDuesView").model()
    return [
        (model.index(r, 0).data(), model.index(r, 1).data(), model.index(r, 3).data())
        for r in range(model.rowCount())
    ]


def test_new_user_adds_a_card_and_a_bill_simulates_it_and_pays(  # type: ignore[no-untyped-def]
    make_window, qtbot: QtBot
) -> None:
    window: MainWindow = make_window(demo=False)
    assert dues_rows(window) == []

    # 1. Add a product through the dialog (the Products page's Add button).
    def fill_product() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, ProductDialog)
        dialog.findChild(QLineEdit, "nameField").setText("工商银行信用卡")
        preset = dialog.findChild(QComboBox, "presetField")
        preset.setCurrentIndex(preset.findData("cn-credit-card"))
        preset.activated.emit(preset.currentIndex())
        dialog.findChild(QLineEdit, "credit_limitField").setText("20,000")
        ok(dialog)

    window.show_page("products")
    QTimer.singleShot(0, fill_product)
    window.findChild(QPushButton, "addProductButton").click()
    product = window.ctx.store.find_product("工商银行信用卡")
    assert product.credit_limit == 2_000_000

    # 2. Add a bill: statement 2026-11-25, due 19 days later (the preset's rule) = 12-14.
    bill = BillDialog(window.ctx, product_id=product.id, parent=window)
    qtbot.addWidget(bill)
    bill.statement.setDate(QDate(2026, 11, 25))
    bill.due.setDate(QDate(2026, 12, 14))
    bill.amount.setText("3,245.60")
    ok(bill)
    window.show_page("dashboard")
    assert dues_rows(window) == [("2026-12-14", "工商银行信用卡", "¥3,245.60")]
    # Minimum by the preset's rule: 10% of 3,245.60 = 324.56.
    assert window.findChild(QTableView, "upcomingDuesView").model().index(0, 4).data() == (
        "¥324.56"
    )
    assert window.findChild(QLabel, "total_debtCNY").text() == "¥3,245.60"

    # 3. Open the simulator on it and read the options.
    due_id = window.ctx.store.list_dues(product.id)[0].id
    window.ctx.simulateDueRequested.emit(due_id)
    assert window.stack.currentWidget() is window.pages["simulator"]
    model = window.findChild(QTableView, "simulatorOptionsView").model()
    names = [model.index(r, 0).data() for r in range(model.rowCount())]
    # Pay in full; the minimum now and the rest 15/30/31/60/90/180 days later (next to the
    # same latenesses), or every month; then the splits.
    assert names[:3] == [
        "Pay in full",
        "Pay the minimum, the rest 15 days later",
        "Pay the minimum, the rest 30 days later",
    ]
    assert "Pay the minimum every month" in names and "Split into 3" in names
    # Split into 3 at 0.6% a period: 3,245.60 × 0.006 × 3 = 58.4208 → ¥58.41 in fees
    # (19.47 a period: 3245.60 × 0.006 = 19.4736 → 19.47; × 3 = 58.41).
    split = names.index("Split into 3")
    assert model.index(split, 1).data() == "¥58.41"

    # 4. Record a payment of the whole bill: the dashboard and the totals update.
    pay = PaymentDialog(window.ctx, product_id=product.id, parent=window)
    qtbot.addWidget(pay)
    pay.findChild(QLineEdit, "amountField").setText("3245.60")
    ok(pay)
    window.show_page("dashboard")
    assert dues_rows(window) == []
    assert window.findChild(QLabel, "total_debtCNY").text() == "¥0.00"


# Words that may stay in Latin letters in the Chinese interface: names the user or the
# demo gave, currency and rate abbreviations, and dates.
ALLOWED = re.compile(
    r"iPhone|Klarna|Chase|Freedom|Headphones|pay in 4|CNY|USD|APR|EAR|[A-Z]{3}\b"
    r"|\bIns\b|\bDel\b|\bEnter\b|\bF2\b|/tmp\S*|\S+\.db|e\.g\.|Ctrl\+\S+|[\d.,:%/¥$+\-–—() ]+"
)


def visible_texts(page: QWidget) -> list[str]:
    texts = []
    for w in page.findChildren(QWidget):
        if not w.isVisibleTo(page):
            continue
        if isinstance(w, QLabel | QAbstractButton | QGroupBox):
            text = w.title() if isinstance(w, QGroupBox) else w.text()
            texts.append(re.sub(r"<[^>]+>", " ", text))
        if isinstance(w, QLineEdit):
            texts.append(w.placeholderText())
        if isinstance(w, QTabWidget):
            texts += [w.tabText(i) for i in range(w.count())]
        if isinstance(w, QTableView) and w.model() is not None:
            m = w.model()
            texts += [
                str(m.headerData(c, Qt.Orientation.Horizontal)) for c in range(m.columnCount())
            ]
    return texts


def english_words(texts: list[str]) -> list[str]:
    left = []
    for text in texts:
        rest = ALLOWED.sub(" ", text)
        left += [w for w in re.findall(r"[A-Za-z]{3,}", rest)]
    return left


def test_chinese_interface_has_no_english_left_on_any_page(window: MainWindow) -> None:
    apply_language("zh_CN")
    QApplication.processEvents()
    assert window.nav.item(0).text() == "总览"
    for key, _cls in PAGES:
        page = window.show_page(key)
        leftovers = english_words(visible_texts(page))
        assert leftovers == [], f"{key}: {leftovers}"
        assert re.search(r"[\u4e00-\u9fff]", " ".join(visible_texts(page))), key
    menus = [window.menuBar().actions()[i].text() for i in range(4)]
    assert menus == ["文件(&F)", "记录(&R)", "视图(&V)", "帮助(&H)"]


def test_right_click_on_a_due_opens_the_simulator_on_it(window: MainWindow) -> None:
    page = window.show_page("dashboard")
    view = window.findChild(QTableView, "upcomingDuesView")
    # Row 2 is 花呗's ¥3,245.60 due 2026-12-04 (after the two overdue Baitiao dues).
    pos = view.visualRect(view.model().index(2, 0)).center()
    page._row_menu(pos)  # type: ignore[attr-defined]
    menu = page.findChildren(QMenu)[-1]
    menu.actions()[1].trigger()
    assert window.stack.currentWidget() is window.pages["simulator"]
    model = window.findChild(QTableView, "simulatorOptionsView").model()
    # Split into 3 on Huabei: 3,245.60 × 2.5% = 81.14.
    names = [model.index(r, 0).data() for r in range(model.rowCount())]
    assert model.index(names.index("Split into 3"), 1).data() == "¥81.14"
