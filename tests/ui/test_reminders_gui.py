"""Reminders in the app: the popup at start, its actions, the scheduler's clock, native
notifications to a fake server in its own process, and what must never block.

Today is Tue 1 Dec 2026. The one-bill file has 花呗 ¥3,245.60 due Fri 4 Dec (3 days
ahead: its 3-day lead fires), minimum 10% = ¥324.56, a day late costs 0.05% = ¥1.62.
The demo file's first check fires four (tests/core/test_reminders.py): 京东白条 bill
¥864.20 and period 4/12 ¥618.25 (5 days late), 花呗 (3 days), Klarna $60.00 (4 days).
"""

from __future__ import annotations

import time
from collections.abc import Callable
from datetime import date, datetime, timedelta, timezone
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QCheckBox,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QWidget,
)
from pytestqt.qtbot import QtBot

from tests.support.dbus_session import FakeServer
from tracker.cli import main as cli_main
from tracker.service import bills, files, products, reminders
from tracker.storage import reminders as saved
from ui.app import create_main_window
from ui.formatting import long_date
from ui.main_window import MainWindow
from ui.reminders import autostart, scheduler
from ui.reminders import tray as tray_mod
from ui.reminders.popup import ReminderCard, ReminderPopup

TODAY = date(2026, 12, 1)
CST = timezone(timedelta(hours=8))
HUABEI_DUE = 16  # the demo's 花呗 bill
BAITIAO_BILL = 2


def one_bill_file(path: Path) -> Path:
    store = files.open_store(path, create=True)
    products.add_product(store, "花呗", "huabei", {})
    bills.add_bill(store, "花呗", date(2026, 11, 25), date(2026, 12, 4), 324_560, TODAY)
    store.close()
    return path


def open_window(qtbot: QtBot, path: Path, demo: bool = False) -> MainWindow:
    window = create_main_window(path, TODAY, demo_if_new=demo, reminders=True)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window


def popup_of(window: MainWindow) -> ReminderPopup:
    return window.findChild(ReminderPopup, "reminderPopup")


def card(window: MainWindow, due_id: int) -> ReminderCard | None:
    """The popup's card for a due (cards taken away are no longer listed)."""
    cards = [c for c in popup_of(window).cards.values() if c.reminder.due.due_id == due_id]
    assert len(cards) <= 1
    return cards[0] if cards else None


def click(widget: QWidget) -> None:
    QTest.mouseClick(widget, Qt.MouseButton.LeftButton)


def dues_amounts(window: MainWindow) -> list[str]:
    model = window.findChild(QTableView, "upcomingDuesView").model()
    return [model.index(r, 3).data() for r in range(model.rowCount())]


def test_a_due_3_days_ahead_makes_the_popup_appear_at_start(qtbot: QtBot, tmp_path: Path) -> None:
    window = open_window(qtbot, one_bill_file(tmp_path / "one.db"))
    popup = popup_of(window)
    assert popup.isVisible() and not popup.isModal()
    assert popup.findChild(QLabel, "reminderHeading").text() == "1 payment to look at"
    huabei = popup.findChild(ReminderCard)
    assert huabei.findChild(QLabel, "reminderTitle").text() == "花呗 — ¥3,245.60"
    when = huabei.findChild(QLabel, "reminderWhen").text()
    assert when == f"Due {long_date(date(2026, 12, 4))} — due in 3 days"  # Friday, …
    details = huabei.findChild(QLabel, "reminderDetails").text().splitlines()
    assert details[1:] == ["Minimum to stay on time: ¥324.56", "A day's delay costs ¥1.62"]
    # Recorded as delivered in the app: a second check shows nothing new.
    assert {d.channel for d in saved.list_deliveries(window.ctx.store)} == {"popup"}
    assert not window.reminders.check()
    # The main window is still usable: the popup is not modal.
    click(window.findChild(QWidget, "navigation").viewport())
    assert window.isEnabled()


def test_mark_paid_records_the_payment_and_the_dashboard_updates(
    qtbot: QtBot, tmp_path: Path
) -> None:
    window = open_window(qtbot, tmp_path / "demo.db", demo=True)
    assert "¥864.20" in dues_amounts(window)
    click(card(window, BAITIAO_BILL).findChild(QPushButton, "markPaidButton"))
    dialog = window.reminders.payment_dialog
    assert dialog is not None and dialog.isVisible()
    # What settles it today: 864.20 + the account's penalty so far, on everything unpaid
    # (the bill and the plan period due the same day, DESIGN.md BNPL penalty):
    # (864.20 + 618.25) × 0.05% × 5 days = 3.706 → 3.71 (was 2.16 on the bill alone).
    amount = dialog.form.fields["amount"].widget
    assert amount.text() == "867.91"
    assert dialog.form.fields["product"].widget.currentText().startswith("京东白条")
    click(dialog.buttons.button(QDialogButtonBox.StandardButton.Ok))
    assert not dialog.isVisible()
    # The bill (the older due, by id) takes 864.20; the 3.71 left goes to period 4/12.
    assert "¥864.20" not in dues_amounts(window)
    assert card(window, BAITIAO_BILL) is None  # its reminder is gone
    assert card(window, HUABEI_DUE) is not None  # the others stay
    payments = window.ctx.store.list_payments()
    assert payments[-1].amount == 86_791


def test_snooze_hides_the_reminder_until_the_snooze_time(qtbot: QtBot, tmp_path: Path) -> None:
    path = one_bill_file(tmp_path / "one.db")
    window = create_main_window(path, TODAY)
    qtbot.addWidget(window)
    window.show()
    now = [datetime(2026, 12, 1, 8, 0, tzinfo=CST)]
    sched = scheduler.attach(window, clock=lambda: now[0], native=False)
    popup = popup_of(window)
    assert card(window, 1) is not None  # this file's only due
    click(card(window, 1).findChild(QPushButton, "snoozeHourButton"))
    assert card(window, 1) is None and not popup.isVisible()
    now[0] = datetime(2026, 12, 1, 8, 59, tzinfo=CST)
    sched.timer.timeout.emit()  # a tick at 08:59: nothing
    assert not popup.isVisible()
    now[0] = datetime(2026, 12, 1, 9, 0, tzinfo=CST)
    sched.timer.timeout.emit()  # the snooze ended at 09:00: back once
    assert popup.isVisible() and card(window, 1) is not None
    click(card(window, 1).findChild(QPushButton, "snoozeTomorrowButton"))
    now[0] = datetime(2026, 12, 2, 8, 59, tzinfo=CST)
    sched.timer.timeout.emit()  # a new day, but the 3-day lead is snoozed till 09:00
    assert card(window, 1) is None
    now[0] = datetime(2026, 12, 2, 9, 0, tzinfo=CST)
    sched.timer.timeout.emit()
    assert card(window, 1) is not None


def test_the_clock_jumping_a_day_brings_that_days_reminders(qtbot: QtBot, tmp_path: Path) -> None:
    path = one_bill_file(tmp_path / "one.db")
    window = create_main_window(path, TODAY)
    qtbot.addWidget(window)
    now = [datetime(2026, 12, 1, 8, 0, tzinfo=CST)]
    sched = scheduler.attach(window, clock=lambda: now[0], native=False)
    click(popup_of(window).findChild(QPushButton, "reminderCloseButton"))
    with qtbot.waitSignal(sched.checked) as fired:
        now[0] = datetime(2026, 12, 3, 7, 0, tzinfo=CST)  # resumed from sleep 2 days on
        sched.timer.timeout.emit()
    assert [r.lead for r in fired.args[0].reminders] == [1]  # "due tomorrow"
    when = card(window, 1).findChild(QLabel, "reminderWhen").text()
    assert when.endswith("due tomorrow")
    # Midnight is armed: the timer fires one second after the next local midnight.
    # 07:00 → 00:00 is 17 h; + 1 s.
    assert (17 * 3600 - 5) * 1000 < sched.midnight.remainingTime() <= (17 * 3600 + 1) * 1000


def test_simulate_opens_the_simulator_on_that_due(qtbot: QtBot, tmp_path: Path) -> None:
    window = open_window(qtbot, tmp_path / "demo.db", demo=True)
    click(card(window, HUABEI_DUE).findChild(QPushButton, "reminderSimulateButton"))
    page = window.stack.currentWidget()
    assert page.objectName() == "simulatorPage"
    assert page.due_combo.currentData() == HUABEI_DUE
    assert page.due_mode.isChecked()
    assert window.findChild(QTableView, "simulatorOptionsView").model().rowCount() > 0


def test_start_at_login_writes_an_xdg_autostart_entry(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    window = open_window(qtbot, one_bill_file(tmp_path / "one.db"))
    window.show_page("settings")
    box = window.findChild(QCheckBox, "startAtLoginCheck")
    assert not box.isChecked()
    QTest.keyClick(box, Qt.Key.Key_Space)
    entry = tmp_path / "config" / "autostart" / "debt-tracker.desktop"
    text = entry.read_text("utf-8")
    assert "--hidden" in text and str(tmp_path / "one.db") in text
    assert "X-GNOME-UsesNotifications=true" in text
    QTest.keyClick(box, Qt.Key.Key_Space)
    assert not entry.exists() and not autostart.is_enabled()


# -- native notifications ------------------------------------------------------------
def test_the_gui_notifies_and_an_action_comes_back(
    qtbot: QtBot, tmp_path: Path, fake_notifications: Callable[..., FakeServer]
) -> None:
    server = fake_notifications("--invoke", "mark-paid")
    window = open_window(qtbot, one_bill_file(tmp_path / "one.db"))
    calls = server.wait_for_calls(1)
    assert [c["summary"] for c in calls] == ["花呗: ¥3,245.60 due in 3 days"]
    assert calls[0]["body"].splitlines() == [
        f"Due date: {long_date(date(2026, 12, 4))}",
        "Minimum: ¥324.56",
        "A day's delay costs ¥1.62",
    ]
    assert calls[0]["actions"] == [
        "default", "Open", "mark-paid", "Mark paid", "snooze", "Snooze 1 hour"
    ]  # fmt: skip
    # The fake server "clicks" Mark paid: it reaches the GUI thread and opens the dialog.
    qtbot.waitUntil(lambda: window.reminders.payment_dialog is not None, timeout=10_000)
    assert window.reminders.payment_dialog.form.fields["amount"].widget.text() == "3245.60"
    qtbot.waitUntil(
        lambda: (
            {d.channel for d in saved.list_deliveries(window.ctx.store)} == {"popup+notification"}
        ),
        timeout=10_000,
    )


def test_the_gui_does_not_repeat_what_remind_delivered(
    qtbot: QtBot,
    tmp_path: Path,
    fake_notifications: Callable[..., FakeServer],
    capsys: pytest.CaptureFixture[str],
) -> None:
    path = one_bill_file(tmp_path / "one.db")
    server = fake_notifications()
    assert cli_main(["--db", str(path), "--today", TODAY.isoformat(), "remind"]) == 0
    assert "delivered as notifications" in capsys.readouterr().out
    assert len(server.calls()) == 1
    window = open_window(qtbot, path)
    assert not popup_of(window).isVisible()
    assert not popup_of(window).cards
    qtbot.wait(500)
    assert len(server.calls()) == 1, "the app sent the same (due, lead) again"
    deliveries = saved.list_deliveries(window.ctx.store)
    assert [(d.due_id, d.lead, d.channel) for d in deliveries] == [(1, 3, "notification")]


def test_a_server_that_never_answers_does_not_block_the_popup(
    qtbot: QtBot, tmp_path: Path, fake_notifications: Callable[..., FakeServer]
) -> None:
    fake_notifications("--hang")
    started = time.monotonic()
    window = open_window(qtbot, one_bill_file(tmp_path / "one.db"))
    assert time.monotonic() - started < 2, "the GUI thread waited for the server"
    assert popup_of(window).isVisible()
    qtbot.waitUntil(lambda: window.reminders.last_outcome is not None, timeout=15_000)
    assert "did not answer" in window.reminders.last_outcome.reason
    assert window.statusBar().currentMessage() == (
        "Desktop notification not shown: the notification service did not answer. "
        "The reminder window has it."
    )
    # Not delivered natively: it stays recorded as shown in the popup only.
    assert {d.channel for d in saved.list_deliveries(window.ctx.store)} == {"popup"}


def test_no_session_bus_the_popup_still_works(qtbot: QtBot, tmp_path: Path) -> None:
    # tests/conftest.py points DBUS_SESSION_BUS_ADDRESS at nothing; offscreen has no tray.
    window = open_window(qtbot, one_bill_file(tmp_path / "one.db"))
    assert window.reminders.tray is None
    assert popup_of(window).isVisible()
    qtbot.waitUntil(lambda: window.reminders.last_outcome is not None, timeout=10_000)
    assert window.reminders.last_outcome.reason.startswith("not delivered: no session bus")
    assert not window.reminders.keep_in_tray()  # no tray: closing really closes


def test_lead_days_from_the_settings_decide_the_popup(qtbot: QtBot, tmp_path: Path) -> None:
    path = one_bill_file(tmp_path / "one.db")
    store = files.open_store(path)
    reminders.save_settings(store, "1", overdue_daily=True)  # only the day before
    store.close()
    window = open_window(qtbot, path)
    assert not popup_of(window).isVisible()  # 3 days left: the 1-day lead has not come
    window.show_page("settings")
    leads = window.findChild(QLineEdit, "reminderLeadDays")
    leads.selectAll()
    QTest.keyClicks(leads, "7, 3")
    QTest.keyClick(leads, Qt.Key.Key_Return)
    window.reminders.check()
    assert [c.reminder.lead for c in popup_of(window).cards.values()] == [3]


def test_with_a_tray_closing_keeps_the_app_and_says_so_once(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Offscreen has no tray; pretend there is one to check the tray's own logic.
    monkeypatch.setattr("ui.reminders.tray.available", lambda: True)
    messages: list[str] = []
    monkeypatch.setattr(tray_mod.Tray, "message", lambda self, title, text: messages.append(title))
    window = open_window(qtbot, tmp_path / "demo.db", demo=True)
    tray = window.reminders.tray
    assert tray is not None
    # Late or within 7 days (the longest lead): 京东白条 bill and 4/12, 花呗, Klarna 2/4.
    assert tray.icon.toolTip() == "Debt Tracker: 4 payments to look at"
    assert [a.text() for a in tray.menu.actions() if a.text()] == [
        "Open Debt Tracker", "Record payment…", "Quit"
    ]  # fmt: skip
    window.close()
    assert not window.isVisible() and not window.ctx.closed  # still running, in the tray
    assert messages == ["Debt Tracker is still running"]
    window.show()
    window.close()
    assert messages == ["Debt Tracker is still running"]  # said once only
    tray.open_action.trigger()
    assert window.isVisible()
    tray.quit_action.trigger()
    assert window.ctx.closed  # Quit really quits


def test_a_bill_added_in_the_app_is_reminded_at_once(qtbot: QtBot, tmp_path: Path) -> None:
    window = open_window(qtbot, one_bill_file(tmp_path / "one.db"))
    click(popup_of(window).findChild(QPushButton, "reminderCloseButton"))
    # A bill due tomorrow (Wed 2 Dec), recorded through the app's one path.
    window.ctx.change(
        lambda s: bills.add_bill(s, "花呗", date(2026, 11, 23), date(2026, 12, 2), 10_000, TODAY)
    )
    assert popup_of(window).isVisible()
    assert [c.reminder.lead for c in popup_of(window).cards.values()] == [1]


def test_a_bill_late_past_its_grace_is_not_offered_as_on_time(
    qtbot: QtBot, tmp_path: Path
) -> None:
    # 花呗 (no grace days, DESIGN.md § Presets): a ¥1,000.00 bill due 24 Nov, unpaid on
    # 1 Dec — 7 days late, so "the minimum to stay on time" no longer exists: the card
    # says what ends the delinquency, its minimum 10% × ¥1,000.00 = ¥100.00.
    path = tmp_path / "late.db"
    store = files.open_store(path, create=True)
    products.add_product(store, "花呗", "huabei", {})
    bills.add_bill(store, "花呗", date(2026, 11, 15), date(2026, 11, 24), 100_000, TODAY)
    store.close()
    window = open_window(qtbot, path)
    late = popup_of(window).findChild(ReminderCard)
    details = late.findChild(QLabel, "reminderDetails").text().splitlines()
    assert details[1] == "Late: pay at least ¥100.00 to end it"
    # … and what it has been charged so far: 0.05 % × 1,000.00 × 7 days = ¥3.50.
    assert details[2] == "+ ¥3.50 so far on the whole account (¥1,003.50 to pay today)"
    assert details[3].startswith("A day's delay costs ¥")


def test_mark_paid_says_what_was_recorded_in_the_status_line(qtbot: QtBot, tmp_path: Path) -> None:
    """A QA pass reported no feedback after a reminder's Mark paid: not so (it opens the
    Pay dialog, whose save says it). Held here for the popup's button and for the native
    notification's action, in English and 简体中文."""
    from ui.i18n import apply_language

    window = open_window(qtbot, tmp_path / "demo.db", demo=True)
    sched = window.reminders
    click(card(window, BAITIAO_BILL).findChild(QPushButton, "markPaidButton"))
    dialog = sched.payment_dialog
    click(dialog.buttons.button(QDialogButtonBox.StandardButton.Ok))
    # 864.20 + (864.20 + 618.25) × 0.05% × 5 days (3.71) = 867.91, as above
    assert window.statusBar().currentMessage() == "Payment of ¥867.91 to 京东白条 saved"
    apply_language("zh_CN")
    try:
        # the notification's "Mark paid" on 花呗's (3 days ahead: ¥3,245.60, nothing late)
        key = next(k for k, r in sched.known.items() if r.due.due_id == HUABEI_DUE)
        sched._action(key, "mark-paid")
        dialog = sched.payment_dialog
        assert dialog.form.fields["amount"].widget.text() == "3245.60"
        click(dialog.buttons.button(QDialogButtonBox.StandardButton.Ok))
        assert window.statusBar().currentMessage() == "已保存：向 花呗 还款 ¥3,245.60"
    finally:
        apply_language("en")
