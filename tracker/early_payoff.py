"""Paying an amortising loan off early (提前还款): what is still owed and what is saved.

A loan's monthly interest is earned month by month on the principal still owed
(round(balance × annual rate / 12), :func:`tracker.plans.amortizing_schedule`); the later
instalments' interest is not owed yet. Paid off on a day, the loan costs its remaining
principal and the interest of the current period **to that day** — by days, at the
annual rate ÷ 360 in China (日利率 = 年利率 ÷ 360, 《人民币利率管理规定》第二十一条),
÷ 365 in the US — never more than the period's scheduled interest. What the later
periods would have charged is saved. A lender's own prepayment fee is not in the
contract we know: the amount the lender asks is recorded as the truth (DESIGN.md § The
account engine: a recorded figure replaces the estimate).

Amounts are ``int`` minor units; dates are dates.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from decimal import Decimal, localcontext

from tracker.engine.schedule import add_months
from tracker.errors import refuse
from tracker.money import round_minor

#: Days in the year the daily rate divides by, by jurisdiction.
YEAR_DAYS = {"cn": 360, "us": 365}


@dataclass(frozen=True)
class Installment:
    """One period of the plan as it stands: due date, principal and interest (fee)."""

    due_date: date
    principal: int
    fee: int


@dataclass(frozen=True)
class EarlyPayoff:
    """The plan paid off on ``day``.

    Attributes:
        index: of the periods given, the first due after ``day`` (0-based): it becomes
            the last, due on ``day``; every later one goes.
        principal: [minor units] the principal of that period and every later one.
        interest: [minor units] the current period's interest to ``day``.
        days: the days of the current period up to ``day``.
        saved: [minor units] the interest the plan would still have charged beyond
            ``interest`` (the current period's rest and every later period's).
    """

    day: date
    index: int
    principal: int
    interest: int
    days: int
    saved: int


def early_payoff(
    periods: Sequence[Installment], day: date, annual_rate: Decimal, jurisdiction: str
) -> EarlyPayoff:
    """What paying the plan of ``periods`` (in order) off on ``day`` leaves owed.

    Periods due on or before ``day`` stay as they are (owed as scheduled, paid or not).
    The current period began at the previous period's due date (the first: a month
    before its own).

    Raises:
        InputError: (field ``date``) no period falls due after ``day``: nothing is left
            to pay early.
    """
    index = next((i for i, p in enumerate(periods) if p.due_date > day), None)
    if index is None:
        raise refuse(
            "the last instalment was due on {due}: nothing is left to pay off early",
            field="date",
            due=periods[-1].due_date if periods else day,
        )
    current = periods[index]
    began = periods[index - 1].due_date if index else add_months(current.due_date, -1)
    days = max(0, (day - began).days)
    principal = sum(p.principal for p in periods[index:])
    with localcontext() as ctx:
        ctx.prec = 40
        # (principal × rate × days ÷ year: multiplied before dividing, exact half-ups)
        to_date = round_minor(
            Decimal(principal) * annual_rate * days / YEAR_DAYS.get(jurisdiction, 365)
        )
    interest = min(current.fee, to_date)
    scheduled = sum(p.fee for p in periods[index:])
    return EarlyPayoff(day, index, principal, interest, days, scheduled - interest)
