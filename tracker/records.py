"""The record types of the whole system: products' bills, charges, plans, payments and dues.

Plain frozen records (amounts in minor units, dates as ``date``); storage turns rows into
them and the domain computes with them. :class:`tracker.products.Product` is the one
record type that lives with its rules, in ``products``.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Literal

DueKind = Literal["bill", "installment", "loan", "negotiated", "adjustment"]
#: The description a bill's due is stored with (``{date}``: its statement date, ISO): a
#: generated text, which the CSV statement writes in its own language
#: (``csvio.StatementTexts.bill_text``); the GUI names bills in its language too.
BILL_DESCRIPTION = "Statement {date}"


def bill_description(statement: date) -> str:
    """``Statement 2026-11-05``: the stored description of a bill's due."""
    return BILL_DESCRIPTION.replace("{date}", statement.isoformat())


@dataclass(frozen=True)
class Bill:
    """One statement as the lender issued it (minor units)."""

    id: int
    product_id: int
    statement_date: date
    due_date: date
    amount: int
    minimum: int | None


@dataclass(frozen=True)
class Charge:
    """A purchase (minor units); it rolls into the bill of the cycle it falls in."""

    id: int
    product_id: int
    date: date
    amount: int
    description: str


@dataclass(frozen=True)
class Plan:
    """An instalment plan; each of its periods is one :class:`Due`."""

    id: int
    product_id: int
    principal: int
    periods: int
    fee_model: str
    fee_rate: str
    first_due: date
    description: str
    agreed_on: date | None = None  # a repayment plan agreed with the lender that day


@dataclass(frozen=True)
class Due:
    """Anything owed on a date: a bill's balance, an instalment period, a loan repayment.

    Amounts are minor units. ``minimum`` is what must be paid by ``due_date`` to stay
    out of overdue (None: the whole amount).
    """

    id: int
    product_id: int
    due_date: date
    principal: int
    fee: int = 0
    interest: int = 0
    penalty: int = 0
    minimum: int | None = None
    kind: DueKind = "bill"
    source_id: int | None = None
    period: int | None = None
    statement_date: date | None = None
    description: str = ""
    #: The day a repayment plan agreed with the lender took over what was still owed on
    #: this due (None: not covered by one); later payments go to the plan's dues.
    rescheduled_on: date | None = None

    @property
    def total(self) -> int:
        """Everything owed on this due, minor units."""
        return self.principal + self.fee + self.interest + self.penalty

    @property
    def minimum_due(self) -> int:
        """The minimum to pay by the due date, never more than the total."""
        return self.total if self.minimum is None else min(self.minimum, self.total)


@dataclass(frozen=True)
class Payment:
    """Money the user paid to a product on a date (minor units, > 0)."""

    id: int
    product_id: int
    date: date
    amount: int
    description: str = ""
