"""An estimated due in the app (issue 11): the reminder popup, its buttons, and the
dashboard's countdown and timeline.

The account of tests/core/test_estimate_reminders.py (hand-checked there): a CN card on
the 5th, one ¥1,000.00 charge on 10 Sep 2026, no bill. The engine's 5 Oct statement is
due Sat 24 Oct (free until Tue 27 Oct), minimum 10% = ¥100.00. On 21 Oct its 3-day
reminder fires; on 1 Dec it is 38 days late, ¥1,062.76 (tests/core/test_estimated_dues.py).
"""

from __future__ import annotations

from datetime import date, datetime, timedelta, timezone
from pathlib import Path

from PySide6.QtCore import QPointF, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QDialogButtonBox,
    QLabel,
    QListWidget,
    QPushButton,
    QTableView,
    QWidget,
)
from pytestqt.qtbot import QtBot

from tracker.service import charges, files, products
from ui.app import create_main_window
from ui.formatting import long_date
from ui.i18n import apply_language
from ui.main_window import MainWindow
from ui.pages.dashboard import DashboardPage
from ui.reminders import scheduler
from ui.reminders.popup import ReminderCard, ReminderPopup, ReminderText
from ui.widgets.timeline import Timeline

CST = timezone(timedelta(hours=8))


def card_file(path: Path) -> Path:
    store = files.open_store(path, create=True)
    pid = products.add_product(store, "Card", "cn-credit-card", {"statement_day": "5"}).saved_id
    charges.add_charge(store, pid, date(2026, 9, 10), 100_000, date(2026, 9, 10))
    store.close()
    return path


def window_on(qtbot: QtBot, path: Path, today: date) -> MainWindow:
    window = create_main_window(path, today)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window


def click(widget: QWidget) -> None:
    QTest.mouseClick(widget, Qt.MouseButton.LeftButton)


def the_card(window: MainWindow) -> ReminderCard | None:
    cards = list(window.findChild(ReminderPopup, "reminderPopup").cards.values())
    assert len(cards) <= 1
    return cards[0] if cards else None


def test_the_popup_reminds_of_an_estimate_and_mark_paid_settles_it(
    qtbot: QtBot, tmp_path: Path
) -> None:
    window = window_on(qtbot, card_file(tmp_path / "card.db"), date(2026, 10, 21))
    now = [datetime(2026, 10, 21, 10, 0, tzinfo=CST)]
    scheduler.attach(window, clock=lambda: now[0], native=False)
    card = the_card(window)
    assert card is not None and card.reminder.due.estimated
    assert card.findChild(QLabel, "reminderTitle").text() == "Card — about ¥1,000.00"
    when = card.findChild(QLabel, "reminderWhen").text()
    assert when == f"Due {long_date(date(2026, 10, 24))} — due in 3 days"
    assert card.findChild(QLabel, "reminderDetails").text().splitlines() == [
        "Statement 2026-10-05 (estimated: no bill recorded)",
        "Minimum to stay on time: ¥100.00",
        "Worked out from your charges by the product's rules; "
        "record the lender's bill to replace it.",
    ]
    # No due of its own to simulate: no Simulate… button on it.
    assert not card.findChild(QPushButton, "reminderSimulateButton").isVisible()
    assert card.findChild(QPushButton, "markPaidButton").isVisible()
    # The notification's text says it is an estimate.
    texts = ReminderText()
    assert texts.title(card.reminder) == "Card: about ¥1,000.00 due in 3 days (estimate)"
    assert texts.body(card.reminder).splitlines()[0] == (
        "Statement 2026-10-05 (estimated: no bill recorded)"
    )
    click(card.findChild(QPushButton, "markPaidButton"))
    dialog = window.reminders.payment_dialog
    assert dialog is not None and dialog.isVisible()
    assert dialog.form.fields["amount"].widget.text() == "1000.00"
    click(dialog.buttons.button(QDialogButtonBox.StandardButton.Ok))
    # Paid: the estimate is gone, and so is its card.
    assert the_card(window) is None
    assert window.ctx.store.list_payments()[-1].amount == 100_000


def test_snoozing_an_estimate_from_its_card(qtbot: QtBot, tmp_path: Path) -> None:
    window = window_on(qtbot, card_file(tmp_path / "card.db"), date(2026, 10, 21))
    now = [datetime(2026, 10, 21, 10, 0, tzinfo=CST)]
    sched = scheduler.attach(window, clock=lambda: now[0], native=False)
    click(the_card(window).findChild(QPushButton, "snoozeHourButton"))
    assert the_card(window) is None
    now[0] = datetime(2026, 10, 21, 10, 59, tzinfo=CST)
    sched.timer.timeout.emit()  # within the hour: nothing
    assert the_card(window) is None
    now[0] = datetime(2026, 10, 21, 11, 0, tzinfo=CST)
    sched.timer.timeout.emit()  # the hour is over: back once
    assert the_card(window) is not None
    # In Chinese.
    apply_language("zh_CN")
    assert (
        ReminderText().title(the_card(window).reminder) == "Card：约 ¥1,000.00，3 天后到期（估算）"
    )


def _timeline_marks(page: DashboardPage) -> list[tuple[date, str, bool]]:
    return [(m.day, m.urgency, m.estimated) for m in page.timeline.marks]


def test_the_dashboard_counts_down_to_an_estimate_and_shows_it_hollow(
    qtbot: QtBot, tmp_path: Path
) -> None:
    window = window_on(qtbot, card_file(tmp_path / "card.db"), date(2026, 10, 21))
    page = window.pages["dashboard"]
    assert isinstance(page, DashboardPage)
    countdown = page.findChild(QLabel, "nextDueCountdown")
    # It said "Nothing due in the next 90 days": the estimate is the next thing owed.
    assert countdown.text() == "Next: Card about ¥1,000.00 due in 3 days (estimate) — Sat 24 Oct"
    # The currency card's "next" too (it said "Nothing due soon"); the date is kept on
    # one line (word joiners, U+2060, and no-break spaces).
    caption = (
        page.findChild(QLabel, "nextDueCNY").text().replace("\u2060", "").replace("\xa0", " ")
    )
    assert caption == "Next: Card about ¥1,000.00 · Sat 24 Oct (estimate)"
    # 24 Oct is 3 days ahead: "soon".
    assert _timeline_marks(page) == [(date(2026, 10, 24), "soon", True)]
    timeline = page.findChild(Timeline, "dueTimeline")
    timeline.grab()  # paints: the marks get their spots
    ((centre, mark),) = timeline._spots
    assert timeline.mark_at(QPointF(centre.x() + 2, centre.y())) is mark
    assert mark.text == (
        "2026-10-24: Card about ¥1,000.00 (in 3 days), estimated: no bill recorded"
    )
    assert mark.text in timeline.accessibleDescription()


def test_a_late_estimate_is_at_the_timelines_left_as_a_late_due(
    qtbot: QtBot, tmp_path: Path
) -> None:
    window = window_on(qtbot, card_file(tmp_path / "card.db"), date(2026, 12, 1))
    page = window.pages["dashboard"]
    assert isinstance(page, DashboardPage)
    # As a late due: on the timeline (red, pinned at the left edge: 24 Oct is before
    # 1 Dec − 14 days), in the warning, not the "next" of the countdown — which says
    # nothing *else* is due (it said "Nothing due in the next 90 days").
    assert _timeline_marks(page) == [(date(2026, 10, 24), "late", True)]
    assert page.timeline.x_of(date(2026, 10, 24)) == page.timeline.x_of(date(2026, 11, 17))
    countdown = page.findChild(QLabel, "nextDueCountdown")
    assert countdown.text() == "Nothing else due in the next 90 days"
    assert page.warning.isVisible()
    apply_language("zh_CN")
    page.retranslate()
    assert countdown.text() == "未来 90 天内没有其他待还款"
    assert page.timeline.marks[0].text == (
        "2026-10-24：Card 约 ¥1,062.76（逾期 38 天），估算：尚未录入账单"
    )


def _products_row(qtbot: QtBot, window: MainWindow) -> list[str]:
    """Click "Products" in the navigation; the one product's row."""
    nav = window.findChild(QListWidget, "navigation")
    item = nav.findItems("Products", Qt.MatchFlag.MatchExactly)[0]
    qtbot.mouseClick(
        nav.viewport(), Qt.MouseButton.LeftButton, pos=nav.visualItemRect(item).center()
    )
    model = window.findChild(QTableView, "productsView").model()
    assert model.rowCount() == 1
    return [model.index(0, c).data() for c in range(model.columnCount())]


def test_the_products_list_shows_the_estimate_next_and_late(qtbot: QtBot, tmp_path: Path) -> None:
    path = card_file(tmp_path / "card.db")
    window = window_on(qtbot, path, date(2026, 10, 21))
    row = _products_row(qtbot, window)
    # 21 Oct: the estimate is its next due (it showed "—"): 24 Oct, ¥1,000.00; nothing late.
    assert row[6:] == ["2026-10-24 (estimate)", "about ¥1,000.00", ""]
    window.close()
    # 1 Dec: 38 days late on the engine's statement — the state says so (it was blank),
    # and so does the next due, marked late (it showed "—", as if nothing were owed).
    window = window_on(qtbot, path, date(2026, 12, 1))
    row = _products_row(qtbot, window)
    assert row[6:] == [
        "2026-10-24\n38 days late (estimate)",
        "about ¥1,062.76",
        "Overdue about ¥1,062.76 (estimate)",
    ]
