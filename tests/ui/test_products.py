"""Products page, product dialog, product detail (records, delete + undo) and plan dialog."""

from __future__ import annotations

from decimal import Decimal

import pytest
from PySide6.QtCore import QAbstractItemModel, Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QComboBox,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
)
from pytestqt.qtbot import QtBot

from tests.ui.record_tabs import click_tab
from tracker.service import payments, plans
from ui.dialogs.entry import EntryDialog
from ui.dialogs.plan import PlanDialog
from ui.dialogs.product import ProductDialog
from ui.formatting import shown_text, unbroken
from ui.main_window import MainWindow
from ui.models.ledger import BillsModel, ChargesModel, PaymentsModel, PlansModel
from ui.models.products import ProductsModel
from ui.pages import product_detail
from ui.pages.products import ProductsPage

BAITIAO = 1  # demo ids, in the order tracker.demo adds the products


def ok(dialog: object) -> None:
    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()  # type: ignore[attr-defined]


def column(table: QTableView | QAbstractItemModel, col: int) -> list[str]:
    """One column's texts, top down, of a shown table (or of a tab's ``model()``)."""
    model = table.model() if isinstance(table, QTableView) else table
    return [model.index(r, col).data() for r in range(model.rowCount())]


def products_page(window: MainWindow) -> ProductsPage:
    page = window.show_page("products")
    assert isinstance(page, ProductsPage)
    return page


@pytest.fixture
def yes(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Answer every confirmation with Yes; records the questions asked."""
    asked: list[str] = []

    def confirm(_parent: object, _title: str, text: str) -> bool:
        asked.append(text)
        return True

    monkeypatch.setattr(product_detail, "confirm", confirm)
    return asked


def test_add_a_product_through_the_dialog(make_window, qtbot: QtBot) -> None:  # type: ignore[no-untyped-def]
    window = make_window(demo=False)
    page = products_page(window)
    view = window.findChild(QTableView, "productsView")
    assert view.model().rowCount() == 0

    def fill() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, ProductDialog)
        dialog.findChild(QLineEdit, "nameField").setText("工商银行信用卡")
        preset = dialog.findChild(QComboBox, "presetField")
        preset.setCurrentIndex(preset.findData("cn-credit-card"))
        preset.activated.emit(preset.currentIndex())
        dialog.findChild(QLineEdit, "credit_limitField").setText("30,000")
        dialog.findChild(QLineEdit, "service_phoneField").setText("95588")
        ok(dialog)

    QTimer.singleShot(0, fill)
    page.findChild(QPushButton, "addProductButton").click()
    assert column(view, 0) == ["工商银行信用卡"]
    assert column(view, 4) == ["¥30,000.00"]
    saved = window.ctx.store.find_product("工商银行信用卡")
    # Filled from the cn-credit-card preset: due 19 days after the statement, 3 grace days.
    assert (saved.preset, saved.due_days, saved.grace_days) == ("cn-credit-card", 19, 3)
    assert (saved.credit_limit, saved.service_phone) == (3_000_000, "95588")


@pytest.mark.parametrize(
    ("key", "text", "message"),
    [
        ("statement_day", "32", "Statement day (1–31) must be 1–31, not 32"),  # its label
        ("revolving_daily_rate", "-0.1", "cannot be negative (-0.1 was typed)"),
        ("credit_limit", "12,34.5", "misplaced thousands separators"),
        ("allowed_periods", "3,x", "whole numbers joined by commas"),
        ("name", "", "product name is empty"),
    ],
)
def test_bad_product_settings_are_refused_next_to_the_field(
    window: MainWindow, qtbot: QtBot, key: str, text: str, message: str
) -> None:
    before = len(window.ctx.store.list_products(include_archived=True))
    dialog = ProductDialog(window.ctx, parent=window)
    qtbot.addWidget(dialog)
    dialog.findChild(QLineEdit, "nameField").setText("New card")
    dialog.findChild(QLineEdit, f"{key}Field").setText(text)
    ok(dialog)
    form = dialog._form_of(key)
    assert form is not None and message in form.error_text(key)
    assert dialog.tabs.currentWidget() is form  # the tab with the error is shown
    assert len(window.ctx.store.list_products(include_archived=True)) == before


def test_duplicate_name_is_refused_next_to_the_name(window: MainWindow, qtbot: QtBot) -> None:
    dialog = ProductDialog(window.ctx, parent=window)
    qtbot.addWidget(dialog)
    dialog.findChild(QLineEdit, "nameField").setText("花呗")
    ok(dialog)
    assert "already exists" in dialog.form.error_text("name")


def test_edit_a_products_rate_keeps_everything_else(window: MainWindow, qtbot: QtBot) -> None:
    dialog = ProductDialog(window.ctx, BAITIAO, parent=window)
    qtbot.addWidget(dialog)
    # Shown as a percentage of the principal per period: the stored 0.005 is 0.5 %.
    assert dialog.findChild(QLineEdit, "installment_fee_rateField").text() == "0.5"
    dialog.findChild(QLineEdit, "installment_fee_rateField").setText("0.4%")
    with qtbot.waitSignal(window.ctx.changed):
        ok(dialog)
    p = window.ctx.store.get_product(BAITIAO)
    assert p.installment_fee_rate == Decimal("0.004")  # 0.4% = 0.004
    assert (p.name, p.credit_limit, p.service_phone) == ("京东白条", 2_000_000, "95118")


def test_archive_and_restore(window: MainWindow, qtbot: QtBot, yes: list[str]) -> None:
    page = products_page(window)
    # A product that owes money cannot be archived: pay 花呗's open 3,245.60 first.
    today = window.ctx.today
    window.ctx.change(lambda s: payments.add_payment(s, "花呗", today, 324_560, today))
    page.select(2)  # 花呗
    page.findChild(QPushButton, "archiveProductButton").click()
    assert "花呗" not in column(page.view, 0)
    assert yes and "Archive 花呗?" in yes[0]
    page.findChild(QCheckBox, "showArchivedCheck").setChecked(True)
    row = column(page.view, 0).index("花呗")
    assert page.view.model().index(row, 8).data() == "Archived"
    page.select(2)
    assert page.findChild(QPushButton, "archiveProductButton").text() == "Restore"
    page.findChild(QPushButton, "archiveProductButton").click()
    assert window.ctx.store.get_product(2).archived is False


def open_baitiao(window: MainWindow) -> product_detail.ProductDetail:
    page = products_page(window)
    page.select(BAITIAO)
    page.findChild(QPushButton, "openProductButton").click()
    assert page.stack.currentWidget() is page.detail
    return page.detail


def test_product_detail_shows_demo_records(window: MainWindow) -> None:
    detail = open_baitiao(window)
    assert detail.phone.text() == "Customer service: 95118"
    # 9 open periods × 618.25 + the unpaid 864.20 bill = 6,428.45, + the penalty so far
    # 0.05% × (864.20 + 618.25) × 5 days = 3.706 → 3.71: 6,432.16, the split shown too.
    assert "Balance ¥6,432.16" in shown_text(detail.facts.text())
    assert unbroken("Balance ¥6,432.16") in detail.facts.text()  # never split across lines
    assert "of which interest, fees and penalty so far ¥3.71" in shown_text(detail.facts.text())
    # the 26 Nov cycle (bill and plan period), 5 days late, is on the credit report
    assert detail.record.text() == (
        "Repayment record: 1 late payment on your credit report, at most 1 in a row. "
        "Lenders refuse credit at 3 months in a row or 6 in total within 24 months."
    )
    bills = detail.findChild(QTableView, "billsView")
    assert column(bills, 2) == ["¥864.20", "¥1,288.50"]  # newest first
    assert column(bills, 5)[0].endswith("late")
    plans = click_tab(detail, "plans")
    # 6,999.00 / 12 = 583.25 + fee round(6,999.00 × 0.5%) = 35.00 → 618.25; 12 × 35 = 420.00
    assert [plans.model().index(0, c).data() for c in (3, 4, 5)] == [
        "¥618.25",
        "¥420.00",
        "3 of 12",
    ]
    payments = click_tab(detail, "payments")
    assert len(column(payments, 0)) == 4
    detail.findChild(QLineEdit, "paymentsSearch").setText("repay")
    assert column(payments, 1) == ["¥1,288.50"]


def test_a_bill_paid_late_says_so(window: MainWindow) -> None:
    page = products_page(window)
    page.select(3)  # 招商银行信用卡: the 23 Oct statement, due 11 Nov, was paid 17 Nov
    page.findChild(QPushButton, "openProductButton").click()
    bills = page.detail.findChild(QTableView, "billsView")
    # 6 days late: past the card's 3 grace days, so it was reported (after max(1, 3 + 1)
    # = 4 days) — the detail page's record line counts it too.
    assert column(bills, 5)[-1] == "Paid 6 days late (on the credit report)"
    assert "1 late payment" in page.detail.record.text()


def test_detail_tables_sort_by_amount(window: MainWindow) -> None:
    payments = click_tab(open_baitiao(window), "payments")
    payments.sortByColumn(1, payments.horizontalHeader().sortIndicatorOrder().AscendingOrder)
    # Three instalments of 618.25, then the 1,288.50 repayment (numeric, not text order).
    assert column(payments, 1) == ["¥618.25"] * 3 + ["¥1,288.50"]


def test_delete_a_payment_then_undo(window: MainWindow, qtbot: QtBot, yes: list[str]) -> None:
    detail = open_baitiao(window)
    payments = click_tab(detail, "payments")
    row = column(payments, 1).index("¥1,288.50")
    payments.setCurrentIndex(payments.model().index(row, 0))
    detail.findChild(QPushButton, "paymentsDeleteButton").click()
    assert yes == ["Delete this payment (2026-10-26, ¥1,288.50, Repayment)?"]
    # The October bill is open again: 6,428.45 + 1,288.50 = 7,716.95, and its minimum
    # was missed on 26 Oct, so Baitiao's penalty runs on the whole unpaid amount. The 17 Nov
    # bill is the lender's truth for 26 Oct → 17 Nov; from 17 Nov (that bill and the
    # 26 Nov period posted) to 1 Dec: (1,288.50 + 864.20 + 618.25) × 0.05% × 14
    # = 2,770.95 × 0.007 = 19.39665 → 19.40; 7,716.95 + 19.40 = 7,736.35.
    assert "Balance ¥7,736.35" in shown_text(detail.facts.text())
    assert "so far ¥19.40" in shown_text(detail.facts.text())
    assert len(column(payments, 0)) == 3
    assert detail.undo_bar.isVisible()
    detail.findChild(QPushButton, "undoButton").click()
    assert "Balance ¥6,432.16" in shown_text(detail.facts.text())
    assert "¥1,288.50" in column(payments, 1)
    assert not detail.undo_bar.isVisible()


def test_delete_a_plan_then_undo_with_ctrl_z(window: MainWindow, yes: list[str]) -> None:
    detail = open_baitiao(window)
    plans = click_tab(detail, "plans")
    plans.setCurrentIndex(plans.model().index(0, 0))
    detail.findChild(QPushButton, "plansDeleteButton").click()
    # Without the plan, its three instalment payments (3 × 618.25 = 1,854.75) go to the
    # oldest open due instead: they cover the 864.20 bill and 1,854.75 − 864.20 = 990.55
    # is left over, a credit balance (it used to read "Balance ¥0.00").
    assert "Credit balance ¥990.55" in shown_text(detail.facts.text())
    assert detail.undo_action.shortcut().toString() == "Ctrl+Z"
    detail.undo_action.trigger()
    assert "Balance ¥6,432.16" in shown_text(detail.facts.text())


def test_edit_a_payment(window: MainWindow, qtbot: QtBot) -> None:
    pay = payments.payments(window.ctx.store, BAITIAO)[-1]
    dialog = EntryDialog(window.ctx, "payment", pay.id, parent=window)
    qtbot.addWidget(dialog)
    amount = dialog.findChild(QLineEdit, "amountField")
    assert amount.text() == "618.25"
    assert dialog.findChild(QLabel, "productField").text() == "京东白条 (CNY)"
    amount.setText("0")
    ok(dialog)
    assert "greater than zero" in dialog.form.error_text("amount")
    amount.setText("600")
    ok(dialog)
    assert payments.payment(window.ctx.store, pay.id).amount == 60_000


def test_plan_dialog_previews_the_true_rate_and_saves(window: MainWindow, qtbot: QtBot) -> None:
    store = window.ctx.store
    dialog = PlanDialog(window.ctx, product_id=3, parent=window)  # the CMB credit card
    qtbot.addWidget(dialog)
    assert [dialog.periods.itemData(i) for i in range(dialog.periods.count())][:3] == [3, 6, 9]
    dialog.principal.setText("12,000.00")
    dialog.periods.setCurrentIndex(dialog.periods.findData(12))
    # DESIGN.md worked example: 12 × 1,072.00, fees 864.00, APR 13.03%, EAR 13.84%.
    assert dialog.preview.text() == (
        "12 payments of ¥1,072.00 · total fee ¥864.00 · true rate APR 13.03% (EAR 13.84%)"
    )
    dues_before = len(store.list_dues(3))
    ok(dialog)
    assert len(store.list_dues(3)) == dues_before + 12
    assert plans.plan_views(store, window.ctx.today, 3)[0].total_fee == 86_400


def test_plan_dialog_offers_only_products_with_instalments_and_opens_clean(
    window: MainWindow, qtbot: QtBot
) -> None:
    """Ctrl+I opened on Chase Freedom (no instalments) with an error already showing; now
    the list holds only products that can carry a plan, and nothing is refused before the
    user did anything."""
    dialog = PlanDialog(window.ctx, product_id=4, parent=window)  # Chase Freedom
    qtbot.addWidget(dialog)
    dialog.show()
    names = [dialog.product.itemText(i) for i in range(dialog.product.count())]
    assert "Chase Freedom (USD)" not in names and "京东白条 (CNY)" in names
    assert all(dialog.form.error_text(k) == "" for k in dialog.form.fields)
    assert dialog.periods.isEnabled() and dialog.periods.count() > 0
    # The first payment defaults to the product's next due date, not today: 招商银行信用卡
    # (statement day 22, due 19 days later): the 22 Nov statement is due 11 Dec 2026.
    dialog.product.setCurrentIndex(dialog.product.findData(3))
    assert dialog.first_due.text() == "2026-12-11"


def test_plan_dialog_names_an_unnamed_plan_in_the_interface_language(
    window: MainWindow, qtbot: QtBot
) -> None:
    dialog = PlanDialog(window.ctx, product_id=3, parent=window)
    qtbot.addWidget(dialog)
    dialog.principal.setText("600")
    dialog.periods.setCurrentIndex(dialog.periods.findData(3))
    ok(dialog)
    (plan,) = plans.plan_views(window.ctx.store, window.ctx.today, 3)
    assert plan.plan.description == "3-period plan"


def test_plan_dialog_refuses_a_bad_amount(window: MainWindow, qtbot: QtBot) -> None:
    dialog = PlanDialog(window.ctx, product_id=3, parent=window)
    qtbot.addWidget(dialog)
    dialog.principal.setText("12,00")
    ok(dialog)
    assert "misplaced" in dialog.form.error_text("principal")
    assert plans.plan_views(window.ctx.store, window.ctx.today, 3) == []


def test_every_model_passes_the_model_tester(window: MainWindow, qtmodeltester) -> None:  # type: ignore[no-untyped-def]
    products = ProductsModel(window.ctx)
    qtmodeltester.check(products)
    products.set_show_archived(True)
    qtmodeltester.check(products)
    for cls in (BillsModel, ChargesModel, PlansModel, PaymentsModel):
        model = cls(window.ctx)
        qtmodeltester.check(model)  # no product: empty
        model.set_product(3 if cls is ChargesModel else BAITIAO)
        assert model.rowCount() > 0
        qtmodeltester.check(model)


def test_add_a_charge_from_the_detail_page(window: MainWindow, qtbot: QtBot) -> None:
    detail = open_baitiao(window)
    charges = detail.ledgers["charges"]  # hidden (on Bills): its rows read on demand
    assert column(charges.model(), 1) == []

    def fill() -> None:
        dialog = QApplication.activeModalWidget()
        assert dialog is not None and dialog.objectName() == "chargeDialog"
        assert dialog.findChild(QComboBox, "productField").currentData() == BAITIAO
        dialog.findChild(QLineEdit, "amountField").setText("99.90")
        dialog.findChild(QLineEdit, "descriptionField").setText("耳机")
        ok(dialog)

    QTimer.singleShot(0, fill)
    detail.ledgers["charges"].add_button.click()
    assert column(charges.model(), 1) == ["¥99.90"]
    assert column(charges.model(), 2) == ["耳机"]
    # An unbilled charge adds to the balance: 6,432.16 (penalty so far included) + 99.90
    # = 6,532.06 (the penalty runs on what is billed, not on today's purchase).
    assert "Balance ¥6,532.06" in shown_text(detail.facts.text())


def test_add_a_bill_from_the_detail_page(window: MainWindow, qtbot: QtBot) -> None:
    detail = open_baitiao(window)

    def fill() -> None:
        dialog = QApplication.activeModalWidget()
        assert dialog is not None and dialog.objectName() == "billDialog"
        assert dialog.findChild(QComboBox, "productField").currentData() == BAITIAO
        # 17 Oct and 17 Nov are recorded: it offers the next statement, 17 Dec. Add
        # September's (not recorded): due 9 days later.
        statement = dialog.findChild(QLineEdit, "statementField")
        assert statement.text() == "2026-12-17"
        assert not dialog.findChild(QLabel, "formMessage").isVisible()
        statement.selectAll()
        QTest.keyClicks(statement, "2026-09-17")
        dialog.findChild(QLineEdit, "amountField").setText("500")
        ok(dialog)
        if dialog.isVisible():  # never leave a modal open: the test would hang
            dialog.reject()

    QTimer.singleShot(0, fill)
    detail.ledgers["bills"].add_button.click()
    bills = detail.findChild(QTableView, "billsView")
    assert len(column(bills, 0)) == 3
    # 6,428.45 + the new 500.00 bill = 6,928.45 on the dues. The engine's charges so far:
    # the 26 Oct payments paid October's minimum but left the 500.00 unpaid, revolving at
    # 0.05% a day; from 17 Nov (the recorded November bill replaces the estimates before
    # it) the bearing balance is the 500.00 alone: the 26 Nov period 618.25 bears no
    # revolving interest before its own due date (DESIGN.md § The account engine:
    # interest only on balances that lost their grace; this test used to charge it,
    # 5.03 on 1,118.25): 500.00 × 0.0005 × 9 days = 2.25; from 26 Nov the minimum is
    # missed and the penalty runs on the whole 500.00 + 864.20 + 618.25 = 1,982.45 ×
    # 0.0005 × 5 = 4.956 → 4.96. 2.25 + 4.96 = 7.21; 6,928.45 + 7.21 = 6,935.66.
    assert "Balance ¥6,935.66" in shown_text(detail.facts.text())
    assert "so far ¥7.21" in shown_text(detail.facts.text())


def test_enter_or_double_click_opens_a_product(window: MainWindow) -> None:
    page = products_page(window)
    page.select(2)
    page.view.activated.emit(page.view.currentIndex())  # what Enter and double-click send
    assert page.stack.currentWidget() is page.detail
    assert page.detail.name.text() == "花呗"
    page.detail.findChild(QPushButton, "backButton").click()
    assert page.stack.currentIndex() == 0


def test_language_switch_retranslates_the_products_page(window: MainWindow, qtbot: QtBot) -> None:
    from ui.i18n import apply_language

    page = products_page(window)
    page.open_product(BAITIAO)
    apply_language("zh_CN")
    qtbot.waitUntil(lambda: page.heading.text() == "产品")  # from resources/i18n/zh_CN.json
    apply_language("en")
    qtbot.waitUntil(lambda: page.heading.text() == "Products")
    assert page.detail.phone.text() == "Customer service: 95118"


def test_opening_a_product_page_runs_its_ledger_once(
    window: MainWindow, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Summary, repayment record and every tab share one ledger run of the product."""
    from tracker import ledger

    page = products_page(window)
    page.select(BAITIAO)
    runs: list[set[int]] = []
    real = ledger.classify

    def counting(dues, payments, today, rules=None):  # type: ignore[no-untyped-def]
        runs.append({d.product_id for d in dues})
        return real(dues, payments, today, rules)

    monkeypatch.setattr(ledger, "classify", counting)
    qtbot.mouseClick(page.findChild(QPushButton, "openProductButton"), Qt.LeftButton)
    assert page.stack.currentWidget() is page.detail
    for tab in page.detail.ledgers.values():  # every tab shows its rows
        tab.model().index(0, 0).data()  # a hidden tab's rows read on demand
    assert runs == [{BAITIAO}], runs


def test_a_refused_archive_says_why_on_the_list(
    window: MainWindow, qtbot: QtBot, yes: list[str]
) -> None:
    """Products → select 京东白条 (it owes money) → Archive → Yes: the refusal shows on the
    list (it used to be written to the hidden detail page, so nothing seemed to happen).
    Del deletes a product now (tests/ui/test_first_run.py); Archive is its button."""
    page = products_page(window)
    page.select(BAITIAO)
    qtbot.mouseClick(page.findChild(QPushButton, "archiveProductButton"), Qt.LeftButton)
    assert yes and "Archive 京东白条?" in yes[0]
    note = page.findChild(QLabel, "productsNote")
    assert note.isVisible()
    assert note.text().startswith("京东白条 still owes ¥")
    assert "pay it off before archiving it" in note.text()
    assert not page.model.summary(page.model.row_of(BAITIAO)).product.archived


def test_limit_checks_in_the_product_dialog(
    window: MainWindow, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    """花呗 owes ¥3,245.60. A limit of ¥1,000.00 is asked about (324.6% would be used) and,
    when kept, the row is marked over the limit; ``$20000`` is refused for a yuan limit;
    400 grace days are refused."""
    from ui.widgets import form

    asked: list[str] = []
    monkeypatch.setattr(form, "ask_user", lambda _p, _t, text: asked.append(text) or True)

    def edit(key: str, text: str) -> ProductDialog:
        dialog = ProductDialog(window.ctx, 2, parent=window)
        qtbot.addWidget(dialog)
        dialog.show()
        field = next(f for fm in dialog.forms() for k, f in fm.fields.items() if k == key)
        dialog.tabs.setCurrentWidget(field.widget.parentWidget())
        field.widget.setFocus()
        qtbot.keyClick(field.widget, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
        qtbot.keyClicks(field.widget, text)
        qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.LeftButton)
        return dialog

    dialog = edit("credit_limit", "$20000")
    assert dialog.isVisible()
    error = next(fm for fm in dialog.forms() if "credit_limit" in fm.fields).error_text(
        "credit_limit"
    )
    assert "is in another currency: this product counts in CNY" in error
    dialog = edit("grace_days", "400")
    assert dialog.isVisible()
    assert "too many: at most 30" in next(
        fm for fm in dialog.forms() if "grace_days" in fm.fields
    ).error_text("grace_days")
    dialog = edit("credit_limit", "1000")
    assert asked == [
        "a credit limit of ¥1,000.00 is below what 花呗 owes now (¥3,245.60): 324.6% of the "
        "limit would be used"
    ]
    assert not dialog.isVisible()
    page = products_page(window)
    row = page.model.row_of(2)
    assert "Over the limit" in page.model.index(row, page.model.STATE).data()


def test_del_in_a_ledger_table_deletes_the_selected_record(
    window: MainWindow, qtbot: QtBot, yes: list[str]
) -> None:
    detail = open_baitiao(window)
    detail.tabs.setCurrentWidget(detail.ledgers["payments"])
    view = detail.findChild(QTableView, "paymentsView")
    view.setFocus()
    view.setCurrentIndex(view.model().index(0, 0))
    qtbot.keyClick(view, Qt.Key.Key_Delete)
    assert yes and yes[0].startswith("Delete this payment (")
    assert len(column(view, 0)) == 3  # 4 demo payments, one deleted
    assert detail.undo_bar.isVisible()


def test_the_credit_warning_is_the_loudest_line_and_says_its_rule_in_english(
    window: MainWindow, qtbot: QtBot
) -> None:
    """A QA pass: the customer-service number (14 pt, bold blue) was louder than the
    credit warning, and English showed "(连三累六)" untranslated."""
    from ui.i18n import apply_language

    detail = open_baitiao(window)  # one late payment on the credit report
    record, phone = detail.record, detail.phone
    for label in (record, phone):
        label.ensurePolished()
    assert record.font().pointSizeF() > phone.font().pointSizeF()
    assert record.font().weight() >= phone.font().weight()
    assert record.height() > phone.height()
    text = record.text()
    assert "3 months in a row or 6 in total within 24 months" in text
    assert "连三累六" not in text
    apply_language("zh_CN")
    qtbot.waitUntil(lambda: "连三累六" in detail.record.text())
    record.ensurePolished()
    assert record.font().pointSizeF() > phone.font().pointSizeF()
    apply_language("en")


def test_a_pay_in_4_page_counts_its_fees_and_says_no_chinese_red_line(make_window) -> None:  # type: ignore[no-untyped-def]
    # 连三累六 is Chinese lenders' rule (DESIGN.md § Credit report): a Klarna order's
    # page said "Lenders refuse credit at 3 months in a row or 6 in total within 24
    # months" (QA pass, 2026-12-04). $100.00 on 1 Jan, nothing paid: on 14 Mar the first
    # instalment is 72 days late, reported (US: from 30 days) — in 3 months (Jan–Mar).
    from datetime import date

    from tracker.service import products

    window = make_window(demo=False, today=date(2026, 3, 14))

    def record(store):  # type: ignore[no-untyped-def]
        pid = products.add_product(store, "Klarna", "pay-in-4", {}).saved_id
        plans.add_plan(store, pid, 10_000, 4, date(2026, 1, 1), "Shoes")

    window.ctx.change(record, {"products", "plans"})
    page = products_page(window)
    page.select(1)
    page.findChild(QPushButton, "openProductButton").click()
    text = page.detail.record.text()
    assert text == "Repayment record: 3 late payments on your credit report, at most 3 in a row."
    # Its balance, $100.00 and four late fees: $7.00 (1/4, on 11 Jan), $7.00, $7.00 and
    # the cap's last $4.00 (25 % of $100.00 = $25.00). The fees asked with instalments are
    # in "of which … so far" too (it said $4.00: only the one on no instalment).
    facts = shown_text(page.detail.facts.text())
    assert "Balance $125.00" in facts
    assert "of which interest, fees and penalty so far $25.00" in facts
    # The list's state: the overdue instalments, and the $4.00 fee on the engine's own
    # statement after them — "and about … more", not "Overdue" twice (QA, 2026-12-04).
    model = page.findChild(QTableView, "productsView").model()
    states = [model.index(r, 8).data() for r in range(model.rowCount())]
    assert states == ["Overdue $121.00 · and about $4.00 more (estimate)"]


def test_the_page_of_a_card_late_on_its_engine_statement_says_so(make_window) -> None:  # type: ignore[no-untyped-def]
    # tests/core/test_charges_after_a_late_bill.py's card: ¥5,000.00 paid 6 days late;
    # its 62.50 interest and 25.00 late fee are on the engine's 5 Dec statement, due
    # 24 Dec. The page said "Nothing due" beside it, late or not (QA pass 2026-12-06).
    from datetime import date

    from tracker.service import bills, products

    def setup(store) -> None:  # type: ignore[no-untyped-def]
        products.add_product(store, "ICBC", "cn-credit-card", {"statement_day": "5"})
        nov = date(2026, 11, 30)
        bills.add_bill(store, 1, date(2026, 11, 5), date(2026, 11, 24), 500_000, nov)
        payments.add_payment(store, 1, nov, 500_000, nov)

    for today, expected in (
        (date(2026, 12, 10), ["Next due Thu 24 Dec: about ¥87.50 (estimate)"]),
        # 10 Jan: 87.50 + a 10.00 late fee + 0.44 of interest = 97.94, 17 days late.
        (date(2027, 1, 10), ["Nothing else due", "Overdue about ¥97.94 (estimate)"]),
    ):
        window = make_window(demo=False, today=today, name=f"{today}.db")
        window.ctx.change(setup)
        page = products_page(window)
        page.open_product(1)
        facts = shown_text(page.detail.facts.text())
        assert all(text in facts for text in expected), facts
        assert "Nothing due" not in facts.replace("Nothing else due", "")
        late = today.year == 2027
        assert page.detail.negotiate_button.isVisibleTo(page.detail) is late
