"""Negotiate view (issue 17), clicked and typed like a person: from the dashboard's overdue
card to the proposals, the script, and the agreed plan recorded; then the dashboard shows
the plan's first payment as the account's next due and the penalty no longer grows.

Numbers (tests/core/test_negotiate.py has the arithmetic): the demo's 京东白条 owes
¥1,486.16 on 2026-12-01 (¥3.71 of it penalty); with ¥300 a month the shortest plan is
5 payments of ¥297.23 (the last ¥297.24).
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QPushButton, QTableView
from pytestqt.qtbot import QtBot

from tracker.service import simulation
from ui.dialogs.agreement import AgreementDialog
from ui.dialogs.negotiate import NegotiateDialog
from ui.main_window import MainWindow
from ui.pages.dashboard import DashboardPage
from ui.widgets.date_field import DateField


def _dialog(window: MainWindow, qtbot: QtBot, kind: type) -> object:
    qtbot.waitUntil(
        lambda: any(isinstance(w, kind) and w.isVisible() for w in QApplication.topLevelWidgets())
    )
    return next(w for w in QApplication.topLevelWidgets() if isinstance(w, kind) and w.isVisible())


def _retype(qtbot: QtBot, widget: object, text: str) -> None:
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)
    qtbot.keyClick(widget, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(widget, text)


def _baitiao_rows(dash: DashboardPage) -> list[tuple[str, str, str]]:
    view = dash.view
    model = view.model()
    out = []
    for r in range(model.rowCount()):
        v = dash.dues.view(r)
        if v.product.name == "京东白条":
            out.append((v.due.kind, v.due.due_date.isoformat(), model.index(r, 3).data()))
    return out


def test_from_the_overdue_card_to_a_recorded_plan(window: MainWindow, qtbot: QtBot) -> None:
    dash = window.show_page("dashboard")
    assert isinstance(dash, DashboardPage)
    assert dash.warning.isVisible()
    assert "(¥3.71 so far on the whole account)" in dash.warning.lines[0].text()
    talk = dash.warning.findChild(QPushButton, "overdueNegotiate0")
    assert talk.text() == "Negotiate…"
    qtbot.mouseClick(talk, Qt.MouseButton.LeftButton)
    dialog = _dialog(window, qtbot, NegotiateDialog)
    assert isinstance(dialog, NegotiateDialog)
    assert dialog.heading.text() == "京东白条: 5 days overdue (due 2026-11-26)"
    assert "Owed today: ¥1,486.16" in dialog.owed.text()
    assert "penalty ¥3.71" in dialog.owed.text()
    assert "Each further week of waiting adds ¥5.18." in dialog.owed.text()

    _retype(qtbot, dialog.budget, "20")
    qtbot.keyClick(dialog.budget, Qt.Key.Key_Return)
    assert dialog.table.rowCount() == 0
    assert dialog.message.isVisible()
    assert "at least ¥25.15 a month" in dialog.message.text()  # with the penalty waived

    _retype(qtbot, dialog.budget, "300")
    qtbot.mouseClick(dialog.show_button, Qt.MouseButton.LeftButton)
    assert not dialog.message.isVisible()
    table = dialog.table
    assert table.rowCount() == 10  # 5, 12, 24, 36, 60 payments; without and with the waiver
    first = [table.item(0, c).text() for c in range(table.columnCount())]
    assert first[:5] == ["No waiver", "5", "¥297.23 (last ¥297.24)", "¥1,486.16", "¥3.71"]
    assert first[5] == "2032-05-01"  # 5 years after the last payment, 2027-05-01
    waived = [table.item(5, c).text() for c in range(5)]  # the first with the waiver
    assert waived == ["Waive ¥3.71", "5", "¥296.49", "¥1,482.45", "¥0.00"]

    script = dialog.script.toPlainText()
    assert "Call 京东白条 customer service: 95118." in script
    assert "我的 → 客户服务 → 在线客服" in script
    assert "5 monthly payments of ¥297.23" in script  # the selected row is asked for
    qtbot.mouseClick(dialog.copy_button, Qt.MouseButton.LeftButton)
    assert QGuiApplication.clipboard().text() == script
    assert dialog.print_text().startswith("Negotiating with 京东白条\n\n")
    assert dialog.print_text().endswith(script)

    qtbot.mouseClick(dialog.record_button, Qt.MouseButton.LeftButton)
    agree = _dialog(window, qtbot, AgreementDialog)
    assert isinstance(agree, AgreementDialog)
    assert agree.total.text() == "1486.16" and agree.periods.value() == 5
    assert isinstance(agree.first_due, DateField)
    _retype(qtbot, agree.first_due, "2026-12-11")  # the lender set the 11th
    assert "5 payments of ¥297.23, the last ¥297.24" in agree.preview.text()
    qtbot.mouseClick(
        agree.buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton
    )
    qtbot.waitUntil(lambda: not dialog.isVisible())

    # The bill and the instalment it took over are no longer overdue; the account's next
    # due is the plan's first payment.
    assert not dash.warning.isVisible()
    rows = _baitiao_rows(dash)
    assert rows[0] == ("negotiated", "2026-12-11", "¥297.23")
    # The penalty no longer grows: 9 days on, nothing of 京东白条 is overdue and it has no
    # charges (花呗's and Klarna's dues of 4 and 5 December are late by then).
    window.ctx.today = date(2026, 12, 10)
    window.ctx.notify({"today"})
    assert all(w.view.product.name != "京东白条" for w in dash.warning.warnings)
    views = [dash.dues.view(r) for r in range(dash.dues.rowCount())]
    mine = [v for v in views if v.product.name == "京东白条"]
    assert mine[0].due.kind == "negotiated" and mine[0].penalty_so_far == 0
    assert mine[0].status.days_until_due == 1
    # The product's bills tab says where the November bill went, and that its lateness
    # stays on the report (Baitiao reports from the first day late).
    page = window.show_page("products")
    page.select(1)
    qtbot.mouseClick(page.findChild(QPushButton, "openProductButton"), Qt.MouseButton.LeftButton)
    page.detail.tabs.setCurrentWidget(page.detail.ledgers["bills"])
    model = page.detail.findChild(QTableView, "billsView").model()
    states = [model.index(r, 5).data() for r in range(model.rowCount())]
    assert "Moved to the agreed plan on 2026-12-01 (on the credit report)" in states


def test_the_product_page_and_the_simulator_lead_to_negotiate(
    window: MainWindow, qtbot: QtBot
) -> None:
    page = window.show_page("products")
    page.select(1)
    page.findChild(QPushButton, "openProductButton").click()
    button = page.detail.findChild(QPushButton, "productNegotiate")
    assert button.isVisible() and button.text() == "Negotiate a repayment plan…"
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    dialog = _dialog(window, qtbot, NegotiateDialog)
    assert dialog.product.name == "京东白条"
    dialog.reject()

    sim = window.show_page("simulator")
    views = simulation.simulatable_dues(window.ctx.store, window.ctx.today)
    bill = next(v for v in views if v.product.name == "京东白条" and v.due.kind == "bill")
    sim.simulate_due(bill.due.id)
    button = sim.findChild(QPushButton, "simulatorNegotiate")
    assert button.isVisible()
    view = sim.findChild(QTableView, "simulatorOptionsView")
    row = next(r for r in range(sim.model.rowCount()) if sim.model.option(r).kind == "negotiated")
    rect = view.visualRect(sim.model.index(row, 0))
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert button.isEnabled()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    dialog = _dialog(window, qtbot, NegotiateDialog)
    assert dialog.product.name == "京东白条"
    dialog.reject()


def test_the_view_in_chinese(window: MainWindow, qtbot: QtBot) -> None:
    from ui.i18n import apply_language

    apply_language("zh_CN")
    dash = window.show_page("dashboard")
    qtbot.mouseClick(
        dash.warning.findChild(QPushButton, "overdueNegotiate0"), Qt.MouseButton.LeftButton
    )
    dialog = _dialog(window, qtbot, NegotiateDialog)
    _retype(qtbot, dialog.budget, "300")
    qtbot.keyClick(dialog.budget, Qt.Key.Key_Return)
    script = dialog.script.toPlainText()
    assert "拨打京东白条客服电话：95118。" in script
    assert "分 5 期" in script
    assert dialog.windowTitle() == "协商还款"
    dialog.reject()


def test_an_agreed_total_above_what_is_owed_is_refused_next_to_the_field(
    window: MainWindow, qtbot: QtBot
) -> None:
    dash = window.show_page("dashboard")
    qtbot.mouseClick(
        dash.warning.findChild(QPushButton, "overdueNegotiate0"), Qt.MouseButton.LeftButton
    )
    dialog = _dialog(window, qtbot, NegotiateDialog)
    qtbot.mouseClick(dialog.record_button, Qt.MouseButton.LeftButton)
    agree = _dialog(window, qtbot, AgreementDialog)
    before = len(window.ctx.store.list_plans(1))
    _retype(qtbot, agree.total, "1486.17")  # a cent more than the ¥1,486.16 owed
    qtbot.mouseClick(
        agree.buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton
    )
    assert agree.isVisible()
    assert "more than 京东白条 owes today (¥1,486.16)" in agree.form.error_text("principal")
    assert len(window.ctx.store.list_plans(1)) == before
    agree.reject()
    dialog.reject()


def test_a_pasted_huge_budget_is_too_large_and_named_in_the_users_language(
    window: MainWindow, qtbot: QtBot
) -> None:
    """A QA pass pasted 5,000 digits into amount fields: here the message said
    "budget '…' is too long for an amount" in the Chinese dialog too."""
    from ui.i18n import apply_language

    for lang, says in (
        ("en", "Monthly budget '999999999999999999999999…' is too large"),
        ("zh_CN", "每月预算 '999999999999999999999999…' 太大"),
    ):
        apply_language(lang)
        dialog = NegotiateDialog(window.ctx, 1)
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.waitExposed(dialog)
        size, width = dialog.size(), dialog.budget.width()
        _retype(qtbot, dialog.budget, "9" * 5000)
        qtbot.mouseClick(dialog.show_button, Qt.MouseButton.LeftButton)
        assert dialog.message.isVisible()
        assert dialog.message.text().startswith(says)
        assert dialog.size() == size and dialog.budget.width() == width
        dialog.reject()
        with qtbot.waitSignal(dialog.destroyed):  # nothing of it keeps the focus afterwards
            dialog.deleteLater()
    apply_language("en")
