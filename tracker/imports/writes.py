"""What to write for the new rows of one product: charges, payments, bills, plans, dues.

Pure: it gets the product's existing charges and bill dates and returns the records to
create in file order, or a bad line for a row that cannot be recorded. Our own statement
is read back exactly as tracker.csvio wrote it:

* a ``bill`` row lists the part of the statement not already listed as charges of its
  cycle, so the bill's amount is the row's plus those charges (existing and imported);
* ``installment`` rows named ``TEXT k/N`` become the periods of one plan per TEXT, N
  (a second plan starts when a period number repeats); other ones are plain dues;
* ``fee`` / ``interest`` / ``penalty`` rows are parts of the bill or period with the same
  date, text and due date, listed after it.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from datetime import date

from tracker.errors import InputError, refuse
from tracker.imports.records import BadLine, ImportRow

_PERIOD = re.compile(r"^(?P<text>.*) (?P<k>\d+)/(?P<n>\d+)$")
EXTRAS = ("fee", "interest", "penalty")


@dataclass(frozen=True)
class NewCharge:
    """A purchase (amount + minor units) or a refund (amount −)."""

    date: date
    amount: int
    description: str
    keys: tuple[str, ...]


@dataclass(frozen=True)
class NewPayment:
    """A payment (amount > 0, minor units)."""

    date: date
    amount: int
    description: str
    keys: tuple[str, ...]


@dataclass
class NewDue:
    """A bill (``statement`` set) or a plan period / adjustment due."""

    kind: str
    due_date: date
    principal: int
    description: str
    keys: list[str]
    statement: date | None = None
    period: int | None = None
    plan: int | None = None  # index into Writes.plans
    parts: dict[str, int] = field(default_factory=dict)  # fee / interest / penalty


@dataclass
class NewPlan:
    text: str
    periods: int
    principal: int = 0
    first_due: date | None = None
    have: set[int] = field(default_factory=set)


@dataclass
class Writes:
    """Records to create, in file order (``plans`` are created with their first period)."""

    records: list[NewCharge | NewPayment | NewDue] = field(default_factory=list)
    plans: list[NewPlan] = field(default_factory=list)
    bad: list[BadLine] = field(default_factory=list)
    refused: set[str] = field(default_factory=set)  # keys of the rows in ``bad``
    #: Dues by (date, text, due date), for the fee / interest / penalty rows after them.
    dues_at: dict[tuple[date, str, date], list[NewDue]] = field(default_factory=dict)


def plan_writes(
    rows: Sequence[ImportRow],
    existing_charges: Sequence[tuple[date, int]],
    bill_dates: Sequence[date],
    today: date,
) -> Writes:
    """The records for ``rows`` (new rows of one product, file order).

    Args:
        existing_charges: (date, amount) of the product's recorded charges.
        bill_dates: statement dates of its recorded bills.
        today: payments dated after it are refused, as when typed.
    """
    out = Writes()
    charges = list(existing_charges)
    stated = sorted(bill_dates)
    for row in rows:
        try:
            record = _record(row, out, charges, stated, today)
        except InputError as exc:
            out.bad.append(BadLine(row.line, exc, f"{row.date} {row.description}"))
            out.refused.add(row.key)
            continue
        if record is not None:
            out.records.append(record)
        if isinstance(record, NewDue):
            at = (record.statement or record.due_date, record.description, record.due_date)
            out.dues_at.setdefault(at, []).append(record)
    return out


def _record(
    row: ImportRow, out: Writes, charges: list[tuple[date, int]], stated: list[date], today: date
) -> NewCharge | NewPayment | NewDue | None:
    keys = (row.key,)
    if row.kind in ("charge", "refund"):
        if row.amount == 0:
            raise refuse("charge amount must not be zero", field="amount")
        charges.append((row.date, row.amount))
        return NewCharge(row.date, row.amount, row.description, keys)
    if row.kind == "payment":
        if row.date > today:
            raise refuse(
                "payment date {day} is in the future (today is {today})", day=row.date, today=today
            )
        if row.amount >= 0:
            raise refuse("payment amount must be greater than zero", field="amount")
        return NewPayment(row.date, -row.amount, row.description, keys)
    if row.kind in EXTRAS:
        _attach(row, out)
        return None
    if row.due_date is None:
        raise refuse("a {kind} row needs a due date", kind=row.kind)
    if row.kind == "bill":
        return _bill(row, charges, stated)
    if row.kind == "adjustment":
        return NewDue("adjustment", row.due_date, row.amount, row.description, [row.key])
    return _period(row, out)


def _bill(row: ImportRow, charges: list[tuple[date, int]], stated: list[date]) -> NewDue:
    if row.date in stated:
        raise refuse("a bill with statement date {statement} is already recorded",
                     statement=row.date)  # fmt: skip
    assert row.due_date is not None
    if row.due_date < row.date:
        raise refuse("due date {due} is before the statement date {statement}",
                     due=row.due_date, statement=row.date)  # fmt: skip
    previous = max((d for d in stated if d < row.date), default=date.min)
    listed = sum(a for d, a in charges if previous < d <= row.date)
    amount = row.amount + listed
    if amount <= 0:
        raise refuse("bill amount must be greater than zero", field="amount")
    stated.append(row.date)
    stated.sort()
    return NewDue("bill", row.due_date, amount, row.description, [row.key], statement=row.date)


def _period(row: ImportRow, out: Writes) -> NewDue:
    assert row.due_date is not None
    due = NewDue("installment", row.due_date, row.amount, row.description, [row.key])
    match = _PERIOD.match(row.description)
    if not match or not 1 <= int(match["k"]) <= int(match["n"]):
        return due
    k, n = int(match["k"]), int(match["n"])
    index = next(
        (i for i, p in enumerate(out.plans) if (p.text, p.periods) == (match["text"], n)
         and k not in p.have),
        None,
    )  # fmt: skip
    if index is None:
        out.plans.append(NewPlan(match["text"], n))
        index = len(out.plans) - 1
    plan = out.plans[index]
    plan.have.add(k)
    plan.principal += row.amount
    if k == 1 or plan.first_due is None or row.due_date < plan.first_due:
        plan.first_due = row.due_date
    return replace(due, period=k, plan=index)


def _attach(row: ImportRow, out: Writes) -> None:
    at = (row.date, row.description, row.due_date)
    for record in out.dues_at.get(at, []) if row.due_date else []:  # type: ignore[arg-type]
        if row.kind not in record.parts:
            record.parts[row.kind] = row.amount
            record.keys.append(row.key)
            return
    raise refuse("a {kind} row without its bill or instalment above it", kind=row.kind)
