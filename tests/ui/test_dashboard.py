"""The dashboard on the demo data (today 2026-12-01): warning, totals, countdown, dues, timeline.

Demo amounts (tracker/demo.py), all hand-checked below:
  京东白条  bill ¥864.20 due 11-26 (5 days late, minimum ¥86.42); iPhone plan ¥6,999.00 in
           12 × (¥583.25 + 0.5% fee ¥35.00) = ¥618.25, periods 4–12 open (4/12 due 11-26).
  花呗      bill ¥3,245.60 due 12-04 (minimum 10% = ¥324.56).
  招商银行  bill ¥8,560.00 due 12-11 (minimum ¥954.19: 10 % of its ¥8,450.90 of spending and
           all of the ¥109.10 of interest and late fee inside it, for October's bill paid
           6 days late; tests/core/test_overview.py) + unbilled charge ¥458.00.
  Chase     bill $1,234.56 due 12-19 (minimum $25.00).
  Klarna    $240.00 in 4 × $60.00 every 2 weeks from 11-21; 2/4 due 12-05, 3/4 12-19, 4/4 01-02.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QDialogButtonBox, QLabel, QLineEdit, QTableView
from pytestqt.qtbot import QtBot

from tracker.service import products
from ui.dialogs.payment import PaymentDialog
from ui.formatting import shown_text
from ui.main_window import MainWindow
from ui.models.dues import DuesModel
from ui.pages.dashboard import DashboardPage


def page_of(window: MainWindow) -> DashboardPage:
    page = window.pages["dashboard"]
    assert isinstance(page, DashboardPage)
    assert page.objectName() == "dashboardPage"
    return page


def value(page: DashboardPage, name: str) -> str:
    label = page.findChild(QLabel, name)
    assert label is not None, name
    return shown_text(label.text())  # dates are kept on one line by invisible joiners


def test_overdue_baitiao_bill_is_first_and_the_warning_names_its_daily_cost(
    window: MainWindow,
) -> None:
    page = page_of(window)
    model = page.findChild(QTableView, "upcomingDuesView").model()
    assert [model.index(0, c).data() for c in (0, 1, 2, 3, 5)] == [
        "2026-11-26",
        "京东白条",
        "Statement 2026-11-17",
        "¥864.20",
        "5 days late",
    ]
    assert page.warning.isVisible()
    line = value(page, "overdueLine0")
    # Baitiao's penalty is 0.05% a day: 0.0005 × ¥864.20 = ¥0.4321 → ¥0.43 a day;
    # 5 days so far on the whole unpaid amount of the account (the bill and the plan's
    # period, DESIGN.md BNPL penalty): 0.0005 × (864.20 + 618.25) × 5 = ¥3.706 → ¥3.71,
    # shown on its oldest due. Reported one day after the due date
    # (2026-11-26 + 1 = Fri 27 Nov), so it is on the report already.
    assert line.startswith("京东白条 · Statement 2026-11-17: ¥864.20, 5 days late")
    # The ¥3.71 is the whole account's (bill and period), and the line says so.
    assert "costs ¥0.43 a day (¥3.71 so far on the whole account)" in line
    assert line.endswith("On your credit report since Fri 27 Nov.")
    # The plan's period 4/12 is late too: 0.0005 × ¥618.25 = ¥0.309 → ¥0.31 a day.
    assert "iPhone 12 期 4/12: ¥618.25" in value(page, "overdueLine1")
    assert "costs ¥0.31 a day" in value(page, "overdueLine1")
    assert page.warning.heading.text() == "⚠ Overdue: 2 dues not paid"


def test_totals_per_currency_are_never_added_together(window: MainWindow) -> None:
    page = page_of(window)
    # Due this month (overdue + due in December), CNY:
    #   864.20 + 618.25 (4/12) + 3,245.60 + 8,560.00 + 618.25 (5/12 on 12-26) = 13,906.30
    assert value(page, "due_this_monthCNY") == "¥13,906.30"
    # Minimums: 86.42 + 618.25 + 324.56 + 954.19 + 618.25 = 2,601.67
    assert value(page, "minimumsCNY") == "¥2,601.67"
    # Debt: 864.20 + 9 × 618.25 (periods 4–12) + 3,245.60 + 8,560.00 + 458.00 = 18,692.05,
    # + Baitiao's penalty so far, 0.05% × (864.20 + 618.25) × 5 days = 3.706 → 3.71, the
    # figure the due list and the payoff planner quote too: 18,695.76.
    assert value(page, "total_debtCNY") == "¥18,695.76"
    assert value(page, "credit_usedCNY") == "¥18,695.76"
    # Limits 20,000 + 15,000 + 50,000 = 85,000; available 85,000 − 18,695.76 = 66,304.24;
    # utilisation 18,695.76 / 85,000 = 21.995% → 22.0%.
    assert value(page, "availableCNY") == "¥66,304.24"
    assert value(page, "limitCNY") == "22.0% of ¥85,000.00"
    # USD: due this month 1,234.56 + 60 (2/4) + 60 (3/4) = 1,354.56; debt adds 4/4: 1,414.56.
    assert value(page, "due_this_monthUSD") == "$1,354.56"
    assert value(page, "minimumsUSD") == "$145.00"  # 25.00 + 60.00 + 60.00
    assert value(page, "total_debtUSD") == "$1,414.56"
    # Only Chase has a limit ($8,000): used 1,234.56 (15.4%), available 6,765.44.
    assert value(page, "credit_usedUSD") == "$1,234.56"
    assert value(page, "availableUSD") == "$6,765.44"
    assert value(page, "limitUSD") == "15.4% of $8,000.00"
    assert value(page, "nextDueUSD") == "Next: Klarna $60.00 · Sat 5 Dec"


def test_countdown_names_the_next_due(window: MainWindow) -> None:
    page = page_of(window)
    # 2026-12-04 − 2026-12-01 = 3 days; 4 Dec 2026 is a Friday.
    assert value(page, "nextDueCountdown") == "Next: 花呗 ¥3,245.60 due in 3 days — Fri 4 Dec"


def test_timeline_marks_every_due_in_order_with_words(window: MainWindow) -> None:
    page = page_of(window)
    marks = page.timeline.marks
    # 2 overdue + 9 upcoming within 90 days (up to 7/12 on 2027-02-26; 8/12 on 03-26 is out).
    assert len(marks) == 11
    assert [m.urgency for m in marks[:4]] == ["late", "late", "soon", "later"]
    assert marks[2].text == "2026-12-04: 花呗 ¥3,245.60 (in 3 days)"
    assert "2027-02-26: 京东白条 ¥618.25 (in 87 days)" in page.timeline.accessibleDescription()
    assert page.timeline.x_of(marks[0].day) < page.timeline.x_of(window.ctx.today)


def test_double_click_opens_payment_prefilled_and_paying_clears_the_warning(
    window: MainWindow, qtbot: QtBot
) -> None:
    page = page_of(window)
    view = page.findChild(QTableView, "upcomingDuesView")
    rect = view.visualRect(view.model().index(0, 2))
    # A person's double-click: press/release, then the double-click event.
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    dialog = page.findChild(PaymentDialog)
    assert dialog is not None and dialog.isVisible()
    assert dialog.form.fields["product"].widget.currentData() == 1  # 京东白条
    # The bill and the account's penalty so far: 864.20 + 3.71 (was the bill
    # alone: the accrued penalty was owed nowhere).
    assert dialog.findChild(QLineEdit, "amountField").text() == "867.91"
    with qtbot.waitSignal(window.ctx.changed):
        dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    # It meets the statement's minimum — the bill's ¥86.42 and the plan's period 4/12,
    # ¥618.25, both late — first, as the engine pays it, so nothing is late any more
    # (it settled the bill and left the period late: still reported, still costing).
    assert not page.warning.isVisible()
    # 13,906.30 − 867.91 − 614.54 = 12,423.85: what is left of the bill, 864.20 − 86.42 −
    # 163.24, revolves — its minimum met, it is not due this month (the statement of 17
    # Dec asks its 10 %).
    assert value(page, "due_this_monthCNY") == "¥12,423.85"


def test_empty_file_shows_the_empty_state(make_window) -> None:  # type: ignore[no-untyped-def]
    window = make_window(demo=False)
    page = page_of(window)
    assert page.stack.currentIndex() == 1
    label = page.findChild(QLabel, "emptyStateLabel")
    assert label.isVisible()
    assert label.text().startswith("No dues yet — add a product")
    assert not page.countdown.isVisible()
    assert page.cards == []
    # a bill needs a product: until there is one, only "Add a product…" is offered
    assert page.add_product_button.isEnabled() and not page.add_bill_button.isEnabled()

    window.ctx.change(lambda s: products.add_product(s, "花呗", "huabei", {}))
    assert page.stack.currentIndex() == 1 and page.add_bill_button.isEnabled()


def test_dues_model_passes_the_model_tester(window: MainWindow, qtmodeltester) -> None:  # type: ignore[no-untyped-def]
    model = page_of(window).dues
    assert isinstance(model, DuesModel)
    assert model.rowCount() == 11
    qtmodeltester.check(model)


def test_page_fits_1280_by_800(window: MainWindow) -> None:
    window.resize(1280, 800)
    assert window.width() == 1280
    page = page_of(window)
    # The timeline's bottom edge is inside the page: nothing pushed out of view.
    bottom = page.timeline.mapTo(page, QPoint(0, page.timeline.height())).y()
    assert bottom <= page.height()


def test_record_dialogs_from_the_dashboard_start_on_the_due_in_view(
    window: MainWindow, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Ctrl+P on the dashboard: the overdue 京东白条 (not the alphabetically first product);
    with 花呗's row selected, 花呗."""
    opened: list[str] = []
    monkeypatch.setattr(
        PaymentDialog,
        "exec",
        lambda d: opened.append(d.form.fields["product"].widget.currentText()),
    )
    window.activateWindow()
    qtbot.keyClick(window, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
    view = window.findChild(QTableView, "upcomingDuesView")
    row = next(
        r for r in range(view.model().rowCount()) if view.model().index(r, 1).data() == "花呗"
    )
    qtbot.mouseClick(
        view.viewport(), Qt.LeftButton, pos=view.visualRect(view.model().index(row, 1)).center()
    )
    qtbot.keyClick(window, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
    assert opened == ["京东白条 (CNY)", "花呗 (CNY)"]


def test_a_second_overdue_due_of_an_account_does_not_say_nothing_so_far(
    window: MainWindow,
) -> None:
    """京东白条's overdue plan period shares the account's ¥3.71 so far, shown on its bill;
    its own line says what a day adds, not "(¥0.00 so far)"."""
    lines = [label.text() for label in window.findChildren(QLabel) if "a day" in label.text()]
    period = next(t for t in lines if "iPhone" in t)
    assert "costs ¥0.31 a day." in period and "so far" not in period
    assert any("(¥3.71 so far on the whole account)" in t for t in lines)


def test_a_refresh_with_the_same_figures_keeps_the_cards(window: MainWindow) -> None:
    # Rebuilding the currency cards was half of a warm refresh (issue 12: ~10 ms of ~20 at
    # 1M charges); with the same totals in the same style they stay as they are.
    from ui import formatting

    page = page_of(window)
    cards = list(page.cards)
    page.refresh()
    assert page.cards == cards
    # Another currency style is another picture: rebuilt, in the new style.
    formatting.set_currency_display("code")
    try:
        page.refresh()
        assert page.cards != cards
        assert value(page, "total_debtCNY") == "CNY 18,695.76"
    finally:
        formatting.set_currency_display("symbol")
    page.refresh()
    assert value(page, "total_debtCNY") == "¥18,695.76"


def test_nothing_overdue_shows_no_warning_box(make_window) -> None:  # type: ignore[no-untyped-def]
    # A file whose first refresh has nothing overdue: the card was left shown, an empty
    # pink box under the title (its unchanged empty list returned early; QA pass
    # 2026-12-06).
    from datetime import date

    from tracker.service import bills

    window = make_window(demo=False, today=date(2026, 12, 1))

    def work(store) -> None:  # type: ignore[no-untyped-def]
        products.add_product(store, "Card", "cn-credit-card", {})
        bills.add_bill(
            store, 1, date(2026, 11, 21), date(2026, 12, 10), 100_000, date(2026, 12, 1)
        )

    window.ctx.change(work)
    page = page_of(window)
    assert page.stack.currentIndex() == 0  # the dues, not the empty state
    assert not page.warning.isVisible() and page.warning.warnings == []
