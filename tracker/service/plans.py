"""Instalment plans: record one the user already has, preview its true cost, list, delete.

A plan creates one due per period (principal part + fee part, minor units).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import date
from decimal import Decimal

from tracker import cycles, early_payoff, plans
from tracker.engine import AccountPlay, PartDue
from tracker.errors import not_found, refuse
from tracker.ledger import DueStatus
from tracker.money import format_money
from tracker.products import Product, rate_text
from tracker.records import Due, Plan
from tracker.service import accounts, dues, products, records
from tracker.service.products import Amount
from tracker.storage import Store


def add_plan(
    store: Store,
    ref: str | int,
    principal: Amount,
    periods: int,
    first_due: date,
    description: str = "",
) -> list[Due]:
    """Record an instalment plan the user already has; it creates one due per period.

    Args:
        principal: minor units, or the typed text (in the product's currency).

    Returns:
        The created dues (principal part + fee part each), in period order.

    Raises:
        InputError: with ``field`` (principal, periods): not above zero, another
            currency's sign, too small for the periods, a count the product refuses.
    """
    product = products.find_product(store, ref)
    principal = products.amount_in(product, principal, field="principal")
    if principal <= 0:
        raise refuse("principal must be greater than zero", field="principal")
    check_splittable(product, principal, periods)
    schedule = plans.installment_schedule(product, principal, periods, first_due)
    rate = plan_rate(product, periods)
    text = description.strip() or f"{periods}-period plan"
    with store.transaction():
        plan_id = store.insert_plan(
            product.saved_id,
            principal,
            periods,
            product.installment_fee_model,
            rate_text(rate),
            first_due,
            text,
        )
        created = []
        for period in schedule.periods:
            draft = Due(
                0,
                product.saved_id,
                period.due_date,
                period.principal,
                fee=period.fee,
                kind="installment",
                period=period.number,
                description=f"{text} {period.number}/{periods}",
            )
            due_id = store.insert_due(draft, plan_id=plan_id)
            created.append(replace(draft, id=due_id, source_id=plan_id))
    return created


def check_splittable(product: Product, principal: int, periods: int) -> None:
    """Refuse a principal (minor units) too small to give every period at least one minor
    unit: 0.05 over 12 periods would make dues of 0.00.

    Raises:
        InputError: (field ``principal``) naming the least principal for ``periods``.
    """
    if 0 < principal < periods:
        least = format_money(periods, product.currency)
        raise refuse(
            "principal {principal} is too small for {periods} periods: at "
            "least {least} ({unit} a period)",
            field="principal",
            principal=format_money(principal, product.currency),
            periods=periods,
            least=least,
            unit=format_money(1, product.currency),
        )


def plan_rate(product: Product, periods: int) -> Decimal:
    """The fee rate a plan of ``periods`` on ``product`` is saved with (its fee model's)."""
    if product.installment_fee_model == "total":
        return product.installment_total_rates.get(periods, Decimal(0))
    if product.installment_fee_model == "amortizing":
        return product.annual_rate
    return product.installment_fee_rate


@dataclass(frozen=True)
class PlanView:
    """An instalment plan with its progress today (minor units)."""

    plan: Plan
    payment: int
    total_fee: int
    periods_paid: int
    outstanding: int
    next_due: date | None

    @property
    def id(self) -> int:
        return self.plan.id


def plan_views(
    store: Store, today: date, product_id: int, ids: Sequence[int] | None = None
) -> list[PlanView]:
    """The product's instalment plans (all, or those in ``ids``) with their progress."""
    product = store.get_product(product_id)
    by_plan: dict[int, list[DueStatus]] = {}
    for s in dues.product_statuses(store, today, product):
        if s.due.kind in ("installment", "negotiated") and s.due.source_id is not None:
            by_plan.setdefault(s.due.source_id, []).append(s)
    out = []
    for p in store.list_plans(product_id, ids):
        rows = by_plan.get(p.id, [])
        open_rows = [s for s in rows if s.state.outstanding > 0]
        out.append(
            PlanView(
                p,
                payment=rows[0].due.total if rows else 0,
                total_fee=sum(s.due.fee for s in rows),
                periods_paid=len(rows) - len(open_rows),
                outstanding=sum(s.state.outstanding for s in open_rows),
                next_due=min((s.due.due_date for s in open_rows), default=None),
            )
        )
    return out


def delete_plan(store: Store, plan_id: int) -> records.Deleted:
    """Delete one instalment plan and every one of its dues. Returns them for undo."""
    return records.delete_record(store, "plan", plan_id)


@dataclass(frozen=True)
class PlanPreview:
    """What a plan costs: its schedule, total fee (minor units), APR and EAR (fractions)."""

    schedule: plans.Schedule
    apr: Decimal
    ear: Decimal

    @property
    def payment(self) -> int:
        """[minor units] the first period's payment (later ones differ by rounding only)."""
        return self.schedule.periods[0].payment


def plan_preview(product: Product, principal: int, periods: int, first_due: date) -> PlanPreview:
    """Schedule and true annual rate of splitting ``principal`` into ``periods``.

    Raises:
        InputError: the product offers no instalments, or that count, or bad values.
    """
    schedule = plans.installment_schedule(product, principal, periods, first_due)
    apr, ear = plans.true_rate(schedule)
    return PlanPreview(schedule, apr, ear)


def plan_ids(store: Store, product_id: int) -> list[int]:
    """The ids of the product's instalment plans, oldest first (cheap: no rows built)."""
    return store.record_ids("plans", product_id)


def next_due_date(store: Store, product_id: int, today: date) -> date:
    """The product's next due date on or after ``today`` (where a plan's first payment
    most likely falls), by its cycle rule."""
    rule = cycles.CycleRule.from_product(products.get_product(store, product_id))
    return cycles.next_due_on_or_after(rule, today)[1]


def is_loan(store: Store, product_id: int) -> bool:
    """Whether the product is a loan (its plans' fees are the loan's interest)."""
    return store.get_product(product_id).kind == "loan"


def plan_products(store: Store) -> list[Product]:
    """The active products that offer instalments (a plan can be recorded on them)."""
    return [p for p in store.list_products() if p.offers_installments]


@dataclass(frozen=True)
class PayoffQuote:
    """What paying a loan's plan off early on ``day`` costs (minor units).

    Attributes:
        amount: everything to pay that day: what is past due (with its penalty so far),
            the remaining principal and the current period's interest to the day.
        principal: the remaining principal (of the periods not due yet).
        interest: the current period's interest to ``day``.
        saved: the interest the plan would still have charged beyond it.
        ends: the payoff as the plan would record it.
    """

    plan: Plan
    currency: str
    day: date
    amount: int
    principal: int
    interest: int
    saved: int
    ends: early_payoff.EarlyPayoff


def payoff_quote(store: Store, plan_id: int, day: date, today: date) -> PayoffQuote:
    """What paying off the loan plan ``plan_id`` early on ``day`` costs, by the account
    engine: the account with the plan ending that day (:mod:`tracker.early_payoff`),
    played to ``day``, owes this (recorded payments to then counted).

    Raises:
        InputError: not a loan's amortising plan (field ``plan``); ``day`` after
            ``today``, before a payment already recorded on the loan, or on or after the
            plan's last due date (field ``date``).
    """
    return _quote(store, *_loan_plan(store, plan_id), day, today)


def _quote(
    store: Store, plan: Plan, product: Product, periods: list[Due], day: date, today: date
) -> PayoffQuote:
    """:func:`payoff_quote` of the loan plan ``plan`` (its loan and periods read)."""
    if day > today:
        raise refuse(
            "payment date {day} is in the future (today is {today})",
            field="date", day=day, today=today,
        )  # fmt: skip
    later = [p.date for p in store.list_payments(product.saved_id) if p.date > day]
    if later:
        raise refuse(
            "a payment is recorded on {later}, after {day}: a loan is paid off after its "
            "last payment",
            field="date", later=max(later), day=day,
        )  # fmt: skip
    ends = early_payoff.early_payoff(
        [early_payoff.Installment(d.due_date, d.principal, d.fee) for d in periods],
        day, Decimal(plan.fee_rate), product.jurisdiction,
    )  # fmt: skip
    last, _ = _ended(periods, ends, ends.interest)
    account = accounts.account_for(store, product)
    kept = tuple(x for x in account.parts if x.order != plan.id)
    mine = tuple(
        PartDue(d.due_date, d.principal, d.fee, plan.id) for d in [*periods[: ends.index], last]
    )
    play = AccountPlay(replace(account, parts=kept + mine), None, day)
    play.run()
    return PayoffQuote(
        plan, product.currency, day, max(0, play.owed()), ends.principal, ends.interest,
        ends.saved, ends,
    )  # fmt: skip


def pay_off_plan(
    store: Store,
    plan_id: int,
    day: date,
    today: date,
    amount: Amount | None = None,
    description: str = "",
) -> PayoffQuote:
    """Pay the loan plan ``plan_id`` off early on ``day``: record the payment and end the
    plan there, in one transaction. The period current on ``day`` becomes the last, due
    that day, holding the remaining principal and the interest to the day; the later
    periods (and the interest they would have charged) go.

    Args:
        amount: what the lender asked, when it differs from :func:`payoff_quote`'s (its
            own interest or prepayment fee; minor units or the typed text): the lender's
            figure is the truth, its difference is that last period's interest. None:
            the quote.

    Returns:
        The quote as recorded (``amount`` and ``interest`` as paid).

    Raises:
        InputError: as :func:`payoff_quote`; (field ``amount``) less than what is past
            due and the remaining principal come to, or another currency's sign.
    """
    plan, product, periods = _loan_plan(store, plan_id)
    quote = _quote(store, plan, product, periods, day, today)
    paid = quote.amount
    if amount is not None:
        paid = products.amount_in(product, amount)
        least = quote.amount - quote.interest
        if paid < least:
            raise refuse(
                "{amount} is less than the {least} of remaining principal and past due "
                "amounts the loan still owes",
                field="amount",
                amount=format_money(paid, product.currency),
                least=format_money(least, product.currency),
            )
    interest = quote.interest + paid - quote.amount
    last, gone = _ended(periods, quote.ends, interest)
    with store.transaction():
        store.end_plan_early(plan.id, last, gone, quote.ends.index + 1)
        if paid > 0:
            store.insert_payment(product.saved_id, day, paid, description.strip())
    saved = quote.saved + quote.interest - interest
    return replace(quote, amount=paid, interest=interest, saved=saved)


def _loan_plan(store: Store, plan_id: int) -> tuple[Plan, Product, list[Due]]:
    """The plan ``plan_id``, its loan and its periods in order; refused unless it is a
    loan's amortising plan (only its interest is earned month by month)."""
    found = store.list_plans(ids=[plan_id])
    if not found:
        raise not_found("no {table} with id {row_id}", table="plan", row_id=plan_id)
    plan = found[0]
    product = store.get_product(plan.product_id)
    if product.kind != "loan" or plan.fee_model != "amortizing" or plan.agreed_on:
        raise refuse(
            "only a loan's repayment schedule can be paid off early here: an instalment "
            "plan's fees are set by the lender's terms",
            field="plan",
        )
    periods = sorted(
        (d for d in store.list_dues(product.saved_id)
         if d.kind == "installment" and d.source_id == plan.id),
        key=lambda d: (d.due_date, d.period or 0),
    )  # fmt: skip
    return plan, product, periods


def _ended(
    periods: list[Due], ends: early_payoff.EarlyPayoff, interest: int
) -> tuple[Due, list[int]]:
    """The plan's period current on the payoff day, made its last (due that day, the
    remaining principal, ``interest``; its description kept), and the ids of the
    periods after it."""
    current = periods[ends.index]
    last = replace(current, due_date=ends.day, principal=ends.principal, fee=interest)
    return last, [d.id for d in periods[ends.index + 1 :]]
