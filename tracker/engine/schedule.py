"""The statements an account has: recorded bills, the product's cycle after them, and
instalment periods (each joins the statement due the same day, or gets its own).

Pure; dates only (what a statement holds is the play's business).
"""

from __future__ import annotations

import calendar
import functools
from dataclasses import dataclass, field
from datetime import date, timedelta

from tracker import cycles
from tracker.engine.records import Account, PartDue, RecordedBill
from tracker.products import Product

#: Dates the caches below keep: a 30-year plan of 50 accounts asks about 18,000 statement
#: dates, asked again by every strategy and every budget tried (``payoff --by``); with
#: fewer kept they push each other out and each plan works them all out again.
_CACHED_DATES = 1 << 15


@dataclass
class Slot:
    """One statement to post: its dates, the recorded bill (if any), its instalment parts.

    ``charges``: a negotiated plan's payment only — of its parts' fee, the interest, fees
    and penalty owed on the day of the agreement that this payment repays (minor units).
    """

    statement_date: date
    due_date: date
    bill: RecordedBill | None = None
    parts: list[PartDue] = field(default_factory=list)
    generated: bool = False
    charges: int = 0


def statement_gap(product: Product) -> int:
    """[days] statement → due for statements the engine makes for instalment parts."""
    if product.kind in ("loan", "pay_in_n") or product.due_rule != "offset_days":
        return 0
    return product.due_days


def cycle_product(account: Account) -> Product:
    """The product whose cycle the engine's own statements follow: after a recorded
    bill, the lender's real statement day (that bill's), whatever the product says."""
    if not account.bills:
        return account.product
    last = max(account.bills, key=lambda b: b.statement_date)
    if last.statement_date.day == account.product.statement_day:
        return account.product  # already that day (no copy to validate again)
    return account.product.with_changes(statement_day=last.statement_date.day)


def build(account: Account, generate_until: date) -> list[Slot]:
    """Recorded bills, then the product's cycle after the last one (or after the first
    spending) up to ``generate_until``; each instalment part joins the statement due the
    same day or gets one of its own. Sorted by statement date, then due date."""
    product = cycle_product(account)
    slots = [Slot(b.statement_date, b.due_date, bill=b) for b in account.bills]
    last = max((b.statement_date for b in account.bills), default=None)
    if product.kind in ("bnpl", "credit_card"):
        first_spend = min((s.day for s in account.spends), default=None)
        start = last if last is not None else _before(product, first_spend)
        if start is not None:
            day = start
            while day < generate_until:
                day = next_statement(product, day)
                slots.append(Slot(day, due_for(product, day), generated=True))
    by_due = {s.due_date: s for s in slots}
    for part in sorted(account.parts, key=lambda p: p.due_date):
        slot = by_due.get(part.due_date)
        if slot is None:
            slot = Slot(part.due_date - timedelta(days=statement_gap(product)), part.due_date)
            slots.append(slot)
            by_due[part.due_date] = slot
        slot.parts.append(part)
    slots.sort(key=lambda s: (s.statement_date, s.due_date))
    return slots


def _before(product: Product, day: date | None) -> date | None:
    """The statement date just before ``day`` (its cycle then holds ``day``)."""
    if day is None:
        return None
    rule = cycles.CycleRule.from_product(product)
    return cycles.cycle_for_purchase(rule, day)[0]


@functools.lru_cache(maxsize=_CACHED_DATES)
def add_months(day: date, months: int) -> date:
    """``day`` + ``months`` calendar months, the day clamped to the month end (as
    ``relativedelta(months=...)``; cached: the engine asks the same dates again)."""
    y, m = divmod(day.year * 12 + day.month - 1 + months, 12)
    return date(y, m + 1, min(day.day, calendar.monthrange(y, m + 1)[1]))


def next_statement(product: Product, after: date) -> date:
    """The product's first statement date strictly after ``after``."""
    if product.kind in ("loan", "pay_in_n"):
        return add_months(after, 1)
    return _next_statement(product.statement_day, product.due_rule, product.due_days, after)


@functools.lru_cache(maxsize=_CACHED_DATES)
def _next_statement(statement_day: int, due_rule: str, due_days: int, after: date) -> date:
    rule = cycles.CycleRule(statement_day, due_rule, due_days)
    return cycles.cycle_for_purchase(rule, after + timedelta(days=1))[1]


def due_for(product: Product, statement: date) -> date:
    """The due date of a statement the engine makes on ``statement``."""
    if product.kind in ("loan", "pay_in_n"):
        return statement
    return _due_for(product.statement_day, product.due_rule, product.due_days, statement)


@functools.lru_cache(maxsize=_CACHED_DATES)
def _due_for(statement_day: int, due_rule: str, due_days: int, statement: date) -> date:
    return cycles.due_date_for(cycles.CycleRule(statement_day, due_rule, due_days), statement)
