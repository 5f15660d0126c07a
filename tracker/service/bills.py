"""Recording statements (bills): default dates from the product's cycle, minimum from its rules.

Amounts are minor units.
"""

from __future__ import annotations

from datetime import date

from tracker import costs, cycles
from tracker.errors import InputError
from tracker.ledger import Due
from tracker.service.core import add_bill, find_product
from tracker.storage import Store


def due_for_statement(store: Store, product_id: int, statement: date) -> date:
    """The due date of a bill issued on ``statement``, by the product's cycle rule."""
    rule = cycles.CycleRule.from_product(find_product(store, product_id))
    return cycles.due_date_for(rule, statement)


def bill_dates(store: Store, product_id: int, today: date) -> tuple[date, date]:
    """(statement, due) of the product's latest statement on or before ``today``."""
    rule = cycles.CycleRule.from_product(find_product(store, product_id))
    statement = cycles.statement_date(rule, today.year, today.month)
    if statement > today:
        statement = _previous_statement(rule, today)
    return statement, cycles.due_date_for(rule, statement)


def _previous_statement(rule: cycles.CycleRule, today: date) -> date:
    year, month = (today.year, today.month - 1) if today.month > 1 else (today.year - 1, 12)
    return cycles.statement_date(rule, year, month)


def default_minimum(store: Store, product_id: int, amount: int) -> int:
    """[minor units] the minimum the product's rules ask on a bill of ``amount``."""
    return costs.minimum_payment(find_product(store, product_id), amount)


def record_bill(
    store: Store,
    product_id: int,
    statement: date,
    due: date,
    amount: int,
    today: date,
    minimum: int | None = None,
) -> Due:
    """Record a statement that has been issued (on or before ``today``); returns its due.

    Raises:
        InputError: with ``field`` (statement, due, amount, minimum); nothing is saved.
    """
    if statement > today:
        raise InputError(
            f"statement date {statement} is in the future (today is {today})", field="statement"
        )
    return add_bill(store, product_id, statement, due, amount, minimum)
