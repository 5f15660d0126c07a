"""The reminder engine: which due-date reminders fire now (pure; the clock is a parameter).

A reminder is a (due, lead) pair: ``lead`` is how many days before the due date it is
for (7, 3, 1 and 0 by default), negative for the days after it (overdue: one a day while
the minimum is unpaid). It fires from the start of the local day ``due_date - lead``.

Rules:

- each (due, lead) fires once; a delivered one never fires again;
- a snoozed one comes back when its snooze ends, once;
- only the latest lead that has come counts: a due recorded two days before its date
  gets one reminder now (its 3-day lead), not the 7-day one as well; a lead that was
  passed over never fires later;
- a paid due, or one whose minimum was met after its date (revolving), fires nothing more;
- an *estimated* due (what the account engine's own statement holds where no bill is
  recorded: tracker.service.estimated_dues) has no due row: it is keyed by its product
  (``due_id`` :func:`estimate_due_id`, below 0) and its statement's due date, which stay
  the same until a bill is recorded. The recorded bill of that product and due date
  *replaces* it: what was delivered or snoozed for the estimate at a lead counts as the
  bill's, so the bill does not fire that lead again (it fires its next lead, with the
  lender's figures); a bill with another due date is another reminder;
- when the computer was off, the leads that came meanwhile were not delivered on their
  day: if more than one reminder fires and one of them is late like that, the batch is
  a *summary* (one notification for all, not a flood); so is any batch of more than
  :data:`SUMMARY_OVER` reminders.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from tracker.ledger import State
from tracker.money import format_money

#: Default lead days: a week ahead, three days, the day before and the due day itself.
DEFAULT_LEADS: tuple[int, ...] = (7, 3, 1, 0)
#: More reminders than this at once are delivered as one summary.
SUMMARY_OVER = 3
#: The longest lead that may be set, days.
MAX_LEAD = 60


@dataclass(frozen=True)
class ReminderSettings:
    """What the user asked to be reminded of (stored in the data file).

    ``lead_days``: days before a due date, each ≥ 0; ``overdue_daily``: one reminder a
    day while a due is late; ``enabled``: False silences every reminder.
    """

    lead_days: tuple[int, ...] = DEFAULT_LEADS
    overdue_daily: bool = True
    enabled: bool = True


def estimate_due_id(product_id: int) -> int:
    """The reminder key of product ``product_id``'s estimated due (it has no due row):
    below 0, so it never meets a due's id (as the dashboard's dues table keys it)."""
    return -product_id


def estimate_product_id(due_id: int) -> int:
    """The product of an estimated due's reminder key (:func:`estimate_due_id`)."""
    return -due_id


#: What an estimated due of an account with no bills (pay-in-N, a loan) holds: the late
#: fees or penalty charged after its last instalment (its ``description``; its
#: ``statement_date`` is None: no statement of the lender's is missing).
LATE_CHARGES = "late charges after the last instalment (estimated)"


@dataclass(frozen=True)
class OpenDue:
    """One due as the reminders see it (amounts minor units, dates local).

    ``amount`` is what is still owed, ``minimum`` what is still needed to stay out of
    overdue, ``day_cost`` what paying one day later than the best date costs
    (penalty, interest, late fee), ``state`` the ledger's state name on the day it was
    computed, ``penalty`` the overdue cost so far (paying today costs ``amount`` +
    ``penalty``). ``statement_date`` is set for a bill, which the GUI names by it in
    its own language rather than by the stored English ``description``; for an
    estimated due (:attr:`estimated`) it is the engine's statement's date,
    ``day_cost`` the engine's estimate and ``penalty`` 0 (what it so far holds is in
    ``amount``).
    """

    due_id: int
    product: str
    currency: str
    due_date: date
    amount: int
    minimum: int
    state: State
    grace_days: int = 0
    day_cost: int = 0
    product_id: int = 0
    description: str = ""
    penalty: int = 0
    statement_date: date | None = None

    @property
    def estimated(self) -> bool:
        """The engine's own statement with no bill recorded (:func:`estimate_due_id`)."""
        return self.due_id < 0

    @property
    def owed_today(self) -> int:
        """What settles this due today, the overdue cost so far included (minor units)."""
        return self.amount + self.penalty


@dataclass(frozen=True)
class Delivery:
    """What was done with one (due, lead): delivered when and how, snoozed until when.

    Datetimes are aware. ``due_date`` is the due's date when it was delivered: a due
    moved to another date is a new reminder.
    """

    due_id: int
    due_date: date
    lead: int
    delivered_at: datetime | None = None
    snoozed_until: datetime | None = None
    channel: str = ""


@dataclass(frozen=True)
class Reminder:
    """A reminder that fires now. ``today`` is the local day it was decided on."""

    due: OpenDue
    lead: int
    today: date

    @property
    def key(self) -> tuple[int, date, int]:
        return (self.due.due_id, self.due.due_date, self.lead)

    @property
    def fire_day(self) -> date:
        """The local day this reminder was for."""
        return self.due.due_date - timedelta(days=self.lead)

    @property
    def missed(self) -> bool:
        """Its day passed before it could be delivered (e.g. the computer was off)."""
        return self.fire_day < self.today

    @property
    def days_left(self) -> int:
        """Days until the due date; negative once late."""
        return (self.due.due_date - self.today).days

    @property
    def free_until(self) -> date | None:
        """The last day the grace period still covers, while the due is late within it."""
        if self.days_left < 0 and self.due.state == "in_grace":
            return self.due.due_date + timedelta(days=self.due.grace_days)
        return None

    @property
    def urgency(self) -> int:
        """0 low (days ahead), 1 normal (tomorrow, today, in grace), 2 critical (late)."""
        if self.days_left < 0 and self.free_until is None:
            return 2
        return 1 if self.days_left <= 1 else 0


@dataclass(frozen=True)
class Batch:
    """What fires now; ``summary``: deliver it as one notification listing them all."""

    reminders: tuple[Reminder, ...]
    summary: bool

    def __bool__(self) -> bool:
        return bool(self.reminders)


def current_lead(due: OpenDue, settings: ReminderSettings, today: date) -> int | None:
    """The lead whose day has come most recently for ``due`` on ``today`` (None: none)."""
    until = (due.due_date - today).days
    if until < 0:
        late = due.state in ("in_grace", "overdue")
        return until if late and settings.overdue_daily else None
    leads = [lead for lead in settings.lead_days if lead >= until]
    return min(leads) if leads else None


def due_now(
    dues: Iterable[OpenDue],
    deliveries: Iterable[Delivery],
    settings: ReminderSettings,
    now: datetime,
) -> Batch:
    """Decide which reminders fire at ``now``.

    Args:
        dues: the dues of active products (paid ones are skipped).
        deliveries: every stored delivery/snooze record.
        settings: lead days and the overdue rule.
        now: the current time, aware, in the local time zone (its date is "today").

    Returns:
        A :class:`Batch` in due-date order.
    """
    if now.tzinfo is None:
        raise ValueError("now must be an aware datetime")
    if not settings.enabled:
        return Batch((), False)
    today = now.date()
    deliveries = tuple(deliveries)
    done = {(d.due_id, d.due_date, d.lead): d for d in deliveries}
    # A snooze quiets the due, not only the one lead it was given on: new lead days
    # (or a new day's lead) must not bring it back before the time the user chose.
    snoozed = {
        (d.due_id, d.due_date) for d in deliveries if d.snoozed_until and d.snoozed_until > now
    }
    fired: list[Reminder] = []
    for due in dues:
        if due.state in ("paid", "revolving") or due.amount <= 0:
            continue
        keys = _keys(due)
        if any(key in snoozed for key in keys):
            continue
        lead = current_lead(due, settings, today)
        if lead is None:
            continue
        if all(_fires(done.get((*key, lead)), now) for key in keys):
            fired.append(Reminder(due, lead, today))
    fired.sort(key=lambda r: (r.due.due_date, r.due.due_id))
    many = len(fired) > SUMMARY_OVER
    summary = many or (len(fired) > 1 and any(r.missed for r in fired))
    return Batch(tuple(fired), summary)


def _keys(due: OpenDue) -> tuple[tuple[int, date], ...]:
    """The (due id, due date) its deliveries are recorded under: a bill's own, and the
    estimate of its product and due date that it replaced."""
    if due.statement_date is not None and not due.estimated and due.product_id:
        return ((due.due_id, due.due_date), (estimate_due_id(due.product_id), due.due_date))
    return ((due.due_id, due.due_date),)


def _fires(record: Delivery | None, now: datetime) -> bool:
    if record is None:
        return True
    if record.snoozed_until is not None:
        if record.snoozed_until > now:
            return False
        return record.delivered_at is None or record.delivered_at < record.snoozed_until
    return record.delivered_at is None


def next_change(deliveries: Iterable[Delivery], now: datetime) -> datetime:
    """When the answer of :func:`due_now` can next change by itself: the next snooze to
    end, or the next local midnight (a new day brings new leads)."""
    midnight = datetime.combine(now.date() + timedelta(days=1), datetime.min.time(), now.tzinfo)
    ends = [d.snoozed_until for d in deliveries if d.snoozed_until and d.snoozed_until > now]
    return min([midnight, *ends])


def snooze_until(now: datetime, choice: str) -> datetime:
    """The end of a snooze: ``"hour"`` one hour from ``now``; ``"tomorrow"`` 09:00 the
    next local day."""
    if choice == "hour":
        return now + timedelta(hours=1)
    if choice == "tomorrow":
        nine = datetime.min.time().replace(hour=9)
        return datetime.combine(now.date() + timedelta(days=1), nine, now.tzinfo)
    raise ValueError(f"unknown snooze {choice!r}")


# -- English text (the CLI and notifications sent by it; the GUI translates its own) ----
def when_text(reminder: Reminder) -> str:
    """ "due in 3 days", "due today", "due yesterday — still free until Fri 4 Dec",
    "5 days late"."""
    left = reminder.days_left
    if left > 1:
        return f"due in {left} days"
    if left == 1:
        return "due tomorrow"
    if left == 0:
        return "due today"
    free = reminder.free_until
    if free is not None:
        ago = "yesterday" if left == -1 else f"{-left} days ago"
        return f"due {ago} — still free until {day_text(free)}"
    return "1 day late" if left == -1 else f"{-left} days late"


def day_text(day: date) -> str:
    """``Fri 4 Dec`` (English, independent of the process locale)."""
    names = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")
    months = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
    return f"{names[day.weekday()]} {day.day} {months[day.month - 1]}"


def reminder_title(reminder: Reminder) -> str:
    """One line: product, amount, when. ``花呗: ¥3,245.60 due in 3 days``."""
    due = reminder.due
    money = format_money(due.amount, due.currency)
    if due.estimated:
        return f"{due.product}: about {money} {when_text(reminder)} (estimate)"
    return f"{due.product}: {money} {when_text(reminder)}"


def reminder_body(reminder: Reminder) -> str:
    """The details: due date, minimum, what a day's delay costs (an estimate: what it
    stands on)."""
    due = reminder.due
    parts = [f"Due date {due.due_date.isoformat()} ({day_text(due.due_date)})"]
    if due.estimated and due.statement_date is not None:
        parts.insert(0, f"Estimated: no bill recorded for the {due.statement_date} statement")
    elif due.estimated:
        parts.insert(0, "Estimated: late charges after the last instalment")
    if due.minimum and due.minimum != due.amount:
        parts.append(f"minimum {format_money(due.minimum, due.currency)}")
    if due.penalty:
        parts.append(so_far_text(due))
    if due.day_cost:
        parts.append(f"a day's delay costs {format_money(due.day_cost, due.currency)}")
    return "; ".join(parts)


def so_far_text(due: OpenDue) -> str:
    """``+ ¥3.71 so far on the whole account (¥867.91 to pay today)``: the dashboard's
    "so far on the whole account", which paying only the amount leaves owed."""
    return (
        f"+ {format_money(due.penalty, due.currency)} so far on the whole account "
        f"({format_money(due.owed_today, due.currency)} to pay today)"
    )


def summary_title(batch: Batch) -> str:
    """``4 payments need attention`` for a summary batch."""
    return f"{len(batch.reminders)} payments need attention"


def summary_body(reminders: Sequence[Reminder]) -> str:
    """One line per reminder (product, amount, when, due date)."""
    return "\n".join(f"{reminder_title(r)} ({r.due.due_date.isoformat()})" for r in reminders)
