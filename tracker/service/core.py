"""Use cases shared by the CLI and the GUI: plain functions over an open :class:`Store`.

Text from the user (amounts, dates, rates, names) is parsed here or by the caller with
the parsers in ``money``, ``dates`` and ``products``; every change runs in one
transaction, and nothing is written when any input is refused.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, replace
from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import Any

from tracker import credit, ledger, plans
from tracker import payoff as payoff_mod
from tracker.engine import rules as engine_rules
from tracker.errors import NotFoundError, not_found, refuse
from tracker.ledger import Due, DueStatus
from tracker.money import currency, format_money
from tracker.products import (
    EDITABLE,
    Product,
    check_new_name,
    coerce_field,
    from_preset,
    rate_text,
)
from tracker.service import accounts
from tracker.storage import Store


def open_store(path: Path | str, *, create: bool = False) -> Store:
    """Open the data file (refusing foreign, damaged or newer files)."""
    return Store.open(path, create=create)


def parse_overrides(pairs: Mapping[str, str], currency_code: str = "CNY") -> dict[str, object]:
    """``{"installment_fee_rate": "0.006"}`` → typed Product field values."""
    digits = currency(currency_code).digits
    return {key: coerce_field(key, text, digits) for key, text in pairs.items()}


# -- products ----------------------------------------------------------------------
def add_product(store: Store, name: str, preset: str, settings: Mapping[str, str]) -> Product:
    """Create a product from a preset with ``settings`` (raw ``KEY=VALUE`` texts) applied.

    Returns:
        The saved product, with its id.

    Raises:
        InputError: a bad setting, or ``name`` among ``settings`` (the name is ``name``).
    """
    if "name" in settings:
        raise refuse(
            "the name is given on its own (product add NAME), not as a setting name=…",
            field="name",
        )
    check_new_name(name)
    code = settings.get("currency") or _preset_currency(preset)
    product = from_preset(preset, name.strip(), **parse_overrides(settings, code))
    with store.transaction():
        pid = store.insert_product(product)
    return product.with_changes(id=pid)


def _preset_currency(preset: str) -> str:
    return from_preset(preset, "x").currency


def edit_product(store: Store, ref: str, settings: Mapping[str, str]) -> Product:
    """Change fields of an existing product; returns the saved product.

    Raises:
        InputError: a bad setting, a new name that is all digits, or a new currency
            for a product that already has records.
    """
    product = find_product(store, ref)
    if "name" in settings:
        check_new_name(settings["name"], product.name)
    changes = parse_overrides(settings, settings.get("currency") or product.currency)
    if changes.get("currency", product.currency) != product.currency and _has_records(
        store, _pid(product)
    ):
        # Saved amounts are minor units of the old currency: relabelling them is wrong.
        raise refuse(
            "{product_name} already has records in {product_currency}; its currency can change "
            "only while it has no bills, charges, payments or plans",
            field="currency",
            product_name=product.name,
            product_currency=product.currency,
        )
    updated = product.with_changes(**changes)
    with store.transaction():
        store.update_product(_pid(product), updated)
    return updated


def _has_records(store: Store, product_id: int) -> bool:
    """Whether any bill, charge, payment, plan or due belongs to the product."""
    return any(
        listing(product_id)
        for listing in (
            store.list_bills,
            store.list_charges,
            store.list_payments,
            store.list_plans,
            store.list_dues,
        )
    )


def archive_product(store: Store, ref: str | int, archived: bool = True) -> Product:
    """Hide a product from everyday views (its records stay); ``archived=False`` restores.

    Raises:
        InputError: archiving a product that still owes money: its open dues would
            vanish from the due list, the payoff plan and statements.
    """
    product = find_product(store, ref)
    if archived and not product.archived:
        left = owed(store, product)
        if left > 0:
            raise refuse(
                "{product_name} still owes {owed}; pay it off before archiving it",
                product_name=product.name,
                owed=format_money(left, product.currency),
            )
    updated = product.with_changes(archived=archived)
    with store.transaction():
        store.update_product(_pid(product), updated)
    return updated


def find_product(store: Store, ref: str | int) -> Product:
    """A product by name or id; raises NotFoundError naming what was asked for."""
    if isinstance(ref, int):
        return store.get_product(ref)
    return store.find_product(ref)


def _pid(product: Product) -> int:
    assert product.id is not None, "product has not been saved"
    return product.id


EDITABLE_FIELDS = EDITABLE


# -- records -----------------------------------------------------------------------
def add_bill(
    store: Store,
    ref: str | int,
    statement: date,
    due: date,
    amount: int,
    minimum: int | None = None,
) -> Due:
    """Record a statement; it becomes one due. ``minimum`` None: from the product rules.

    Raises:
        InputError: with ``field``: a statement date the product already has a bill for,
            a due date before it, a bad amount or minimum. Nothing is saved then.
    """
    product = find_product(store, ref)
    if any(b.statement_date == statement for b in store.list_bills(_pid(product))):
        raise refuse(
            "a bill with statement date {statement} is already recorded",
            field="statement",
            statement=statement,
        )
    if amount <= 0:
        raise refuse("bill amount must be greater than zero", field="amount")
    if due < statement:
        raise refuse(
            "due date {due} is before the statement date {statement}",
            field="due",
            due=due,
            statement=statement,
        )
    if minimum is None:
        minimum = rule_minimum(product, amount)
    if not 0 <= minimum <= amount:
        raise refuse("minimum payment must be between 0 and the bill amount", field="minimum")
    with store.transaction():
        bill_id = store.insert_bill(_pid(product), statement, due, amount, minimum)
        draft = Due(
            0,
            _pid(product),
            due,
            amount,
            minimum=minimum,
            kind="bill",
            statement_date=statement,
            description=f"Statement {statement}",
        )
        due_id = store.insert_due(draft, bill_id=bill_id)
    return replace(draft, id=due_id, source_id=bill_id)


def add_charge(store: Store, ref: str | int, day: date, amount: int, description: str = "") -> int:
    """Record a purchase (it rolls into the bill of its cycle); returns its id."""
    product = find_product(store, ref)
    if amount == 0:
        raise refuse("charge amount must not be zero", field="amount")
    with store.transaction():
        return store.insert_charge(_pid(product), day, amount, description.strip())


def add_payment(
    store: Store, ref: str | int, day: date, amount: int, today: date, description: str = ""
) -> int:
    """Record money paid; it settles the oldest open dues first. Returns its id."""
    product = find_product(store, ref)
    if amount <= 0:
        raise refuse("payment amount must be greater than zero", field="amount")
    if day > today:
        raise refuse(
            "payment date {day} is in the future (today is {today})",
            field="date",
            day=day,
            today=today,
        )
    with store.transaction():
        return store.insert_payment(_pid(product), day, amount, description.strip())


def rule_minimum(product: Product, amount: int) -> int:
    """The product's minimum on a bill of ``amount`` (the account engine's rule)."""
    parts = engine_rules.StatementParts(new_principal=amount, balance=amount)
    return engine_rules.minimum_due(product, parts)


# -- dues --------------------------------------------------------------------------
@dataclass(frozen=True)
class DueView:
    """One due as the dashboard, reminders and ``due`` show it (amounts minor units).

    ``penalty_so_far`` and ``impact`` come from the account engine (its product played
    to today, :mod:`tracker.service.accounts`): the account's unpaid interest, fees and
    penalty sit on its oldest open due (0 on the others), and the report status is the
    account's — a due is never "clean" on an account that is reported.
    """

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


def due_views(store: Store, today: date, product_id: int | None = None) -> list[DueView]:
    """Every due of active products with its status as of ``today`` (due-date order).

    The ledger is computed once per change of the file: a dashboard refresh asks for it
    several times, and on years of history it is the costly part.
    """
    key = ("due_views", today, product_id)
    revision = store.revision()
    cached = store.memo.get(key)
    if cached is not None and cached[0] == revision:
        return list(cached[1])
    views = _compute_due_views(store, today, product_id)
    store.memo[key] = (revision, tuple(views))
    return views


def _compute_due_views(store: Store, today: date, product_id: int | None) -> list[DueView]:
    products = {p.id: p for p in store.list_products() if p.id is not None}
    dues = [d for d in store.list_dues(product_id) if d.product_id in products]
    payments = [p for p in store.list_payments(product_id) if p.product_id in products]
    rules = {pid: (p.grace_days, p.tolerance) for pid, p in products.items()}
    statuses = ledger.statuses(dues, payments, today, rules)
    played = {
        pid: accounts.played_to(store, p, today)
        for pid, p in products.items()
        if product_id is None or pid == product_id
    }
    oldest: dict[int, int] = {}
    for st in statuses:
        if st.state.outstanding > 0:
            oldest.setdefault(st.due.product_id, st.due.id)
    views = []
    for st in statuses:
        pid = st.due.product_id
        account = played[pid]
        charges = account.unpaid_charges if oldest.get(pid) == st.due.id else 0
        views.append(DueView(st, products[pid], charges, account.impact))
    return views


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


def require_product(store: Store, ref: str) -> Product:
    """Like :func:`find_product` but with the CLI's wording."""
    try:
        return find_product(store, ref)
    except NotFoundError:
        names = ", ".join(p.name for p in store.list_products()) or "none yet"
        raise not_found(
            "no product named {ref!r} (products: {names})", ref=ref, names=names
        ) from None


# -- instalment plans --------------------------------------------------------------
def add_plan(
    store: Store,
    ref: str | int,
    principal: int,
    periods: int,
    first_due: date,
    description: str = "",
) -> list[Due]:
    """Record an instalment plan the user already has; it creates one due per period.

    Returns:
        The created dues (principal part + fee part each), in period order.
    """
    product = find_product(store, ref)
    check_splittable(product, principal, periods)
    schedule = plans.installment_schedule(product, principal, periods, first_due)
    rate = _plan_rate(product, periods)
    text = description.strip() or f"{periods}-period plan"
    with store.transaction():
        plan_id = store.insert_plan(
            _pid(product),
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
                _pid(product),
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


def _plan_rate(product: Product, periods: int) -> Decimal:
    if product.installment_fee_model == "total":
        return product.installment_total_rates.get(periods, Decimal(0))
    if product.installment_fee_model == "amortizing":
        return product.annual_rate
    return product.installment_fee_rate


# -- payoff planning ---------------------------------------------------------------
#: Days in the month the planner assumes when it turns a daily rate into a monthly one.
DAYS_PER_MONTH = 30


@dataclass(frozen=True)
class PayoffResult:
    """The debts one currency's plan was made from, and a plan per strategy."""

    currency: str
    debts: tuple[payoff_mod.Debt, ...]
    plans: dict[str, payoff_mod.PayoffPlan]


def payoff_debts(store: Store, today: date, currency: str) -> list[payoff_mod.Debt]:
    """Every open debt in ``currency``, as the payoff planner sees it.

    A product's revolving part (its unpaid bills and unbilled charges) is one debt at
    the product's rates; each instalment plan with periods left is one more debt whose
    minimum is its next period's payment and which accrues nothing while kept (its
    fees are in the periods already). What is overdue today is past due from the
    first month: the unpaid minimums of late bills, the whole of late periods.
    """
    views = [v for v in due_views(store, today) if v.amount > 0]
    debts: list[payoff_mod.Debt] = []
    for product in store.list_products():
        if product.currency != currency or product.id is None:
            continue
        mine = [v for v in views if v.product.id == product.id]
        bills = [v for v in mine if v.due.kind != "installment"]
        revolving = sum(v.amount for v in bills) + unbilled(store, product)
        if revolving > 0:
            late = sum(v.minimum for v in bills if v.status.days_past_due > 0)
            debts.append(_revolving_debt(product, revolving, late))
        by_plan: dict[int | None, list[DueView]] = {}
        for v in mine:
            if v.due.kind == "installment":
                by_plan.setdefault(v.due.source_id, []).append(v)
        for plan_id, rows in sorted(by_plan.items(), key=lambda kv: kv[0] or 0):
            rows.sort(key=lambda v: v.due.due_date)
            late_rows = [v for v in rows if v.status.days_past_due > 0]
            upcoming = [v for v in rows if v.status.days_past_due == 0]
            debts.append(
                payoff_mod.Debt(
                    key=f"plan-{plan_id}",
                    name=rows[0].due.description.rsplit(" ", 1)[0] or product.name,
                    balance=sum(v.amount for v in rows),
                    monthly_rate=Decimal(0),
                    min_rate=Decimal(0),
                    min_floor=0,
                    fixed_payment=(upcoming or rows)[0].amount,
                    past_due=sum(v.amount for v in late_rows),
                    **_overdue_rules(product, Decimal(0)),
                )
            )
    return debts


def _revolving_debt(product: Product, balance: int, past_due: int) -> payoff_mod.Debt:
    monthly = product.revolving_daily_rate * DAYS_PER_MONTH
    if monthly == 0 and product.annual_rate:
        monthly = product.annual_rate / 12
    return payoff_mod.Debt(
        key=f"product-{product.id}",
        name=product.name,
        balance=balance,
        monthly_rate=monthly,
        min_rate=product.min_payment_rate or Decimal(1),
        min_floor=product.min_payment_floor,
        min_includes_interest=product.min_includes_interest_fees,
        past_due=past_due,
        **_overdue_rules(product, monthly),
    )


def _overdue_rules(product: Product, monthly: Decimal) -> dict[str, Any]:
    """What a missed month costs on a debt of ``product`` (the planner's Debt fields).

    The past-due part accrues the daily penalty (penalty model) or the card's
    revolving rate (card model), × 30 days, never less than ``monthly``; the late fee
    follows the product's rate, floor and cap.
    """
    daily = (
        product.penalty_daily_rate
        if product.overdue_model == "penalty"
        else product.revolving_daily_rate
    )
    return {
        "penalty_monthly_rate": max(monthly, daily * DAYS_PER_MONTH),
        "late_fee": product.late_fee_floor,
        "late_fee_rate": product.late_fee_rate,
        "late_fee_cap_to_minimum": product.late_fee_cap_to_minimum,
        "report_after_days": product.report_after_days,
    }


def owed(store: Store, product: Product) -> int:
    """Everything the product still owes, minor units: open dues after every recorded
    payment, plus charges not yet on a bill, less any overpayment (never below 0)."""
    pid = _pid(product)
    result = ledger.allocate(store.list_dues(pid), store.list_payments(pid))
    open_dues = sum(state.outstanding for state in result.states)
    # What the account engine charged (interest, fees, penalty) and is still unpaid.
    charges = accounts.charges_at_last_record(store, product)
    return max(0, open_dues + unbilled(store, product) + charges - result.unapplied.get(pid, 0))


def unbilled(store: Store, product: Product) -> int:
    """Charges after the product's last statement date: spent, not yet on a bill."""
    bills = store.list_bills(_pid(product))
    last = max((b.statement_date for b in bills), default=date.min)
    return sum(c.amount for c in store.list_charges(_pid(product)) if c.date > last)


def debt_currencies(store: Store, today: date) -> list[str]:
    """Currencies with money owed, the one owing most first."""
    owed: dict[str, int] = {}
    for v in due_views(store, today):
        if v.amount > 0:
            owed[v.product.currency] = owed.get(v.product.currency, 0) + v.amount
    return sorted(owed, key=lambda c: (-owed[c], c))


def payoff(
    store: Store, today: date, budget: int, months: int = 360, currency: str | None = None
) -> PayoffResult:
    """Plan paying off every open debt in one currency from ``budget`` a month.

    Args:
        currency: which debts (a yuan budget cannot pay a dollar card); default the
            currency owing most.

    Raises:
        InputError: budget <= 0, or nothing is owed in that currency.
    """
    if budget <= 0:
        raise refuse("budget must be greater than zero")
    currency = currency or next(iter(debt_currencies(store, today)), "CNY")
    debts = payoff_debts(store, today, currency)
    if not debts:
        raise refuse("nothing is owed in {currency}: no payoff plan to make", currency=currency)
    plans_ = payoff_mod.compare_strategies(debts, budget, today, max_months=months)
    return PayoffResult(currency, tuple(debts), plans_)
