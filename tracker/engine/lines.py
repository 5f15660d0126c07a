"""Options that share a beginning play it once (issue 11, acceptance 5: simulator speed).

Most of the simulator's options are the same play up to a day and differ only from it:
"pay D days late" pays nothing until due + D, for every D; "the minimum now and the
rest on day D" pays the first minimum and nothing more until due + D; negotiating after
D days pays nothing until then. A :class:`Line` plays that common part once — under a
*base* policy with no days of its own — and cuts it before each option's first day of
its own, in turn: the option goes on from a copy (:func:`snapshot.copy_play`).

Why the copy is the option's own play, event for event: before that day ``D`` (the
earliest of the option's own event days: settle, start, negotiation) the option's
policy does what the base does (:func:`first_difference` checks it), so every event
before ``D`` is played alike; the line plays exactly those events, deciding whether
the cycle's next statement comes first as the option's play does with ``D`` on its
calendar (:func:`play_before`), and adds no day of its own — no accrual is split, no
extra observation made. The copy then gets the option's policy and its days, as the
option's play had them from the start. :data:`ENABLED` is the switch the differential
test flips (tests/core/test_engine_lines.py): every option is the same with it off.
"""

from __future__ import annotations

import heapq
from datetime import date

from tracker.engine import snapshot
from tracker.engine.play import MAX_ROWS, AccountPlay
from tracker.engine.records import Account, Policy

#: Share beginnings (False: every option plays its account from the first record).
ENABLED = True


def event_days(policy: Policy) -> list[date]:
    """The days ``policy`` puts on a play's calendar (:meth:`AccountPlay._fixed_days`)."""
    days = [d for d in (policy.settle_on, policy.start) if d is not None]
    if policy.negotiation is not None:
        days.append(policy.negotiation.day)
    return days


def first_difference(base: Policy, policy: Policy) -> date | None:
    """The day from which ``policy`` may play otherwise than ``base``: the first of its
    own event days, when before it the two pay alike; None when no such day is known.

    ``base`` must have no days of its own. With ``base`` paying nothing on due dates,
    ``policy`` may pay on them only from a day not before that one (``start`` and
    ``on_due_from`` both hold it back: :meth:`AccountPlay._policy`); otherwise
    ``policy`` must be ``base`` with a day to settle on.
    """
    if base.settle_on or base.start or base.negotiation or base.on_due_from:
        return None
    days = event_days(policy)
    if not days:
        return None
    first = min(days)
    if base.on_due == "none":
        if policy.on_due != "none":
            held = [d for d in (policy.start, policy.on_due_from) if d is not None]
            if not held or max(held) < first:
                return None
        return first
    if policy.start is not None or policy.negotiation is not None:
        return None
    same = Policy(base.on_due, base.cycles)
    if Policy(policy.on_due, policy.cycles, on_due_from=policy.on_due_from) != same:
        return None
    return first


def play_before(engine: AccountPlay, day: date) -> None:
    """Play every event of ``engine`` before ``day`` (none of ``day`` itself), as
    :meth:`AccountPlay.run` would with ``day`` on the calendar: the cycle's next
    statement is added when it comes before the next event or ``day``."""
    events = engine._events
    while len(engine.rows) < MAX_ROWS:
        upcoming = events[0] if events and events[0] < day else day
        engine._extend_before(upcoming)
        if not events or events[0] >= day:
            return
        engine.advance(heapq.heappop(events))
        engine._close_if_due()


class Line:
    """One account played under ``base``, cut before a day for each option in turn."""

    def __init__(self, account: Account, base: Policy) -> None:
        self.account, self.base = account, base
        self.engine = AccountPlay(account, base)
        self.cut: date | None = None

    def fork(self, policy: Policy) -> AccountPlay | None:
        """A play of the account under ``policy``, from a copy of the line cut before
        ``policy``'s first day of its own; None when it cannot share the line."""
        day = first_difference(self.base, policy)
        if day is None:
            return None
        if self.cut is not None and day < self.cut:  # asked out of order: start again
            self.engine, self.cut = AccountPlay(self.account, self.base), None
        play_before(self.engine, day)
        self.cut = day
        out = snapshot.copy_play(self.engine)
        out.policy = policy
        for extra in event_days(policy):
            out._push(extra)
        return out
