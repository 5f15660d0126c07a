"""What the account engine is fed and what it gives back: plain frozen records.

Amounts are ``int`` minor units, dates are ``date``. An :class:`Account` is one product
with everything recorded on it; a :class:`Policy` says how the user pays from some day
on; :class:`CycleRow` is one statement of the resulting timeline.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from datetime import date
from decimal import Decimal
from typing import Literal

from tracker.products import Product

#: Days past due after which a delinquency is serious (as tracker.engine.rules).
SERIOUS_AFTER_DAYS = 90

OnDue = Literal["full", "minimum", "none"]


@dataclass(frozen=True)
class Spend:
    """A purchase (or a refund, negative) posted on ``day``."""

    day: date
    amount: int


@dataclass(frozen=True)
class RecordedBill:
    """A statement as the lender issued it: the lender's truth for its cycle.

    ``amount`` is what the statement adds (spending and what the lender charged that
    cycle), not earlier bills still unpaid; ``minimum`` the minimum the lender printed on
    it, the whole statement's (instalment periods and unpaid earlier minimums included),
    or None: left blank — the product's rule on the bill's principal and all of the
    interest, fees and penalty inside it, to which the engine adds those
    (:func:`tracker.engine.rules.blank_bill_minimum`; a file saved before the app saved
    a blank minimum as None is mended as it is upgraded, service/bills.py);
    ``posted`` when its spending posted (interest from posting; default the statement
    date); ``purchases``: the charges recorded in its cycle (day, amount),
    for interest from posting to count each from its own day (what the bill holds beyond
    them counts from ``posted``).
    """

    statement_date: date
    due_date: date
    amount: int
    minimum: int | None = None
    posted: date | None = None
    purchases: tuple[tuple[date, int], ...] = ()


def counts_purchases(product: Product) -> bool:
    """Whether ``product``'s interest counts each purchase from its own posting day
    (a CN card's "whole statement" or "remainder from posting"; a US card's starts at
    the statement date at the earliest, Reg Z 1026.54, so its bills need none)."""
    return product.interest_basis != "remainder_from_due" and product.jurisdiction != "us"


def with_purchases(
    bills: tuple[RecordedBill, ...], spent: Sequence[tuple[date, int]], after: date = date.min
) -> tuple[RecordedBill, ...]:
    """``bills`` (oldest first) each with the purchases of its cycle as
    :attr:`RecordedBill.purchases`: of ``spent`` (day, total spent that day; oldest
    first), the days after the previous bill's statement date (the first bill's: after
    ``after``) up to its own; refunds (a negative day) are left out (what they took off
    comes off the oldest, :meth:`AccountPlay._post`)."""
    days = [d for d, _ in spent]
    out = []
    previous = after
    for bill in bills:
        lo, hi = bisect_right(days, previous), bisect_right(days, bill.statement_date)
        bought = tuple((d, a) for d, a in spent[lo:hi] if a > 0)
        out.append(replace(bill, purchases=bought) if bought else bill)
        previous = bill.statement_date
    return tuple(out)


@dataclass(frozen=True)
class PartDue:
    """One instalment period of a plan on the account (principal + fee, minor units);
    ``order``: the plan (purchase) it belongs to — pay-in-N late fees are capped per
    order — 0 when the account has one."""

    due_date: date
    principal: int
    fee: int = 0
    order: int = 0


@dataclass(frozen=True)
class Paid:
    """Money paid to the account on ``day``."""

    day: date
    amount: int


@dataclass(frozen=True)
class Agreement:
    """A repayment plan the lender agreed on ``day`` (DESIGN.md § Negotiated repayment):
    everything posted and accrued by then is replaced by ``parts``; what they leave out
    is waived. Its payments are dues like any other: while they are paid, no penalty
    accrues; a missed one is late again."""

    day: date
    parts: tuple[PartDue, ...]


@dataclass(frozen=True)
class Account:
    """One product with its records (DESIGN.md § The account engine)."""

    product: Product
    bills: tuple[RecordedBill, ...] = ()
    spends: tuple[Spend, ...] = ()
    parts: tuple[PartDue, ...] = ()
    payments: tuple[Paid, ...] = ()
    agreements: tuple[Agreement, ...] = ()


@dataclass(frozen=True)
class Negotiation:
    """Agree a repayment plan on ``day``: what is owed × (1 − waiver) in ``periods``
    monthly payments from a month later (DESIGN.md § Negotiated repayment)."""

    day: date
    periods: int = 12
    waiver: Decimal = Decimal(0)


@dataclass(frozen=True)
class Policy:
    """How the user pays from ``start`` on (recorded payments always count).

    Attributes:
        on_due: what is paid on each due date: the statement in ``full``, its
            ``minimum``, or ``none``.
        cycles: how many due dates ``on_due`` applies to (None: all); after that,
            nothing is paid on due dates.
        settle_on: pay everything owed on this day (accrued interest included).
        start: the policy's first day (None: from the first event).
        negotiation: a negotiated plan, agreed on its day (then every due is paid).
        on_due_from: ``on_due`` applies only to due dates from this day on (e.g. after
            ``settle_on``: the account's later instalments are still paid on time).
    """

    on_due: OnDue = "none"
    cycles: int | None = None
    settle_on: date | None = None
    start: date | None = None
    negotiation: Negotiation | None = None
    on_due_from: date | None = None


@dataclass(frozen=True)
class CycleRow:
    """One statement of a timeline (minor units; DESIGN.md CLI ``simulate --json``).

    Attributes:
        statement_date, due_date: the statement's dates.
        balance: everything owed right after it posted.
        minimum: its minimum payment.
        paid: paid from its statement date until the next statement.
        interest, fees, penalty: charged on this statement (fees: instalment fees and
            earlier late fees; a recorded bill's share is the engine's estimate).
        late_fee: charged for missing this statement's minimum.
        days_past_due: the most days past due the account reached in this cycle.
        report_code: 0 (clean, "N") or 1–7, as the month is reported.
        adjustment: recorded bill amount − the engine's estimate (0 for estimates).
    """

    statement_date: date
    due_date: date
    balance: int
    minimum: int
    paid: int = 0
    interest: int = 0
    fees: int = 0
    penalty: int = 0
    late_fee: int = 0
    days_past_due: int = 0
    report_code: int = 0
    adjustment: int = 0

    @property
    def cost(self) -> int:
        """Interest + fees + penalty + late fee on this row, minor units."""
        return self.interest + self.fees + self.penalty + self.late_fee


@dataclass(frozen=True)
class CashFlow:
    """One payment and how it was applied: ``cost`` to penalty, interest and fees,
    ``principal`` to spending and instalment principal (minor units)."""

    day: date
    principal: int
    cost: int
    charges: int = 0  # of ``cost``: interest, fees and penalty (not instalment fees)

    @property
    def amount(self) -> int:
        return self.principal + self.cost


@dataclass(frozen=True)
class Outcome:
    """A whole played timeline and what it adds up to.

    Attributes:
        rows: one per statement, oldest first.
        cash: every payment in day order.
        interest, fees, penalty, late_fees, waived: totals, minor units.
        owed: everything still owed at the end (accrued interest included).
        end: the last day played.
        first_delinquency: due date of the first reported delinquency (None: clean).
        settled: the day the last reported delinquency was paid off (None: never/open).
        days_past_due: days past due at the end.
        worst_days_past_due: the most days past due reached.
        charged_off: a US account reached 180 days past due.
        visible_until: last day a reported delinquency is visible (None: clean or open).
        plan: a negotiated plan's payments (principal + the costs so far it repays), in
            date order; empty when nothing was negotiated.
        waived_beyond: of ``waived``, what a negotiated waiver took off beyond the
            interest, fees and penalty owed (principal and instalment fees).
        credit_charges: (day, amount) of interest, fees and penalty paid by a credit
            balance (money paid earlier beyond what was owed, as principal in its cash
            flow) when a later statement posted: charges no payment of ``cash`` counts.
    """

    rows: tuple[CycleRow, ...]
    cash: tuple[CashFlow, ...]
    interest: int
    fees: int
    penalty: int
    late_fees: int
    owed: int
    end: date
    first_delinquency: date | None
    settled: date | None
    days_past_due: int
    worst_days_past_due: int
    charged_off: bool
    visible_until: date | None
    waived: int = 0
    red_line_months: tuple[tuple[date, int], ...] = field(default=())
    plan: tuple[PartDue, ...] = ()
    waived_beyond: int = 0
    credit_charges: tuple[tuple[date, int], ...] = ()

    @property
    def cost(self) -> int:
        """Interest + fees + penalty + late fees − waived, minor units."""
        return self.interest + self.fees + self.penalty + self.late_fees - self.waived

    @property
    def paid(self) -> int:
        return sum(c.amount for c in self.cash)

    @property
    def worst_code(self) -> int:
        return max((r.report_code for r in self.rows), default=0)

    @property
    def months_reported(self) -> int:
        return sum(r.report_code > 0 for r in self.rows)

    @property
    def reported(self) -> bool:
        return self.worst_code > 0

    @property
    def serious(self) -> bool:
        """Past 90 days at some point (serious delinquency)."""
        return self.worst_days_past_due > SERIOUS_AFTER_DAYS
