"""Dues: what each product owes, when, and what lateness costs so far, as of a day.

The ledger (allocation of payments to dues) runs once per change of the file and is
shared by every view that asks on the same day (see :func:`due_views`).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from decimal import Decimal

from tracker import costs, credit, ledger
from tracker.errors import refuse
from tracker.ledger import DueStatus
from tracker.money import round_minor
from tracker.products import Product
from tracker.records import Due
from tracker.storage import Store


@dataclass(frozen=True)
class DueView:
    """One due as the dashboard, reminders and ``due`` show it (amounts minor units)."""

    status: DueStatus
    product: Product
    penalty_so_far: int
    impact: credit.CreditImpact

    @property
    def due(self) -> Due:
        return self.status.due

    @property
    def amount(self) -> int:
        """What is still owed on this due."""
        return self.status.state.outstanding

    @property
    def minimum(self) -> int:
        """What must still be paid to stay out of overdue."""
        return self.status.state.outstanding_minimum

    def cost_if_paid(self, pay: date) -> int:
        """What paying what is still owed on ``pay`` costs on top, minor units."""
        return late_cost(self.status, self.product, pay)


def day_cost(view: DueView, today: date) -> int:
    """What one more day costs (minor units), as the dashboard and the reminders say it.

    Overdue on a penalty product: the daily penalty on what is owed, the same every day
    (¥618.25 × 0.05% = ¥0.31, not the 1.85 − 1.55 = ¥0.30 that rounding the running total
    gives on day 6). Otherwise (cards, not yet late): what paying a day after
    max(today, due date) adds to paying then, the first day's late fee included.
    """
    product = view.product
    if view.status.is_overdue and product.overdue_model == "penalty":
        return round_minor(Decimal(view.amount) * product.penalty_daily_rate)
    base = max(today, view.due.due_date)
    return max(0, view.cost_if_paid(base + timedelta(days=1)) - view.cost_if_paid(base))


def late_cost(status: DueStatus, product: Product, pay: date) -> int:
    """The overdue cost of paying a due's outstanding amount on ``pay`` (minor units).

    The product's own overdue rule (:func:`tracker.costs.overdue_cost`): the daily
    penalty, or for cards the revolving interest plus the late fee; 0 within grace.
    It is reckoned as the simulator reckons a late due, so that the dashboard's "so
    far" and the simulator's "pay today" agree: the bill is what is still owed, the
    spending posted on the statement date (the due date for dues without one).
    """
    due, unpaid = status.due, status.state.outstanding
    if unpaid <= 0 or pay <= due.due_date:
        return 0
    posting = min(due.statement_date or due.due_date, due.due_date)
    if status.state_name == "revolving":
        # The minimum was met: no late fee, no report, only the interest the rest
        # carries (on the whole bill from posting where the card takes the grace away).
        bill = max(due.total, unpaid)
        return costs.revolving_interest(product, bill, unpaid, posting, due.due_date, pay)
    minimum = min(status.state.outstanding_minimum, unpaid)
    cost = costs.overdue_cost(
        product, bill=unpaid, minimum=minimum, unpaid=unpaid, posting=posting, due=due.due_date,
        pay=pay,
    )  # fmt: skip
    return cost.total


def due_views(store: Store, today: date, product_id: int | None = None) -> list[DueView]:
    """Every due of active products (or of ``product_id``, archived or not) with its
    status as of ``today``, in due-date order.

    The ledger is computed once per change of the file: a dashboard refresh asks for it
    several times, and on years of history it is the costly part.
    """
    return list(_ledger(store, today, product_id)[0])


def credits(store: Store, today: date, product_id: int | None = None) -> dict[int, int]:
    """[minor units] what was paid beyond every due, per product id (an overpayment the
    lender holds as a credit balance); from the same ledger run as :func:`due_views`."""
    return dict(_ledger(store, today, product_id)[1])


def _ledger(
    store: Store, today: date, product_id: int | None
) -> tuple[tuple[DueView, ...], dict[int, int]]:
    key = ("due_views", today, product_id)
    revision = store.revision()
    cached = store.memo.get(key)
    if cached is not None and cached[0] == revision:
        return cached[1]  # type: ignore[no-any-return]
    result = _compute_due_views(store, today, product_id)
    store.memo[key] = (revision, result)
    return result


def _compute_due_views(
    store: Store, today: date, product_id: int | None
) -> tuple[tuple[DueView, ...], dict[int, int]]:
    if product_id is None:
        products = {p.saved_id: p for p in store.list_products()}
    else:
        products = {product_id: store.get_product(product_id)}
    dues = [d for d in store.list_dues(product_id) if d.product_id in products]
    payments = [p for p in store.list_payments(product_id) if p.product_id in products]
    rules = {pid: (p.grace_days, p.tolerance) for pid, p in products.items()}
    states, unapplied = ledger.classify(dues, payments, today, rules)
    views = tuple(_view(s, products[s.due.product_id], today) for s in states)
    return views, unapplied


def _view(status: DueStatus, product: Product, today: date) -> DueView:
    penalty = late_cost(status, product, today)
    impact = credit.credit_impact(product, status.days_past_due, status.state.settled_on)
    return DueView(status, product, penalty, impact)


def open_dues(store: Store, today: date, days: int = 30) -> list[DueView]:
    """Overdue dues first (most late first), then those due within ``days``, by date."""
    if not 0 <= days <= 3660:
        raise refuse("--days must be between 0 and 3660, not {days}", days=days)
    views = [v for v in due_views(store, today) if v.status.state_name != "paid"]
    late = [v for v in views if v.status.days_past_due > 0]
    late.sort(key=lambda v: (v.due.due_date, v.due.id))
    soon = [v for v in views if v.status.days_past_due == 0 and v.status.days_until_due <= days]
    soon = [v for v in soon if v.status.state_name != "revolving"]
    soon.sort(key=lambda v: (v.due.due_date, v.due.id))
    return late + soon


def owed(store: Store, product: Product) -> int:
    """Everything the product still owes, minor units: open dues after every recorded
    payment, plus charges not yet on a bill, less any overpayment (never below 0)."""
    pid = product.saved_id
    result = ledger.allocate(store.list_dues(pid), store.list_payments(pid))
    open_dues = sum(state.outstanding for state in result.states)
    return max(0, open_dues + unbilled(store, product) - result.unapplied.get(pid, 0))


def unbilled(store: Store, product: Product) -> int:
    """Charges after the product's last statement date: spent, not yet on a bill."""
    bills = store.list_bills(product.saved_id)
    last = max((b.statement_date for b in bills), default=date.min)
    return sum(c.amount for c in store.list_charges(product.saved_id) if c.date > last)


def product_statuses(store: Store, today: date, product: Product) -> list[DueStatus]:
    """Every due of ``product`` with its status on ``today`` (due-date order); the one
    ledger run of a product page, shared by its summary, record and tables."""
    return [v.status for v in due_views(store, today, product.saved_id)]
