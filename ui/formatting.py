"""Locale-aware display of money, rates, dates and day counts for the widgets."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from PySide6.QtCore import QCoreApplication, QDate, QLocale

from tracker.money import format_money


def money(minor: int, currency: str) -> str:
    """``123456, "CNY"`` → ``¥1,234.56`` (both of our languages group the same way)."""
    return format_money(minor, currency)


def percent(rate: Decimal | None, places: int = 2) -> str:
    """A fraction as a percentage: ``Decimal("0.130342")`` → ``13.03%``; None → ``—``."""
    if rate is None:
        return "—"
    value = (rate * 100).quantize(Decimal(1).scaleb(-places))
    return f"{value}%"


def iso(day: date | None) -> str:
    """Dates in tables: ISO, sortable and unambiguous in both languages."""
    return day.isoformat() if day else "—"


def long_date(day: date) -> str:
    """Dates in sentences, in the interface language (``Dec 4, 2026`` / ``2026年12月4日``)."""
    return QLocale().toString(QDate(day.year, day.month, day.day), QLocale.FormatType.LongFormat)


def to_qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def from_qdate(day: QDate) -> date:
    return date(day.year(), day.month(), day.day())


def days_text(days_until: int, days_late: int) -> str:
    """``in 3 days`` / ``due today`` / ``5 days late``, translated."""
    tr = QCoreApplication.translate
    if days_late > 0:
        return tr("Days", "%n day(s) late", "", days_late)
    if days_until == 0:
        return tr("Days", "due today")
    return tr("Days", "in %n day(s)", "", days_until)
