"""The account engine's steady-state fast path: an account paid the same way every cycle.

Once an account has nothing left of its own to happen (no spending, payment, agreement,
late-fee check or arrears to come, every statement judged) and its policy pays each
statement's minimum — or each statement in full — on its due date, every cycle is the
same three steps: the statement posts (the cycle's own, or a recorded bill's or an
instalment's), it is paid on the due date, its verdict finds it paid (interest by basis
on any rest). :func:`run` plays those cycles with the general loop's own steps
(:meth:`AccountPlay._post`, :meth:`AccountPlay._apply`, :meth:`AccountPlay._judge`; the
cycle's own statements by :func:`_post_plain`, the same step written out) on the same
event days in the same order — so the same accrual intervals, the same rounding, the
same rows — but without the general loop's checks for what cannot happen any more. It
hands back to the general loop as soon as anything else does (a shortfall, a credit,
the end).

:data:`ENABLED` is the switch the differential tests flip: the results are the same
with it on or off (tests/core/test_engine_fast_paths.py).
"""

from __future__ import annotations

import heapq
from datetime import date, timedelta
from decimal import Context, Decimal
from typing import TYPE_CHECKING

from tracker.engine import rules, schedule
from tracker.engine.records import CashFlow
from tracker.engine.schedule import Slot
from tracker.engine.state import Open, Row, State, allocate, bearing
from tracker.money import round_minor

if TYPE_CHECKING:
    from tracker.engine.play import AccountPlay

#: Play steady cycles on the fast path (False: the general loop plays every event).
ENABLED = True
#: … and, inside it, whole cycles at a time (:func:`_cycles`; False: event by event).
CYCLES = True

_EXACT = Context(prec=60)
_ZERO = Decimal(0)


def ready(play: AccountPlay) -> bool:
    """Whether ``play`` is in the steady state the fast path plays (see the module)."""
    pol = play.policy
    day = play.day
    s = play.s
    if (
        day is None
        or pol.on_due not in ("minimum", "full")
        or pol.cycles is not None
        or pol.negotiation is not None
        or play.until is not None
        or play.close_on is not None
        or play.negotiated
        or play.agreed
        or play.opens
        or play._spends
        or play._payments
        or play._agreements
        or play._fee_checks
        or s.arrears
        or s.credit
        or s.unbilled
        or s.pending_fees
        or s.acc_penalty
        or s.grace_parts  # instalment parts still in their grace: the general loop
    ):
        return False
    if pol.settle_on is not None and pol.settle_on >= day:
        return False
    if pol.start is not None and pol.start > day:
        return False
    if pol.on_due_from is not None and pol.on_due_from > day:
        return False
    return not play._events or play._events[0] > day


def run(play: AccountPlay, max_rows: int) -> None:
    """Play steady cycles (:func:`ready` must hold) until something else happens or the
    account is settled; the general loop (:meth:`AccountPlay.run`) goes on from there."""
    s = play.s
    events = play._events
    slots = play.slots
    rows = play.rows
    product = play.product
    rate = product.revolving_daily_rate
    compound = product.compound_monthly
    multiply = _EXACT.multiply
    opens = play.opens
    full = play.policy.on_due == "full"
    grace = timedelta(days=product.grace_days)
    penalty_after = timedelta(days=product.penalty_after_days or 0)
    pop = heapq.heappop
    known = -1  # len(slots) when the next statement day was last asked
    following = None
    while len(rows) < max_rows:
        # As the general loop: the next statement of the cycle when it comes next, unless
        # the account is settled (:meth:`AccountPlay._finished`: here every open statement
        # is unjudged, and the policy never pays more than is posted, so nothing owed
        # means nothing posted — asked first, it is cheaper).
        if play.next_slot == len(slots) and not (not opens and s.posted <= 0 and play.owed() <= 0):
            if known != len(slots):
                known, following = len(slots), play._next_statement_day()
            if not events or following <= events[0]:  # type: ignore[operator]
                play._extend()
        if not events:
            return
        day = pop(events)
        # Accrue (never delinquent here: no arrears, so no penalty and no penalty rate).
        last = play.day
        assert last is not None
        if day > last and s.revolving:
            s.acc_interest += multiply(Decimal(bearing(s, compound) * (day - last).days), rate)
        play.day = day
        plain = False
        while play.next_slot < len(slots) and slots[play.next_slot].statement_date <= day:
            slot = slots[play.next_slot]
            play.next_slot += 1
            if slot.generated and not slot.parts and play.owed() <= 0:
                continue
            if slot.bill is None and not slot.parts:
                _post_plain(play, slot, grace, penalty_after)
                plain = True
            else:
                play._post(slot, day)
                plain = False
            opens = play.opens
        for o in opens:
            if o.slot.due_date == day and not o.judged:
                play.cycles_paid += 1
                # As the general loop's policy: never more than is owed, nor than is
                # left of this statement (paid by an earlier payment, nothing is paid).
                amount = (
                    s.posted
                    if full
                    else min(max(0, play.owed()), max(0, o.balance - o.paid),
                             max(0, o.minimum - o.paid_min))
                )  # fmt: skip
                if amount > 0:
                    play._apply(day, amount, record=True)
        if any(o.verdict <= day for o in opens):
            play._verdicts(day)
            opens = play.opens
            play._fee_checks_due(day)
            if s.arrears or s.credit or play._fee_checks or s.pending_fees:
                return  # no longer steady: the general loop plays the rest
        if plain and CYCLES and len(rows) < max_rows:
            _cycles(play, max_rows, full, grace, penalty_after)
            opens = play.opens


def _post_plain(play: AccountPlay, slot: Slot, grace: timedelta, penalty_after: timedelta) -> None:
    """:meth:`AccountPlay._post` of one of the cycle's own statements in the steady
    state: no recorded bill, no instalment, no spending, penalty, fee, arrears or
    credit (so only the interest accrued posts, and the minimum is on what is owed)."""
    s = play.s
    play.statements_played += 1
    interest = round_minor(s.acc_interest) if s.acc_interest else 0
    s.acc_interest = _ZERO
    carried = s.principal
    s.interest += interest
    play.totals["interest"] += interest
    balance = s.posted
    # The one minimum rule (nothing else is on it: no spending, fee, penalty, arrears).
    parts = rules.StatementParts(0, carried_principal=carried, interest=interest, balance=balance)
    minimum = rules.minimum_due(play.product, parts)
    rows = play.rows
    rows.append(Row(slot.statement_date, slot.due_date, balance, minimum, interest=interest))
    verdict = slot.due_date + grace
    play.opens.append(Open(len(rows) - 1, slot, verdict, minimum, balance, []))
    play._push(slot.due_date)
    play._push(verdict)
    if penalty_after:
        play._push(slot.due_date + penalty_after)


def _cycles(
    play: AccountPlay, max_rows: int, full: bool, grace: timedelta, penalty_after: timedelta
) -> None:
    """Whole steady cycles at a time, from the end of the day a cycle's own statement
    posted (its only open statement) — integers, no event calendar.

    Between a statement, its due date, its verdict and the next statement nothing else
    happens in the steady state (the calendar's other days — a later penalty-rate day —
    only split the accrual), so each cycle is: accrue to the due date, pay, accrue to
    the verdict, judge, accrue to the next statement, post. The accrual is kept as
    bearing-days and multiplied by the rate once at the statement: exactly the sum of
    the general loop's per-interval products, because the rate's digits and the balance
    are checked small enough that none of those sums is ever rounded (28 digits).
    Hands back (the state as the general loop leaves it at the end of the day played
    last, calendar days up to it taken off) whenever a cycle is not of that shape.
    """
    s = play.s
    rows = play.rows
    events = play._events
    product = play.product
    rate = product.revolving_daily_rate
    compound = product.compound_monthly
    tolerance = product.tolerance
    shape = rate.as_tuple()
    # Σ bearing-days × rate coefficient below 10^27: bearing ≤ what is posted, a cycle
    # (statement to statement) at most 62 days. (A rate written with a positive exponent,
    # 1E+1, would add digits to the sums: never here, and never a real rate.)
    limit = 10**27 // (62 * 10 ** len(shape.digits))
    if not isinstance(shape.exponent, int) or shape.exponent > 0:
        return
    pop = heapq.heappop
    cycle = play.cycle
    while True:
        day = play.day
        opens = play.opens
        if len(opens) != 1 or len(rows) >= max_rows:
            return
        o = opens[0]
        slot = o.slot
        due, verdict = slot.due_date, o.verdict
        if (
            o.items
            or not slot.generated
            or slot.parts
            or o.paid
            or o.paid_min
            or play.next_slot != len(play.slots)
            or play.slots[-1] is not slot
            or s.acc_interest
            or not (day is not None and day < due <= verdict)
            or min(s.principal, s.part_principal, s.part_fee, s.interest, s.fees,
                   s.penalty, s.grace_principal) < 0
            or s.posted >= limit
        ):  # fmt: skip
            return
        following = play._next_statement_day()
        if verdict >= following or (following - day).days > 62:
            return
        if o.minimum - o.paid_min > s.posted:
            return  # the payment would not meet the minimum: the general loop plays it
        # Accrue to the due date; pay there.
        bearing_days = 0
        if s.revolving:
            bearing_days += bearing(s, compound) * (due - day).days
        amount = s.posted if full else max(0, o.minimum - o.paid_min)
        play.cycles_paid += 1
        if amount > 0:
            _pay(play, o, due, amount)
        # Paid (checked above), so no shortfall, no credit: the verdict finds it met.
        assert o.paid_min == o.minimum and not s.credit
        # Accrue to the verdict; judge it (paid: :meth:`AccountPlay._judge` with nothing
        # of its own spending on it and its minimum met).
        if s.revolving:
            bearing_days += bearing(s, compound) * (verdict - due).days
        remainder = max(0, min(s.posted, o.balance - o.paid))
        if remainder > tolerance:
            s.revolving = rate > 0
        elif s.posted <= tolerance:
            s.revolving = False
        o.judged = True
        play.opens = []
        if s.posted <= 0 and _owed(s, bearing_days, rate) <= 0:
            _hand_back(play, verdict, bearing_days, rate)
            return  # settled: the general loop finishes (no more statements)
        # Accrue to the next statement; post it.
        if s.revolving:
            bearing_days += bearing(s, compound) * (following - verdict).days
        s.acc_interest = _EXACT.multiply(Decimal(bearing_days), rate) if bearing_days else _ZERO
        # :meth:`AccountPlay._extend` with the day already asked.
        new = Slot(following, schedule.due_for(cycle, following), generated=True)
        play.slots.append(new)
        play._push(following)
        play._push(new.due_date)
        play.day = following
        play.next_slot += 1
        _post_plain(play, new, grace, penalty_after)
        while events and events[0] <= following:
            pop(events)


def _owed(s: State, bearing_days: int, rate: Decimal) -> int:
    """:meth:`AccountPlay.owed` with ``bearing_days`` not yet multiplied out."""
    accrued = round_minor(_EXACT.multiply(Decimal(bearing_days), rate)) if bearing_days else 0
    return s.posted + accrued


def _hand_back(play: AccountPlay, day: date, bearing_days: int, rate: Decimal) -> None:
    """Leave the play as the general loop would at the end of ``day``."""
    s = play.s
    if bearing_days:
        s.acc_interest = _EXACT.multiply(Decimal(bearing_days), rate)
    play.day = day
    play._seen.add(day)
    events = play._events
    while events and events[0] <= day:
        heapq.heappop(events)


def _pay(play: AccountPlay, o: Open, day: date, amount: int) -> None:
    """:meth:`AccountPlay._apply` (recorded) of ``amount`` to the only open statement,
    no arrears and no late fee waiting (the steady state)."""
    s = play.s
    paid, cost, charges = allocate(s, amount)
    play.cash.append(CashFlow(day, paid, cost, charges))
    play.rows[-1].paid += amount
    o.paid += amount
    o.paid_min += min(amount, max(0, o.minimum - o.paid_min))
    if s.posted == 0 and s.unbilled <= 0:
        s.revolving = False
        s.grace_principal = 0
