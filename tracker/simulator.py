"""The simulator: every way to deal with one due, side by side, in money and credit terms.

Composes :mod:`plans` (instalments, true APR), :mod:`costs` (minimum, revolving
interest, overdue, negotiated plans) and :mod:`credit` (report consequences).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from decimal import ROUND_HALF_UP, Decimal
from typing import Literal

from dateutil.relativedelta import relativedelta

from tracker import costs, credit, plans
from tracker.errors import refuse
from tracker.money import format_money
from tracker.products import Product, check_periods

OptionKind = Literal["pay_in_full", "minimum", "installment", "overdue", "negotiated"]
DEFAULT_OVERDUE_DAYS = (15, 30, 60, 90, 180)


@dataclass(frozen=True)
class ScheduledPayment:
    """One cash outflow of an option (minor units)."""

    due_date: date
    principal: int
    fee: int

    @property
    def payment(self) -> int:
        return self.principal + self.fee


@dataclass(frozen=True)
class Option:
    """One choice and what it costs.

    ``total_cost`` is minor units on top of the amount; ``apr``/``ear`` are yearly
    fractions (None where no rate applies); ``impact`` is the credit-report outcome.
    """

    kind: OptionKind
    amount: int
    total_cost: int
    schedule: tuple[ScheduledPayment, ...]
    impact: credit.CreditImpact
    periods: int | None = None
    days: int | None = None
    apr: Decimal | None = None
    ear: Decimal | None = None

    @property
    def cost_ratio(self) -> Decimal:
        """Total cost as a fraction of the amount, 4 places."""
        return (Decimal(self.total_cost) / Decimal(self.amount)).quantize(Decimal("0.0001"))

    def monthly_cash(self) -> list[tuple[str, int]]:
        """Cash needed per calendar month, ``[("2026-12", minor units), ...]``."""
        months: dict[str, int] = {}
        for p in self.schedule:
            key = f"{p.due_date:%Y-%m}"
            months[key] = months.get(key, 0) + p.payment
        return sorted(months.items())


@dataclass(frozen=True)
class Simulation:
    """All options for one due, and the cheapest one that keeps the report clean.

    ``days_late`` > 0 when the due is already past its date: the options then start
    from today (paying now is "pay ``days_late`` days late").
    """

    product: Product
    amount: int
    minimum: int
    due: date
    options: tuple[Option, ...]
    days_late: int = 0

    @property
    def cheapest_clean(self) -> Option | None:
        """Cheapest option, other than paying in full, that is never reported.

        Paying in full always costs nothing; this answers "if I cannot pay it all now".
        """
        clean = [o for o in self.options if o.kind != "pay_in_full" and not o.impact.reported]
        return min(clean, key=lambda o: (o.total_cost, o.kind != "installment"), default=None)


def simulate(
    product: Product,
    amount: int,
    due: date,
    *,
    minimum: int | None = None,
    posting: date | None = None,
    pay_date: date | None = None,
    periods: Sequence[int] | None = None,
    overdue_days: Sequence[int] = DEFAULT_OVERDUE_DAYS,
    negotiate_after: int = 90,
    waiver: Decimal = Decimal("0"),
    negotiate_periods: int = 12,
) -> Simulation:
    """Every option for a due of ``amount`` (minor units) on ``due``.

    Args:
        product: the product's rules (presets or the user's edits).
        minimum: the bill's minimum; None → from the product rules.
        posting: when the spending posted (interest-from-posting bases); default the
            statement date (due − due_days), which understates interest, never overstates.
        pay_date: when the rest is paid under "minimum"; default one month after due.
        periods: instalment counts to show; default the product's allowed counts.
        overdue_days: lateness scenarios, in days past the due date.
        negotiate_after, waiver, negotiate_periods: the negotiated-plan scenario.

    Raises:
        InputError: non-positive amount, pay date not after the due date, bad periods.
    """
    if amount <= 0:
        raise refuse("amount must be greater than zero")
    minimum = costs.minimum_payment(product, amount) if minimum is None else minimum
    if not 0 <= minimum <= amount:
        cur = product.currency
        raise refuse(
            "the minimum {minimum} must be between {zero} and the amount {amount}",
            minimum=format_money(minimum, cur),
            zero=format_money(0, cur),
            amount=format_money(amount, cur),
        )
    posting = posting or _statement_date(product, due)
    pay_date = pay_date or due + relativedelta(months=1)
    if pay_date <= due:
        raise refuse(
            "pay date {pay_date} must be after the due date {due}", pay_date=pay_date, due=due
        )
    if any(d <= 0 for d in overdue_days):
        raise refuse("overdue days must be whole numbers greater than zero")
    counts = _period_counts(product, periods)
    options = [
        _pay_in_full(amount, due),
        _minimum(product, amount, minimum, posting, due, pay_date),
    ]
    options += [_installment(product, amount, n, due) for n in counts]
    options += [_overdue(product, amount, minimum, posting, due, d) for d in overdue_days]
    options.append(
        _negotiated(
            product, amount, minimum, posting, due, negotiate_after, waiver, negotiate_periods
        )
    )
    return Simulation(product, amount, minimum, due, tuple(options))


def _statement_date(product: Product, due: date) -> date:
    if product.due_rule == "offset_days":
        return due - timedelta(days=product.due_days)
    return due - relativedelta(months=1)


def _period_counts(product: Product, periods: Sequence[int] | None) -> list[int]:
    if periods is None:
        return list(product.allowed_periods) if product.offers_installments else []
    for n in periods:
        check_periods(n)
    if periods and not product.offers_installments:
        raise refuse("{product_name} does not offer instalments", product_name=product.name)
    return list(periods)


_CLEAN = credit.CreditImpact(code=0, reported=False, serious=False, visible_until=None)


def _pay_in_full(amount: int, due: date) -> Option:
    return Option("pay_in_full", amount, 0, (ScheduledPayment(due, amount, 0),), _CLEAN)


def _minimum(
    product: Product, amount: int, minimum: int, posting: date, due: date, pay: date
) -> Option:
    rest = amount - minimum
    interest = costs.revolving_interest(product, amount, rest, posting, due, pay)
    schedule = (ScheduledPayment(due, minimum, 0), ScheduledPayment(pay, rest, interest))
    apr = ear = None
    days = (pay - due).days
    if rest > 0:
        growth = Decimal(interest) / Decimal(rest)  # over ``days``
        apr = _q(growth * Decimal(365) / Decimal(days))
        # the same rate compounded over a year: (1 + growth)^(365 / days) − 1
        ear = _q((1 + growth) ** (Decimal(365) / Decimal(days)) - 1)
    return Option("minimum", amount, interest, schedule, _CLEAN, days=days, apr=apr, ear=ear)


def _installment(product: Product, amount: int, n: int, due: date) -> Option:
    # The bill is converted on its due date; period k falls k months later.
    first = due + relativedelta(months=1) if product.installment_interval == "month" else due
    sched = plans.installment_schedule(product, amount, n, first)
    apr, ear = plans.true_rate(sched)
    rows = tuple(ScheduledPayment(p.due_date, p.principal, p.fee) for p in sched.periods)
    return Option(
        "installment", amount, sched.total_fee, rows, _CLEAN, periods=n, apr=apr, ear=ear
    )


def _overdue(
    product: Product, amount: int, minimum: int, posting: date, due: date, days: int
) -> Option:
    pay = due + timedelta(days=days)
    cost = costs.overdue_cost(
        product, bill=amount, minimum=minimum, unpaid=amount, posting=posting, due=due, pay=pay
    )
    late = 0 if cost.in_grace else days
    impact = credit.credit_impact(product, late, pay)
    schedule = (ScheduledPayment(pay, amount, cost.total),)
    return Option("overdue", amount, cost.total, schedule, impact, days=days)


def _negotiated(
    product: Product,
    amount: int,
    minimum: int,
    posting: date,
    due: date,
    after: int,
    waiver: Decimal,
    n: int,
) -> Option:
    start = due + timedelta(days=after)
    so_far = costs.overdue_cost(
        product, bill=amount, minimum=minimum, unpaid=amount, posting=posting, due=due, pay=start
    )
    plan = costs.negotiated_plan(amount, so_far.total, waiver, n, start + relativedelta(months=1))
    rows = tuple(_negotiated_rows(plan, amount))
    settled = rows[-1].due_date
    impact = credit.credit_impact(product, after, settled)
    return Option("negotiated", amount, plan.balance - amount, rows, impact, periods=n, days=after)


def _negotiated_rows(plan: costs.NegotiatedPlan, amount: int) -> list[ScheduledPayment]:
    """Split each payment as the ledger allocates one: the penalty first, then principal.

    With a waiver that brings the balance under the amount there is no cost left to
    pay; every payment is principal (the option's total cost is then negative).
    """
    rows, cost_left = [], max(0, plan.balance - amount)
    for when, pay in plan.periods:
        cost = min(pay, cost_left)
        cost_left -= cost
        rows.append(ScheduledPayment(when, pay - cost, cost))
    return rows


def _q(rate: Decimal) -> Decimal:
    return rate.quantize(Decimal("0.000001"), rounding=ROUND_HALF_UP)
