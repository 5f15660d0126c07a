"""Parsing whole numbers the user types: days, periods, months, a day of the month."""

from __future__ import annotations

import re

from tracker.bounds import MAX_WHOLE_DIGITS, shown
from tracker.errors import refuse

# ASCII digits only: int() would also take "1_5", "１２" and other Unicode digits.
_WHOLE = re.compile(r"[+-]?[0-9]+", re.ASCII)


def parse_whole(text: str, what: str = "number") -> int:
    """Parse a whole number such as ``"12"`` or ``"-3"`` (surrounding spaces allowed).

    Args:
        text: what the user typed.
        what: the option or field it came from, for the message (``"--days"``).

    Raises:
        InputError: anything but optional sign and ASCII digits, e.g. "1_5" or "１２".
    """
    s = str(text).strip()
    if not _WHOLE.fullmatch(s):
        raise refuse("{what} must be a whole number, not {text!r}", what=what, text=shown(text))
    if len(s.lstrip("+-").lstrip("0")) > MAX_WHOLE_DIGITS:  # before int(): 4,300+ digits fail
        raise refuse(
            "{what} {text!r} is too large (at most {most:,})",
            what=what,
            text=shown(text),
            most=10**MAX_WHOLE_DIGITS - 1,
        )
    return int(s)
