"""CLI commands ``remind`` (for OS schedulers) and ``calendar`` (an .ics of open dues)."""

from __future__ import annotations

import argparse
import sys
from datetime import date, datetime
from pathlib import Path
from typing import Any

from tracker import reminders as engine
from tracker.cli.store_access import with_store
from tracker.errors import InputError
from tracker.money import currency, plain
from tracker.service import calendar
from tracker.service import reminders as service


def add_parsers(cmds: argparse._SubParsersAction) -> None:
    """``remind [--dry-run]`` and ``calendar -o FILE.ics``."""
    remind = cmds.add_parser("remind", help="deliver due reminders now (for OS schedulers)")
    remind.add_argument(
        "--dry-run", action="store_true", help="print what would be delivered; send nothing"
    )
    cal = cmds.add_parser("calendar", help="open dues as iCalendar events with alarms")
    cal.add_argument("-o", "--output", required=True, help="the .ics file to write")


def now_on(today: date) -> datetime:
    """The current local time, on ``today``'s date when ``--today`` moved it."""
    now = datetime.now().astimezone()
    return now if now.date() == today else datetime.combine(today, now.timetz())


def cmd_remind(args: argparse.Namespace, today: date) -> Any:
    now = now_on(today)
    result = with_store(args, lambda s: service.remind(s, now, dry_run=args.dry_run))
    channel = result.channel or "none"
    rows = [
        {
            "product": r.due.product,
            "amount": plain(r.due.amount, currency(r.due.currency).digits),
            "currency": r.due.currency,
            "due_date": r.due.due_date.isoformat(),
            "lead_days": r.lead,
            "channel": channel,
            "text": f"{engine.reminder_title(r)} ({r.due.due_date.isoformat()})",
        }
        for r in result.batch.reminders
    ]
    if args.json:
        if result.reason:
            print(f"debt-tracker-cli: {result.reason}", file=sys.stderr)
        return rows
    lines = [row["text"] for row in rows] or ["no reminders due now"]
    if rows and result.channel:
        how = "as one summary notification" if result.batch.summary else "as notifications"
        lines.append(f"delivered {how}")
    if result.reason:
        lines.append(result.reason)
    return {"text": "\n".join(lines)}


def cmd_calendar(args: argparse.Namespace, today: date) -> Any:
    if not args.output.strip():
        raise InputError("-o needs a file name for the calendar")
    path = Path(args.output)
    now = now_on(today)
    count = with_store(args, lambda s: calendar.export_calendar(s, path, today, now))
    return {"saved": "calendar", "file": str(path), "events": count}
