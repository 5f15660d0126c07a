"""When reminders are checked in the app, and where they go.

Checked at start, on a short timer whose ticks are compared with the wall clock (a
jump — sleep and resume, a time-zone change, a new day — triggers a check), right after
local midnight, and when a snooze ends. What fires goes to every channel there is: the
in-app popup (always), a native notification (sent from a worker thread; what it could
not deliver it says in the status bar) and the tray icon where there is one. The
scheduler alone writes (through :mod:`tracker.service.reminders`), on the GUI thread.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from datetime import date, datetime, timedelta
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, Qt, QTimer, Signal, Slot
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QMainWindow

from tracker import notify
from tracker.reminders import Batch, Reminder
from tracker.service import reminders as service
from ui.context import RECORD_KINDS, AppContext, Change
from ui.dialogs.payment import PaymentDialog
from ui.reminders import popup as texts
from ui.reminders import tray as tray_mod
from ui.reminders.native import NativeNotifications
from ui.reminders.popup import ReminderPopup

#: QSettings keys (preferences of this computer's app, not of the data file).
CLOSE_TO_TRAY_KEY = "close_to_tray"
TRAY_NOTICE_KEY = "tray_notice_shown"
#: How often the wall clock is looked at, ms.
TICK_MS = 30_000
#: A tick this much later (or earlier) than the monotonic clock says is a clock jump, s.
JUMP_SECONDS = 90

Clock = Callable[[], datetime]


class ReminderScheduler(QObject):
    """Checks for reminders and delivers them; handles the popup's and the server's
    actions (Mark paid, Snooze, Simulate, open)."""

    #: Emitted after every check with the :class:`Batch` that fired (maybe empty).
    checked = Signal(object)
    #: Emitted when an action came back from the notification server (tag, key).
    actionReceived = Signal(object, str)

    def __init__(
        self,
        ctx: AppContext,
        window: QMainWindow,
        clock: Clock | None = None,
        native: bool = True,
    ) -> None:
        super().__init__(window)
        self.ctx = ctx
        self.window = window
        # --today moves the app's calendar: reminders follow it, at the real time of day.
        self._offset = ctx.today - date.today()
        self.clock: Clock = clock or self._wall_now
        self.popup = ReminderPopup(window)
        self.popup.markPaid.connect(self.mark_paid)
        self.popup.snooze.connect(self.snooze)
        self.popup.simulate.connect(self.simulate)
        self.native = NativeNotifications(self) if native else None
        if self.native is not None:
            self.native.outcome.connect(self._delivered)
            self.native.actionInvoked.connect(self._action)
        self.tray = tray_mod.Tray(window) if tray_mod.available() else None
        if self.tray is not None:
            self.tray.openRequested.connect(self.open_window)
            self.tray.paymentRequested.connect(self._tray_payment)
            self.tray.quitRequested.connect(self.quit)
        self.timer = QTimer(self)
        self.timer.setInterval(TICK_MS)
        self.timer.timeout.connect(self._tick)
        self.midnight = QTimer(self)
        self.midnight.setSingleShot(True)
        self.midnight.setTimerType(Qt.TimerType.PreciseTimer)
        self.midnight.timeout.connect(self.check)
        self.known: dict[Any, Reminder] = {}
        self.last_outcome: notify.Outcome | None = None
        self.payment_dialog: PaymentDialog | None = None
        self.quitting = False
        self._last: tuple[datetime, float] | None = None
        self._next: datetime | None = None
        ctx.changed.connect(self._data_changed)

    def _wall_now(self) -> datetime:
        if hasattr(time, "tzset"):
            time.tzset()  # pick up a time-zone change of the system
        return datetime.now().astimezone() + self._offset

    # -- checking ------------------------------------------------------------------------
    def start(self) -> None:
        """Check now and from then on."""
        self.timer.start()
        self.check()

    @Slot()
    def check(self) -> Batch:
        """Deliver what fires now; returns it."""
        if self.ctx.closed:
            return Batch((), False)
        now = self.clock()
        batch = service.check(self.ctx.store, now)
        self._next = service.next_change(self.ctx.store, now)
        self._last = (now, time.monotonic())
        self._arm_midnight(now)
        if batch:
            self._deliver(batch, now)
        self._update_tray(now)
        self.checked.emit(batch)
        return batch

    @Slot()
    def _tick(self) -> None:
        now = self.clock()
        if self._last is None or self._next is None:
            self.check()
            return
        then, mono = self._last
        drift = abs((now - then).total_seconds() - (time.monotonic() - mono))
        jumped = drift > JUMP_SECONDS or now.utcoffset() != then.utcoffset()
        if jumped or now.date() != then.date() or now >= self._next:
            self.check()
        else:
            self._last = (now, time.monotonic())

    def _arm_midnight(self, now: datetime) -> None:
        tomorrow = datetime.combine(now.date() + timedelta(days=1), datetime.min.time())
        wait = (tomorrow.replace(tzinfo=now.tzinfo) - now).total_seconds() + 1
        self.midnight.start(int(min(wait, 86_400) * 1000))

    # -- delivering ----------------------------------------------------------------------
    def _deliver(self, batch: Batch, now: datetime) -> None:
        for r in batch.reminders:
            self.known[r.key] = r
        self.popup.show_reminders(list(batch.reminders))
        service.record_delivered(self.ctx.store, batch.reminders, now, "popup")
        if self.native is not None:
            self.native.post((now, batch.reminders), self.notifications(batch))

    def notifications(self, batch: Batch) -> list[notify.Notification]:
        """The native notifications for ``batch``, in the interface language."""
        opener = ("default", self.tr("Open"))
        if batch.summary:
            title = self.tr("%n payment(s) to look at", "", len(batch.reminders))
            body = "\n".join(texts.title_text(r) for r in batch.reminders)
            urgency = max(r.urgency for r in batch.reminders)
            return [notify.Notification(title, body, urgency, (opener,), "summary")]
        actions = (
            opener,
            ("mark-paid", self.tr("Mark paid")),
            ("snooze", self.tr("Snooze 1 hour")),
        )
        return [
            notify.Notification(texts.title_text(r), texts.body_text(r), r.urgency, actions, r.key)
            for r in batch.reminders
        ]

    @Slot(object, object)
    def _delivered(self, tag: Any, outcome: notify.Outcome) -> None:
        self.last_outcome = outcome
        if self.ctx.closed:
            return
        now, reminders = tag
        if outcome.delivered:
            service.record_delivered(self.ctx.store, reminders, now, "popup+notification")
            return
        self.window.statusBar().showMessage(self.failure_text(outcome), 15_000)
        if self.tray is not None and reminders:
            self.tray.message(self.tr("Debt Tracker"), texts.title_text(reminders[0]))

    def failure_text(self, outcome: notify.Outcome) -> str:
        """A short, translated line on why no desktop notification was shown."""
        why = {
            "unsupported": self.tr("not available on this system yet"),
            "no-bus": self.tr("no desktop session bus"),
            "no-server": self.tr("no notification service is running"),
            "timeout": self.tr("the notification service did not answer"),
        }.get(outcome.cause, self.tr("the notification service refused it"))
        return self.tr(
            "Desktop notification not shown: {why}. The reminder window has it."
        ).format(why=why)

    @Slot(object, str)
    def _action(self, tag: Any, key: str) -> None:
        """An action clicked on a native notification (handed over from the worker)."""
        self.actionReceived.emit(tag, key)
        reminder = self.known.get(tag)
        if key == "mark-paid" and reminder is not None:
            self.mark_paid(reminder)
        elif key == "snooze" and reminder is not None:
            self.snooze(reminder, "hour")
        else:
            self.open_window()
            if reminder is not None:
                self.popup.show_reminders([reminder])

    # -- actions -------------------------------------------------------------------------
    @Slot(object)
    def mark_paid(self, reminder: Reminder) -> None:
        """Open the payment dialog filled in with what settles the due today."""
        self.open_window()
        dialog = PaymentDialog(
            self.ctx, reminder.due.product_id, self.window, amount=reminder.due.owed_today
        )
        self.payment_dialog = dialog
        dialog.open()

    @Slot(object, str)
    def snooze(self, reminder: Reminder, choice: str) -> None:
        now = self.clock()
        service.snooze(self.ctx.store, reminder, now, choice)
        self.popup.remove(reminder.key)
        self._next = service.next_change(self.ctx.store, now)

    @Slot(object)
    def simulate(self, reminder: Reminder) -> None:
        self.open_window()
        if not reminder.due.estimated:  # an estimate has no due to simulate
            self.ctx.simulateDueRequested.emit(reminder.due.due_id)

    @Slot()
    def open_window(self) -> None:
        self.window.showNormal()
        self.window.raise_()
        self.window.activateWindow()

    @Slot()
    def _tray_payment(self) -> None:
        self.open_window()
        PaymentDialog(self.ctx, None, self.window).open()

    @Slot(object)
    def _data_changed(self, change: Change) -> None:
        if self.ctx.closed or not change.touches(RECORD_KINDS | {"today", "settings", "file"}):
            return
        now = self.clock()
        if "file" in change.kinds:
            self.popup.keep_only(set())  # another data file: its ids mean other dues
            self.known.clear()
        else:
            dues = service.open_reminder_dues(self.ctx.store, now.date())
            still = {d.due_id for d in dues if d.state not in ("paid", "revolving")}
            self.popup.keep_only(still & {d.due_id for d in dues if d.amount > 0})
        # A new bill due in two days, new lead days, a new day: may fire now.
        self.check()

    def _update_tray(self, now: datetime) -> None:
        if self.tray is None:
            return
        self.tray.set_count(attention_count(self.ctx, now))

    # -- closing ---------------------------------------------------------------------------
    def keep_in_tray(self) -> bool:
        """Whether closing the window should only hide it (the setting, and a tray)."""
        if self.quitting or self.tray is None:
            return False
        if str(self.ctx.settings.value(CLOSE_TO_TRAY_KEY, "true")).lower() != "true":
            return False
        if str(self.ctx.settings.value(TRAY_NOTICE_KEY, "false")).lower() != "true":
            self.ctx.settings.setValue(TRAY_NOTICE_KEY, "true")
            self.tray.message(
                self.tr("Debt Tracker is still running"),
                self.tr(
                    "It keeps reminding you of due dates from the tray. "
                    "Quit it from the tray menu; Settings can turn this off."
                ),
            )
        return True

    @Slot()
    def quit(self) -> None:
        self.quitting = True
        self.window.close()

    def stop(self) -> None:
        self.timer.stop()
        self.midnight.stop()
        if self.native is not None:
            self.native.stop()
        if self.tray is not None:
            self.tray.icon.hide()
        self.popup.hide()
        if self.quitting and not QGuiApplication.quitOnLastWindowClosed():
            QCoreApplication.quit()  # the tray kept the app alive; Quit ends it


def attach(
    window: Any, clock: Clock | None = None, native: bool = True, start: bool = True
) -> ReminderScheduler:
    """Give the main window its reminders (``window.reminders``) and check once now."""
    scheduler = ReminderScheduler(window.ctx, window, clock, native)
    window.reminders = scheduler
    if start:
        scheduler.start()
    return scheduler


def attention_count(ctx: AppContext, now: datetime) -> int:
    """Dues late or within the longest lead (what the tray counts)."""
    settings = service.settings(ctx.store)
    ahead = max(settings.lead_days, default=0)
    return sum(
        1
        for d in service.open_reminder_dues(ctx.store, now.date())
        if d.state not in ("paid", "revolving") and d.amount > 0
        and (d.due_date - now.date()).days <= ahead
    )  # fmt: skip
