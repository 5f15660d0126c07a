"""Turning stored rows back into values, strictly: a row that does not decode is damage.

A flipped byte must never become a silent default or a traceback deep in a view: every
value is checked for its type and meaning here, and a bad one is reported with the table
and the row it is in (:class:`~tracker.errors.DamagedFileError`).
"""

from __future__ import annotations

import json
from dataclasses import fields
from datetime import date
from decimal import Decimal, InvalidOperation
from typing import Any, TypeVar, cast, get_args

from tracker.errors import DamagedFileError, InputError, damaged
from tracker.products import (
    BOOL_FIELDS,
    INT_FIELDS,
    RATE_FIELDS,
    Product,
    from_record,
)
from tracker.records import Bill, Charge, Due, DueKind, Payment, Plan

T = TypeVar("T", Charge, Payment)

#: Product fields kept in their own columns, not in the rules JSON.
CORE_COLUMNS = ("id", "name", "kind", "currency", "archived")
_RULES = {f.name for f in fields(Product)} - set(CORE_COLUMNS)
_TEXT_RULES = _RULES - RATE_FIELDS - INT_FIELDS - BOOL_FIELDS


def bad_row(table: str, row_id: object, what: str) -> DamagedFileError:
    """The damage report for one row: names the table, the row and what is wrong."""
    return damaged(
        "the data file is damaged: {table} row {row_id}: {what}; restore a backup",
        table=table,
        row_id=row_id,
        what=what,
    )


def day(text: object, table: str, row_id: object, column: str) -> date:
    """A stored ISO date; anything else is damage."""
    if not isinstance(text, str):
        raise bad_row(table, row_id, f"{column} is not a date ({text!r})")
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise bad_row(table, row_id, f"{column} is not a date ({text!r})") from None


def optional_day(text: object, table: str, row_id: object, column: str) -> date | None:
    return None if text is None else day(text, table, row_id, column)


def whole(value: object, table: str, row_id: object, column: str) -> int:
    """A stored whole number (minor units, counts); text or a fraction is damage."""
    if not isinstance(value, int) or isinstance(value, bool):
        raise bad_row(table, row_id, f"{column} is not a whole number ({value!r})")
    return value


def optional_whole(value: object, table: str, row_id: object, column: str) -> int | None:
    return None if value is None else whole(value, table, row_id, column)


def text(value: object, table: str, row_id: object, column: str) -> str:
    if not isinstance(value, str):
        raise bad_row(table, row_id, f"{column} is not text ({value!r})")
    return value


def due_kind(value: object, table: str, row_id: object) -> DueKind:
    if value not in get_args(DueKind):
        raise bad_row(table, row_id, f"kind is not a kind of due ({value!r})")
    return cast(DueKind, value)


def rate(value: object, table: str, row_id: object, column: str) -> str:
    """A stored decimal-string rate, returned as the text it is."""
    if not isinstance(value, str) or not _finite_decimal(value):
        raise bad_row(table, row_id, f"{column} is not a rate ({value!r})")
    return value


def product(row: tuple[Any, ...]) -> Product:
    """A Product from ``(id, name, kind, currency, archived, rules JSON)``."""
    pid, name, kind, currency, archived, rules = row
    try:
        record = json.loads(rules)
    except (TypeError, ValueError):
        raise bad_row("products", pid, "its rules are not readable JSON") from None
    if not isinstance(record, dict):
        raise bad_row("products", pid, "its rules are not a JSON object")
    unknown = sorted(set(record) - _RULES)
    if unknown:  # e.g. a flipped byte in a key: the real rule would fall back to its default
        raise bad_row("products", pid, f"unknown rule {unknown[0]!r}")
    for key, value in record.items():
        problem = _rule_problem(key, value)
        if problem:
            raise bad_row("products", pid, f"rule {key} {problem} ({value!r})")
    if not isinstance(archived, int) or archived not in (0, 1):
        raise bad_row("products", pid, f"archived is not 0 or 1 ({archived!r})")
    try:
        return from_record(
            {
                **record,
                "id": pid,
                "name": name,
                "kind": kind,
                "currency": currency,
                "archived": bool(archived),
            }
        )
    except (InputError, TypeError, ValueError, InvalidOperation) as exc:
        raise bad_row("products", pid, str(exc)) from None


def _rule_problem(key: str, value: object) -> str | None:
    if key in RATE_FIELDS:
        ok = isinstance(value, str) and _finite_decimal(value)
        return None if ok else "is not a rate"
    if key in BOOL_FIELDS:
        return None if isinstance(value, bool) else "is not true or false"
    if key in INT_FIELDS:
        ok = isinstance(value, int) and not isinstance(value, bool)
        return None if ok else "is not a whole number"
    if key in _TEXT_RULES and not isinstance(value, str):
        return "is not text"
    if key == "installment_total_rates":
        for part in filter(None, str(value).split(",")):
            n, sep, r = part.partition(":")
            if not (sep and n.isdigit() and _finite_decimal(r)):
                return "is not a list of periods and rates"
    if key == "allowed_periods" and not all(
        n.isdigit() for n in filter(None, str(value).split(","))
    ):
        return "is not a list of period counts"
    return None


def _finite_decimal(text: str) -> bool:
    if len(text) > 100:  # stored rates are short; a huge exponent is damage, not a rate
        return False
    try:
        return Decimal(text).is_finite()
    except InvalidOperation:
        return False


# -- records (tuples in the column order of Store's list_* queries) ----------------
def bill(r: Any) -> Bill:
    t = "bills"
    return Bill(
        r[0],
        whole(r[1], t, r[0], "product_id"),
        day(r[2], t, r[0], "statement_date"),
        day(r[3], t, r[0], "due_date"),
        whole(r[4], t, r[0], "amount"),
        optional_whole(r[5], t, r[0], "minimum"),
    )


def charge(r: Any) -> Charge:
    return _dated(Charge, "charges", r)


def payment(r: Any) -> Payment:
    return _dated(Payment, "payments", r)


def _dated(kind: type[T], t: str, r: Any) -> T:
    """A charge or a payment: the two share their columns (id, product, date, amount,
    description)."""
    return kind(
        r[0],
        whole(r[1], t, r[0], "product_id"),
        day(r[2], t, r[0], "date"),
        whole(r[3], t, r[0], "amount"),
        text(r[4], t, r[0], "description"),
    )


def plan(r: Any) -> Plan:
    t = "plans"
    return Plan(
        r[0],
        whole(r[1], t, r[0], "product_id"),
        whole(r[2], t, r[0], "principal"),
        whole(r[3], t, r[0], "periods"),
        text(r[4], t, r[0], "fee_model"),
        rate(r[5], t, r[0], "fee_rate"),
        day(r[6], t, r[0], "first_due"),
        text(r[7], t, r[0], "description"),
        optional_day(r[8], t, r[0], "agreed_on"),
    )


_DUE_KINDS = frozenset(get_args(DueKind))


def due(r: Any) -> Due:
    """A stored due; the checks of :func:`_due_checked` made in one expression first
    (every view reads every due: issue 12), the row checked column by column when they
    fail, to name what is wrong."""
    i, pid, on, principal, fee, interest, penalty, least, kind, source, period, stated = r[:12]
    words, moved = r[12], r[13]
    if (
        type(pid) is int and type(principal) is int and type(fee) is int
        and type(interest) is int and type(penalty) is int and type(on) is str
        and (least is None or type(least) is int) and kind in _DUE_KINDS
        and (source is None or type(source) is int) and type(words) is str
        and (period is None or type(period) is int)
        and (stated is None or type(stated) is str) and (moved is None or type(moved) is str)
    ):  # fmt: skip
        try:
            return Due(
                i, pid, date.fromisoformat(on), principal, fee, interest, penalty, least,
                kind, source, period, None if stated is None else date.fromisoformat(stated),
                words, None if moved is None else date.fromisoformat(moved),
            )  # fmt: skip
        except ValueError:
            pass
    return _due_checked(r)


def _due_checked(r: Any) -> Due:
    t, i = "dues", r[0]
    return Due(
        i,
        whole(r[1], t, i, "product_id"),
        day(r[2], t, i, "due_date"),
        whole(r[3], t, i, "principal"),
        whole(r[4], t, i, "fee"),
        whole(r[5], t, i, "interest"),
        whole(r[6], t, i, "penalty"),
        optional_whole(r[7], t, i, "minimum"),
        due_kind(r[8], t, i),
        optional_whole(r[9], t, i, "source"),
        optional_whole(r[10], t, i, "period"),
        optional_day(r[11], t, i, "statement_date"),
        text(r[12], t, i, "description"),
        optional_day(r[13], t, i, "rescheduled_on"),
    )
