"""Main window, list and first-run fixes found by a QA pass as a new user: an overdue bill
in the products list, the dashboard's text once products exist, the first-run question
for a new ``--db`` file, Record → … with no products, and a status-bar line after saving."""

from __future__ import annotations

from PySide6.QtCore import QDeadlineTimer, QEvent, QSettings, Qt, QThread, QTimer
from PySide6.QtGui import QHelpEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QPushButton,
    QToolTip,
)
from pytestqt.qtbot import QtBot

from tracker.service import products
from ui import first_run
from ui.app import create_main_window
from ui.dialogs.bill import BillDialog
from ui.i18n import apply_language
from ui.main_window import MainWindow
from ui.pages.products import ProductsPage


def click_nav(window: MainWindow, title: str) -> None:
    """Click the navigation item ``title`` (as shown)."""
    nav = window.findChild(QListWidget, "navigation")
    (item,) = [nav.item(i) for i in range(nav.count()) if nav.item(i).text() == title]
    QTest.mouseClick(
        nav.viewport(), Qt.MouseButton.LeftButton, pos=nav.visualItemRect(item).center()
    )


def type_into(widget: QLineEdit, text: str) -> None:
    widget.setFocus()
    QTest.keyClick(widget, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    QTest.keyClicks(widget, text)


def add_huabei(window: MainWindow) -> int:
    product = window.ctx.change(
        lambda s: products.add_product(s, "花呗", "huabei", {}), {"products"}
    )
    return int(product.id)


def record_bill(
    window: MainWindow, qtbot: QtBot, product_id: int, statement: str, amount: str
) -> None:
    """Record a bill as a person does: type its statement date and amount, click OK."""
    dialog = BillDialog(window.ctx, product_id=product_id, parent=window)
    qtbot.addWidget(dialog)
    dialog.show()
    type_into(dialog.statement, statement)
    QTest.keyClick(dialog.statement, Qt.Key.Key_Tab)  # the due date follows the statement
    type_into(dialog.amount, amount)
    QTest.mouseClick(
        dialog.buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton
    )
    assert not dialog.isVisible(), dialog.message.text()


def product_row(page: ProductsPage, name: str) -> dict[str, str]:
    """The products list's row ``name`` as the user reads it: header → cell text."""
    model = page.view.model()
    names = [model.index(r, 0).data() for r in range(model.rowCount())]
    row = names.index(name)
    return {
        model.headerData(c, Qt.Orientation.Horizontal): model.index(row, c).data()
        for c in range(model.columnCount())
    }


# -- 1. an overdue bill in the products list -------------------------------------------------
def test_products_list_shows_an_overdue_bill_as_the_next_due_marked_late(
    make_window,
    qtbot: QtBot,  # type: ignore[no-untyped-def]
) -> None:
    window = make_window(demo=False)
    pid = add_huabei(window)
    # Huabei: due 9 days after the statement; 16 Nov → due 25 Nov, 6 days ago (1 Dec).
    record_bill(window, qtbot, pid, "2026-11-16", "800")
    click_nav(window, "Products")
    page = window.pages["products"]
    assert isinstance(page, ProductsPage) and page.isVisible()
    row = product_row(page, "花呗")
    assert row["Next due"] == "2026-11-25\n6 days late"
    assert row["Next amount"] == "¥800.00"
    assert row["State"] == "Overdue ¥800.00"
    # Its page (double-click the row) does not say "Nothing due" beside the overdue bill.
    model = page.view.model()
    (cell,) = [
        model.index(r, 0) for r in range(model.rowCount()) if model.index(r, 0).data() == "花呗"
    ]
    spot = page.view.visualRect(cell).center()
    QTest.mouseClick(page.view.viewport(), Qt.MouseButton.LeftButton, pos=spot)
    QTest.mouseDClick(page.view.viewport(), Qt.MouseButton.LeftButton, pos=spot)
    assert page.stack.currentWidget() is page.detail
    facts = page.detail.facts.text().replace("\u2060", "").replace("\u00a0", " ")
    assert "Nothing else due" in facts and "Overdue ¥800.00" in facts, facts
    assert "Nothing due" not in facts


def test_an_overdue_bill_comes_before_a_later_instalment(window: MainWindow) -> None:
    """Demo 京东白条: its 17 Nov bill is 5 days late; a plan instalment is due 26 Dec."""
    click_nav(window, "Products")
    row = product_row(window.pages["products"], "京东白条")  # type: ignore[arg-type]
    assert row["Next due"] == "2026-11-26\n5 days late"
    assert row["Next amount"] == "¥1,482.45"


# -- 2. the dashboard's text once products exist --------------------------------------------
def add_product_by_hand(window: MainWindow, qtbot: QtBot, button: QPushButton, name: str) -> None:
    """Click ``button`` (it opens the product dialog), type ``name``, pick Huabei, OK."""

    def fill() -> None:
        dialog = QApplication.activeModalWidget()
        assert dialog is not None and dialog.objectName() == "productDialog", dialog
        try:
            type_into(dialog.findChild(QLineEdit, "nameField"), name)
            preset = dialog.findChild(QComboBox, "presetField")
            preset.setCurrentIndex(preset.findData("huabei"))
            preset.activated.emit(preset.currentIndex())
            QTest.mouseClick(
                dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok),
                Qt.MouseButton.LeftButton,
            )
        finally:
            if dialog.isVisible():  # never leave a modal open: the test would hang
                dialog.reject()

    QTimer.singleShot(0, fill)
    QTest.mouseClick(button, Qt.MouseButton.LeftButton)


def test_dashboard_says_nothing_is_due_once_a_product_exists(
    make_window,
    qtbot: QtBot,  # type: ignore[no-untyped-def]
) -> None:
    window = make_window(demo=False)
    page = window.pages["dashboard"]
    label = page.findChild(QLabel, "emptyStateLabel")
    assert label.text().startswith("No dues yet — add a product")
    add_product_by_hand(window, qtbot, page.add_product_button, "Huabei")
    assert [p.name for p in products.list_products(window.ctx.store)] == ["Huabei"]
    assert label.isVisible()
    english = (
        "Nothing is due in the next 90 days. When a bill arrives, add it (Record → New bill…)."
    )
    assert label.text() == english
    apply_language("zh_CN")
    qtbot.waitUntil(lambda: label.text() != english)  # (LanguageChange is posted)
    assert label.text() == "未来 90 天内没有待还款。账单到了，就录入它（记录 → 新增账单…）。"
    apply_language("en")
    qtbot.waitUntil(lambda: label.text() == english)
    # The bill arrives: the page shows it (and no longer says nothing is due).
    record_bill(window, qtbot, products.list_products(window.ctx.store)[0].id, "2026-11-25", "300")
    assert page.stack.currentIndex() == 0 and not label.isVisible()


def test_the_text_names_the_next_due_when_there_is_one(window: MainWindow) -> None:
    """Nothing within the days shown but a due later on: the text says when (the dues of
    the demo data, read as if none were in the dashboard's range)."""
    from dataclasses import replace

    from ui.pages.dashboard_empty import empty_text

    data = window.pages["dashboard"].data  # type: ignore[attr-defined]
    text = empty_text(replace(data, dues=(), estimates=()))
    assert text.startswith("Nothing is due in the next 90 days.")
    # The soonest not-yet-late due of the demo data: Huabei's ¥3,245.60 on 4 Dec.
    assert text.endswith("The next due: 花呗 ¥3,245.60 on Friday 4 December 2026.")


# -- 4. Record → … with no products -----------------------------------------------------------
def test_record_actions_wait_for_a_product_and_say_why(
    make_window,
    qtbot: QtBot,  # type: ignore[no-untyped-def]
) -> None:
    window = make_window(demo=False)
    keys = ("addPaymentAction", "addChargeAction", "addBillAction", "addPlanAction")
    menu = window.record_menu
    items = [a for a in menu.actions() if a.objectName() in keys]
    assert len(items) == 4 and not any(a.isEnabled() for a in items)
    assert {a.toolTip() for a in items} == {"Add a product first (Record → New product…)"}
    assert {a.statusTip() for a in items} == {"Add a product first (Record → New product…)"}
    assert menu.toolTipsVisible()
    # Hovering a disabled item shows why (the menu open, the pointer resting on it).
    menu.popup(window.mapToGlobal(window.rect().topLeft()))
    qtbot.waitExposed(menu)
    spot = menu.actionGeometry(items[0]).center()
    QTest.mouseMove(menu, spot)
    QApplication.sendEvent(menu, QHelpEvent(QEvent.Type.ToolTip, spot, menu.mapToGlobal(spot)))
    assert (
        QToolTip.isVisible() and QToolTip.text() == "Add a product first (Record → New product…)"
    )
    menu.hide()
    QToolTip.hideText()
    # Ctrl+P with no product opens nothing (the disabled action takes no shortcut).
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    QTest.keyClick(window, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
    assert QApplication.activeModalWidget() is None
    apply_language("zh_CN")
    qtbot.waitUntil(lambda: items[0].toolTip() == "请先添加产品（记录 → 新增产品…）")
    apply_language("en")
    qtbot.waitUntil(lambda: items[0].toolTip() == "Add a product first (Record → New product…)")
    # The product added, every one of them is usable at once.
    add_product_by_hand(window, qtbot, window.pages["dashboard"].add_product_button, "Huabei")
    assert all(a.isEnabled() for a in items)
    assert [a.statusTip() for a in items] == ["", "", "", ""]
    assert items[0].toolTip() == "Record payment…"
    # Its only product archived, recording waits again, and says how to go on.
    (only,) = products.list_products(window.ctx.store)
    window.ctx.change(lambda s: products.archive_product(s, only.id, archived=True), {"products"})
    assert not any(a.isEnabled() for a in items)
    assert items[0].toolTip() == (
        "Every product is archived: add one (Record → New product…) or restore one "
        "(Products → Show archived)"
    )


# -- 5. a status-bar line after saving --------------------------------------------------------
def in_next_modal(qtbot: QtBot, act) -> None:  # type: ignore[no-untyped-def]
    """Run ``act(dialog)`` on the modal dialog about to open; it never stays open."""

    def fill() -> None:
        dialog = QApplication.activeModalWidget()
        assert dialog is not None
        try:
            act(dialog)
        finally:
            if dialog.isVisible():
                dialog.reject()

    QTimer.singleShot(0, fill)


def choose_product(dialog, name: str) -> None:  # type: ignore[no-untyped-def]
    combo = dialog.findChild(QComboBox, "productField")
    combo.setCurrentIndex(combo.findText(name, Qt.MatchFlag.MatchStartsWith))


def click_ok(dialog) -> None:  # type: ignore[no-untyped-def]
    ok = dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok)
    QTest.mouseClick(ok, Qt.MouseButton.LeftButton)
    shown = [
        w.text()
        for w in dialog.findChildren(QLabel)
        if w.isVisible() and "Error" in w.objectName()
    ]
    assert not dialog.isVisible(), shown


def test_saving_a_payment_charge_or_bill_says_so_in_the_status_bar(
    window: MainWindow, qtbot: QtBot
) -> None:
    bar = window.statusBar()
    assert bar.currentMessage() == ""

    def pay(dialog) -> None:  # type: ignore[no-untyped-def]
        choose_product(dialog, "花呗")
        type_into(dialog.findChild(QLineEdit, "amountField"), "500")
        click_ok(dialog)

    in_next_modal(qtbot, pay)
    window.actions_["addPaymentAction"].trigger()
    assert bar.currentMessage() == "Payment of ¥500.00 to 花呗 saved"

    def charge(dialog) -> None:  # type: ignore[no-untyped-def]
        choose_product(dialog, "招商银行信用卡")
        type_into(dialog.findChild(QLineEdit, "amountField"), "1200")
        type_into(dialog.findChild(QLineEdit, "descriptionField"), "Phone")
        dialog.split.setFocus()
        QTest.keyClick(dialog.split, Qt.Key.Key_Space)  # "Split into instalments"
        assert dialog.split.isChecked()
        periods = dialog.findChild(QComboBox, "periodsField")
        periods.setCurrentIndex(periods.findData(12))
        click_ok(dialog)

    in_next_modal(qtbot, charge)
    window.actions_["addChargeAction"].trigger()
    assert bar.currentMessage() == (
        "Charge of ¥1,200.00 on 招商银行信用卡 saved, split into 12 instalments"
    )

    apply_language("zh_CN")

    def bill(dialog) -> None:  # type: ignore[no-untyped-def]
        choose_product(dialog, "花呗")
        type_into(dialog.findChild(QLineEdit, "statementField"), "2026-08-25")
        QTest.keyClick(dialog.findChild(QLineEdit, "statementField"), Qt.Key.Key_Tab)
        type_into(dialog.findChild(QLineEdit, "amountField"), "88.50")
        click_ok(dialog)

    in_next_modal(qtbot, bill)
    window.actions_["addBillAction"].trigger()
    # Huabei: due 9 days after the statement.
    assert bar.currentMessage() == "已保存：花呗 账单 ¥88.50，2026-09-03 到期"

    def plan(dialog) -> None:  # type: ignore[no-untyped-def]
        choose_product(dialog, "招商银行信用卡")
        type_into(dialog.findChild(QLineEdit, "principalField"), "6000")
        periods = dialog.findChild(QComboBox, "periodsField")
        periods.setCurrentIndex(periods.findData(6))
        click_ok(dialog)

    in_next_modal(qtbot, plan)
    window.actions_["addPlanAction"].trigger()
    assert bar.currentMessage() == "已保存：招商银行信用卡 分期 ¥6,000.00，共 6 期"


# -- 3. the first-run question for a new or empty --db file ----------------------------------
def run_app(args: list[str], answer) -> tuple[int, list[str], MainWindow | None]:  # type: ignore[no-untyped-def]
    """Run the real ``main(args)``; ``answer(dialog)`` answers the first-run question when
    it shows (its texts are returned); once the main window is on screen, main() returns
    and the window is handed back (the caller closes it)."""
    from ui import app

    asked: list[str] = []
    shown: list[MainWindow] = []
    done: list[bool] = []

    def poll() -> None:
        if done:  # main() has returned: this poll must not answer a later test's dialog
            return
        modal = QApplication.activeModalWidget()
        if modal is not None and modal.objectName() == "firstRunDialog" and not asked:
            asked.append(modal.findChild(QLabel, "firstRunText").text())
            answer(modal)
        windows = [w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow)]
        if any(w.isVisible() for w in windows):
            shown.extend(w for w in windows if w.isVisible())
            QApplication.setQuitOnLastWindowClosed(False)  # (see test_check_after_paint)
            QApplication.exit(0)
            return
        QTimer.singleShot(20, poll)

    QTimer.singleShot(0, poll)
    guard = QTimer(singleShot=True, interval=20000)  # the test fails, it never hangs
    guard.timeout.connect(lambda: QApplication.exit(1))
    guard.start()
    try:
        status = app.main([*args, "--today", "2026-12-01"])
    finally:
        done.append(True)
        guard.stop()
    return status, asked, (shown[0] if shown else None)


def close_app_window(window: MainWindow | None) -> None:
    """Close main()'s window once its background check (started after the first paint)
    has reported: a report reaching a deleted window fails a later test."""
    from ui.upkeep import Upkeep

    if window is not None:
        QApplication.processEvents()  # the check starts on a zero-time timer
        upkeep = window.findChild(Upkeep)
        deadline = QDeadlineTimer(20000)
        while upkeep is not None and upkeep.jobs and not deadline.hasExpired():
            QApplication.processEvents()
            QThread.msleep(10)
        window.close()
        window.deleteLater()
    QApplication.processEvents()
    QApplication.setQuitOnLastWindowClosed(True)


def click(name: str):  # type: ignore[no-untyped-def]
    return lambda dialog: QTest.mouseClick(
        dialog.findChild(QPushButton, name), Qt.MouseButton.LeftButton
    )


def names_in(window: MainWindow) -> set[str]:
    return {p.name for p in products.list_products(window.ctx.store)}


def test_a_new_db_file_asks_first_and_escape_makes_no_file(tmp_path, qtbot: QtBot) -> None:  # type: ignore[no-untyped-def]
    new = tmp_path / "new.db"
    status, asked, window = run_app(
        ["--db", str(new), "--lang", "zh_CN"],
        lambda dialog: QTest.keyClick(dialog, Qt.Key.Key_Escape),
    )
    # Asked, in the language given (it was asked before the language was set, if at all).
    assert asked == ["这是一个新的数据文件。您想怎样开始？文件保存在："], asked
    assert (status, window) == (0, None)
    assert not new.exists(), "closing the question makes no file"


def test_a_new_db_file_with_demo_data_chosen(tmp_path, qtbot: QtBot) -> None:  # type: ignore[no-untyped-def]
    new = tmp_path / "new.db"
    status, asked, window = run_app(["--db", str(new), "--lang", "en"], click("demoDataButton"))
    try:
        assert len(asked) == 1 and asked[0].startswith("Your data file is new.")
        assert status == 0 and window is not None
        assert window.ctx.data_path == new
        assert "京东白条" in names_in(window) and window.demo_banner.isVisible()
    finally:
        close_app_window(window)


def test_an_existing_empty_file_asks_once_open(tmp_path, qtbot: QtBot) -> None:  # type: ignore[no-untyped-def]
    from tracker.service import files

    empty = tmp_path / "empty.db"
    files.open_store(empty, create=True).close()  # e.g. debt-tracker-cli init
    status, asked, window = run_app(["--db", str(empty), "--lang", "en"], click("demoDataButton"))
    try:
        assert asked == [
            "Your data file has no products yet. How would you like to begin? It is here:"
        ]
        assert status == 0 and window is not None
        assert "花呗" in names_in(window) and window.demo_banner.isVisible()
    finally:
        close_app_window(window)
    # It has products now: the next start asks nothing (main() is not run again here: its
    # single-instance server, kept by the application, would take this start for a second).
    start = first_run.start_file(str(empty), False, QSettings())
    assert start == first_run.Start(empty, False, ask_if_empty=True)
    again = create_main_window(empty, window.ctx.today)
    qtbot.addWidget(again)
    assert first_run.offer_on_empty(again.ctx) is True  # without a question (none shown)


def test_an_empty_file_started_with_own_products_stays_empty(tmp_path, qtbot: QtBot) -> None:  # type: ignore[no-untyped-def]
    new = tmp_path / "mine.db"
    status, asked, window = run_app(["--db", str(new), "--lang", "en"], click("ownProductsButton"))
    try:
        assert len(asked) == 1 and status == 0 and window is not None
        assert names_in(window) == set() and window.demo_banner.isHidden()
    finally:
        close_app_window(window)
