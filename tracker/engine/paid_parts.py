"""The steady path's instalment cycles: statements of instalment parts, each paid in
full on its due date, played a whole cycle at a time (issue 11, acceptance 5).

The simulator's "split into N instalments" plays N such statements, and so does every
account once its plans are all that is left. From the end of a day with nothing owed,
nothing accruing and nothing open, such a cycle is: the statement posts its parts
(balance = minimum = the parts), the due date's payment pays them (fee first, then
principal: :func:`state.allocate`), the verdict finds the statement paid — and nothing
is owed again. No interest accrues on the way (nothing bears it, nothing is
delinquent), so the calendar days in between only move the play's day.
:func:`play_cycles` writes those steps out (the same rows, cash flows and totals as
:mod:`tracker.engine.steady`'s event by event, which are the general loop's) and hands
back to the event loop at the first cycle of another shape. It runs under
:data:`steady.CYCLES`, so the differential tests that switch the fast paths off also
cover it (tests/core/test_engine_fast_paths.py, tests/core/test_engine_speed_exact.py).
"""

from __future__ import annotations

import heapq
from collections.abc import Callable
from datetime import timedelta
from decimal import Decimal
from typing import TYPE_CHECKING

from tracker.engine.records import CashFlow
from tracker.engine.state import Row, State

if TYPE_CHECKING:
    from tracker.engine.play import AccountPlay

_ZERO = Decimal(0)


def _settled(s: State) -> bool:
    """Nothing owed, accruing, pending or running late, and not revolving."""
    return not (
        s.principal or s.part_principal or s.part_fee or s.interest or s.fees or s.penalty
        or s.unbilled or s.credit or s.acc_interest or s.acc_penalty or s.pending_fees
        or s.grace_principal or s.grace_parts or s.arrears or s.revolving
    )  # fmt: skip


def play_cycles(
    play: AccountPlay,
    max_rows: int,
    full: bool,
    grace: timedelta,
    penalty_after: timedelta,
    minimum_of: Callable[[int, int, int, int], int],
) -> None:
    """Play whole instalment cycles from the end of ``play``'s day while each is of the
    shape above: its statement holds only instalment parts (no recorded bill, nothing
    else of the cycle's own), its due date is not before it, and the next statement
    comes after its verdict (and its penalty-rate day) — the product's own next one too,
    after the last — with nothing else on the calendar in between."""
    s = play.s
    rows, slots, events, seen = play.rows, play.slots, play._events, play._seen
    cash, totals = play.cash, play.totals
    heappush, heappop = heapq.heappush, heapq.heappop
    while len(rows) < max_rows and play.next_slot < len(slots):
        day = play.day
        if day is None or play.opens or play._fee_checks or not _settled(s):
            return
        slot = slots[play.next_slot]
        if slot.bill is not None or slot.generated or not slot.parts:
            return
        statement, due = slot.statement_date, slot.due_date
        verdict = due + grace
        quiet = due + penalty_after if penalty_after else verdict
        last = max(verdict, quiet)
        if not day < statement <= due:
            return
        if play.next_slot + 1 < len(slots):
            if slots[play.next_slot + 1].statement_date <= last:
                return
        elif play._next_statement_day() <= last:
            # The last statement to post: while it is owed, the product's cycle goes on,
            # and its next statement would come before the verdict (BNPL, cards).
            return
        principal = fee = 0
        for x in slot.parts:
            principal += x.principal
            fee += x.fee
        if principal < 0 or fee < 0 or principal + fee <= 0:
            return
        balance = principal + fee
        minimum = minimum_of(0, 0, balance, balance)
        # :meth:`AccountPlay._policy`: in full, the balance; the minimum, the least of
        # what is owed, what is left of the statement and of its minimum.
        amount = balance if full else min(balance, max(0, minimum))
        if amount != balance:
            return
        # The calendar up to the verdict: only days with nothing of their own before the
        # statement (no statement is open), then the cycle's own days.
        taken = []
        while events and events[0] <= last:
            taken.append(heappop(events))
        if any(d >= statement and d not in (statement, due, verdict, quiet) for d in taken):
            for d in taken:
                heappush(events, d)
            return
        seen.update((due, verdict, quiet))
        # Post (:func:`steady._post_plain`), pay on the due date (:func:`steady._pay`:
        # the fee, then the principal; the minimum met), judge (paid: nothing to do).
        play.statements_played += 1
        s.acc_interest = s.acc_penalty = _ZERO
        totals["fees"] += fee
        row = Row(statement, due, balance, minimum, fees=fee)
        row.paid = amount
        rows.append(row)
        cash.append(CashFlow(due, principal, fee, 0))
        play.cycles_paid += 1
        play.next_slot += 1
        play.day = last
