"""Issue 15, first run: the first-run choice, the demo-data banner with Remove and Undo,
deleting a product with all its records (Del, confirmation, Undo), and the data file
remembered (reopened at start, File → Open recent)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt, QTimer
from PySide6.QtGui import QAction
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QApplication,
    QFileDialog,
    QMessageBox,
    QPushButton,
    QTableView,
)
from pytestqt.qtbot import QtBot

from tests.support.first_run import answer_first_run
from tracker.service import demo, files, products
from ui import first_run
from ui.app import create_main_window
from ui.main_window import MainWindow
from ui.pages.products import ProductsPage
from ui.recent_files import RecentFilesMenu, last_file, recent_names

from .conftest import TODAY

DEMO_NAMES = {"京东白条", "花呗", "招商银行信用卡", "Chase Freedom", "Klarna"}


def when_modal(qtbot: QtBot, act: Callable[[object], None]) -> list[str]:
    """Run ``act`` on the next modal window as soon as it shows; returns its texts."""
    seen: list[str] = []

    def poll() -> None:
        modal = QApplication.activeModalWidget()
        if modal is None:
            QTimer.singleShot(20, poll)
            return
        seen.append(modal.text() if isinstance(modal, QMessageBox) else modal.windowTitle())
        try:
            act(modal)
        except Exception:
            modal.reject()  # type: ignore[attr-defined]  # never leave the test hanging
            raise

    QTimer.singleShot(0, poll)
    return seen


def click_button(name_or_text: str) -> Callable[[object], None]:
    def act(modal: object) -> None:
        for button in modal.findChildren(QPushButton):  # type: ignore[attr-defined]
            if name_or_text in (button.objectName(), button.text().replace("&", "")):
                QTest.mouseClick(button, Qt.MouseButton.LeftButton)
                return
        raise AssertionError(f"no button {name_or_text!r}")

    return act


@pytest.fixture
def default_db(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Where the default data file would be (not there yet)."""
    path = tmp_path / "default" / "debt-tracker.db"
    monkeypatch.setenv("DEBT_TRACKER_DB", str(path))
    return path


# -- 1. the first-run choice ---------------------------------------------------------------
def test_first_run_asks_and_demo_data_fills_the_default_file(
    qtbot: QtBot, default_db: Path
) -> None:
    when_modal(qtbot, click_button("demoDataButton"))
    start = first_run.start_file(None, False, QSettings())
    assert start == first_run.Start(default_db, True)
    window = create_main_window(start.path, TODAY, demo_if_new=start.demo_if_new)
    qtbot.addWidget(window)
    names = {p.name for p in products.list_products(window.ctx.store)}
    assert names == DEMO_NAMES


def test_first_run_own_products_starts_empty(qtbot: QtBot, default_db: Path) -> None:
    when_modal(qtbot, click_button("Start with my own products"))
    start = first_run.start_file(None, False, QSettings())
    assert start == first_run.Start(default_db, False)
    window = create_main_window(start.path, TODAY, demo_if_new=start.demo_if_new)
    qtbot.addWidget(window)
    assert products.list_products(window.ctx.store) == []
    assert window.demo_banner.isHidden()


def test_first_run_enter_takes_own_products_and_escape_quits(
    qtbot: QtBot, default_db: Path
) -> None:
    when_modal(qtbot, lambda m: QTest.keyClick(m, Qt.Key.Key_Return))  # type: ignore[arg-type]
    assert first_run.start_file(None, False, QSettings()) == first_run.Start(default_db, False)
    when_modal(qtbot, lambda m: QTest.keyClick(m, Qt.Key.Key_Escape))  # type: ignore[arg-type]
    assert first_run.start_file(None, False, QSettings()) is None
    assert not default_db.exists(), "closing the question makes no file"


def blank_sqlite_file(path: Path) -> bytes:
    """A data file with >0 bytes and no tables (a set-up that never ran); its bytes."""
    import sqlite3

    path.parent.mkdir(parents=True, exist_ok=True)
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE t (x)")
    conn.execute("DROP TABLE t")
    conn.commit()
    conn.close()
    return path.read_bytes()


def test_escape_on_a_blank_sqlite_file_leaves_it_as_on_a_missing_file(
    qtbot: QtBot, default_db: Path
) -> None:
    """Found by a QA pass: a blank file was opened (and set up) before the question, so
    Escape left a new, full-size schema behind and the question said "no products yet"."""
    before = blank_sqlite_file(default_db)
    assert len(before) > 0
    asked = when_modal(qtbot, lambda m: QTest.keyClick(m, Qt.Key.Key_Escape))  # type: ignore[arg-type]
    assert first_run.start_file(None, False, QSettings()) is None
    assert asked == ["Welcome to Debt Tracker"]
    assert default_db.read_bytes() == before, "closing the question changes nothing"
    assert sorted(p.name for p in default_db.parent.iterdir()) == [default_db.name]
    # asked as a new file: the demo data then fills it
    when_modal(qtbot, click_button("demoDataButton"))
    start = first_run.start_file(None, False, QSettings())
    assert start == first_run.Start(default_db, True)
    window = create_main_window(start.path, TODAY, demo_if_new=start.demo_if_new)
    qtbot.addWidget(window)
    assert {p.name for p in products.list_products(window.ctx.store)} == DEMO_NAMES


def test_no_question_before_opening_with_demo_screenshot_or_an_existing_file(
    tmp_path: Path, default_db: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def never(*_a: object) -> int:
        raise AssertionError("the first-run question was shown")

    monkeypatch.setattr(first_run.FirstRunDialog, "exec", never)
    settings = QSettings()
    other = tmp_path / "other.db"
    assert first_run.start_file(str(other), True, settings) == first_run.Start(other, True)
    assert first_run.start_file(str(other), False, settings, ask=False) == first_run.Start(
        other, False
    )
    assert first_run.start_file(None, True, settings) == first_run.Start(default_db, True)
    assert first_run.start_file(None, False, settings, ask=False) == first_run.Start(
        default_db, True
    )
    # A file already there is asked about once open, and only if it has no products.
    files.open_store(default_db, create=True).close()
    assert first_run.start_file(None, False, settings) == first_run.Start(
        default_db, False, ask_if_empty=True
    )


# -- 2. the demo-data label and 3. Remove demo data ------------------------------------------
def test_demo_banner_removes_the_demo_data_and_undo_brings_it_back(
    window: MainWindow, qtbot: QtBot
) -> None:
    banner = window.demo_banner
    assert banner.isVisible()
    assert banner.text.text().startswith("Demo data: these products and debts are made up")
    mine = products.add_product(window.ctx.store, "My card", "cn-credit-card", {})
    window.ctx.notify({"products"})
    asked = when_modal(qtbot, click_button("Yes"))
    qtbot.mouseClick(banner.remove_button, Qt.MouseButton.LeftButton)
    # 8 bills, 1 charge, 2 plans, 8 payments (tests/core/test_demo_remove.py DEMO_COUNTS)
    assert "with 8 bills, 1 charge, 2 instalment plans and 8 payments?" in asked[0]
    assert [p.name for p in products.list_products(window.ctx.store)] == ["My card"]
    assert banner.text.text().startswith("Removed the demo data: 京东白条, 花呗")
    assert banner.undo_button.isVisible()
    page = window.show_page("dashboard")
    assert page.isVisible()
    qtbot.mouseClick(banner.undo_button, Qt.MouseButton.LeftButton)
    names = {p.name for p in products.list_products(window.ctx.store)}
    assert names == DEMO_NAMES | {mine.name}
    assert banner.isVisible() and banner.remove_button.isVisible()
    assert demo.has_demo_data(window.ctx.store)


def test_demo_banner_no_keeps_everything(window: MainWindow, qtbot: QtBot) -> None:
    when_modal(qtbot, click_button("No"))
    qtbot.mouseClick(window.demo_banner.remove_button, Qt.MouseButton.LeftButton)
    assert {p.name for p in products.list_products(window.ctx.store)} == DEMO_NAMES
    assert window.demo_banner.remove_button.isVisible()


def test_demo_banner_says_which_demo_product_it_keeps(
    window: MainWindow, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    from tracker.service import payments

    today = window.ctx.today
    window.ctx.change(lambda s: payments.add_payment(s, "Klarna", today, 1000, today))
    asked: list[str] = []

    def question(_parent: object, _title: str, text: str) -> QMessageBox.StandardButton:
        asked.append(text)
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "question", question)
    qtbot.mouseClick(window.demo_banner.remove_button, Qt.MouseButton.LeftButton)
    assert "Klarna will be kept: you added records to them." in asked[0]
    assert [p.name for p in products.list_products(window.ctx.store)] == ["Klarna"]
    assert "Kept Klarna: you added records to them." in window.demo_banner.text.text()
    # Klarna is the user's now: no demo data left, the label goes at the next change.
    window.ctx.notify({"products"})
    assert window.demo_banner.isHidden()


def test_no_demo_banner_on_the_users_own_file(make_window) -> None:  # type: ignore[no-untyped-def]
    window = make_window(demo=False)
    assert window.demo_banner.isHidden()


# -- 4. delete a product with all its records ------------------------------------------------
def products_view(window: MainWindow) -> tuple[ProductsPage, QTableView]:
    page = window.show_page("products")
    assert isinstance(page, ProductsPage)
    return page, page.view


def click_row(view: QTableView, name: str) -> None:
    model = view.model()
    row = [model.index(r, 0).data() for r in range(model.rowCount())].index(name)
    rect = view.visualRect(model.index(row, 0))
    QTest.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def test_del_deletes_a_product_with_its_records_and_ctrl_z_undoes(
    window: MainWindow, qtbot: QtBot
) -> None:
    page, view = products_view(window)
    click_row(view, "京东白条")
    asked = when_modal(qtbot, click_button("Yes"))
    QTest.keyClick(view, Qt.Key.Key_Delete)
    # 京东白条: 2 bills, 1 plan, 4 payments (3 instalments + the paid last bill), no charge
    assert asked == [
        "Delete 京东白条 with 2 bills, 1 instalment plan and 4 payments? Its dues and "
        "reminders go too. You can undo this until your next change."
    ]
    names = {p.name for p in products.list_products(window.ctx.store)}
    assert names == DEMO_NAMES - {"京东白条"}
    assert "京东白条" not in [view.model().index(r, 0).data() for r in range(4)]
    assert page.undo.isVisible()
    assert page.selected_id() is not None, "the next product is selected"
    assert page.undo.text.text() == (
        "Deleted 京东白条 with 2 bills, 1 instalment plan and 4 payments."
    )
    # The desktop gives the window its focus back when the question closes; offscreen
    # Qt does not: do it here.
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is view)
    QTest.keyClick(view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert {p.name for p in products.list_products(window.ctx.store)} == DEMO_NAMES
    assert len(window.ctx.store.list_payments(1)) == 4
    assert page.undo.isHidden()


def test_delete_button_and_undo_button(window: MainWindow, qtbot: QtBot) -> None:
    page, view = products_view(window)
    click_row(view, "招商银行信用卡")
    asked = when_modal(qtbot, click_button("Yes"))
    qtbot.mouseClick(page.actions_["delete"], Qt.MouseButton.LeftButton)
    assert "with 2 bills, 1 charge and 1 payment?" in asked[0]
    assert "招商银行信用卡" not in {p.name for p in products.list_products(window.ctx.store)}
    qtbot.mouseClick(page.undo.button, Qt.MouseButton.LeftButton)
    assert "招商银行信用卡" in {p.name for p in products.list_products(window.ctx.store)}


def test_delete_answered_no_keeps_the_product(window: MainWindow, qtbot: QtBot) -> None:
    _page, view = products_view(window)
    click_row(view, "花呗")
    when_modal(qtbot, click_button("No"))
    QTest.keyClick(view, Qt.Key.Key_Delete)
    assert {p.name for p in products.list_products(window.ctx.store)} == DEMO_NAMES


# -- 5. the data file remembered -------------------------------------------------------------
def test_a_new_file_from_settings_is_reopened_and_listed_in_open_recent(
    window: MainWindow, qtbot: QtBot, tmp_path: Path, default_db: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:  # fmt: skip
    first = window.ctx.data_path
    new = tmp_path / "mine.db"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *_a, **_k: (str(new), ""))
    settings_page = window.show_page("settings")
    asked = answer_first_run("ownProductsButton")  # a new file asks, as a first start does
    qtbot.mouseClick(settings_page.create_button, Qt.MouseButton.LeftButton)
    assert len(asked) == 1
    assert window.ctx.data_path == new
    assert last_file(QSettings()) == new.resolve()
    # The next start opens it, without demo data; it is asked about once open, as long as
    # it has no products (tests/ui/test_qa_main.py).
    assert first_run.start_file(None, False, QSettings()) == first_run.Start(
        new.resolve(), False, ask_if_empty=True
    )
    # Open the first file through Settings too, then File → Open recent lists both.
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *_a, **_k: (str(first), ""))
    qtbot.mouseClick(settings_page.open_button, Qt.MouseButton.LeftButton)
    assert recent_names(QSettings()) == [str(first.resolve()), str(new.resolve())]
    menu = window.findChild(RecentFilesMenu, "recentFilesMenu")
    menu.rebuild()
    entries = [a for a in menu.actions() if a.objectName().startswith("recentFile")]
    assert [a.data() for a in entries] == recent_names(QSettings())
    assert [a.isEnabled() for a in entries] == [False, True]  # the open one is disabled
    entries[1].trigger()
    assert window.ctx.data_path == new
    assert last_file(QSettings()) == new.resolve()


def test_open_recent_shows_a_missing_file_disabled(window: MainWindow, tmp_path: Path) -> None:
    gone = tmp_path / "gone.db"
    files.open_store(gone, create=True).close()
    from ui import recent_files

    recent_files.remember(QSettings(), gone)
    gone.unlink()
    menu = window.findChild(RecentFilesMenu, "recentFilesMenu")
    menu.rebuild()
    (entry,) = [a for a in menu.actions() if a.objectName() == "recentFile1"]
    assert isinstance(entry, QAction)
    assert not entry.isEnabled()
    assert entry.text().endswith("gone.db (missing)")
    assert last_file(QSettings()) is None, "a missing last file is not reopened"


def test_remove_demo_data_while_a_demo_products_page_is_open_goes_back_to_the_list(
    window: MainWindow, qtbot: QtBot
) -> None:
    page, view = products_view(window)
    click_row(view, "花呗")
    QTest.keyClick(view, Qt.Key.Key_Return)  # open its page
    assert page.stack.currentWidget() is page.detail
    when_modal(qtbot, click_button("Yes"))
    qtbot.mouseClick(window.demo_banner.remove_button, Qt.MouseButton.LeftButton)
    assert products.list_products(window.ctx.store) == []
    assert page.stack.currentWidget() is not page.detail
    assert page.model.rowCount() == 0
