"""Negotiate (issue 17): the plans an overdue account's owner can ask the lender for, and
the plan the lender agreed, recorded so that its payments are dues like any other.

One function per user action, each holding every check (the CLI and the GUI call the
same ones). Amounts are ``int`` minor units, or the text the user typed.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from datetime import date, timedelta
from decimal import Decimal

from tracker import ledger, negotiate, plans
from tracker.errors import refuse
from tracker.money import format_money
from tracker.products import Product, check_periods, parse_rate
from tracker.records import Due
from tracker.service import accounts, dues, estimated_dues, products
from tracker.service import plans as plan_service
from tracker.service.dues import DueView
from tracker.service.products import Amount
from tracker.storage import Store

#: The first agreed payment may fall at most this long after the agreement.
FIRST_PAYMENT_WITHIN_DAYS = 92
#: The waiver (a fraction) the user may ask for: from nothing to everything.
MAX_WAIVER = Decimal(1)


def oldest_overdue(store: Store, product: Product, today: date) -> DueView | None:
    """The product's oldest due whose minimum is past its date and unpaid (None: none);
    an active product's from the open dues (:func:`dues.open_views`)."""
    if product.archived:
        views = dues.due_views(store, today, product.saved_id)
    else:
        views = [v for v in dues.open_views(store, today) if v.product.id == product.id]
    late = [v for v in views if v.status.days_past_due > 0 and v.amount > 0]
    return min(late, key=lambda v: (v.due.due_date, v.due.id), default=None)


def overdue_of(store: Store, product: Product, today: date) -> negotiate.Overdue | None:
    """What is overdue on the product for a negotiation: its oldest overdue due
    (:func:`oldest_overdue`), else the engine's own statement overdue where no due shows
    it (an estimated due: a bill paid late whose interest and late fee went unpaid on the
    next statement, :mod:`tracker.service.estimated_dues`); None: nothing overdue."""
    view = oldest_overdue(store, product, today)
    if view is not None:
        return negotiate.Overdue(view.due.due_date, view.due.total, view.due.minimum_due)
    if product.archived:
        return None
    late = [
        e
        for e in estimated_dues.estimated_dues(store, today)
        if e.product.id == product.id and e.days_past_due > 0 and e.amount > 0
    ]
    if not late:
        return None
    return negotiate.Overdue(late[0].due_date, late[0].amount, late[0].minimum)


def overdue_products(store: Store, today: date) -> list[Product]:
    """Active products with something overdue (the ones there is something to negotiate)."""
    return [p for p in store.list_products() if overdue_of(store, p, today) is not None]


def parse_waiver(text: str | Decimal | None) -> Decimal | None:
    """A waiver typed as ``0.3`` or ``30%`` (None or empty: the penalty and interest).

    Raises:
        InputError: not a fraction from 0 to 1 (``field="waiver"``).
    """
    if text is None or (isinstance(text, str) and not text.strip()):
        return None
    value = text if isinstance(text, Decimal) else parse_rate(text, "waiver")
    if not 0 <= value <= MAX_WAIVER:
        raise refuse(
            "waiver must be between 0 and 1 (0.2 = 20%), not {waiver}",
            field="waiver",
            waiver=value,
        )
    return value


def proposals(
    store: Store,
    ref: str | int,
    today: date,
    budget: Amount,
    waiver: str | Decimal | None = None,
) -> negotiate.Proposals:
    """What the overdue account owes and the plans ``budget`` a month affords (≤ 60
    payments), without and with a waiver; the script is worded from it by the GUI/CLI.

    Args:
        ref: the product (name or id).
        budget: minor units, or the typed text (the product's currency).
        waiver: the fraction to ask off ("0.3", "30%"); None: the penalty and interest.

    Raises:
        InputError: budget not above zero (``field="budget"``), bad waiver, nothing
            overdue on the product.
        NotFoundError: no such product.
    """
    product = products.find_product(store, ref)
    monthly = products.amount_in(product, budget, field="budget")
    if monthly <= 0:
        raise refuse("budget must be greater than zero", field="budget")
    fraction = parse_waiver(waiver)
    return negotiate.propose(
        accounts.account_for(store, product),
        _overdue_or_refuse(store, product, today),
        today,
        monthly,
        fraction,
        week_adds(store, product, today),
    )


def week_adds(store: Store, product: Product, today: date) -> int:
    """[minor units] what one more week unpaid adds to the account's costs."""
    later = today + timedelta(days=negotiate.WEEK_DAYS)
    now = accounts.played_to(store, product, today).unpaid_charges
    return max(0, accounts.charges_if_paid(store, product, today, later) - now)


def owed_today(store: Store, product: Product, today: date) -> int:
    """[minor units] everything the account owes today, as the engine plays it."""
    return negotiate.owed_now(accounts.account_for(store, product), today).total


def record_agreement(
    store: Store,
    ref: str | int,
    total: Amount,
    periods: int,
    first_due: date,
    today: date,
    description: str = "",
) -> list[Due]:
    """Record the repayment plan the lender agreed today: ``total`` in ``periods``
    monthly payments from ``first_due`` (equal, the leftover in the last). It takes over
    everything owed today (what it leaves out is waived); its payments are dues like any
    other, so the penalty stops while they are paid and a missed one is late again.

    Raises:
        InputError: (with ``field``) total not above zero or above what is owed today,
            too small for the payments, a count outside 1–60, a first payment not after
            today or more than three months away, nothing owed on the product.
        NotFoundError: no such product.
    """
    product = products.find_product(store, ref)
    amount = products.amount_in(product, total, field="principal")
    if amount <= 0:
        raise refuse("principal must be greater than zero", field="principal")
    check_periods(periods, "periods")
    plan_service.check_splittable(product, amount, periods)
    _check_first_due(first_due, today)
    _check_no_running_plan(store, product, today)
    owed = owed_today(store, product, today)
    if owed <= 0:
        raise refuse(
            "{product_name} owes nothing today: there is no debt to reschedule",
            product_name=product.name,
        )
    if amount > owed:
        raise refuse(
            "the agreed amount {amount} is more than {product_name} owes today ({owed})",
            field="principal",
            amount=format_money(amount, product.currency),
            product_name=product.name,
            owed=format_money(owed, product.currency),
        )
    text = description.strip() or f"Agreed plan, {periods} payments"
    covers = negotiate.covered_until(accounts.account_for(store, product), today)
    dates = plans.period_dates(first_due, periods)
    amounts = negotiate.split(amount, periods)
    with store.transaction():
        plan_id = store.insert_plan(
            product.saved_id, amount, periods, "none", "0", first_due, text, today, covers
        )
        created = []
        for k, day in enumerate(dates, start=1):
            draft = Due(
                0,
                product.saved_id,
                day,
                amounts[1] if k == periods else amounts[0],
                kind="negotiated",
                period=k,
                description=f"{text} {k}/{periods}",
            )
            due_id = store.insert_due(draft, plan_id=plan_id)
            created.append(replace(draft, id=due_id, source_id=plan_id))
    return created


def takeovers(
    store: Store,
    product_id: int | None = None,
    estimates: Sequence[tuple[date, str, int]] = (),
) -> list[Due]:
    """What each agreed plan took over from the dues it covers, as ``adjustment`` dues
    (negative amounts, minor units) on the day it was agreed (a statement issued and not
    yet due then: on its due date): the statement then counts the plan's payments instead
    of the dues they replaced, not both. ``estimates``: the account engine's interest,
    fees and penalty the statement lists (day, kind, minor units); those charged up to
    the day of an agreement were taken over by it too."""
    dues = store.list_dues(product_id)
    result = ledger.allocate(dues, store.list_payments(product_id))
    moved: dict[tuple[int, date], int] = {}
    for state in result.states:
        day = state.due.rescheduled_on
        if day is not None and state.rescheduled:  # a statement not yet due: on its date
            key = (state.due.product_id, max(day, state.due.due_date))
            moved[key] = moved.get(key, 0) + state.rescheduled
    for plan in store.list_plans(product_id):
        if plan.agreed_on is not None:  # spending not yet billed is taken over too
            key = (plan.product_id, plan.agreed_on)
            moved[key] = moved.get(key, 0) + _unbilled_on(store, plan.product_id, plan.agreed_on)
    agreed = sorted(p.agreed_on for p in store.list_plans(product_id) if p.agreed_on)
    for n, day in enumerate(agreed):
        since = agreed[n - 1] if n else date.min
        taken = sum(amount for on, _kind, amount in estimates if since < on <= day)
        if taken and product_id is not None:
            moved[(product_id, day)] = moved.get((product_id, day), 0) + taken
    return [
        Due(0, pid, day, -amount, kind="adjustment", description="Taken over by the agreed plan")
        for (pid, day), amount in sorted(moved.items())
    ]


def _unbilled_on(store: Store, product_id: int, day: date) -> int:
    """[minor units] charges after the last statement (or agreement) before ``day``, up
    to ``day``: what an agreement made that day took over beside the dues."""
    bills = [b.statement_date for b in store.list_bills(product_id) if b.statement_date <= day]
    agreed = [
        p.agreed_on for p in store.list_plans(product_id) if p.agreed_on and p.agreed_on < day
    ]
    last = max(bills + agreed, default=date.min)
    return sum(c.amount for c in store.list_charges(product_id) if last < c.date <= day)


def _check_no_running_plan(store: Store, product: Product, today: date) -> None:
    """One agreed plan at a time: a new one would count the running plan's later payments
    twice (to renegotiate, delete the running plan first: its dues are owed again)."""
    running = {d.source_id for d in store.list_dues(product.saved_id)
               if d.kind == "negotiated" and d.due_date > today}  # fmt: skip
    found = store.list_plans(product.saved_id, sorted(i for i in running if i))
    if found:
        raise refuse(
            "{product_name} already has an agreed plan running ({plan}): delete it first,"
            " then record the new one",
            product_name=product.name,
            plan=found[0].description,
        )


def _check_first_due(first_due: date, today: date) -> None:
    if first_due <= today:
        raise refuse(
            "the first agreed payment must fall after today ({today}), not on {first_due}",
            field="first_due",
            today=today.isoformat(),
            first_due=first_due.isoformat(),
        )
    if (first_due - today).days > FIRST_PAYMENT_WITHIN_DAYS:
        raise refuse(
            "the first agreed payment {first_due} is more than three months away: "
            "lenders start a plan within a month or two",
            field="first_due",
            first_due=first_due.isoformat(),
        )


def _overdue_or_refuse(store: Store, product: Product, today: date) -> negotiate.Overdue:
    view = overdue_of(store, product, today)
    if view is None:
        raise refuse(
            "{product_name} has nothing overdue: there is nothing to negotiate",
            product_name=product.name,
        )
    return view
