"""Dues, payments and allocation: what is owed, what is paid, what is late, as of a date.

Pure functions over plain records. A payment first meets the unmet minimums of its
product's issued dues, oldest first (a bill from its statement date, another due from
its due date), then pays the oldest open dues in full (by due date, then
id); inside one due it pays penalty first, then interest and fees, then principal — so
that paying what a statement asks meets it, as the account engine plays it, though an
earlier bill is still open (issue 11: paying the ¥165.50 a card's February statement
asked went to January's revolving balance, and February was called late).

A bill's minimum may be more than its own amount: a card's statement asks the rate on
the principal carried from earlier bills too (DESIGN.md § Presets, minimum payment). What
of it the bill cannot hold is paid on the earlier dues that carry that principal, and
counts towards the bill's minimum (:attr:`DueState.spilled`).

Longer than 400 lines on purpose: the allocation, the settled prefix that must replay it
exactly (:func:`settled_prefix`) and the classification of the states it leaves are one
rule; apart, each would reach into the others' internals.
"""

from __future__ import annotations

import heapq
from bisect import bisect_left
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from datetime import date, timedelta
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
    #: Paid towards this due's minimum on the earlier dues of its product (a minimum
    #: beyond its own amount: the rate on the principal they carry).
    spilled: int = 0
    #: What the earlier dues of its product still owe (after the payments allocated):
    #: how much of a minimum beyond its own amount can still be asked.
    room: int = 0
    #: Paid into a bill on or before its statement date: it lowered the statement's
    #: balance (and so the minimum the engine asks of it), but it is no payment of the
    #: minimum (a payment on the statement day belongs to the cycle it closes).
    prepaid: int = 0

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
        return _unmet(self)


def _asked(due: Due) -> int:
    """[minor units] The due's minimum as asked (None: all of it), uncapped."""
    return due.total if due.minimum is None else due.minimum


def _unmet(state: DueState) -> int:
    """[minor units] What is still needed to cover ``state``'s minimum: never more than
    what it and the earlier dues of its product still owe."""
    done = state.paid - state.prepaid + state.spilled + state.rescheduled
    left = state.due.total - state.paid - state.rescheduled
    return max(0, min(_asked(state.due) - done, left + state.room))


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
    no credit left over. What later payments do cannot change them (a payment goes only to
    open dues), so :func:`classify_open` allocates only the dues after them, with
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
    highest = -1  # the latest due any payment so far changed
    for n, pay in enumerate(paid):
        left, changed = _apply(states, start, pay, None)
        if left:
            return best  # a credit left over: it would pay a due added later
        if changed:
            highest = max(highest, *changed)
        while start < len(states) and states[start].outstanding == 0:
            start += 1
        if n + 1 < len(paid) and paid[n + 1].date == pay.date:
            continue  # cut only between days
        untouched = highest < start
        if untouched and (start == 0 or ordered[start - 1].due_date <= day):
            best = Settled(pay.date, tuple(_with_room(states[:start])))
    return best


def allocate(
    dues: Iterable[Due], payments: Iterable[Payment], as_of: date | None = None
) -> LedgerResult:
    """Apply payments to dues: the unmet minimums of the dues issued by each payment's day
    first, then the oldest dues in full (see the module); penalty → interest → fee →
    principal inside a due.

    Args:
        dues: every due of one or more products.
        payments: payments of the same products; each pays only its own product.
        as_of: ignore payments dated after this day (None: use all).

    Returns:
        A :class:`LedgerResult`; ``unapplied`` maps product id → overpayment (minor units).
    """
    ordered = sorted(dues, key=lambda d: (d.due_date, d.id))
    by_product: dict[int, list[DueState]] = {}
    for d in ordered:
        by_product.setdefault(d.product_id, []).append(DueState(d))
    allocations: list[Allocation] = []
    unapplied: dict[int, int] = {}
    # Dues before first_open[product] are fully paid: payments only ever add, so a paid
    # due stays paid and each payment starts at the oldest open one (linear, not n²).
    first_open: dict[int, int] = {}
    for pay in sorted(payments, key=lambda p: (p.date, p.id)):
        if as_of is not None and pay.date > as_of:
            continue
        queue = by_product.get(pay.product_id, [])
        start = first_open.get(pay.product_id, 0)
        left, _ = _apply(queue, start, pay, allocations)
        while start < len(queue) and queue[start].outstanding == 0:
            start += 1
        first_open[pay.product_id] = start
        if left:
            unapplied[pay.product_id] = unapplied.get(pay.product_id, 0) + left
    states = {st.due.id: st for group in by_product.values() for st in group}
    _reschedule(states, as_of)
    for group in by_product.values():
        group[:] = _with_room([states[st.due.id] for st in group])
        states.update((st.due.id, st) for st in group)
    return LedgerResult(tuple(states[d.id] for d in ordered), tuple(allocations), unapplied)


def with_fees(dues: Sequence[Due], fees: Iterable[tuple[date, int]]) -> list[Due]:
    """One product's ``dues`` with each fee (the first due date that asks it, minor
    units) added to the penalty of the first due falling due on or after that day (due
    date, then id) — and to its minimum, when it has one.

    A pay-in-N late fee or a loan's penalty interest is no recorded due: the account
    engine asks it with an instalment (DESIGN.md § Presets: a pay-in-4 fee once the
    retries end, a loan's penalty on its next statement) and a payment pays it before
    principal. Left out of the ledger, the money that paid it prepaid a later instalment
    there, which the due list then called paid while the engine still asked it (issue
    11). A fee with no due on or after its day is left out (the caller keeps it beside
    the dues, as the account's costs so far).
    """
    out = sorted(dues, key=lambda d: (d.due_date, d.id))
    days = [d.due_date for d in out]
    for day, amount in sorted(fees):
        k = bisect_left(days, day)  # (200 fees on 440 dues: no scan per fee)
        if k == len(out) or amount <= 0:
            continue
        d = out[k]
        minimum = None if d.minimum is None else d.minimum + amount
        out[k] = replace(d, penalty=d.penalty + amount, minimum=minimum)
    return out


#: A due is issued (its statement posted) at most this long before its due date.
_LOOKAHEAD = timedelta(days=62)


def _issued(due: Due, billed: set[date]) -> date:
    """The first day a payment meets a due's minimum: the day after a bill's statement
    date (a payment on that day belongs to the cycle it closes, as the engine plays
    it); an instalment period's first day on the statement of a bill due the same day
    (``billed``: the due dates of the bills issued by then), else its due date (a loan
    repayment) — so a write dated after a product's settled ledger cannot reach the
    payments before it (:class:`Settled`)."""
    if due.statement_date is not None:
        return due.statement_date + timedelta(days=1)
    return date.min if due.due_date in billed else due.due_date


def _moved(due: Due, pay: Payment) -> bool:
    """Whether an agreed plan took ``due`` over before ``pay`` (it goes to the plan)."""
    return due.rescheduled_on is not None and pay.date > due.rescheduled_on


def _apply(
    states: list[DueState], start: int, pay: Payment, out: list[Allocation] | None
) -> tuple[int, list[int]]:
    """Allocate one payment to one product's dues (``states``, in due order; those before
    ``start`` are paid off), in place: first the unmet minimums of the dues issued by its
    day, oldest first — a minimum beyond its due's own amount on the earlier dues that
    carry the principal it asks the rate on — then the oldest open dues in full. Adds
    its allocations to ``out``; returns what is left of it and the indexes it changed.
    """
    left = pay.amount
    changed: list[int] = []
    mine: dict[int, Allocation] = {}  # one allocation per due it pays

    def pay_into(k: int, most: int) -> int:
        nonlocal left
        state, alloc = _pay_one(states[k], pay, min(most, left))
        if not alloc.amount:
            return 0
        if state.due.statement_date is not None and pay.date <= state.due.statement_date:
            state = replace(state, prepaid=state.prepaid + alloc.amount)
        states[k] = state
        left -= alloc.amount
        changed.append(k)
        if out is not None:
            was = mine.get(k)
            mine[k] = alloc if was is None else _joined(was, alloc)
        return alloc.amount

    billed: set[date] = set()  # the due dates of the bills issued by its day
    for state in states[start:]:
        if state.due.due_date - _LOOKAHEAD > pay.date:
            break  # (in due order: none later is issued yet)
        if state.due.statement_date is not None and state.due.statement_date < pay.date:
            billed.add(state.due.due_date)
    for k in range(start, len(states)):
        due = states[k].due
        if not left or due.due_date - _LOOKAHEAD > pay.date:
            break
        if _moved(due, pay) or _issued(due, billed) > pay.date:
            continue
        state = states[k]
        need = _asked(due) - state.paid + state.prepaid - state.spilled - state.rescheduled
        if need <= 0:
            continue
        need -= pay_into(k, need) if state.outstanding > 0 else 0
        spilled = 0
        for j in range(start, k):
            if not need or not left:
                break
            if states[j].outstanding > 0 and not _moved(states[j].due, pay):
                moved = pay_into(j, need)
                need -= moved
                spilled += moved
        if spilled:
            states[k] = replace(states[k], spilled=states[k].spilled + spilled)
            changed.append(k)
    for k in range(start, len(states)):
        if not left:
            break
        if states[k].outstanding > 0 and not _moved(states[k].due, pay):
            pay_into(k, left)
    if changed:
        _mark_met(states, start, max(changed), set(changed), pay)
    if out is not None:
        out.extend(mine[k] for k in sorted(mine))  # oldest due first
    return left, changed


def _joined(a: Allocation, b: Allocation) -> Allocation:
    """Two parts of one payment on one due, as one."""
    return Allocation(
        a.payment_id,
        a.due_id,
        a.penalty + b.penalty,
        a.interest + b.interest,
        a.fee + b.fee,
        a.principal + b.principal,
    )


def _mark_met(
    states: list[DueState], start: int, last: int, changed: set[int], pay: Payment
) -> None:
    """Note ``pay``'s day as the day the minimum was met on each due it changed whose
    minimum is now covered (the earlier dues' balance bounding what it may ask)."""
    room = 0
    for k in range(start, last + 1):
        state = states[k]
        met = k in changed and state.minimum_met_on is None
        if met and _unmet(replace(state, room=room)) == 0:
            states[k] = replace(state, minimum_met_on=pay.date)
        if not _moved(state.due, pay):
            room += max(0, state.outstanding)


def _with_room(states: list[DueState]) -> list[DueState]:
    """``states`` (one product's, in due order) each with what the earlier ones still
    owe (:attr:`DueState.room`)."""
    out = []
    room = 0
    for state in states:
        out.append(state if state.room == room else replace(state, room=room))
        room += max(0, state.outstanding)
    return out


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
    settled = state.settled_on
    if settled is None and due.total - total_paid == 0:
        settled = pay.date
    new = DueState(
        due,
        *paid,
        settled_on=settled,
        minimum_met_on=state.minimum_met_on,  # judged by the caller (_mark_met)
        rescheduled=state.rescheduled,
        spilled=state.spilled,
        room=state.room,
        prepaid=state.prepaid,
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
    asked = total if due.minimum is None else due.minimum
    done = paid - state.prepaid + state.spilled + state.rescheduled
    unmet = max(0, min(asked - done, outstanding + state.room))
    minimum_open = unmet > tolerance and (met is None or met > as_of)
    days_past = max(0, -until) if minimum_open else 0
    late_on = met if met is not None and met <= as_of else None
    days_late = max(0, (late_on - due_date).days) if late_on else days_past
    if unmet <= tolerance and (outstanding <= 0 or (outstanding <= tolerance and until < 0)):
        # (A bill paid to its own amount whose minimum asks more — the rate on the
        # principal the earlier dues carry — is not paid until that is met too.)
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
