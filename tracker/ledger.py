"""Dues, payments and allocation: what is owed, what is paid, what is late, as of a date.

Pure functions over plain records. A payment goes to the oldest open due of its
product first (by due date, then id); inside one due it pays penalty first, then
interest and fees, then principal.
"""

from __future__ import annotations

import heapq
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from datetime import date
from typing import Literal

from tracker.records import Due, Payment

State = Literal["paid", "upcoming", "due_today", "revolving", "in_grace", "overdue"]
#: The order a payment pays the parts of one due.
COMPONENTS = ("penalty", "interest", "fee", "principal")


@dataclass(frozen=True)
class Allocation:
    """The part of one payment that went to one due, split by component."""

    payment_id: int
    due_id: int
    penalty: int = 0
    interest: int = 0
    fee: int = 0
    principal: int = 0

    @property
    def amount(self) -> int:
        return self.penalty + self.interest + self.fee + self.principal


@dataclass(frozen=True)
class DueState:
    """A due with what has been paid on it so far.

    ``settled_on`` is the date of the payment that cleared it; ``minimum_met_on`` the
    date its minimum was first covered (both None while open). ``rescheduled`` is what
    a repayment plan agreed with the lender took over from it (minor units).
    """

    due: Due
    paid_penalty: int = 0
    paid_interest: int = 0
    paid_fee: int = 0
    paid_principal: int = 0
    settled_on: date | None = None
    minimum_met_on: date | None = None
    rescheduled: int = 0

    @property
    def paid(self) -> int:
        return self.paid_penalty + self.paid_interest + self.paid_fee + self.paid_principal

    @property
    def outstanding(self) -> int:
        """What is still owed on this due, minor units."""
        return self.due.total - self.paid - self.rescheduled

    @property
    def outstanding_minimum(self) -> int:
        """What is still needed to cover the minimum, minor units (0 when met)."""
        return max(0, self.due.minimum_due - self.paid - self.rescheduled)


@dataclass(frozen=True)
class LedgerResult:
    """Outcome of :func:`allocate`: states in due order, allocations, unapplied credit."""

    states: tuple[DueState, ...]
    allocations: tuple[Allocation, ...]
    unapplied: dict[int, int]

    def state_of(self, due_id: int) -> DueState:
        return next(s for s in self.states if s.due.id == due_id)


@dataclass(frozen=True)
class Settled:
    """A product's ledger settled up to a day (issue 12): after its payments dated up to
    ``through``, its oldest dues (``states``, in due order: the first ``len(states)`` of
    the product) are fully paid and nothing else was touched — no later due paid in part,
    no credit left over. What later payments do cannot change them (a payment goes to the
    oldest open due), so :func:`classify_open` allocates only the dues after them, with
    the payments dated after ``through``. Saved with the product's closed cycle and
    deleted with it by any write dated at or before the cycle's day
    (``tracker.storage.cycles``)."""

    through: date
    states: tuple[DueState, ...]


def settled_prefix(dues: Sequence[Due], payments: Sequence[Payment], day: date) -> Settled | None:
    """The latest :class:`Settled` of one product's ``dues`` and ``payments`` whose
    payments and dues are all dated on or before ``day`` (a closed cycle's: a write
    dated after it cannot come before them in the ledger's order); None when there is
    none (or a repayment plan was agreed on the product: it moves dues, not payments).

    The ledger is cut after the payments of one day: where every payment so far went to
    the oldest dues and paid them off exactly — e.g. bills of 100.00 and 50.00 paid
    60.00 and 90.00: cut after the second (60 + 90 = 100 + 50), not after the first
    (the 100.00 bill is still open).
    """
    ordered = sorted(dues, key=lambda d: (d.due_date, d.id))
    if any(d.rescheduled_on is not None for d in ordered):
        return None
    states = [DueState(d) for d in ordered]
    paid = sorted((p for p in payments if p.date <= day), key=lambda p: (p.date, p.id))
    best: Settled | None = None
    start = 0
    for n, pay in enumerate(paid):
        left = pay.amount
        k = start
        while left and k < len(states):
            state, alloc = _pay_one(states[k], pay, left)
            if alloc.amount:
                states[k] = state
                left -= alloc.amount
            k += 1
        if left:
            return best  # a credit left over: it would pay a due added later
        while start < len(states) and states[start].outstanding == 0:
            start += 1
        if n + 1 < len(paid) and paid[n + 1].date == pay.date:
            continue  # cut only between days
        untouched = start == len(states) or states[start].paid == 0
        if untouched and (start == 0 or ordered[start - 1].due_date <= day):
            best = Settled(pay.date, tuple(states[:start]))
    return best


def allocate(
    dues: Iterable[Due], payments: Iterable[Payment], as_of: date | None = None
) -> LedgerResult:
    """Apply payments to dues, oldest due first, penalty → interest → fee → principal.

    Args:
        dues: every due of one or more products.
        payments: payments of the same products; each pays only its own product.
        as_of: ignore payments dated after this day (None: use all).

    Returns:
        A :class:`LedgerResult`; ``unapplied`` maps product id → overpayment (minor units).
    """
    ordered = sorted(dues, key=lambda d: (d.due_date, d.id))
    states = {d.id: DueState(d) for d in ordered}
    by_product: dict[int, list[int]] = {}
    for d in ordered:
        by_product.setdefault(d.product_id, []).append(d.id)
    allocations: list[Allocation] = []
    unapplied: dict[int, int] = {}
    # Dues before first_open[product] are fully paid: payments only ever add, so a paid
    # due stays paid and each payment starts at the oldest open one (linear, not n²).
    first_open: dict[int, int] = {}
    for pay in sorted(payments, key=lambda p: (p.date, p.id)):
        if as_of is not None and pay.date > as_of:
            continue
        left = pay.amount
        queue = by_product.get(pay.product_id, [])
        start = first_open.get(pay.product_id, 0)
        for due_id in queue[start:]:
            if left == 0:
                break
            moved_on = states[due_id].due.rescheduled_on
            if moved_on is not None and pay.date > moved_on:
                continue  # an agreed plan took it over: later payments go to the plan
            state, alloc = _pay_one(states[due_id], pay, left)
            if alloc.amount:
                states[due_id] = state
                allocations.append(alloc)
                left -= alloc.amount
        while start < len(queue) and states[queue[start]].outstanding == 0:
            start += 1
        first_open[pay.product_id] = start
        if left:
            unapplied[pay.product_id] = unapplied.get(pay.product_id, 0) + left
    _reschedule(states, as_of)
    return LedgerResult(tuple(states[d.id] for d in ordered), tuple(allocations), unapplied)


def _open_part(dues: list[Due], done: Settled, as_of: date) -> list[Due]:
    """The dues of one product (in due order) that ``done`` leaves open, once it is known
    to fit them: its states are the oldest dues, each paid off, and not after ``as_of``.

    Raises:
        ValueError: it does not fit (the caller allocates from the first payment).
    """
    n = len(done.states)
    if done.through > as_of:
        raise ValueError("settled after the day asked")
    if [s.due.id for s in done.states] != [d.id for d in dues[:n]]:
        raise ValueError("settled dues are not the product's oldest")
    for state, due in zip(done.states, dues, strict=False):
        paid = state.paid_penalty + state.paid_interest + state.paid_fee + state.paid_principal
        changed = state.due is not due and state.due != due
        if changed or due.total != paid + state.rescheduled or due.rescheduled_on:
            raise ValueError("a settled due is not paid off")
    return dues[n:]


def _reschedule(states: dict[int, DueState], as_of: date | None) -> None:
    """What is left of each due an agreed repayment plan covers moves to the plan on the
    day it was agreed (the plan's own dues hold it from then on)."""
    for due_id, state in states.items():
        day = state.due.rescheduled_on
        if day is None or (as_of is not None and as_of < day) or state.outstanding <= 0:
            continue
        states[due_id] = replace(
            state,
            rescheduled=state.outstanding,
            settled_on=state.settled_on or day,
            minimum_met_on=state.minimum_met_on or day,
        )


def _pay_one(state: DueState, pay: Payment, available: int) -> tuple[DueState, Allocation]:
    """Pay up to ``available`` into one due, component by component (in the order of
    :data:`COMPONENTS`). Spelled out, one new state per payment: this runs for every
    payment of years of history on each change."""
    due, left = state.due, available
    penalty = min(due.penalty - state.paid_penalty, left)
    left -= penalty
    interest = min(due.interest - state.paid_interest, left)
    left -= interest
    fee = min(due.fee - state.paid_fee, left)
    left -= fee
    principal = min(due.principal - state.paid_principal, left)
    paid = (
        state.paid_penalty + penalty,
        state.paid_interest + interest,
        state.paid_fee + fee,
        state.paid_principal + principal,
    )
    total_paid = sum(paid)
    settled, met = state.settled_on, state.minimum_met_on
    if settled is None and due.total - total_paid == 0:
        settled = pay.date
    if met is None and max(0, due.minimum_due - total_paid) == 0:
        met = pay.date
    new = DueState(
        due, *paid, settled_on=settled, minimum_met_on=met, rescheduled=state.rescheduled
    )
    return new, Allocation(pay.id, due.id, penalty, interest, fee, principal)


@dataclass(frozen=True)
class DueStatus:
    """How one due stands on a given day.

    ``days_until_due`` is negative once the date has passed. ``days_past_due`` counts
    from the due date while the minimum is unmet (0 otherwise); ``days_late`` is how
    late the minimum was finally met (history), 0 when on time.
    """

    state: DueState
    as_of: date
    state_name: State
    days_until_due: int
    days_past_due: int
    days_late: int

    @property
    def due(self) -> Due:
        return self.state.due

    @property
    def is_overdue(self) -> bool:
        return self.state_name == "overdue"


def status_of(state: DueState, as_of: date, grace_days: int = 0, tolerance: int = 0) -> DueStatus:
    """Classify one due on ``as_of``.

    Args:
        state: the due with its payments applied (see :func:`allocate`).
        as_of: the day to judge on.
        grace_days: [days] lateness that still counts as on time.
        tolerance: [minor units] an unpaid minimum this small still counts as met.

    Returns:
        A :class:`DueStatus`: paid, upcoming, due_today, revolving (minimum met, rest
        unpaid after the due date), in_grace, or overdue.
    """
    due = state.due
    due_date = due.due_date
    until = (due_date - as_of).days
    met = state.minimum_met_on
    # DueState.outstanding and .outstanding_minimum, spelled out (every due of the file
    # is classified at each view).
    total = due.principal + due.fee + due.interest + due.penalty
    paid = state.paid_penalty + state.paid_interest + state.paid_fee + state.paid_principal
    outstanding = total - paid - state.rescheduled
    minimum = total if due.minimum is None else min(due.minimum, total)
    unmet = max(0, minimum - paid - state.rescheduled)
    minimum_open = unmet > tolerance and (met is None or met > as_of)
    days_past = max(0, -until) if minimum_open else 0
    late_on = met if met is not None and met <= as_of else None
    days_late = max(0, (late_on - due_date).days) if late_on else days_past
    if outstanding <= 0 or (outstanding <= tolerance and until < 0):
        name: State = "paid"
    elif until > 0:
        name = "upcoming"
    elif until == 0:
        name = "due_today"
    elif not minimum_open:
        name = "revolving"
    elif days_past <= grace_days:
        name = "in_grace"
    else:
        name = "overdue"
    return DueStatus(state, as_of, name, until, days_past, days_late)


def statuses(
    dues: Sequence[Due],
    payments: Sequence[Payment],
    as_of: date,
    rules: dict[int, tuple[int, int]] | None = None,
) -> list[DueStatus]:
    """Allocate payments up to ``as_of`` and classify every due.

    Args:
        dues, payments: records of one or more products.
        as_of: the day to judge on.
        rules: product id → (grace_days, tolerance in minor units); default (0, 0).

    Returns:
        One :class:`DueStatus` per due, in due-date order.
    """
    return classify(dues, payments, as_of, rules)[0]


def classify(
    dues: Sequence[Due],
    payments: Sequence[Payment],
    as_of: date,
    rules: dict[int, tuple[int, int]] | None = None,
) -> tuple[list[DueStatus], dict[int, int]]:
    """Like :func:`statuses`, and also the credit left per product: payments beyond every
    due (minor units, product id → amount), e.g. an overpayment."""
    result = allocate(dues, payments, as_of)
    rules = rules or {}
    states = [status_of(s, as_of, *rules.get(s.due.product_id, (0, 0))) for s in result.states]
    return states, dict(result.unapplied)


def classify_open(
    dues: Sequence[Due],
    payments: Sequence[Payment],
    as_of: date,
    rules: dict[int, tuple[int, int]] | None = None,
    settled: dict[int, Settled] | None = None,
) -> tuple[list[DueStatus], dict[int, int]]:
    """:func:`classify`, allocating only what is open: for each product of ``settled``
    (product id → its :class:`Settled`, on or before ``as_of``) its settled dues keep
    their saved states and only the dues it leaves open and the payments dated after it
    go through :func:`classify` (so ``payments`` may leave the earlier ones out). The
    same statuses, in the same order, as :func:`classify` of everything.

    Raises:
        ValueError: a ``settled`` does not fit its product's dues (see :func:`_open_part`).
    """
    if not settled:
        return classify(dues, payments, as_of, rules)
    by_product: dict[int, list[Due]] = {}
    for d in sorted(dues, key=lambda d: (d.due_date, d.id)):
        by_product.setdefault(d.product_id, []).append(d)
    rest: list[Due] = []
    kept: list[DueState] = []
    for pid, group in by_product.items():
        done = settled.get(pid)
        if done is None:
            rest += group
            continue
        rest += _open_part(group, done, as_of)
        kept += done.states
    later = [
        p
        for p in payments
        if p.product_id not in settled or p.date > settled[p.product_id].through
    ]
    open_statuses, unapplied = classify(rest, later, as_of, rules)
    rules = rules or {}
    old = [status_of(s, as_of, *rules.get(s.due.product_id, (0, 0))) for s in kept]
    old.sort(key=_due_order)
    return list(heapq.merge(old, open_statuses, key=_due_order)), unapplied


def _due_order(status: DueStatus) -> tuple[date, int]:
    return status.due.due_date, status.due.id
