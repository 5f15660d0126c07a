"""``reminderPopup``: the in-app reminder window, non-modal, one card per reminder.

Each card shows the product, what is owed, the minimum, the due date, the days left or
late (and the grace period while it still covers the due), what a day's delay costs, and
the actions Mark paid, Snooze 1 hour, Snooze until tomorrow and Simulate. The popup
never writes: it emits a signal and the scheduler calls the service.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QSize, Qt, Signal
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from tracker.reminders import OpenDue, Reminder
from ui import formatting

Key = tuple[int, object, int]


class ReminderText(QObject):
    """The texts of a reminder, translated (a QObject so that lupdate sees its plurals)."""

    def when(self, r: Reminder) -> str:
        """``due in 3 days`` / ``due today`` / ``due yesterday — still free until …`` /
        ``5 days late``."""
        left = r.days_left
        if left > 1:
            return self.tr("due in %n day(s)", "", left)
        if left == 1:
            return self.tr("due tomorrow")
        if left == 0:
            return self.tr("due today")
        free = r.free_until
        if free is not None:
            return self.tr("due %n day(s) ago — still free until {day}", "", -left).format(
                day=formatting.long_date(free)
            )
        return self.tr("%n day(s) late", "", -left)

    def title(self, r: Reminder) -> str:
        """``花呗: ¥3,245.60 due in 3 days`` (an estimate: ``about …  (estimate)``)."""
        text = self.tr("{product}: {amount} {when}")
        if r.due.estimated:
            text = self.tr("{product}: about {amount} {when} (estimate)")
        return text.format(
            product=r.due.product,
            amount=formatting.money(r.due.amount, r.due.currency),
            when=self.when(r),
        )

    def body(self, r: Reminder) -> str:
        """Due date, minimum, a day's delay: the notification's body (an estimate: what
        it stands on first, and a day's delay as the engine estimates it when it costs
        something)."""
        due = r.due
        lines = [
            self.tr("Due date: {day}").format(day=formatting.long_date(due.due_date)),
            self.tr("Minimum: {amount}").format(
                amount=formatting.money(due.minimum, due.currency)
            ),
        ]
        if due.estimated:
            lines.insert(0, due_what(due))
        if due.penalty:
            lines.append(so_far_text(due))
        if not due.estimated or due.day_cost:
            lines.append(
                self.tr("A day's delay costs {cost}").format(
                    cost=formatting.money(due.day_cost, due.currency)
                )
            )
        return "\n".join(lines)


def due_what(due: OpenDue) -> str:
    """What a due is, as the dashboard's list says it: a bill by its statement date (in
    the interface language), an estimate as the engine's statement with no bill
    recorded, anything else by its own description."""
    if due.estimated and due.statement_date is not None:
        return QCoreApplication.translate(
            "DuesModel", "Statement {date} (estimated: no bill recorded)"
        ).format(date=due.statement_date.isoformat())
    if due.estimated:
        return QCoreApplication.translate(
            "DuesModel", "Late charges after the last instalment (estimated)"
        )
    if due.statement_date is not None:
        return QCoreApplication.translate("DuesModel", "Statement {date}").format(
            date=due.statement_date.isoformat()
        )
    return due.description


def so_far_text(due: OpenDue) -> str:
    """What the account has been charged for being late so far, beside the amount (the
    dashboard's "so far on the whole account"): paying the amount alone leaves it owed."""
    return QCoreApplication.translate(
        "ReminderText", "+ {so_far} so far on the whole account ({total} to pay today)"
    ).format(
        so_far=formatting.money(due.penalty, due.currency),
        total=formatting.money(due.owed_today, due.currency),
    )


def when_text(r: Reminder) -> str:
    return ReminderText().when(r)


def title_text(r: Reminder) -> str:
    return ReminderText().title(r)


def body_text(r: Reminder) -> str:
    return ReminderText().body(r)


class ReminderCard(QFrame):
    """One reminder: its facts and its four buttons."""

    def __init__(self, reminder: Reminder, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.reminder = reminder
        self.setObjectName(f"reminderCard{reminder.due.due_id}")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        layout = QVBoxLayout(self)
        self.title = QLabel(objectName="reminderTitle")
        self.title.setWordWrap(True)
        self.title.setStyleSheet("font-size: 12pt; font-weight: 600;")
        self.when = QLabel(objectName="reminderWhen")
        self.when.setWordWrap(True)
        if reminder.urgency == 2:
            self.when.setStyleSheet("color: #b00020; font-weight: 600;")
        self.details = QLabel(objectName="reminderDetails")
        self.details.setWordWrap(True)
        layout.addWidget(self.title)
        layout.addWidget(self.when)
        layout.addWidget(self.details)
        row = QHBoxLayout()
        self.pay_button = QPushButton(objectName="markPaidButton")
        self.hour_button = QPushButton(objectName="snoozeHourButton")
        self.tomorrow_button = QPushButton(objectName="snoozeTomorrowButton")
        self.simulate_button = QPushButton(objectName="reminderSimulateButton")
        for button in (self.pay_button, self.hour_button, self.tomorrow_button):
            row.addWidget(button)
        row.addStretch(1)
        row.addWidget(self.simulate_button)
        layout.addLayout(row)
        self.retranslate()

    def retranslate(self) -> None:
        r = self.reminder
        money = formatting.money(r.due.amount, r.due.currency)
        if r.due.estimated:
            money = self.tr("about {amount}").format(amount=money)
        self.title.setText(f"{r.due.product} — {money}")
        self.when.setText(
            self.tr("Due {day} — {when}").format(
                day=formatting.long_date(r.due.due_date), when=when_text(r)
            )
        )
        what = due_what(r.due)
        lines = [what] if what else []
        minimum = formatting.money(r.due.minimum, r.due.currency)
        if r.due.state == "overdue":  # past the grace days: on time is no longer possible
            lines.append(self.tr("Late: pay at least {amount} to end it").format(amount=minimum))
        else:
            lines.append(self.tr("Minimum to stay on time: {amount}").format(amount=minimum))
        if r.due.penalty:
            lines.append(so_far_text(r.due))
        if r.due.estimated:
            lines.append(
                self.tr(
                    "Worked out from your charges by the product's rules; "
                    "record the lender's bill to replace it."
                )
            )
        if not r.due.estimated or r.due.day_cost:
            lines.append(
                self.tr("A day's delay costs {cost}").format(
                    cost=formatting.money(r.due.day_cost, r.due.currency)
                )
            )
        self.details.setText("\n".join(lines))
        self.pay_button.setText(self.tr("Mark paid…"))
        self.hour_button.setText(self.tr("Snooze 1 hour"))
        self.tomorrow_button.setText(self.tr("Tomorrow"))
        self.tomorrow_button.setToolTip(self.tr("Remind me again tomorrow at 9:00"))
        self.simulate_button.setText(self.tr("Simulate…"))
        # An estimate has no due of its own to simulate (as the dashboard's row menu).
        self.simulate_button.setVisible(not r.due.estimated)


class ReminderPopup(QDialog):
    """The reminder window (non-modal). ``show_reminders`` adds cards; buttons emit."""

    markPaid = Signal(object)  # Reminder
    snooze = Signal(object, str)  # Reminder, "hour" | "tomorrow"
    simulate = Signal(object)  # Reminder

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("reminderPopup")
        self.setModal(False)
        self.setWindowModality(Qt.WindowModality.NonModal)
        self.setMinimumWidth(480)
        self.cards: dict[Key, ReminderCard] = {}
        layout = QVBoxLayout(self)
        self.heading = QLabel(objectName="reminderHeading")
        self.heading.setStyleSheet("font-size: 13pt; font-weight: 600;")
        self.heading.setWordWrap(True)
        layout.addWidget(self.heading)
        self.scroll = QScrollArea()
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.inner = QWidget()
        self.list = QVBoxLayout(self.inner)
        self.list.addStretch(1)
        self.scroll.setWidget(self.inner)
        layout.addWidget(self.scroll, 1)
        self.close_button = QPushButton(objectName="reminderCloseButton")
        self.close_button.clicked.connect(self.reject)
        layout.addWidget(self.close_button, alignment=Qt.AlignmentFlag.AlignRight)
        self.retranslate()

    def reject(self) -> None:
        """Close (the button, Esc, the title bar): the reminders shown are dismissed."""
        self.keep_only(set())
        super().reject()

    def closeEvent(self, event: QCloseEvent) -> None:
        self.keep_only(set())
        super().closeEvent(event)

    def reminders(self) -> list[Reminder]:
        return [card.reminder for card in self.cards.values()]

    def show_reminders(self, reminders: list[Reminder]) -> None:
        """Add a card for each reminder (a newer one for the same due replaces it)."""
        for r in reminders:
            old = [k for k in self.cards if k[0] == r.due.due_id]
            for key in old:
                self._drop(key)
            card = ReminderCard(r, self.inner)
            card.pay_button.clicked.connect(lambda _=False, x=r: self.markPaid.emit(x))
            card.hour_button.clicked.connect(lambda _=False, x=r: self.snooze.emit(x, "hour"))
            card.tomorrow_button.clicked.connect(
                lambda _=False, x=r: self.snooze.emit(x, "tomorrow")
            )
            card.simulate_button.clicked.connect(lambda _=False, x=r: self.simulate.emit(x))
            self.cards[r.key] = card
            self.list.insertWidget(self.list.count() - 1, card)
        self._update()
        if self.cards:
            self.fit_to(self.screen().availableGeometry().size())
            self.show()
            self.raise_()

    def fit_to(self, area: QSize) -> None:
        """Tall enough for the cards (scrolling beyond), never taller than 85% of ``area``."""
        self.list.activate()  # the cards just added or removed count in the size hint
        wanted = self.inner.sizeHint().height() + 110  # + heading, Close and margins
        self.resize(max(self.width(), 520), max(320, min(wanted, int(area.height() * 0.85))))

    def remove(self, key: Key) -> None:
        """Take one reminder's card away (snoozed or paid); the popup shrinks to fit."""
        self._drop(key)
        self._update()
        if self.cards:
            self.fit_to(self.screen().availableGeometry().size())

    def keep_only(self, due_ids: set[int]) -> None:
        """Remove the cards of dues that are no longer open (paid meanwhile)."""
        gone = [k for k in self.cards if k[0] not in due_ids]
        for key in gone:
            self._drop(key)
        self._update()
        if gone and self.cards:
            self.fit_to(self.screen().availableGeometry().size())

    def _drop(self, key: Key) -> None:
        card = self.cards.pop(key, None)
        if card is not None:
            self.list.removeWidget(card)
            card.deleteLater()

    def _update(self) -> None:
        count = len(self.cards)
        self.heading.setText(self.tr("%n payment(s) to look at", "", count))
        if not count:
            self.hide()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Reminders — Debt Tracker"))
        self.close_button.setText(self.tr("Close"))
        self._update_heading_only()
        for card in self.cards.values():
            card.retranslate()

    def _update_heading_only(self) -> None:
        self.heading.setText(self.tr("%n payment(s) to look at", "", len(self.cards)))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
