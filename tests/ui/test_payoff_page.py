"""Payoff page: the worker's plans match the service's; short budgets list what goes overdue."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest
from dateutil.relativedelta import relativedelta
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QLineEdit, QProgressBar
from pytestqt.qtbot import QtBot

from tracker.engine import Account, PartDue
from tracker.money import format_money
from tracker.payoff import Debt
from tracker.products import from_preset
from tracker.service import payoff as payoff_service
from ui.main_window import MainWindow
from ui.models.payoff import REPORTED
from ui.pages.payoff import PayoffPage

TIMEOUT = 10_000


def open_payoff(window: MainWindow, qtbot: QtBot) -> PayoffPage:
    """Show the page and wait for the plan it starts on its own (the suggested budget)."""
    with qtbot.waitSignal(window.pages["payoff"].planned, timeout=TIMEOUT):  # type: ignore[attr-defined]
        page = window.show_page("payoff")
    assert isinstance(page, PayoffPage)
    return page


def plan_with(page: PayoffPage, qtbot: QtBot, budget: str) -> None:
    page.budget.setText(budget)
    with qtbot.waitSignal(page.planned, timeout=TIMEOUT):
        qtbot.mouseClick(page.plan_button, Qt.MouseButton.LeftButton)
        assert page.findChild(QProgressBar, "payoffBusy").isVisible()
    assert not page.busy.isVisible()


def cells(model, row: int) -> list[str]:  # type: ignore[no-untyped-def]
    return [model.index(row, c).data() for c in range(model.columnCount())]


def test_first_view_suggests_a_budget_from_the_minimums(window: MainWindow, qtbot: QtBot) -> None:
    page = open_payoff(window, qtbot)
    # First-month minimums on the account engine, each on its December due date (see
    # tests/core/test_overview.py, test_payoff_on_the_demo_data): Baitiao, its plan part
    # of the account, 1,416.27 (the 26 Dec period, the unpaid 26 Nov minimum in full, 10 %
    # of the bill's principal not already past due, 864.20 − 86.42 = 777.78, and the
    # penalty posted); the card's bill minimum 954.19 (10 % of its spending and all of the
    # charges inside it); Huabei 324.56 → 2,695.02, rounded up to a whole 100: 2700.00.
    assert page.budget.text() == "2700.00"
    assert page.hint.text().startswith("Minimums in the plan's first month: ¥2,695.02")
    assert page.currency_combo.isVisible()  # CNY and USD debts in the demo
    assert page.strategies.rowCount() == 3


def test_budget_3000_matches_service_payoff(window: MainWindow, qtbot: QtBot) -> None:
    page = open_payoff(window, qtbot)
    plan_with(page, qtbot, "3000")
    expected = payoff_service.payoff(window.ctx.store, window.ctx.today, 300_000, currency="CNY")
    assert page.result is not None and page.result.plans == expected.plans
    avalanche = expected.plans["avalanche"]
    row = cells(page.strategies, 0)
    assert row[0] == "Avalanche (highest rate first)"
    assert row[1] == f"{avalanche.debt_free:%Y-%m}"  # a month, as the plan works
    assert row[3] == format_money(avalanche.total_interest, "CNY")
    assert row[6] == format_money(avalanche.total_paid, "CNY")
    assert row[7] == "0"
    assert not page.warning.isVisible()
    # Month 1 (2026-12-01): minimums 1,416.27 + 954.19 + 324.56 = 2,695.02; the other
    # 304.98 goes to Huabei (equal rates: smallest balance first): 629.54. Interest, as
    # the engine prices it: the card 157.64 (whole bill from posting but the ¥31.17 late
    # fee inside it once only its minimum is paid, test_overview), Huabei 35.32 (261,606
    # left × 0.0005 × 27 days from its 4 Dec due date = 3,531.68), Baitiao 23.06 (its
    # penalty until the 26 Dec payment, then the daily fee on what the larger minimum
    # leaves) = 216.02. Left: 18,695.76 + 216.02 − 3,000.00 = 15,911.78.
    months = page.months
    assert months.headers()[1:4] == ["京东白条", "招商银行信用卡", "花呗"]
    assert cells(months, 0) == [
        "2026-12",
        "¥1,416.27",
        "¥954.19",
        "¥629.54",
        "¥3,000.00",
        "¥216.02",
        "¥0.00",
        "¥15,911.78",
    ]
    assert months.rowCount() == len(avalanche.months)
    assert len(page.chart.series_names()) == 3


def test_short_budget_lists_what_goes_overdue(window: MainWindow, qtbot: QtBot) -> None:
    page = open_payoff(window, qtbot)
    plan_with(page, qtbot, "1000")
    # Minimums 2,695.02 > 1000: Huabei's 324.56 is paid (avalanche order: equal rates,
    # smallest balance first); Baitiao's 1,416.27 and the card's 954.19 no longer fit.
    overdue = page.overdue
    assert cells(overdue, 0) == ["2026-12", "京东白条", "¥1,416.27", "reported"]
    assert cells(overdue, 1) == ["2026-12", "招商银行信用卡", "¥954.19", "reported"]
    assert overdue.index(0, 0).data(Qt.ItemDataRole.BackgroundRole).color() == REPORTED
    plan = page.chosen_plan()
    assert plan is not None and overdue.rowCount() == len(plan.overdue)
    warning = page.findChild(QLabel, "payoffWarning")
    assert warning.isVisible()
    # 2,695.02 − 1,000.00 = 1,695.02 short.
    assert warning.text().startswith("Your budget is ¥1,695.02 short of this month's minimums")
    assert "reach your credit report" in warning.text()
    # It stops when an account would be over 90 days late instead of compounding.
    assert "The plan stops in " in warning.text()
    assert page.tabs.tabText(1).startswith("What goes overdue (")


def test_strategy_selector_switches_the_month_table(window: MainWindow, qtbot: QtBot) -> None:
    page = open_payoff(window, qtbot)
    plan_with(page, qtbot, "3000")
    page.strategy_combo.setCurrentIndex(page.strategy_combo.findData("snowball"))
    page.strategy_combo.activated.emit(page.strategy_combo.currentIndex())
    snowball = page.result.plans["snowball"]  # type: ignore[union-attr]
    assert page.months.rowCount() == len(snowball.months)
    assert page.strategies.index(1, 0).data(Qt.ItemDataRole.FontRole).bold()


def test_bad_budget_is_refused_next_to_the_field(window: MainWindow, qtbot: QtBot) -> None:
    page = open_payoff(window, qtbot)
    before = page.result
    field = window.findChild(QLineEdit, "budgetField")
    field.setText("12,34.5")
    qtbot.mouseClick(page.plan_button, Qt.MouseButton.LeftButton)
    error = window.findChild(QLabel, "budgetError")
    assert error.isVisible()
    assert error.text().startswith("monthly budget '12,34.5' has misplaced thousands separators")
    # the plan for the earlier budget is cleared, not left on show as if it were for this
    assert before is not None and page.result is None and not page.busy.isVisible()
    assert page.months.rowCount() == 0
    field.setText("0")
    qtbot.mouseClick(page.plan_button, Qt.MouseButton.LeftButton)
    assert "greater than zero" in error.text()


def test_other_currency_gets_its_own_budget(window: MainWindow, qtbot: QtBot) -> None:
    page = open_payoff(window, qtbot)
    with qtbot.waitSignal(page.planned, timeout=TIMEOUT):
        page.currency_combo.setCurrentIndex(page.currency_combo.findData("USD"))
        page.currency_combo.activated.emit(page.currency_combo.currentIndex())
    assert page.result is not None and page.result.currency == "USD"
    assert {d.name for d in page.result.debts} >= {"Chase Freedom"}
    assert page.months.display(page.months.row_at(0), 1).startswith("$")


def test_payoff_models_pass_the_model_tester(
    window: MainWindow, qtbot: QtBot, qtmodeltester
) -> None:  # type: ignore[no-untyped-def]
    page = open_payoff(window, qtbot)
    plan_with(page, qtbot, "1000")
    for model in (page.strategies, page.months, page.overdue):
        qtmodeltester.check(model)


def fifty_accounts() -> list[Debt]:
    """Fifty Huabei accounts, each repaying 180 monthly periods of 100.00 (no fee) from
    15 Dec: 50 × 100.00 = 5,000.00 of minimums a month, 900,000.00 in all."""
    debts = []
    for i in range(50):
        product = from_preset("huabei", f"Debt {i}")
        first = date(2026, 12, 15)
        parts = tuple(PartDue(first + relativedelta(months=k), 10_000) for k in range(180))
        account = Account(product, parts=parts)
        debts.append(Debt(f"d{i}", f"Debt {i}", 1_800_000, Decimal("0.015"), account))
    return debts


def test_fifty_debts_plan_in_the_worker_and_load_lazily(
    window: MainWindow, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    debts = fifty_accounts()
    monkeypatch.setattr(payoff_service, "payoff_debts", lambda *_a, **_k: debts)
    page = open_payoff(window, qtbot)
    plan_with(page, qtbot, "8000")
    plan = page.chosen_plan()
    assert plan is not None and len(plan.months) > 100
    # 50 debts: the month table shows totals only; rows arrive 100 at a time.
    assert page.months.headers() == ["Month", "Paid", "Interest", "Fees", "Balance left"]
    assert page.months.rowCount() == 100 and page.months.canFetchMore()
    page.months.fetchMore()
    assert page.months.rowCount() == min(200, len(plan.months))
    # Month 1 pays the whole budget: the 5,000.00 of minimums and 3,000.00 ahead; at
    # 8,000.00 a month the 900,000.00 are paid in 112.5 → 113 months (no interest, no
    # fee): the balance left is 4,000.00 after month 112 and nothing after month 113.
    left = [sum(r.balances.values()) for r in plan.months]
    assert (left[0], left[111], left[112]) == (89_200_000, 400_000, 0)
    # Debt-free then, in month 113 (Dec 2026 + 112 months = Apr 2036) on its payment day,
    # the 15th (the debts' due day), though the last periods, paid ahead, fall due until
    # 2041: the plan does not run on with empty rows.
    assert len(plan.months) == 113 and plan.debt_free == date(2036, 4, 15)
    assert page.months.index(0, 1).data() == "¥8,000.00"


def test_a_loan_paid_off_early_is_said_above_the_plan(make_window, qtbot: QtBot) -> None:  # type: ignore[no-untyped-def]
    # tests/core/test_planner_loan_payoff.py's loan: ¥12,000.00 × 12 at 6 % from 10 Jan,
    # ¥3,000 a month: 3,000 ahead for four months, then 210.72 pays it off on 10 May and
    # June's to January's 182.86 of interest is not charged (12,210.72 paid, not
    # 12,393.58).
    from tracker.service import plans, products

    window = make_window(demo=False, today=date(2026, 1, 10))

    def work(store) -> None:  # type: ignore[no-untyped-def]
        products.add_product(store, "Car loan", "loan", {})
        plans.add_plan(store, 1, 1_200_000, 12, date(2026, 2, 10), "Car")

    window.ctx.change(work)
    page = window.show_page("payoff")
    assert isinstance(page, PayoffPage)
    qtbot.waitUntil(lambda: not page.busy.isVisible(), timeout=TIMEOUT)
    page.budget.clear()
    qtbot.keyClicks(page.budget, "3000")
    with qtbot.waitSignal(page.planned, timeout=TIMEOUT):
        qtbot.mouseClick(page.plan_button, Qt.MouseButton.LeftButton)
    note = page.findChild(QLabel, "payoffEarly")
    assert note.isVisible()
    assert note.text() == (
        "Car loan is paid off early on 2026-05-10 with ¥210.72: ¥182.86 of its interest"
        " is not charged."
    )
    assert not page.warning.isVisible()
    months = page.months
    assert months.rowCount() == 5
