"""Use case: every open due as an iCalendar event with an alarm at each lead day.

The events are all-day on the due date; each alarm rings at 09:00 on the lead day. A
due keeps its UID (the data file's calendar id + the due's id), so importing a newer
export into a phone's calendar updates the events instead of duplicating them.

An account's *estimated* due (the engine's own statement where no bill is recorded:
tracker.service.estimated_dues) is an event too, its summary and description saying it
is an estimate, with a UID of its own — the product and the statement's due date
(``estimate-<product>-<due date>-…``), which never meets a due's ``due-<id>-…``: it stays
the same export after export until the lender's bill is recorded (the bill is then its
own event; the estimate's leaves the file).
"""

from __future__ import annotations

import contextlib
import os
import stat
import tempfile
import uuid
from datetime import date, datetime, timedelta
from pathlib import Path

import icalendar

from tracker.errors import InputError, refuse, write_reason
from tracker.money import format_money
from tracker.reminders import OpenDue, day_text, estimate_product_id, so_far_text
from tracker.service import files
from tracker.service.reminders import open_reminder_dues, settings
from tracker.storage import Store

_CALENDAR_ID = "calendar.id"
#: The hour of the day an alarm rings.
ALARM_HOUR = 9


def calendar_id(store: Store) -> str:
    """This data file's calendar id (made once, kept in the file's settings)."""
    known = store.get_setting(_CALENDAR_ID)
    if known:
        return known
    made = uuid.uuid4().hex
    with store.transaction():
        store.set_setting(_CALENDAR_ID, made)
    return made


def build_calendar(store: Store, today: date, now: datetime) -> icalendar.Calendar:
    """The calendar of every open due on ``today`` (``now`` stamps the events)."""
    cal = icalendar.Calendar()
    cal.add("prodid", "-//Debt Tracker//debt-tracker//EN")
    cal.add("version", "2.0")
    cal.add("x-wr-calname", "Debt Tracker dues")
    leads = settings(store).lead_days
    file_id = calendar_id(store)
    for due in open_reminder_dues(store, today):
        if due.state == "paid" or due.amount <= 0:
            continue
        cal.add_component(_event(due, leads, file_id, now, today))
    return cal


def _event(
    due: OpenDue, leads: tuple[int, ...], file_id: str, now: datetime, today: date
) -> icalendar.Event:
    """The due's event. An overdue one is on ``today`` (the export's day), says since
    when it is late and what settles it, and has one alarm at 09:00 that day — not the
    lead days' "due in 7 days" alarms, all in the past and all wrong."""
    money = format_money(due.amount, due.currency)
    late = due.state == "overdue" and due.due_date < today
    event = icalendar.Event()
    if due.estimated:
        pid = estimate_product_id(due.due_id)
        event.add("uid", f"estimate-{pid}-{due.due_date.isoformat()}-{file_id}@debt-tracker")
        money = f"about {money}"
    else:
        event.add("uid", f"due-{due.due_id}-{file_id}@debt-tracker")
    event.add("dtstamp", now)
    day = today if late else due.due_date
    event.add("dtstart", day)
    event.add("dtend", day + timedelta(days=1))
    mark = " (estimate)" if due.estimated else ""
    if late:
        event.add(
            "summary", f"{due.product}: {money} OVERDUE since {day_text(due.due_date)}{mark}"
        )
    else:
        event.add("summary", f"{due.product}: {money} due{mark}")
    lines = [f"Due {day_text(due.due_date)}: {money}"]
    if late and due.penalty:
        lines.append(so_far_text(due))
    if due.minimum and due.minimum != due.amount:
        lines.append(f"Minimum {format_money(due.minimum, due.currency)}")
    if due.estimated and due.statement_date is not None:
        lines.append(
            f"Estimated: no bill recorded for the {due.statement_date.isoformat()} statement;"
            " worked out from the charges by the product's rules. Record the lender's bill"
            " to replace it."
        )
    elif due.estimated:
        lines.append(
            "Estimated: the late fees or penalty charged after the last instalment, worked"
            " out by the product's rules."
        )
    elif due.description:
        lines.append(due.description)
    event.add("description", "\n".join(lines))
    event.add("transp", "TRANSPARENT")
    if late:
        alarm = icalendar.Alarm()
        alarm.add("action", "DISPLAY")
        alarm.add("description", f"{due.product}: {money} OVERDUE since {day_text(due.due_date)}")
        alarm.add("trigger", timedelta(hours=ALARM_HOUR))
        event.add_component(alarm)
    for lead in () if late else leads:
        alarm = icalendar.Alarm()
        alarm.add("action", "DISPLAY")
        alarm.add("description", f"{due.product}: {money} due {_lead_text(lead)}{mark}")
        # Relative to the start of the all-day event (00:00): 09:00 on the lead day.
        alarm.add("trigger", timedelta(days=-lead, hours=ALARM_HOUR))
        event.add_component(alarm)
    return event


def _cannot_write(folder: Path, exc: OSError) -> InputError:
    return refuse("cannot write a calendar in {folder}: {reason}", folder=folder,
                  reason=write_reason(exc))  # fmt: skip


def _lead_text(lead: int) -> str:
    return {0: "today", 1: "tomorrow"}.get(lead, f"in {lead} days")


def export_calendar(store: Store, path: Path | str, today: date, now: datetime) -> int:
    """Write the calendar to ``path`` (atomically: a temporary file renamed over it).

    Returns:
        The number of events.

    Raises:
        InputError: a missing folder, or a ``path`` that is not a place for it (empty,
            a folder, a device, the data file or its -wal/-shm).
    """
    target = _target(store, path)
    cal = build_calendar(store, today, now)
    folder = target.parent
    if not folder.is_dir():
        if folder.exists():  # a file where the folder should be
            raise refuse("cannot write {path}: {folder} is not a folder", path=Path(path),
                         folder=folder)  # fmt: skip
        raise refuse("folder {folder} does not exist", folder=folder)
    try:
        fd, temp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=folder)
    except OSError as exc:  # a read-only folder, or /proc where files cannot be made
        raise _cannot_write(folder, exc) from None
    try:
        with os.fdopen(fd, "wb") as file:
            file.write(cal.to_ical())
            file.flush()
            os.fsync(file.fileno())
        os.replace(temp, target)
    except OSError as exc:  # the disk filled up, ...: said, not a crash of the caller
        with contextlib.suppress(OSError):
            os.unlink(temp)
        raise _cannot_write(folder, exc) from None
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(temp)
        raise
    return len(cal.walk("VEVENT"))


def _target(store: Store, path: Path | str) -> Path:
    """``path`` with symlinks followed, once it is known not to be the data file."""
    if not str(path).strip():
        raise refuse("the calendar file name is empty")
    given = Path(path)
    target = Path(os.path.realpath(given))
    if target.exists() and not stat.S_ISREG(target.stat().st_mode):
        raise refuse(
            "{given} is not a regular file; give a file name for the calendar", given=given
        )
    files.refuse_own_files(store, target, given)
    return target
