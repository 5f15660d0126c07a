"""The dashboard's dues table lists an account that owes on the engine's own statements
with no due to show it (issue 11: a card with charges and no bill had no row), as an
estimate; a double-click records a payment of it.

The figures are those of tests/core/test_estimated_dues.py (hand-checked there): a CN
card on the 5th with one ¥1,000.00 charge on 10 Sep 2026 and no bill owes ¥1,062.76 on
1 Dec, 38 days past the 24 Oct due date of the engine's 5 Oct statement; its minimum is
¥228.00.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit, QTableView
from pytestqt.qtbot import QtBot

from tracker.service import charges, payments, plans, products
from ui.dialogs.payment import PaymentDialog
from ui.i18n import apply_language
from ui.pages.dashboard import DashboardPage


def test_a_card_with_charges_and_no_bill_has_an_estimated_row(make_window, qtbot: QtBot) -> None:  # type: ignore[no-untyped-def]
    window = make_window(demo=False)

    def record(store):  # type: ignore[no-untyped-def]
        pid = products.add_product(store, "Card", "cn-credit-card", {"statement_day": "5"})
        charges.add_charge(store, pid.saved_id, date(2026, 9, 10), 100_000, date(2026, 9, 10))

    window.ctx.change(record, {"products", "charges"})
    page = window.pages["dashboard"]
    assert isinstance(page, DashboardPage)
    assert page.stack.currentIndex() == 0  # not the empty state: the card owes
    view = page.findChild(QTableView, "upcomingDuesView")
    model = view.model()
    assert model.rowCount() == 1
    assert [model.index(0, c).data() for c in range(6)] == [
        "2026-10-24",
        "Card",
        "Statement 2026-10-05 (estimated: no bill recorded)",
        "¥1,062.76",
        "¥228.00",
        "38 days late",
    ]
    # A person's double-click on the row: the payment dialog, filled with what it owes.
    rect = view.visualRect(model.index(0, 2))
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    dialog = page.findChild(PaymentDialog)
    assert dialog is not None and dialog.isVisible()
    assert dialog.findChild(QLineEdit, "amountField").text() == "1062.76"
    dialog.reject()
    # The overdue warning names it too (it showed none for an account on the report):
    # one line, Pay… only (no due to negotiate); a click on Pay… fills what it owes.
    banner = page.warning
    assert banner.isVisible() and banner.heading.text() == "⚠ Overdue: 1 due not paid"
    # (the date is kept on one line: word joiners, U+2060, and no-break spaces)
    assert banner.lines[0].text().replace("\u2060", "").replace("\xa0", " ") == (
        "Card · statement 2026-10-05 (estimated: no bill recorded): ¥1,062.76, 38 days late"
        " — costs about ¥0.52 a day. On your credit report since Wed 28 Oct."
    )
    assert banner.negotiate_buttons == []
    qtbot.mouseClick(banner.buttons[0], Qt.MouseButton.LeftButton)
    paying = [d for d in page.findChildren(PaymentDialog) if d.isVisible()]
    assert len(paying) == 1
    assert paying[0].findChild(QLineEdit, "amountField").text() == "1062.76"
    paying[0].reject()
    # In Chinese too.
    apply_language("zh_CN")
    page.retranslate()
    assert (
        banner.lines[0]
        .text()
        .startswith(
            "Card · 2026-10-05 账单（估算：尚未录入账单）：¥1,062.76，逾期 38 天"
            "——每天约产生 ¥0.52。"
        )
    )
    assert model.index(0, 2).data() == "2026-10-05 账单（估算：尚未录入账单）"
    assert model.index(0, 5).data() == "逾期 38 天"


def test_a_pay_in_4_late_fee_after_its_last_instalment_is_named_so(make_window) -> None:  # type: ignore[no-untyped-def]
    # The case of tests/core/test_due_list_agrees_with_engine_periods.py: one $100.00
    # order, A1–A3 paid, A4 ($25.00, 12 Feb) missed; the $7.00 fee (charged 22 Feb) is
    # asked at once, on the engine's statement of 23 Feb: an estimated due of its own. A
    # pay-in-4 has no bills: the row says "late charges", not "no bill recorded".
    window = make_window(demo=False, today=date(2026, 3, 14))

    def record(store):  # type: ignore[no-untyped-def]
        pid = products.add_product(store, "Klarna", "pay-in-4", {}).saved_id
        for part in plans.add_plan(store, pid, 10_000, 4, date(2026, 1, 1), "Shoes")[:3]:
            payments.add_payment(store, pid, part.due_date, part.total, part.due_date)

    window.ctx.change(record, {"products", "plans", "payments"})
    page = window.pages["dashboard"]
    model = page.findChild(QTableView, "upcomingDuesView").model()
    rows = [[model.index(r, c).data() for c in (0, 2, 3)] for r in range(model.rowCount())]
    assert ["2026-02-23", "Late charges after the last instalment (estimated)", "$7.00"] in rows
    assert not any("no bill" in str(cell) for row in rows for cell in row)
    lines = [line.text().replace("\u2060", "").replace("\xa0", " ") for line in page.warning.lines]
    # A4 is 30 days late on 14 Mar: the account is on the report since that day, and so
    # the fee's line says (not "since Sat 11 Apr", its own 30th day, still to come). A
    # day adds nothing to either now (the fee is charged, no daily penalty): no
    # "costs $0.00 a day".
    assert lines == [
        "Klarna · Shoes 4/4: $25.00, 30 days late. On your credit report since Sat 14 Mar.",
        "Klarna · late charges after the last instalment (estimated): $7.00, 19 days late."
        " On your credit report since Sat 14 Mar.",
    ]
    apply_language("zh_CN")
    page.retranslate()
    rows = [model.index(r, 2).data() for r in range(model.rowCount())]
    assert "最后一期之后的逾期费用（估算）" in rows
