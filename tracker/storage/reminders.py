"""Storage of reminders: what was delivered or snoozed, and the reminder settings.

The settings live in the ``settings`` table (keys ``reminders.*``) so that the CLI and
the GUI share them; deliveries in the ``reminders`` table. Callers write inside
``store.transaction()``.
"""

from __future__ import annotations

from datetime import date, datetime

from tracker.reminders import (
    DEFAULT_LEADS,
    Delivery,
    ReminderSettings,
    estimate_due_id,
    estimate_product_id,
)
from tracker.storage import rows as stored
from tracker.storage.store import Store

_LEADS = "reminders.lead_days"
_OVERDUE = "reminders.overdue_daily"
_ENABLED = "reminders.enabled"


def list_deliveries(store: Store) -> list[Delivery]:
    """Every stored delivery and snooze, oldest first: the dues' first, then the
    estimated dues' (``estimate_reminders``, keyed by product: their ``due_id`` is
    :func:`tracker.reminders.estimate_due_id` of the product)."""
    rows = store.db.execute(
        "SELECT id, due_id, due_date, lead, delivered_at, snoozed_until, channel"
        " FROM reminders ORDER BY id"
    ).fetchall()
    t = "reminders"
    out = [_delivery(r, t, stored.whole(r[1], t, r[0], "due_id")) for r in rows]
    rows = store.db.execute(
        "SELECT id, product_id, due_date, lead, delivered_at, snoozed_until, channel"
        " FROM estimate_reminders ORDER BY id"
    ).fetchall()
    t = "estimate_reminders"
    out += [
        _delivery(r, t, estimate_due_id(stored.whole(r[1], t, r[0], "product_id"))) for r in rows
    ]
    return out


def _delivery(r: tuple[object, ...], t: str, due_id: int) -> Delivery:
    return Delivery(
        due_id,
        stored.day(r[2], t, r[0], "due_date"),
        stored.whole(r[3], t, r[0], "lead"),
        _time(r[4], r[0], "delivered_at", t),
        _time(r[5], r[0], "snoozed_until", t),
        stored.text(r[6], t, r[0], "channel"),
    )


def record_delivery(
    store: Store, due_id: int, due_date: date, lead: int, at: datetime, channel: str
) -> None:
    """Note that (due, date, lead) was delivered at ``at`` on ``channel`` (an estimated
    due's — ``due_id`` below 0 — by its product)."""
    table, column, key = _where(due_id)
    store.db.execute(
        f"INSERT INTO {table} ({column}, due_date, lead, delivered_at, channel)"
        f" VALUES (?, ?, ?, ?, ?) ON CONFLICT({column}, due_date, lead) DO UPDATE SET"
        " delivered_at = excluded.delivered_at, channel = excluded.channel",
        (key, due_date.isoformat(), lead, at.isoformat(), channel),
    )


def record_snooze(store: Store, due_id: int, due_date: date, lead: int, until: datetime) -> None:
    """Hide (due, date, lead) until ``until`` (an estimated due's by its product)."""
    table, column, key = _where(due_id)
    store.db.execute(
        f"INSERT INTO {table} ({column}, due_date, lead, snoozed_until)"
        f" VALUES (?, ?, ?, ?) ON CONFLICT({column}, due_date, lead) DO UPDATE SET"
        " snoozed_until = excluded.snoozed_until",
        (key, due_date.isoformat(), lead, until.isoformat()),
    )


def _where(due_id: int) -> tuple[str, str, int]:
    """The table, key column and key of a due's reminders: an estimated due (an id
    below 0) has no due row, so it is kept by product."""
    if due_id < 0:
        return "estimate_reminders", "product_id", estimate_product_id(due_id)
    return "reminders", "due_id", due_id


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


def _time(text: object, row_id: object, column: str, table: str = "reminders") -> datetime | None:
    """A stored ISO time (or none); anything else is damage, named with its row."""
    if text is None or text == "":
        return None
    try:
        return datetime.fromisoformat(str(text))
    except ValueError:
        raise stored.bad_row(table, row_id, f"{column} is not a time ({text!r})") from None
