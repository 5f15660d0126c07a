"""Summaries for the dashboard and the product list: totals, utilisation, warnings, and
each product's position and repayment record.

Amounts are minor units, kept per currency (a yuan and a dollar never add up).
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from datetime import date, timedelta
from decimal import Decimal

from tracker import credit
from tracker.products import Product
from tracker.service import accounts, estimated_dues
from tracker.service.dues import (
    DueView,
    credits,
    day_cost,
    due_views,
    open_views,
    product_statuses,
    unbilled,
)
from tracker.service.estimated_dues import EstimatedDue
from tracker.storage import Store


@dataclass(frozen=True)
class ProductSummary:
    """One product's position on a day (minor units).

    ``balance`` is what is owed less any ``credit`` (paid beyond every due): below zero
    when the lender holds the user's money, as the statement's running balance shows it.
    It is the one figure every screen quotes (the due list, the payoff planner, the
    simulator's "pay today"): open dues + ``unbilled`` + ``charges`` − ``credit``, where
    ``charges`` is the account engine's interest, late fees and penalty charged or
    accrued and not replaced by a recorded bill (``accounts.AccountToday.charges``;
    DESIGN.md § The account engine: "a figure that two screens show is the same
    figure").
    """

    product: Product
    balance: int
    unbilled: int
    next_due: DueView | None
    overdue: int
    credit: int = 0
    charges: int = 0
    #: What the engine's own statement holds where no bill is recorded
    #: (tracker.service.estimated_dues), late or due within a year; set by
    #: :func:`product_summaries` (the products list), None from :func:`product_summary`.
    estimate: EstimatedDue | None = None
    #: The oldest due past its date with its minimum unmet (overdue), or None: the most
    #: pressing thing owed, which ``next_due`` (not yet late) leaves out.
    late_due: DueView | None = None
    #: Of ``balance``, the interest, fees and penalty still unpaid: ``charges``, and for
    #: a pay-in-4 or loan the late fees and penalty its dues hold too (the engine's
    #: unpaid charges; accounts.fees_on_dues). The product page's "of which … so far".
    costs_so_far: int = 0

    @property
    def owed(self) -> int:
        """What is owed, never below zero (a credit balance owes nothing)."""
        return max(0, self.balance)

    @property
    def available(self) -> int | None:
        limit = self.product.credit_limit
        return None if not limit else max(0, limit - self.owed)

    @property
    def utilisation(self) -> Decimal | None:
        """Balance / limit, 4 places (None without a limit)."""
        limit = self.product.credit_limit
        if not limit:
            return None
        return (Decimal(self.owed) / Decimal(limit)).quantize(Decimal("0.0001"))


@dataclass
class Totals:
    """Dashboard totals for one currency (minor units)."""

    currency: str
    total_debt: int = 0
    due_this_month: int = 0
    minimums: int = 0
    overdue: int = 0
    credit_limit: int = 0
    credit_used: int = 0
    next_due: DueView | None = None
    products: list[str] = field(default_factory=list)
    #: The soonest estimate not yet late (the engine's statement with no bill recorded:
    #: tracker.service.estimated_dues), beside ``next_due``, which holds dues only.
    next_estimate: EstimatedDue | None = None

    @property
    def available(self) -> int:
        return max(0, self.credit_limit - self.credit_used)

    @property
    def utilisation(self) -> Decimal | None:
        if not self.credit_limit:
            return None
        return (Decimal(self.credit_used) / Decimal(self.credit_limit)).quantize(Decimal("0.0001"))


@dataclass(frozen=True)
class OverdueWarning:
    """What an overdue due costs per day and when (or since when) it is on the report.

    ``view`` is a due, or what the engine's own statement holds where no due shows it
    (:class:`tracker.service.estimated_dues.EstimatedDue`: an account late with no bill
    recorded is in the warning too, never left out as if clean); for such an estimate
    ``cost_per_day`` is the engine's estimate of what a day adds on the account.
    """

    view: DueView | EstimatedDue
    cost_per_day: int
    reported_on: date

    @property
    def already_reported(self) -> bool:
        return self.view.impact.reported


def product_summaries(store: Store, today: date) -> list[ProductSummary]:
    """Every active product with balance, unbilled charges, next due and overdue amount."""
    paid_ahead = credits(store, today)
    owing: dict[int | None, list[DueView]] = {}  # each product's dues with something owed
    for v in open_views(store, today):
        if v.amount > 0:
            owing.setdefault(v.product.id, []).append(v)
    # (worked out once per revision of the file, as the dashboard's totals ask it too)
    ahead = {e.product.saved_id: e for e in estimated_dues.estimated_dues(store, today, 366)}
    return [
        replace(
            _summary(store, today, p, owing.get(p.id, []), paid_ahead),
            estimate=ahead.get(p.saved_id),
        )
        for p in store.list_products()
    ]


def _summary(
    store: Store,
    today: date,
    product: Product,
    mine: list[DueView],
    paid_ahead: dict[int, int],
) -> ProductSummary:
    """One product's position from its due views with something owed."""
    credit = paid_ahead.get(product.saved_id, 0)
    owed_unbilled = unbilled(store, product)
    account = accounts.played_to(store, product, today)
    charges = account.charges
    folded = product.kind in accounts.FOLDED_KINDS
    upcoming = [v for v in mine if v.status.days_past_due == 0 and v.status.days_until_due >= 0]
    late = [v for v in mine if v.status.is_overdue]
    return ProductSummary(
        product,
        balance=sum(v.amount for v in mine) + owed_unbilled + charges - credit,
        unbilled=owed_unbilled,
        next_due=min(upcoming, key=lambda v: v.due.due_date, default=None),
        overdue=sum(v.amount for v in mine if v.status.is_overdue),
        credit=credit,
        charges=charges,
        late_due=min(late, key=lambda v: v.due.due_date, default=None),
        costs_so_far=account.unpaid_charges if folded else charges,
    )


def totals(store: Store, today: date) -> dict[str, Totals]:
    """Dashboard totals per currency."""
    out: dict[str, Totals] = {}
    for s in product_summaries(store, today):
        t = out.setdefault(s.product.currency, Totals(s.product.currency))
        t.products.append(s.product.name)
        t.total_debt += s.owed  # one lender's credit does not pay another's debt
        t.overdue += s.overdue
        if s.product.credit_limit:
            t.credit_limit += s.product.credit_limit
            t.credit_used += s.owed
        if s.next_due and (
            t.next_due is None or s.next_due.due.due_date < t.next_due.due.due_date
        ):
            t.next_due = s.next_due
    for v in open_views(store, today):
        if v.amount <= 0 and v.minimum <= 0:  # (a bill paid whose minimum asks more)
            continue
        t = out[v.product.currency]
        this_month = (v.due.due_date.year, v.due.due_date.month) == (today.year, today.month)
        if this_month or v.status.days_past_due > 0:
            t.due_this_month += v.amount
            t.minimums += v.minimum
    # What the engine's own statements hold where no due shows it (no bill recorded):
    # owed beyond every due row, so counted once, by the same rule.
    # (Every estimate, whatever its due date: worked out once per revision of the file.)
    for e in estimated_dues.estimated_dues(store, today, 366):
        t = out[e.product.currency]
        if (e.due_date.year, e.due_date.month) == (today.year, today.month) or e.days_past_due:
            t.due_this_month += e.amount
            t.minimums += e.minimum
        if e.days_past_due:  # late as a due is ("Nothing else due soon" beside it)
            t.overdue += e.amount
        ahead = not e.days_past_due and e.due_date >= today
        if ahead and (t.next_estimate is None or e.due_date < t.next_estimate.due_date):
            t.next_estimate = e
    return out


def overdue_warnings(store: Store, today: date) -> list[OverdueWarning]:
    """Each overdue due: what another day costs, and the day it reaches the report —
    or, when its account is on the report already, the day the account got there."""
    out = []
    for v in open_views(store, today):
        if not v.status.is_overdue:
            continue
        per_day = day_cost(store, v, today)
        out.append(OverdueWarning(v, per_day, _reported_on(store, v, v.due.due_date, today)))
    for e in estimated_dues.estimated_dues(store, today):
        if e.days_past_due > 0:
            per_day = estimated_dues.day_cost(store, e, today)
            out.append(OverdueWarning(e, per_day, _reported_on(store, e, e.due_date, today)))
    return out


def _reported_on(store: Store, view: DueView | EstimatedDue, due_date: date, today: date) -> date:
    """The day a due left unpaid reaches the report: past the grace days and at least
    ``report_after_days`` late. When its account is reported already through an older
    delinquency (a pay-in-4's earlier instalment; this one 2 days late), the day the
    account got there: its days past due back from ``today``, not this due's day to come."""
    product = view.product
    after = timedelta(days=max(product.report_after_days, product.grace_days + 1))
    own = due_date + after
    if not view.impact.reported or own <= today:
        return own
    days = accounts.played_to(store, product, today).outcome.days_past_due
    return min(own, today - timedelta(days=days) + after)


def product_rows(
    store: Store, today: date, include_archived: bool = False
) -> list[ProductSummary]:
    """Every product's position today, by name; archived ones too when asked."""
    rows = product_summaries(store, today)
    if include_archived:
        rows += [
            _archived_summary(store, today, p)
            for p in store.list_products(include_archived=True)
            if p.archived
        ]
    return sorted(rows, key=lambda s: s.product.name.lower())


def product_summary(store: Store, today: date, product_id: int) -> ProductSummary:
    """One product's position today (balance, next due; see overview.ProductSummary)."""
    product = store.get_product(product_id)
    if product.archived:
        return _archived_summary(store, today, product)
    summary = _summary(
        store,
        today,
        product,
        [v for v in due_views(store, today, product_id) if v.amount > 0],
        credits(store, today, product_id),
    )
    # With its estimate, as product_summaries gives it (the product page said "Nothing
    # due" beside ¥97.94 17 days late on the engine's own statement).
    return replace(summary, estimate=estimated_dues.estimated_due(store, product, today))


def repayment_record(store: Store, today: date, product_id: int) -> credit.RedLine:
    """The product's account against the lenders' "连三累六" red line, as of ``today``:
    its months reported within the last 24 months, as the account engine plays them
    (a single bill 142 days late is five delinquent months in a row, not one)."""
    product = store.get_product(product_id)
    return accounts.played_to(store, product, today).red_line


def _archived_summary(store: Store, today: date, product: Product) -> ProductSummary:
    # Archived products are out of the everyday views: no next due, but the balance stays.
    statuses = product_statuses(store, today, product)
    owed = sum(s.state.outstanding for s in statuses)
    extra = unbilled(store, product)
    late = sum(s.state.outstanding for s in statuses if s.is_overdue)
    credit = credits(store, today, product.saved_id).get(product.saved_id, 0)
    charges = accounts.played_to(store, product, today).charges
    return ProductSummary(
        product, owed + extra + charges - credit, extra, None, late, credit, charges,
        costs_so_far=charges,
    )  # fmt: skip
