"""Storage of reminders: what was delivered or snoozed, and the reminder settings.

The settings live in the ``settings`` table (keys ``reminders.*``) so that the CLI and
the GUI share them; deliveries in the ``reminders`` table. Callers write inside
``store.transaction()``.
"""

from __future__ import annotations

from datetime import date, datetime

from tracker.reminders import DEFAULT_LEADS, Delivery, ReminderSettings
from tracker.storage.store import Store

_LEADS = "reminders.lead_days"
_OVERDUE = "reminders.overdue_daily"
_ENABLED = "reminders.enabled"


def list_deliveries(store: Store) -> list[Delivery]:
    """Every stored delivery and snooze, oldest first."""
    rows = store.db.execute(
        "SELECT due_id, due_date, lead, delivered_at, snoozed_until, channel"
        " FROM reminders ORDER BY id"
    ).fetchall()
    return [
        Delivery(r[0], date.fromisoformat(r[1]), r[2], _time(r[3]), _time(r[4]), r[5])
        for r in rows
    ]


def record_delivery(
    store: Store, due_id: int, due_date: date, lead: int, at: datetime, channel: str
) -> None:
    """Note that (due, date, lead) was delivered at ``at`` on ``channel``."""
    store.db.execute(
        "INSERT INTO reminders (due_id, due_date, lead, delivered_at, channel)"
        " VALUES (?, ?, ?, ?, ?) ON CONFLICT(due_id, due_date, lead) DO UPDATE SET"
        " delivered_at = excluded.delivered_at, channel = excluded.channel",
        (due_id, due_date.isoformat(), lead, at.isoformat(), channel),
    )


def record_snooze(store: Store, due_id: int, due_date: date, lead: int, until: datetime) -> None:
    """Hide (due, date, lead) until ``until``."""
    store.db.execute(
        "INSERT INTO reminders (due_id, due_date, lead, snoozed_until)"
        " VALUES (?, ?, ?, ?) ON CONFLICT(due_id, due_date, lead) DO UPDATE SET"
        " snoozed_until = excluded.snoozed_until",
        (due_id, due_date.isoformat(), lead, until.isoformat()),
    )


def load_settings(store: Store) -> ReminderSettings:
    """The stored reminder settings (defaults where none are stored)."""
    leads_text = store.get_setting(_LEADS)
    leads = DEFAULT_LEADS
    if leads_text is not None:
        leads = tuple(int(part) for part in leads_text.split(",") if part.strip())
    return ReminderSettings(
        lead_days=leads,
        overdue_daily=store.get_setting(_OVERDUE, "1") == "1",
        enabled=store.get_setting(_ENABLED, "1") == "1",
    )


def save_settings(store: Store, settings: ReminderSettings) -> None:
    """Store the reminder settings (inside a transaction)."""
    store.set_setting(_LEADS, ",".join(str(lead) for lead in settings.lead_days))
    store.set_setting(_OVERDUE, "1" if settings.overdue_daily else "0")
    store.set_setting(_ENABLED, "1" if settings.enabled else "0")


def _time(text: str | None) -> datetime | None:
    return datetime.fromisoformat(text) if text else None
