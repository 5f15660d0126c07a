"""A loan paid off early (提前还款) inside a play that is under way: the payoff planner's.

:func:`end_early` rewrites the statements still to post as ``plan prepay`` rewrites a
recorded plan (tracker/service/plans.py): the money is :mod:`tracker.early_payoff`'s.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from tracker import early_payoff
from tracker.engine import schedule
from tracker.engine.play import AccountPlay
from tracker.engine.records import PartDue


def end_early(play: AccountPlay, day: date) -> int | None:
    """Rewrite the loan of ``play`` (played to the eve of ``day``) as paid off early on
    ``day``: of each plan with an instalment after ``day``, the first such period becomes
    due that day with the remaining principal and the interest to the day (annual rate ÷
    360 in China, ÷ 365 in the US, never more than the period's own:
    :func:`tracker.early_payoff.early_payoff`, as ``plan prepay``), and the later periods
    go. Returns the interest they would still have charged (minor units), or None when
    no plan has an instalment after ``day`` (nothing changed)."""
    product = play.product
    plans: dict[int, list[PartDue]] = {}
    for slot in play.slots:
        for part in slot.parts:
            plans.setdefault(part.order, []).append(part)
    ends = {}
    for order, parts in plans.items():
        parts.sort(key=lambda p: p.due_date)
        if parts[-1].due_date > day:
            periods = [early_payoff.Installment(p.due_date, p.principal, p.fee) for p in parts]
            ends[order] = early_payoff.early_payoff(
                periods, day, product.annual_rate, product.jurisdiction
            )
    if not ends:
        return None
    lasts = [PartDue(day, x.principal, x.interest, order) for order, x in ends.items()]
    slots = play.slots[: play.next_slot]
    for slot in play.slots[play.next_slot :]:
        if lasts and slot.statement_date > day:
            slots.append(schedule.Slot(day, day, parts=lasts))
            lasts = []
        parts = [p for p in slot.parts if not (p.order in ends and p.due_date > day)]
        if lasts and slot.statement_date == slot.due_date == day:
            parts, lasts = parts + lasts, []
        if parts == slot.parts:
            slots.append(slot)
        elif parts or slot.bill is not None:
            slots.append(replace(slot, parts=parts))  # (a new slot: copies share them)
    if lasts:
        slots.append(schedule.Slot(day, day, parts=lasts))
    play.slots = slots
    play._push(day)
    return sum(x.saved for x in ends.values())
