"""Credit-report consequences of paying late: status code, reporting, retention, red line.

Pure functions; days are whole days past the due date, dates are ``datetime.date``.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from typing import Literal

from tracker.errors import refuse
from tracker.products import Product

#: Days past due after which a delinquency is "serious" (malicious overdue).
SERIOUS_AFTER_DAYS = 90
#: "连三累六": this many missed cycles in a row, or this many in total, cross the red line.
RED_LINE_RUN = 3
RED_LINE_TOTAL = 6


def credit_code(days_past_due: int) -> int:
    """The report's repayment-status code for D days past due.

    Args:
        days_past_due: [days] D; 0 or less means on time.

    Returns:
        0 when D ≤ 0, else min(7, ⌈D/30⌉): 1 = 1–30 days, 2 = 31–60, …,
        6 = 151–180, 7 = over 180.
    """
    if days_past_due <= 0:
        return 0
    return min(7, -(-days_past_due // 30))


#: Report systems: ``cn`` — the PBOC credit report's monthly status codes 1–7;
#: ``us`` — US bureaus' 30/60/90/120/150/180 days-late buckets.
ReportSystem = Literal["cn", "us"]
#: Currencies whose lenders report to the US bureaus.
US_CURRENCIES = frozenset({"USD"})


def report_system(product: Product) -> ReportSystem:
    """Which credit report a product's lender writes to: ``us`` for dollar products,
    else ``cn`` (the People's Bank of China's credit reference centre)."""
    return "us" if product.currency in US_CURRENCIES else "cn"


def us_days_late(days_past_due: int) -> int:
    """The US bureaus' days-late bucket for D days past due.

    Args:
        days_past_due: [days] D.

    Returns:
        0 under 30 days (never reported as late), else 30, 60, 90, 120, 150 or 180
        (the bucket reached: 30–59 days → 30, …, 180 or more → 180).
    """
    if days_past_due < 30:
        return 0
    return min(180, days_past_due // 30 * 30)


def is_reported(product: Product, days_past_due: int) -> bool:
    """Whether the lender reports this lateness to the credit bureau.

    Args:
        product: its ``grace_days`` and ``report_after_days``.
        days_past_due: [days] past the due date, minimum still unpaid.

    Returns:
        True when past the grace days and at least ``report_after_days`` late.
    """
    return days_past_due > product.grace_days and days_past_due >= product.report_after_days


def is_serious(days_past_due: int) -> bool:
    """Whether lateness is serious delinquency ("malicious overdue"): over 90 days."""
    return days_past_due > SERIOUS_AFTER_DAYS


def visible_until(settled_on: date, retention_years: int) -> date:
    """Last day a reported delinquency stays on the report.

    Args:
        settled_on: the day the overdue debt was paid off.
        retention_years: [years] how long the record is kept after settlement.

    Returns:
        ``settled_on`` + ``retention_years`` years; 29 February becomes 28 February
        in a non-leap year.

    Raises:
        InputError: ``retention_years`` is negative.
    """
    if retention_years < 0:
        raise refuse(
            "retention years cannot be negative ({retention_years} was given)",
            retention_years=retention_years,
        )
    year = settled_on.year + retention_years
    try:
        return settled_on.replace(year=year)
    except ValueError:  # 29 February in a non-leap year
        return settled_on.replace(year=year, day=28)


@dataclass(frozen=True)
class RedLine:
    """The lenders' "连三累六" check over past cycles (counts of missed cycles)."""

    longest_run: int
    total_missed: int
    crossed: bool


def red_line(history: Sequence[int]) -> RedLine:
    """Check a repayment history against the "three in a row or six in total" red line.

    Args:
        history: days past due for each past cycle, oldest first, after grace (a cycle
            counts as missed when its value is > 0).

    Returns:
        A :class:`RedLine`; ``crossed`` when the longest run of missed cycles is ≥ 3
        or the total missed is ≥ 6.

    Raises:
        InputError: a negative value in ``history``.
    """
    longest = run = total = 0
    for days in history:
        if days < 0:
            raise refuse("days past due cannot be negative ({days} was given)", days=days)
        run = run + 1 if days > 0 else 0
        longest = max(longest, run)
        total += days > 0
    return RedLine(longest, total, longest >= RED_LINE_RUN or total >= RED_LINE_TOTAL)


@dataclass(frozen=True)
class CreditImpact:
    """What one late due does to the credit report.

    ``code`` is :func:`credit_code` of what is reported (0 when nothing is);
    ``visible_until`` is None when nothing is reported or the debt is not yet settled.
    """

    code: int
    reported: bool
    serious: bool
    visible_until: date | None


def credit_impact(product: Product, days_past_due: int, settled_on: date | None) -> CreditImpact:
    """The credit-report consequence of a due ``days_past_due`` late.

    Args:
        product: its grace days, reporting threshold and retention years.
        days_past_due: [days] past the due date with the minimum unpaid.
        settled_on: the day it was (or will be) paid off; None if still open.

    Returns:
        A :class:`CreditImpact`. Unreported lateness (within grace, or before
        ``report_after_days``) has code 0, is not serious and has no visible_until.
    """
    if not is_reported(product, days_past_due):
        return CreditImpact(code=0, reported=False, serious=False, visible_until=None)
    until = visible_until(settled_on, product.retention_years) if settled_on else None
    return CreditImpact(
        code=credit_code(days_past_due),
        reported=True,
        serious=is_serious(days_past_due),
        visible_until=until,
    )
