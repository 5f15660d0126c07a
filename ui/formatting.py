"""Locale-aware display of money, rates, dates and day counts for the widgets.

Dates: one style per context, in both languages —
- tables, typed fields, file names: ISO ``2026-12-04`` (:func:`iso`; sortable, and what
  the date fields take);
- cards, banners, countdowns, the product header: short with the weekday, ``Fri 4 Dec`` /
  ``12月4日 周五`` (:func:`short_date`; in word-wrapped text through :func:`unbroken`);
- sentences (explanations, reminders, previews): long, ``Friday 4 December 2026`` /
  ``2026年12月4日 星期五`` (:func:`long_date`).
Terms: APR is 年化利率 and EAR 实际年利率, everywhere (DESIGN.md: two different figures).
"""

from __future__ import annotations

from datetime import date
from decimal import ROUND_HALF_UP, Decimal

from PySide6.QtCore import QCoreApplication, QDate, QLocale

from tracker.money import currency as currency_info
from tracker.money import format_money

# How amounts show: ``"symbol"`` (¥1,234.56) or ``"code"`` (CNY 1,234.56).
CURRENCY_DISPLAYS = ("symbol", "code")
#: QSettings key of the choice (Settings → currency display); the window applies it at
#: start, as the settings page is built only when first shown.
CURRENCY_DISPLAY_KEY = "currency_display"
_currency_display = "symbol"


def set_currency_display(display: str) -> None:
    """Choose how :func:`money` shows currencies app-wide (Settings does this)."""
    global _currency_display
    _currency_display = display if display in CURRENCY_DISPLAYS else "symbol"


def currency_display() -> str:
    """The app-wide choice of :func:`set_currency_display` (``"symbol"`` or ``"code"``)."""
    return _currency_display


def money(minor: int, currency: str, display: str | None = None) -> str:
    """``123456, "CNY"`` → ``¥1,234.56``, or ``CNY 1,234.56`` with ``display="code"``.

    Args:
        minor: amount in minor units.
        currency: ISO code.
        display: ``"symbol"`` or ``"code"``; None uses the app-wide choice.
    """
    text = format_money(minor, currency)
    if (display or _currency_display) != "code":
        return text  # both of our languages group digits the same way
    sign = "-" if minor < 0 else ""
    body = text.removeprefix(sign).removeprefix(currency_info(currency).symbol)
    return f"{sign}{currency.upper()} {body}"


def percent(rate: Decimal | None, places: int = 2) -> str:
    """A fraction as a percentage: ``Decimal("0.130342")`` → ``13.03%``; None → ``—``."""
    if rate is None:
        return "—"
    value = (rate * 100).quantize(Decimal(1).scaleb(-places), rounding=ROUND_HALF_UP)
    return f"{value}%"


# One date style per context (STYLE.md, "Dates"): tables and typed fields ISO; cards,
# banners and countdowns the short form with the weekday; sentences the long form.


def iso(day: date | None) -> str:
    """Dates in tables and fields: ISO, sortable and unambiguous in both languages."""
    return day.isoformat() if day else "—"


def short_date(day: date | QDate) -> str:
    """Cards and banners: ``Fri 4 Dec`` / ``12月4日 周五`` (the pattern is translatable)."""
    qday = day if isinstance(day, QDate) else to_qdate(day)
    return QLocale().toString(qday, QCoreApplication.translate("Dates", "ddd d MMM"))


def long_date(day: date | None) -> str:
    """Dates in sentences: ``Friday 4 December 2026`` / ``2026年12月4日 星期五`` — the
    short form's order, spelled out (the pattern is translatable); None → ``—``."""
    if day is None:
        return "—"
    pattern = QCoreApplication.translate("Dates", "dddd d MMMM yyyy")
    return QLocale().toString(to_qdate(day), pattern)


#: Word joiner: no line break on either side of it (Unicode UAX #14, class WJ).
_JOIN = "\u2060"


def unbroken(text: str) -> str:
    """``text`` that a word-wrapped label never breaks across lines ("12月4日 周五"):
    spaces become no-break spaces and a word joiner sits between the characters (CJK
    text may otherwise break between any two of them). Both are invisible."""
    return _JOIN.join(text.replace(" ", "\u00a0"))


def keep_terms(text: str, *terms: str) -> str:
    """``text`` with each CJK one of ``terms`` made :func:`unbroken` (a word-wrapped
    label would otherwise split 实际年利率 into 实际年 / 利率); Latin ones wrap at spaces
    anyway and are left as they are."""
    for term in sorted(terms, key=len, reverse=True):
        if term and not term.isascii():
            text = text.replace(term, unbroken(term))
    return text


def shown_text(text: str) -> str:
    """``text`` without :func:`unbroken`'s joiners (for comparing, copying)."""
    return text.replace(_JOIN, "").replace("\u00a0", " ")


def to_qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def from_qdate(day: QDate) -> date:
    return date(day.year(), day.month(), day.day())


def days_text(days_until: int, days_late: int) -> str:
    """``in 3 days`` / ``due today`` / ``5 days late``, translated."""
    # Spelled out (no ``tr = ...`` alias): lupdate only recognises the full call.
    if days_late > 0:
        return QCoreApplication.translate("Days", "%n day(s) late", "", days_late)
    if days_until == 0:
        return QCoreApplication.translate("Days", "due today")
    return QCoreApplication.translate("Days", "in %n day(s)", "", days_until)


#: Punctuation that ends a sentence without needing a space after it (CJK full stops).
_WIDE_ENDS = ("。", "！", "？", "）", "」", "”")


def sentences(*parts: str) -> str:
    """Join translated sentences: a space after English ones, none after "。" and kin."""
    out = ""
    for part in (p for p in parts if p):
        if out and not out.endswith(_WIDE_ENDS):
            out += " "
        out += part
    return out
