"""The account engine's steady-state fast path: an account that only pays its minimum.

Once an account has nothing left of its own to happen (no spending, payment, agreement,
late-fee check or arrears to come, every statement judged, the cycle's own statements
next) and its policy pays each statement's minimum on its due date, every cycle is the
same three steps: the statement posts, its minimum is paid on the due date, its verdict
finds it paid (interest by basis on the rest). :func:`run` plays those cycles with the
general loop's own steps (:meth:`AccountPlay._post`, :meth:`AccountPlay._apply`,
:meth:`AccountPlay._judge`) on the same event days in the same order — so the same
accrual intervals, the same rounding, the same rows — but without the general loop's
checks for what cannot happen any more. It hands back to the general loop as soon as
anything else does (a shortfall, a credit, the end).

:data:`ENABLED` is the switch the differential tests flip: the results are the same
with it on or off (tests/core/test_engine_fast_paths.py).
"""

from __future__ import annotations

import heapq
from datetime import timedelta
from decimal import Context, Decimal
from typing import TYPE_CHECKING

from tracker.engine import rules
from tracker.engine.schedule import Slot
from tracker.engine.state import Open, Row
from tracker.money import round_minor

if TYPE_CHECKING:
    from tracker.engine.play import AccountPlay

#: Play steady cycles on the fast path (False: the general loop plays every event).
ENABLED = True

_EXACT = Context(prec=60)
_ZERO = Decimal(0)


def ready(play: AccountPlay) -> bool:
    """Whether ``play`` is in the steady state the fast path plays (see the module)."""
    pol = play.policy
    day = play.day
    s = play.s
    if (
        day is None
        or pol.on_due != "minimum"
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
        or play.next_slot != len(play.slots)
        or play.product.kind not in ("credit_card", "bnpl")
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
            bearing = s.principal - s.grace_principal + s.part_principal + s.part_fee
            if compound:
                bearing += s.interest
            s.acc_interest += multiply(Decimal(max(0, bearing) * (day - last).days), rate)
        play.day = day
        while play.next_slot < len(slots) and slots[play.next_slot].statement_date <= day:
            slot = slots[play.next_slot]
            play.next_slot += 1
            if slot.generated and not slot.parts and play.owed() <= 0:
                continue
            if slot.bill is None and not slot.parts:
                _post_plain(play, slot, grace, penalty_after)
            else:
                play._post(slot, day)
            opens = play.opens
        for o in opens:
            if o.slot.due_date == day and not o.judged:
                play.cycles_paid += 1
                amount = max(0, o.minimum - o.paid_min)
                if amount > 0:
                    play._apply(day, amount, record=True)
        if any(o.verdict <= day for o in opens):
            play._verdicts(day)
            opens = play.opens
            play._fee_checks_due(day)
            if s.arrears or s.credit or play._fee_checks or s.pending_fees:
                return  # no longer steady: the general loop plays the rest


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
    # rules.minimum_due of StatementParts(carried_principal=carried, interest=interest,
    # balance=balance), nothing else on it, written out (it is asked every cycle).
    p = play.product
    minimum = 0
    if balance > 0:
        own = rules.share(carried, p.min_payment_rate) + interest
        if p.min_includes_interest_fees or p.min_payment_floor:
            own = max(own, min(p.min_payment_floor, balance))
        minimum = max(1, min(balance, own))
    rows = play.rows
    rows.append(Row(slot.statement_date, slot.due_date, balance, minimum, interest=interest))
    verdict = slot.due_date + grace
    play.opens.append(Open(len(rows) - 1, slot, verdict, minimum, balance, []))
    play._push(slot.due_date)
    play._push(verdict)
    if penalty_after:
        play._push(slot.due_date + penalty_after)
