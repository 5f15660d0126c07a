"""Cells to values: amounts straight to minor units (never through float), dates."""

from __future__ import annotations

import re
from datetime import date, datetime

from tracker.errors import refuse
from tracker.money import parse_amount

#: What sources write around a number: currency signs and words, full-width forms.
_NOISE = ("元", "人民币", "CNY", "RMB", "￥", "¥")
_DATE = re.compile(r"^(\d{4})[-/.年](\d{1,2})[-/.月](\d{1,2})日?(?:[ T].*)?$")
_COMPACT = re.compile(r"^(\d{4})(\d{2})(\d{2})(?:\s.*)?$")
#: The common case, read without the general parser: ¥28.16, -8000.00, 12.5
_SIMPLE = re.compile(r"^(-?)[¥￥]?([0-9]{1,10})(?:\.([0-9]{1,2}))?$")


def amount(text: str, *, digits: int = 2, decimal: str = ".", what: str = "amount") -> int:
    """A cell such as ``¥28.16``, ``"8,000.00"``, ``-1,234.5``, ``12,50`` → minor units.

    Args:
        text: the cell, already stripped of padding.
        digits: the currency's minor-unit digits.
        decimal: the decimal separator the source uses ("." or ",").
        what: names the column in a refusal.

    Raises:
        InputError: not a number, too many decimals, badly grouped.
    """
    simple = _SIMPLE.match(text.strip()) if decimal == "." and digits == 2 else None
    if simple:  # exact: whole units × 100 + cents, no Decimal or float needed
        minor = int(simple[2]) * 100 + int((simple[3] or "0").ljust(2, "0"))
        return -minor if simple[1] else minor
    s = text.strip().replace("\u2212", "-").replace("，", ",").replace("．", ".")
    if s.startswith("(") and s.endswith(")"):  # accounting style: (12.00) is negative
        s = "-" + s[1:-1]
    for word in _NOISE:
        s = s.replace(word, "")
    s = s.strip()
    if decimal == ",":
        s = s.replace(".", "").replace(" ", "").replace("\u00a0", "").replace(",", ".")
    return parse_amount(s, digits=digits, what=what)


def optional_amount(text: str, *, digits: int = 2, decimal: str = ".", what: str) -> int:
    """Like :func:`amount`, but an empty cell (or ``/``, ``-``, ``--``) is 0."""
    return (
        0
        if text.strip() in ("", "/", "-", "--")
        else amount(text, digits=digits, decimal=decimal, what=what)
    )


def day(text: str, fmt: str | None = None) -> date:
    """The date in a cell: ``2026-11-03 12:34:56``, ``2026/11/3``, ``20261103``,
    ``2026年11月3日``; or by ``fmt`` (strptime codes, e.g. ``%m/%d/%Y``).

    Raises:
        InputError: not a date (in that format).
    """
    s = text.strip()
    if fmt:
        try:
            return datetime.strptime(s, fmt).date()
        except ValueError:
            raise refuse("date {text!r} does not match {fmt}", text=text, fmt=fmt) from None
    match = _DATE.match(s) or _COMPACT.match(s)
    if match:
        try:
            return date(int(match[1]), int(match[2]), int(match[3]))
        except ValueError:
            pass
    raise refuse("{text!r} is not a date", text=text)


def month_day(text: str, year: int, month: int) -> date:
    """A ``MM/DD`` cell of a statement for ``year``/``month``: a month after the
    statement's own (a December row in a January statement) is in the year before.

    Raises:
        InputError: not MM/DD or not a day of that month.
    """
    match = re.fullmatch(r"(\d{1,2})[/-](\d{1,2})", text.strip())
    if not match:
        raise refuse("{text!r} is not a date like 12/31", text=text)
    m, d = int(match[1]), int(match[2])
    try:
        return date(year - 1 if m > month else year, m, d)
    except ValueError:
        raise refuse("{text!r} is not a date like 12/31", text=text) from None
