"""The dashboard's use case: totals per currency, overdue warnings, next due, urgency.

Amounts are minor units and stay per currency (a yuan and a dollar never add up).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from tracker.service import estimated_dues, overview
from tracker.service.dues import DueView, open_dues
from tracker.service.estimated_dues import EstimatedDue
from tracker.service.overview import OverdueWarning, Totals
from tracker.storage import Store

#: Days ahead the dashboard looks (its table and its timeline).
HORIZON_DAYS = 90
#: A due this many days away or fewer counts as "soon".
SOON_DAYS = 3
#: Urgency levels, most urgent first.
URGENCIES = ("late", "today", "revolving", "soon", "later")


@dataclass(frozen=True)
class Dashboard:
    """Everything the dashboard shows on ``today``.

    Attributes:
        has_products: whether any active product exists (for the empty state).
        totals: one :class:`Totals` per currency, the currency owing most first.
        warnings: every overdue due, with its cost per day and credit-report date.
        next_due: the soonest due not yet late (today counts), or None.
        dues: open dues, overdue first, then by date up to ``HORIZON_DAYS`` ahead.
        estimates: what the engine's own statements hold where no bill is recorded
            (:mod:`tracker.service.estimated_dues`), late or due within the same days —
            the dues table's estimated rows, for the timeline and the countdown.
    """

    today: date
    has_products: bool
    totals: tuple[Totals, ...]
    warnings: tuple[OverdueWarning, ...]
    next_due: DueView | None
    dues: tuple[DueView, ...]
    estimates: tuple[EstimatedDue, ...] = ()

    @property
    def next_estimate(self) -> EstimatedDue | None:
        """The soonest estimate not yet late (today counts), as :attr:`next_due` for dues
        (a late one is in the warnings, as a late due)."""
        ahead = [e for e in self.estimates if not e.days_past_due and e.due_date >= self.today]
        return min(ahead, key=lambda e: (e.due_date, -e.amount), default=None)

    @property
    def is_empty(self) -> bool:
        """No product, or nothing owed and nothing coming up."""
        owed = any(t.total_debt for t in self.totals)
        return not self.has_products or (not self.dues and not owed)


def urgency(view: DueView) -> str:
    """``late`` (past due), ``today``, ``revolving`` (minimum paid, the rest owed after
    the due date and bearing interest), ``soon`` (within SOON_DAYS days) or ``later``."""
    st = view.status
    if st.days_past_due > 0:
        return "late"
    if st.state_name == "revolving":
        return "revolving"
    if st.days_until_due <= 0:
        return "today"
    return "soon" if st.days_until_due <= SOON_DAYS else "later"


def dashboard(store: Store, today: date, days: int = HORIZON_DAYS) -> Dashboard:
    """Build the dashboard for ``today``.

    Args:
        store: the open :class:`tracker.storage.Store`.
        today: the day to look from.
        days: [days] how far ahead upcoming dues are listed.

    Returns:
        The :class:`Dashboard` (amounts in minor units, per currency).
    """
    per_currency = overview.totals(store, today)
    ordered = sorted(per_currency.values(), key=lambda t: (-t.total_debt, t.currency))
    upcoming = [t.next_due for t in ordered if t.next_due is not None]
    next_due = min(upcoming, key=lambda v: (v.due.due_date, -v.amount), default=None)
    return Dashboard(
        today=today,
        has_products=bool(store.list_products()),
        totals=tuple(ordered),
        warnings=tuple(overview.overdue_warnings(store, today)),
        next_due=next_due,
        dues=tuple(v for v in open_dues(store, today, days) if v.amount or v.penalty_so_far),
        # (worked out once per revision of the file: the totals and warnings asked it)
        estimates=tuple(estimated_dues.estimated_dues(store, today, days)),
    )
