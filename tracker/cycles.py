"""Billing cycles: statement dates, due dates and the cycle a purchase falls into.

Conventions:
    - A statement day of 29–31 is clamped to the month's end (31 → 30 April, 28/29 Feb).
    - A cycle is the half-open interval (previous statement, statement]: a purchase made
      ON the statement day is billed on that statement; the day after goes to the next.
    - ``offset_days`` → due = statement + due_days (0–60, as products.validate allows);
      ``day_of_month`` → the first date strictly after the statement whose day is
      due_days, clamped to that month's end.
"""

from __future__ import annotations

import calendar
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

from tracker.errors import refuse

DUE_RULES = ("offset_days", "day_of_month")
MAX_OFFSET_DAYS = 60


@dataclass(frozen=True)
class CycleRule:
    """When a product's statements close and when they fall due.

    Attributes:
        statement_day: 1–31; clamped to the month's end.
        due_rule: ``offset_days`` or ``day_of_month``.
        due_days: [days] 0–60 after the statement (offset_days), or the day of the
            month 1–31 (day_of_month).
    """

    statement_day: int
    due_rule: str
    due_days: int

    def __post_init__(self) -> None:
        _validate(self)

    @classmethod
    def from_product(cls, product: Any) -> CycleRule:
        """Build the rule from a product.

        Args:
            product: anything with ``statement_day``, ``due_rule`` and ``due_days``
                (normally a :class:`tracker.products.Product`).

        Returns:
            The validated :class:`CycleRule`.
        """
        return cls(product.statement_day, product.due_rule, product.due_days)


def _validate(rule: CycleRule) -> None:
    for name in ("statement_day", "due_days"):
        value = getattr(rule, name)
        if isinstance(value, bool) or not isinstance(value, int):
            raise refuse("{name} must be a whole number, not {value!r}", name=name, value=value)
    if not 1 <= rule.statement_day <= 31:
        raise refuse(
            "statement_day must be 1–31, not {value}",
            value=rule.statement_day,
        )
    if rule.due_rule not in DUE_RULES:
        raise refuse(
            "due_rule must be one of {known}, not {value!r}",
            known=", ".join(DUE_RULES),
            value=rule.due_rule,
        )
    if rule.due_rule == "offset_days" and not 0 <= rule.due_days <= MAX_OFFSET_DAYS:
        raise refuse(
            "due_days must be 0–{most_days} days after the statement, not {value}",
            most_days=MAX_OFFSET_DAYS,
            value=rule.due_days,
        )
    if rule.due_rule == "day_of_month" and not 1 <= rule.due_days <= 31:
        raise refuse(
            "due_days must be a day of the month 1–31, not {value}",
            value=rule.due_days,
        )


def _day_in_month(year: int, month: int, day: int, months_later: int = 0) -> date:
    # Day N of the month ``months_later`` after (year, month), clamped to the month's
    # end: relativedelta(months=k, day=N)'s rule, without building one (the account
    # engine asks this for every statement it makes).
    y, m = divmod(year * 12 + month - 1 + months_later, 12)
    return date(y, m + 1, min(day, calendar.monthrange(y, m + 1)[1]))


def statement_date(rule: CycleRule, year: int, month: int) -> date:
    """The statement date in a given month.

    Args:
        rule: the product's cycle rule.
        year, month: the calendar month (month 1–12).

    Returns:
        The date on day ``statement_day`` of that month, clamped to the month's end.
    """
    return _day_in_month(year, month, rule.statement_day)


def due_date_for(rule: CycleRule, statement: date) -> date:
    """The due date of the bill issued on ``statement``.

    Args:
        rule: the product's cycle rule.
        statement: the statement date.

    Returns:
        ``offset_days``: statement + due_days. ``day_of_month``: day due_days (clamped)
        of the statement's month if that is later than the statement, else of the next
        month.
    """
    if rule.due_rule == "offset_days":
        return statement + timedelta(days=rule.due_days)
    same_month = _day_in_month(statement.year, statement.month, rule.due_days)
    if same_month > statement:
        return same_month
    return _day_in_month(statement.year, statement.month, rule.due_days, months_later=1)


def _shift_statement(rule: CycleRule, statement: date, months: int) -> date:
    return _day_in_month(statement.year, statement.month, rule.statement_day, months)


def cycle_for_purchase(rule: CycleRule, purchase: date) -> tuple[date, date, date]:
    """The billing cycle a purchase falls into; cycles are (previous statement, statement].

    Args:
        rule: the product's cycle rule.
        purchase: the purchase (posting) date.

    Returns:
        (previous statement date, statement date, due date) of that cycle; a purchase on
        a statement date belongs to that statement.
    """
    this_month = statement_date(rule, purchase.year, purchase.month)
    statement = this_month if purchase <= this_month else _shift_statement(rule, this_month, 1)
    previous = _shift_statement(rule, statement, -1)
    return previous, statement, due_date_for(rule, statement)


def interest_free_days(rule: CycleRule, purchase: date) -> int:
    """Days of free credit a purchase gets: its cycle's due date minus the purchase date.

    Args:
        rule: the product's cycle rule.
        purchase: the purchase date.

    Returns:
        [days] due date − purchase date (0 or more).
    """
    return (cycle_for_purchase(rule, purchase)[2] - purchase).days


def best_purchase_day(rule: CycleRule, year: int, month: int) -> date:
    """The day in a month that gives a purchase the most interest-free days.

    Free days shrink day by day inside a cycle, so the best day of the month is the
    first day of some cycle in it: the 1st, or the day after this month's statement
    when that is still in the month. (With statement day 30 and an offset rule, both
    Mar 1 and Mar 31 start a cycle; Mar 31 wins because its cycle is a day longer.)

    Args:
        rule: the product's cycle rule.
        year, month: the calendar month.

    Returns:
        The date with the most interest-free days; the earliest on a tie.
    """
    first = date(year, month, 1)
    after_statement = statement_date(rule, year, month) + timedelta(days=1)
    candidates = [first] + ([after_statement] if after_statement.month == month else [])
    return max(candidates, key=lambda d: (interest_free_days(rule, d), -d.toordinal()))


def statements_between(rule: CycleRule, start: date, end: date) -> list[date]:
    """All statement dates in [start, end], oldest first.

    Args:
        rule: the product's cycle rule.
        start, end: inclusive bounds; an empty list when start > end.

    Returns:
        The statement dates within the bounds.
    """
    found: list[date] = []
    statement = statement_date(rule, start.year, start.month)
    while statement <= end:
        if statement >= start:
            found.append(statement)
        statement = _shift_statement(rule, statement, 1)
    return found


def next_due_on_or_after(rule: CycleRule, day: date) -> tuple[date, date]:
    """The first cycle whose due date is on or after ``day``.

    Args:
        rule: the product's cycle rule.
        day: the reference date (usually today).

    Returns:
        (statement date, due date) of that cycle.
    """
    # The cycle containing `day` is due on or after it; earlier cycles may be too,
    # because the due date comes after the statement, so step back while they are.
    statement = cycle_for_purchase(rule, day)[1]
    previous = _shift_statement(rule, statement, -1)
    while due_date_for(rule, previous) >= day:
        statement, previous = previous, _shift_statement(rule, previous, -1)
    return statement, due_date_for(rule, statement)
