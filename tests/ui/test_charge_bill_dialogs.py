"""New charge (with the instalment split and its true cost) and new bill, on the demo data.

Products: 1 京东白条, 2 花呗 (statement day 25, due 9 days later), 3 招商银行信用卡
(statement day 22, due 19 days later, 0.6% a month flat instalment fee), 4 Chase Freedom
(no instalments), 5 Klarna. Today is 2026-12-01.
"""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QDate, Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QLineEdit, QTableView
from pytestqt.qtbot import QtBot

from tracker.service import overview
from ui.dialogs.bill import BillDialog
from ui.dialogs.charge import ChargeDialog
from ui.main_window import MainWindow


def ok(dialog: ChargeDialog | BillDialog) -> None:
    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()


def counts(window: MainWindow) -> tuple[int, int, int, int]:
    s = window.ctx.store
    return len(s.list_charges()), len(s.list_bills()), len(s.list_plans()), len(s.list_dues())


def charge_dialog(window: MainWindow, qtbot: QtBot, product_id: int) -> ChargeDialog:
    dialog = ChargeDialog(window.ctx, product_id=product_id, parent=window)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def bill_dialog(window: MainWindow, qtbot: QtBot, product_id: int) -> BillDialog:
    dialog = BillDialog(window.ctx, product_id=product_id, parent=window)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def retype(qtbot: QtBot, field: QLineEdit, text: str) -> None:
    """Click the field, select what it holds and type ``text`` over it."""
    qtbot.mouseClick(field, Qt.MouseButton.LeftButton)
    field.selectAll()
    qtbot.keyClicks(field, text)


# -- charge --------------------------------------------------------------------------------
def test_split_preview_shows_fee_and_true_rate(window: MainWindow, qtbot: QtBot) -> None:
    dialog = charge_dialog(window, qtbot, 3)
    dialog.amount.setText("12,000.00")
    dialog.split.setChecked(True)
    dialog.periods.setCurrentIndex(dialog.periods.findData(12))
    text = dialog.preview.text()
    # 0.6% × ¥12,000.00 = ¥72.00 a period; × 12 = ¥864.00; principal 12,000 / 12 = 1,000
    # → ¥1,072.00 a period. Bought 12-01, after the 11-22 statement: billed on 12-22, due
    # 19 days later = 2027-01-10. APR/EAR = the worked example in tracker.plans.true_rate
    # (12 × 0.6% on 12,000: IRR 1.0862% a month → 13.0342% APR, 13.8418% EAR).
    assert text.startswith("12 × ¥1,072.00 from ")
    assert "2027" in text and "10" in text
    assert "Fee ¥72.00 a period, ¥864.00 in all." in text
    assert text.endswith("True cost: APR 13.03%, EAR 13.84%.")


def test_saving_a_split_charge_records_charge_and_plan_once(
    window: MainWindow, qtbot: QtBot
) -> None:
    store, today = window.ctx.store, window.ctx.today
    debt_before = overview.totals(store, today)["CNY"].total_debt
    charges, bills, plans, dues = counts(window)
    dialog = charge_dialog(window, qtbot, 3)
    dialog.amount.setText("12000")
    dialog.description.setText("Laptop")
    dialog.split.setChecked(True)
    dialog.periods.setCurrentIndex(dialog.periods.findData(12))
    with qtbot.waitSignal(window.ctx.changed):
        ok(dialog)
    # The charge, the same amount leaving the statement, the plan and its 12 dues.
    assert counts(window) == (charges + 2, bills, plans + 1, dues + 12)
    new = [d for d in store.list_dues(3) if d.description.startswith("Laptop")]
    assert [d.due_date for d in new[:2]] == [date(2027, 1, 10), date(2027, 2, 10)]
    assert {(d.principal, d.fee) for d in new} == {(100_000, 7_200)}
    # Debt grows by principal + fees once: 12,000.00 + 864.00 = 12,864.00 (not 24,864.00).
    assert overview.totals(store, today)["CNY"].total_debt == debt_before + 1_286_400
    page = window.pages["dashboard"]
    # 18,695.76 (Baitiao's ¥3.71 penalty so far included) + 12,864.00 = 31,559.76
    assert page.cards[0].values["total_debt"].text() == "¥31,559.76"


def test_plain_charge_is_saved(window: MainWindow, qtbot: QtBot) -> None:
    charges, bills, plans, dues = counts(window)
    dialog = charge_dialog(window, qtbot, 4)
    assert not dialog.split.isEnabled()  # Chase offers no instalments
    dialog.amount.setText("$45.10")
    ok(dialog)
    assert counts(window) == (charges + 1, bills, plans, dues)
    assert window.ctx.store.list_charges(4)[-1].amount == 4_510


@pytest.mark.parametrize(
    ("field", "text", "day", "message"),
    [
        ("amount", "12,34.5", None, "misplaced thousands separators"),
        ("amount", "0", None, "must be greater than zero"),
        ("amount", "-5", None, "charge amount must be greater than zero"),
        ("date", "100", QDate(2026, 12, 2), "is in the future (today is 2026-12-01)"),
    ],
)
def test_bad_charge_is_refused_next_to_the_field(
    window: MainWindow, qtbot: QtBot, field: str, text: str, day: QDate | None, message: str
) -> None:
    before = counts(window)
    dialog = charge_dialog(window, qtbot, 3)
    dialog.amount.setText(text)
    if day is not None:
        dialog.date.setDate(day)
    dialog.split.setChecked(True)
    ok(dialog)
    assert message in dialog.form.error_text(field)
    assert dialog.isVisible()
    assert counts(window) == before


# -- bill ----------------------------------------------------------------------------------
def test_bill_dates_default_from_the_cycle_and_minimum_from_the_rules(
    window: MainWindow, qtbot: QtBot
) -> None:
    dialog = bill_dialog(window, qtbot, 2)
    # 花呗: 10-26 and 11-25 are recorded; the next statement is 12-25 (issued that day),
    # due 9 days later = 2027-01-03.
    assert dialog.statement.date() == QDate(2026, 12, 25)
    assert dialog.due.date() == QDate(2027, 1, 3)
    assert not dialog.message.isVisible()
    retype(qtbot, dialog.statement, "2026-12-01")
    assert dialog.due.date() == QDate(2026, 12, 10)  # 12-01 + 9 days
    dialog.amount.setText("500")
    assert dialog.minimum.placeholderText() == "¥50.00 (from the product's rules)"  # 10%


def test_a_blank_minimum_shows_what_the_bank_asks_charges_in_full(
    window: MainWindow, qtbot: QtBot
) -> None:
    # 招商银行信用卡's 22 Nov bill of ¥8,560.00, minimum left blank. October's bill was paid
    # 6 days late: the bank put 77.93 of interest and a 31.17 late fee (¥109.10,
    # tests/core/test_overview.py) on this one, and asks them in full: 10 % × 8,450.90 +
    # 109.10 = ¥954.19 — shown in the blank field (it said 10 % of the whole, ¥856.00).
    card = window.ctx.store.list_bills(3)[-1]
    dialog = BillDialog(window.ctx, parent=window, bill_id=card.id)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.minimum.text() == ""
    assert dialog.minimum.placeholderText() == "¥954.19 (from the product's rules)"
    # Typed as a person corrects it: ¥9,560.00 → 10 % × 9,450.90 + 109.10 = ¥1,054.19.
    retype(qtbot, dialog.amount, "9560")
    assert dialog.minimum.placeholderText() == "¥1,054.19 (from the product's rules)"


def test_new_bill_appears_on_the_dashboard_in_date_order(window: MainWindow, qtbot: QtBot) -> None:
    dialog = bill_dialog(window, qtbot, 2)
    retype(qtbot, dialog.statement, "2026-12-01")
    dialog.amount.setText("500.00")
    with qtbot.waitSignal(window.ctx.changed):
        ok(dialog)
    model = window.findChild(QTableView, "upcomingDuesView").model()
    rows = [
        (model.index(r, 0).data(), model.index(r, 1).data(), model.index(r, 3).data())
        for r in range(model.rowCount())
    ]
    # Overdue first (11-26 ×2), then 12-04 花呗, 12-05 Klarna, then the new 12-10 bill
    # before 12-11 招商银行.
    assert rows[4] == ("2026-12-10", "花呗", "¥500.00")
    assert rows[5][0] == "2026-12-11"
    dates = [r[0] for r in rows[2:]]
    assert dates == sorted(dates)
    # Left blank: saved blank, its due asks the rule's 10% of ¥500.00 (nothing charged in it).
    assert window.ctx.store.list_bills(2)[-1].minimum is None
    assert rows[4] == ("2026-12-10", "花呗", "¥500.00")
    new_bill = window.ctx.store.list_bills(2)[-1].id
    assert window.ctx.store.bill_due_minimums(2)[new_bill] == 5_000


@pytest.mark.parametrize(
    ("field", "statement", "due", "amount", "minimum", "message"),
    [
        # 12-01: a statement date 花呗 has no bill for yet (the default, 11-25, has one).
        ("amount", QDate(2026, 12, 1), None, "12,34.5", "", "misplaced thousands separators"),
        ("amount", QDate(2026, 12, 1), None, "0", "", "must be greater than zero"),
        ("minimum", QDate(2026, 12, 1), None, "100", "abc", "is not a number"),
        # A printed minimum may be more than the bill adds (花呗 still owes its ¥3,245.60
        # bill), never more than all it owes by the due date.
        ("minimum", QDate(2026, 12, 1), None, "100", "99999", "more than the bill and everything"),
        # 12-02 is tomorrow: a bill is recorded once issued, like a charge or a payment.
        ("statement", QDate(2026, 12, 2), None, "100", "", "is in the future (today is"),
        ("statement", QDate(2026, 11, 25), None, "100", "", "already recorded"),
        ("due", QDate(2026, 12, 1), QDate(2026, 11, 30), "100", "", "before the statement"),
    ],
)
def test_bad_bill_is_refused_next_to_the_field(
    window: MainWindow,
    qtbot: QtBot,
    field: str,
    statement: QDate | None,
    due: QDate | None,
    amount: str,
    minimum: str,
    message: str,
) -> None:
    before = counts(window)
    dialog = bill_dialog(window, qtbot, 2)
    if statement is not None:
        dialog.statement.setDate(statement)
    if due is not None:
        dialog.due.setDate(due)
    dialog.amount.setText(amount)
    dialog.minimum.setText(minimum)
    ok(dialog)
    assert message in dialog.form.error_text(field)
    assert dialog.isVisible()
    assert counts(window) == before


def test_menu_actions_open_the_dialogs(window: MainWindow, qtbot: QtBot) -> None:
    seen: list[str] = []

    def close_it() -> None:
        modal = QApplication.activeModalWidget()
        seen.append(modal.objectName())
        modal.reject()

    for action in ("addChargeAction", "addBillAction"):
        QTimer.singleShot(0, close_it)
        window.actions_[action].trigger()
    assert seen == ["chargeDialog", "billDialog"]


def test_a_split_whose_last_period_differs_says_so(window: MainWindow, qtbot: QtBot) -> None:
    # 京东白条 (DESIGN.md § Presets: 0.5% a period, flat; each principal rounded down,
    # the remainder in the last): ¥5,999.00 in 12 → 599,900 // 12 = ¥499.91 × 11 and
    # ¥5,999.00 − 11 × ¥499.91 = ¥499.99 last; fee 0.5% × ¥5,999.00 = ¥29.995 → ¥30.00 a
    # period, ¥360.00 in all. Payments ¥529.91 × 11, then ¥529.99 (it said "12 × ¥529.91",
    # ¥0.08 short of what is paid).
    dialog = charge_dialog(window, qtbot, 1)
    QTest.keyClicks(dialog.amount, "5999")
    dialog.split.setChecked(True)
    dialog.periods.setCurrentIndex(dialog.periods.findData(12))
    text = dialog.preview.text()
    assert text.startswith("11 × ¥529.91, then ¥529.99, from ")
    assert "Fee ¥30.00 a period, ¥360.00 in all." in text


def test_total_rate_split_preview_on_huabei(window: MainWindow, qtbot: QtBot) -> None:
    dialog = charge_dialog(window, qtbot, 2)
    dialog.amount.setText("1200")
    dialog.split.setChecked(True)
    dialog.periods.setCurrentIndex(dialog.periods.findData(3))
    # 花呗 3 periods: 2.5% of ¥1,200.00 in all = ¥30.00, ¥10.00 a period; 400 + 10 = ¥410.00.
    # IRR i with 1200 = 410 · (1 − (1 + i)^−3) / i: i ≈ 1.2449% a month (check: 1.012449^−3
    # = 0.963564; (1 − 0.963564) / 0.012449 = 2.926827; × 410 = 1,200.00), so
    # APR = 12 × 1.2449% = 14.94%, EAR = 1.012449^12 − 1 = 16.00%.
    text = dialog.preview.text()
    assert text.startswith("3 × ¥410.00 from ")
    assert "Fee ¥10.00 a period, ¥30.00 in all." in text
    assert text.endswith("True cost: APR 14.94%, EAR 16.00%.")


def test_shortcuts_start_on_the_product_being_viewed(window: MainWindow, qtbot: QtBot) -> None:
    from PySide6.QtWidgets import QPushButton

    page = window.show_page("products")
    page.select(2)  # type: ignore[attr-defined]
    page.findChild(QPushButton, "openProductButton").click()  # 花呗's own page
    chosen: dict[str, object] = {}

    def read_and_close() -> None:
        modal = QApplication.activeModalWidget()
        chosen[modal.objectName()] = modal.product_id()
        modal.reject()

    for action in ("addPaymentAction", "addChargeAction", "addBillAction", "addPlanAction"):
        QTimer.singleShot(0, read_and_close)
        window.actions_[action].trigger()
    assert chosen == {"paymentDialog": 2, "chargeDialog": 2, "billDialog": 2, "planDialog": 2}


def test_products_tooltip_names_the_preset(window: MainWindow) -> None:
    from ui.models.products import ProductsModel

    model = ProductsModel(window.ctx)
    tips = {
        model.index(r, 0).data(): model.index(r, ProductsModel.KIND).data(
            Qt.ItemDataRole.ToolTipRole
        )
        for r in range(model.rowCount())
    }
    assert tips["花呗"] == "Preset: Ant Huabei (花呗)"  # not the key "huabei"
