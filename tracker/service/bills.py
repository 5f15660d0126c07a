"""Recording statements (bills): default dates from the product's cycle, minimum from its rules.

Amounts are minor units.
"""

from __future__ import annotations

from datetime import date, timedelta

from dateutil.relativedelta import relativedelta

from tracker import cycles
from tracker.errors import refuse
from tracker.ledger import Due
from tracker.service.core import add_bill, find_product, rule_minimum
from tracker.storage import Store

#: A bill may be entered once the lender shows it, up to a cycle before its statement.
MAX_DAYS_AHEAD = 31


def due_for_statement(store: Store, product_id: int, statement: date) -> date:
    """The due date of a bill issued on ``statement``, by the product's cycle rule."""
    rule = cycles.CycleRule.from_product(find_product(store, product_id))
    return cycles.due_date_for(rule, statement)


def bill_dates(store: Store, product_id: int, today: date) -> tuple[date, date]:
    """(statement, due) a new bill most likely has, by the product's cycle.

    The latest statement on or before ``today``; when that bill is already recorded,
    the next statement (bills may be entered as soon as the lender shows them).
    """
    rule = cycles.CycleRule.from_product(find_product(store, product_id))
    statement = cycles.statement_date(rule, today.year, today.month)
    if statement > today:
        statement = _shift(rule, statement, -1)
    if any(b.statement_date == statement for b in store.list_bills(product_id)):
        statement = _shift(rule, statement, 1)
    return statement, cycles.due_date_for(rule, statement)


def _shift(rule: cycles.CycleRule, statement: date, months: int) -> date:
    """The statement ``months`` cycles away (day clamped to the month's end)."""
    moved = statement.replace(day=1) + relativedelta(months=months)
    return cycles.statement_date(rule, moved.year, moved.month)


def default_minimum(store: Store, product_id: int, amount: int) -> int:
    """[minor units] the minimum the product's rules ask on a bill of ``amount``."""
    return rule_minimum(find_product(store, product_id), amount)


def record_bill(
    store: Store,
    product_id: int,
    statement: date,
    due: date,
    amount: int,
    today: date,
    minimum: int | None = None,
) -> Due:
    """Record a statement (one per statement date and product); returns its due.

    Raises:
        InputError: with ``field`` (statement, due, amount, minimum): a statement date
            already recorded or more than a cycle ahead of ``today``, a due date before
            it, a bad amount or minimum (all but "ahead" checked by :func:`add_bill`).
            Nothing is saved then.
    """
    if statement > today + timedelta(days=MAX_DAYS_AHEAD):
        raise refuse(
            "statement date {statement} is more than {max_days_ahead} days ahead (today is "
            "{today})",
            field="statement",
            statement=statement,
            max_days_ahead=MAX_DAYS_AHEAD,
            today=today,
        )
    return add_bill(store, product_id, statement, due, amount, minimum)
