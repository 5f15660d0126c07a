"""The account engine's running state: buckets owed, open statements, timeline rows.

Mutable records private to :mod:`tracker.engine.play` (minor units; accruals Decimal).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal

from tracker.engine.records import CycleRow
from tracker.engine.schedule import Slot

_ZERO = Decimal(0)
_new = object.__new__


@dataclass
class Open:
    """A posted statement waiting for (or past) its verdict."""

    row: int
    slot: Slot
    verdict: date
    minimum: int
    balance: int
    items: list[tuple[date, int]]
    paid_min: int = 0
    paid: int = 0
    judged: bool = False
    #: (day, amount) of what was paid while it was open, for interest "whole statement
    #: from posting": the part repaid before the due date bears it to its own day.
    paid_on: list[tuple[date, int]] = field(default_factory=list)


@dataclass
class Row:
    statement_date: date
    due_date: date
    balance: int
    minimum: int
    paid: int = 0
    interest: int = 0
    fees: int = 0
    penalty: int = 0
    late_fee: int = 0
    dpd: int = 0
    adjustment: int = 0
    oldest: date | None = None
    #: Still delinquent when the cycle closed (at the next statement): the delinquency
    #: goes on into the next month (:func:`play.report_codes`).
    late_at_close: bool = False

    def freeze(self, code: int) -> CycleRow:
        """The row as a :class:`CycleRow` with ``code`` as its report code.

        Made as the frozen dataclass's ``__init__`` makes it — the same ``__dict__``, in
        field order — without its twelve ``object.__setattr__`` calls: 1.3 against 3.2 µs,
        and a start freezes ~3,400 resumed rows (tests/core/test_start_rows.py).
        """
        s = self.__dict__
        row = _new(CycleRow)
        row.__dict__.update(
            statement_date=s["statement_date"], due_date=s["due_date"],
            balance=s["balance"], minimum=s["minimum"], paid=s["paid"],
            interest=s["interest"], fees=s["fees"], penalty=s["penalty"],
            late_fee=s["late_fee"], days_past_due=s["dpd"], report_code=code,
            adjustment=s["adjustment"],
        )  # fmt: skip
        return row


@dataclass
class State:
    """What the account owes, by bucket (minor units), and what is accruing."""

    principal: int = 0
    part_principal: int = 0
    part_fee: int = 0
    interest: int = 0
    fees: int = 0
    penalty: int = 0
    unbilled: int = 0
    credit: int = 0
    acc_interest: Decimal = _ZERO
    acc_penalty: Decimal = _ZERO
    pending_fees: int = 0
    grace_principal: int = 0
    #: Of ``principal``, what bears no revolving interest: the fees and 违约金 (and the
    #: interest, unless the product compounds it) inside a CN lender's recorded bill — no
    #: interest on fees and 违约金 (银发〔2016〕111号). Paid before the rest of it.
    quiet: int = 0
    #: instalment parts (principal + fee) posted on a statement whose due date + grace
    #: has not passed: they bear no revolving interest until then.
    grace_parts: int = 0
    #: … the same, by the due date of the statement they are on (each plan's parts end
    #: their grace on their own statement's verdict, not on another's): sums to
    #: ``grace_parts``.
    grace_by_due: dict[date, int] = field(default_factory=dict)
    revolving: bool = False
    arrears: list[list[object]] = field(default_factory=list)

    @property
    def posted(self) -> int:
        return (
            self.principal + self.part_principal + self.part_fee + self.interest
            + self.fees + self.penalty
        )  # fmt: skip

    @property
    def arrears_total(self) -> int:
        arrears = self.arrears
        if not arrears:  # the usual case, asked at every event
            return 0
        if len(arrears) == 1:  # the next most usual: one unpaid minimum
            return int(arrears[0][1])  # type: ignore[call-overload]
        return sum(int(a[1]) for a in arrears)  # type: ignore[call-overload]


def allocate(s: State, amount: int) -> tuple[int, int, int]:
    """Pay ``amount`` into ``s``: penalty → interest → fees → instalment fees, then
    instalment principal → principal → unbilled spending, each bucket as far as it goes,
    the rest a credit. Returns (principal paid with the credit, cost paid, charges paid:
    the part of the cost that is not instalment fees)."""
    left = amount  # spelled out, not getattr by name: this runs for every payment
    take = min(left, s.penalty)
    s.penalty -= take
    left -= take
    charges = take
    take = min(left, s.interest)
    s.interest -= take
    left -= take
    charges += take
    take = min(left, s.fees)
    s.fees -= take
    left -= take
    charges += take
    take = min(left, s.part_fee)
    s.part_fee -= take
    left -= take
    cost = charges + take
    take = min(left, s.part_principal)
    s.part_principal -= take
    left -= take
    principal = take
    take = min(left, s.principal)
    s.principal -= take
    left -= take
    principal += take
    if s.quiet:  # paid before the principal that bears interest
        s.quiet = max(0, s.quiet - take)
    take = min(left, s.unbilled)
    s.unbilled -= take
    left -= take
    principal += take
    s.grace_principal = min(s.grace_principal, s.principal - s.quiet)
    # Parts past their due date are paid before those still in their grace, and of
    # those the ones falling due first.
    if s.grace_parts > s.part_principal + s.part_fee:
        _end_grace(s, s.grace_parts - s.part_principal - s.part_fee)
    s.credit += left
    return principal + left, cost, charges


def post_parts(s: State, due: date, amount: int) -> None:
    """Instalment parts of ``amount`` (principal + fee) posted on the statement due on
    ``due``: in their grace until its verdict."""
    if amount:
        s.grace_parts += amount
        s.grace_by_due[due] = s.grace_by_due.get(due, 0) + amount


def judge_parts(s: State, due: date) -> None:
    """The verdict of the statement due on ``due``: what is left of its own parts ends
    its grace (the other statements' parts keep theirs)."""
    s.grace_parts = max(0, s.grace_parts - s.grace_by_due.pop(due, 0))


def _end_grace(s: State, paid: int) -> None:
    """``paid`` of the parts still in their grace was paid: the statement due first
    first."""
    s.grace_parts -= paid
    for due in sorted(s.grace_by_due):
        take = min(paid, s.grace_by_due[due])
        paid -= take
        if take == s.grace_by_due[due]:
            del s.grace_by_due[due]
        else:
            s.grace_by_due[due] -= take
        if not paid:
            break


def bearing(s: State, compound: bool, charges: bool = False) -> int:
    """What bears revolving interest: principal out of its grace (but its ``quiet``
    part), and instalment parts past their own due date (DESIGN.md § The account engine:
    interest only on balances that lost their grace); with monthly compounding, posted
    interest too; with ``charges`` (a US issuer's average daily balance,
    :func:`tracker.engine.rules.charges_bear_interest`), posted interest and fees."""
    total = s.principal - s.grace_principal + s.part_principal + s.part_fee - s.grace_parts
    total -= s.quiet
    if compound or charges:
        total += s.interest
    if charges:
        total += s.fees
    return max(0, total)
