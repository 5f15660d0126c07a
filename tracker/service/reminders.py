"""Use cases of reminders: what fires now, delivering it, snoozing, the settings, the
calendar. Shared by ``debt-tracker-cli remind``/``calendar`` and the GUI."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import date, datetime

from tracker import notify, reminder_text
from tracker import reminders as engine
from tracker.errors import refuse
from tracker.ledger import State
from tracker.reminders import Batch, Reminder, ReminderSettings
from tracker.service import estimated_dues
from tracker.service.dues import DueView, day_cost, open_views
from tracker.service.estimated_dues import EstimatedDue
from tracker.storage import Store
from tracker.storage import reminders as saved


def open_reminder_dues(store: Store, today: date) -> list[engine.OpenDue]:
    """Every open due of active products (:func:`tracker.service.dues.open_views`: the
    paid ones left out fire nothing) as the engine sees it on ``today``, without what a
    day's delay costs (``day_cost`` 0): that plays the account engine twice per unpaid
    due, years of future instalments included, so :func:`check` adds it only to the
    reminders that fire. Then each account's estimated due (the engine's own statement
    where no bill is recorded: :mod:`tracker.service.estimated_dues`, worked out once
    per revision of the file) late or due within the longest lead there can be, keyed
    by its product (:func:`tracker.reminders.estimate_due_id`)."""
    found = [_open_due(v) for v in open_views(store, today)]
    ahead = estimated_dues.estimated_dues(store, today, engine.MAX_LEAD)
    return found + [open_estimate(e, today) for e in ahead]


def open_estimate(e: EstimatedDue, today: date) -> engine.OpenDue:
    """An estimated due as the reminders see it: its state from its statement's due
    date, grace and days past due (as a due's: late once past the grace days unpaid;
    past them and not late, its minimum was met — it revolves and fires nothing more);
    no penalty (what the account holds so far is in its amount) and no day cost yet
    (:func:`check` adds the engine's estimate of it to those that fire)."""
    until = (e.due_date - today).days
    state: State
    if until > 0:
        state = "upcoming"
    elif until == 0:
        state = "due_today"
    elif -until <= e.product.grace_days and e.minimum > 0:
        state = "in_grace"  # (its days past due count from the due date, as a due's)
    elif e.days_past_due > 0:
        state = "overdue"
    else:
        state = "revolving"
    return engine.OpenDue(
        due_id=engine.estimate_due_id(e.product.saved_id),
        product=e.product.name,
        currency=e.product.currency,
        due_date=e.due_date,
        amount=e.amount,
        minimum=e.minimum,
        state=state,
        grace_days=e.product.grace_days,
        product_id=e.product.saved_id,
        description=engine.LATE_CHARGES
        if e.after_last_instalment
        else f"statement of {e.statement_date.isoformat()} (estimated: no bill recorded)",
        # (None: no statement of the lender's is missing; named by ``description``)
        statement_date=None if e.after_last_instalment else e.statement_date,
    )


def _open_due(view: DueView, day_cost: int = 0) -> engine.OpenDue:
    return engine.OpenDue(
        due_id=view.due.id,
        product=view.product.name,
        currency=view.product.currency,
        due_date=view.due.due_date,
        amount=view.amount,
        minimum=view.minimum,
        state=view.status.state_name,
        grace_days=view.product.grace_days,
        day_cost=day_cost,
        product_id=view.product.id or 0,
        description=view.due.description,
        penalty=view.penalty_so_far,
        statement_date=view.due.statement_date if view.due.kind == "bill" else None,
    )


def check(store: Store, now: datetime) -> Batch:
    """The reminders that fire at ``now`` (aware, local), each with what a day's delay
    costs on its due; reads only."""
    today = now.date()
    batch = engine.due_now(
        open_reminder_dues(store, today),
        saved.list_deliveries(store),
        saved.load_settings(store),
        now,
    )
    views = {v.due.id: v for v in open_views(store, today)}  # the same ledger run
    estimates = {
        engine.estimate_due_id(e.product.saved_id): e
        for e in estimated_dues.estimated_dues(store, today, engine.MAX_LEAD)
    }  # (worked out once per revision: open_reminder_dues asked already)

    def priced(r: engine.Reminder) -> engine.Reminder:
        if r.due.estimated:
            e = estimates.get(r.due.due_id)
            cost = 0 if e is None else estimated_dues.day_cost(store, e, today)
            return replace(r, due=replace(r.due, day_cost=cost))
        view = views[r.due.due_id]
        return replace(r, due=_open_due(view, day_cost(store, view, today)))

    return replace(batch, reminders=tuple(priced(r) for r in batch.reminders))


def next_change(store: Store, now: datetime) -> datetime:
    """When :func:`check` can next give a new answer by itself (snooze end, midnight)."""
    return engine.next_change(saved.list_deliveries(store), now)


def record_delivered(
    store: Store, reminders: Sequence[Reminder], now: datetime, channel: str
) -> None:
    """Note that ``reminders`` reached the user at ``now`` on ``channel`` (one transaction)."""
    with store.transaction():
        for r in reminders:
            saved.record_delivery(store, r.due.due_id, r.due.due_date, r.lead, now, channel)


def snooze(store: Store, reminder: Reminder, now: datetime, choice: str) -> datetime:
    """Hide a reminder until an hour from now (``"hour"``) or tomorrow 09:00
    (``"tomorrow"``); returns when it comes back."""
    until = engine.snooze_until(now, choice)
    with store.transaction():
        due = reminder.due
        saved.record_snooze(store, due.due_id, due.due_date, reminder.lead, until)
    return until


# -- settings ----------------------------------------------------------------------
def settings(store: Store) -> ReminderSettings:
    """The reminder settings stored in the data file."""
    return saved.load_settings(store)


def parse_lead_days(text: str) -> tuple[int, ...]:
    """``"7, 3, 1, 0"`` → (7, 3, 1, 0), largest first, no repeats.

    Raises:
        InputError: (field ``lead_days``) not whole numbers from 0 to 60.
    """
    leads: set[int] = set()
    for part in text.replace("，", ",").split(","):
        part = part.strip()
        if not part:
            continue
        if not part.isdigit() or int(part) > engine.MAX_LEAD:
            raise refuse(
                "reminder days must be whole numbers from 0 to {most}, not {part!r}",
                field="lead_days",
                most=engine.MAX_LEAD,
                part=part,
            )
        leads.add(int(part))
    return tuple(sorted(leads, reverse=True))


def save_settings(
    store: Store, lead_days: str, overdue_daily: bool, enabled: bool = True
) -> ReminderSettings:
    """Store the reminder settings (lead days as typed, e.g. ``"7, 3, 1, 0"``)."""
    new = ReminderSettings(parse_lead_days(lead_days), overdue_daily, enabled)
    with store.transaction():
        saved.save_settings(store, new)
    return new


# -- remind (for OS schedulers) ----------------------------------------------------
@dataclass(frozen=True)
class RemindResult:
    """What ``remind`` found and did: ``channel`` "notification" when delivered, ""
    when not (``reason`` says why)."""

    batch: Batch
    channel: str
    reason: str


def notifications(batch: Batch, lang: str = "en") -> list[notify.Notification]:
    """The native notifications for a batch in ``lang``: one summary, or one each."""
    if batch.summary:
        urgency = max(r.urgency for r in batch.reminders)
        body = reminder_text.summary_body(batch.reminders, lang)
        return [notify.Notification(reminder_text.summary_title(batch, lang), body, urgency)]
    return [
        notify.Notification(reminder_text.title(r, lang), reminder_text.body(r, lang), r.urgency)
        for r in batch.reminders
    ]


def language(store: Store) -> str:
    """The language the app was last used in (kept in the data file; "en" before any)."""
    lang = store.get_setting(reminder_text.LANGUAGE_SETTING, "en") or "en"
    return lang if lang in reminder_text.LANGUAGES else "en"


def remember_language(store: Store, lang: str) -> None:
    """Keep the app's interface language in the data file, for ``remind`` (which runs
    without the app); nothing is written when it is already there."""
    if lang not in reminder_text.LANGUAGES or language(store) == lang:
        return
    with store.transaction():
        store.set_setting(reminder_text.LANGUAGE_SETTING, lang)


def remind(
    store: Store, now: datetime, *, dry_run: bool = False, timeout: float = notify.TIMEOUT
) -> RemindResult:
    """Deliver the reminders that fire now as native notifications and record them.

    With ``dry_run`` nothing is sent or recorded. When nothing could be delivered, the
    reminders stay unrecorded (the app will show them) and ``reason`` says why.
    """
    batch = check(store, now)
    if dry_run or not batch:
        return RemindResult(batch, "", "dry run: nothing delivered" if dry_run and batch else "")
    outcome = notify.send(notifications(batch, language(store)), timeout)
    if not outcome.delivered:
        return RemindResult(batch, "", outcome.reason)
    shown = batch.reminders if batch.summary else batch.reminders[: len(outcome.delivered)]
    record_delivered(store, shown, now, "notification")
    return RemindResult(batch, "notification", outcome.reason)
