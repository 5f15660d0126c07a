"""The least monthly budget that clears every account by a date (``payoff --by``): the
payoff planner (:mod:`tracker.engine.planner`) searched by bisection.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from tracker.engine.planner import PlanAccount, _Run, plan_accounts
from tracker.payoff import AVALANCHE


def budget_by(
    items: Sequence[PlanAccount], start: date, by: date, strategy: str = AVALANCHE
) -> int | None:
    """The least monthly budget (whole major units, in minor units) that clears every
    account by ``by``; None when nothing can (``by`` before the first month)."""
    if by < start:
        return None
    months = max(1, (by.year - start.year) * 12 + by.month - start.month + 1)
    owed = sum(_Run(i, start).outstanding() for i in items)
    if owed <= 0:
        return 0

    def clears(budget: int) -> bool:
        plan = plan_accounts(items, budget, start, strategy, max_months=months)
        return plan.debt_free is not None and plan.debt_free <= by

    step = 100  # whole yuan / dollars
    lo, hi = 0, -(-owed * 2 // step)
    if not clears(hi * step):
        return None
    while lo + 1 < hi:
        mid = (lo + hi) // 2
        lo, hi = (lo, mid) if clears(mid * step) else (mid, hi)
    return hi * step
