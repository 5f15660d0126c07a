"""Parsing dates the user types; every date in the core is a ``datetime.date``."""

from __future__ import annotations

import calendar
import re
from datetime import date

from tracker.errors import refuse

_ISO = re.compile(r"^([0-9]{4})-([0-9]{1,2})-([0-9]{1,2})$")  # ASCII digits only


def parse_date(text: str, what: str = "date") -> date:
    """Parse ``YYYY-MM-DD``; a wrong day names the month's real length.

    Raises:
        InputError: e.g. "date 2026-02-30 does not exist: February 2026 has 28 days".
    """
    s = str(text).strip()
    m = _ISO.match(s)
    if not m:
        raise refuse(
            "{what} {text!r} is not a date like 2026-12-01 (YYYY-MM-DD)", what=what, text=text
        )
    year, month, day = (int(g) for g in m.groups())
    if not 1900 <= year <= 2200:
        raise refuse(
            "{what} {text!r} has an implausible year {year}", what=what, text=text, year=year
        )
    if not 1 <= month <= 12:
        raise refuse(
            "{what} {text!r} has no month {month} (1–12)", what=what, text=text, month=month
        )
    last = calendar.monthrange(year, month)[1]
    if not 1 <= day <= last:
        raise refuse(
            "{what} {s} does not exist: that month has {last} days",
            what=what,
            s=s,
            last=last,
        )
    return date(year, month, day)
