"""The payoff planner's use case: every open debt of one currency under one monthly budget.

Amounts are minor units; a yuan budget never pays a dollar card.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from typing import Any

from tracker import payoff as payoff_mod
from tracker.engine import AccountPlay, planner, snapshot
from tracker.errors import refuse
from tracker.products import Product
from tracker.service import accounts, dues, openings
from tracker.storage import Store

#: Days in the month the planner assumes when it turns a daily rate into a monthly one.
DAYS_PER_MONTH = 30


@dataclass(frozen=True)
class PayoffResult:
    """The debts one currency's plan was made from, and a plan per strategy."""

    currency: str
    debts: tuple[payoff_mod.Debt, ...]
    plans: dict[str, payoff_mod.PayoffPlan]


def payoff_debts(store: Store, today: date, currency: str) -> list[payoff_mod.Debt]:
    """Every open account in ``currency``, as the payoff planner sees it: one debt per
    product, its instalment plans part of it (their periods are its minimum, not debts
    of their own), carrying the account's records for the engine.

    ``balance`` is what the account owes today — open dues, unbilled charges and the
    interest, fees and penalty charged so far (the dashboard's figures); the rates are
    for display and ranking, the engine prices the months.
    """
    debts: list[payoff_mod.Debt] = []
    for product in store.list_products():
        if product.currency != currency:
            continue
        account = accounts.account_for(store, product)
        # Played once to the eve of today (from the stored closed cycle), copied by the
        # balance below and by every strategy's plan.
        opening = openings.eve_play(store, product, today)
        item = planner.PlanAccount(f"product-{product.saved_id}", product.name, account, opening)
        balance = _owed_today(opening, today)
        if balance <= 0:
            continue
        debts.append(_display_debt(product, item, balance))
    return debts


def _owed_today(opening: AccountPlay, today: date) -> int:
    """Everything the account owes on ``today``: what the engine has posted or accrued,
    plus charges and instalment periods not posted yet (minor units). ``opening``: the
    account played to the eve of ``today`` (left as it is)."""
    engine = snapshot.copy_play(opening)
    engine.until = today  # played to today as a last day: today's minimums still payable
    engine.run()
    if engine.day is None or engine.day < today:
        engine.advance(today)  # what accrues up to today though nothing happens on it
    later = sum(p.principal + p.fee for s in engine.slots[engine.next_slot :] for p in s.parts)
    # A credit balance pays the later instalments first, as the ledger applies it.
    return max(0, engine.owed() + later + sum(x.amount for x in engine._spends))


def _display_debt(product: Product, item: planner.PlanAccount, balance: int) -> payoff_mod.Debt:
    monthly = planner.monthly_rate(item.account)
    return payoff_mod.Debt(
        key=item.key,
        name=item.name,
        balance=balance,
        monthly_rate=monthly,
        min_rate=product.min_payment_rate or Decimal(1),
        min_floor=product.min_payment_floor,
        min_includes_interest=product.min_includes_interest_fees,
        **_overdue_rules(product, monthly),
        account=item.account,
        opening=item.opening,
    )


def _overdue_rules(product: Product, monthly: Decimal) -> dict[str, Any]:
    """A missed month's cost in the monthly model's terms (display and old-style plans)."""
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


def plan_items(debts: Sequence[payoff_mod.Debt]) -> list[planner.PlanAccount] | None:
    """The engine's accounts behind ``debts`` (None when any debt has none)."""
    if any(d.account is None for d in debts):
        return None
    return [planner.PlanAccount(d.key, d.name, d.account, d.opening) for d in debts if d.account]


def compare(
    debts: Sequence[payoff_mod.Debt], budget: int, start: date, max_months: int = 360
) -> dict[str, payoff_mod.PayoffPlan]:
    """All three strategies: on the account engine when the debts carry accounts,
    else on the plain debts' monthly model."""
    items = plan_items(debts)
    if items is None:
        return payoff_mod.compare_strategies(debts, budget, start, max_months=max_months)
    return {
        s: planner.plan_accounts(items, budget, start, s, max_months=max_months)
        for s in payoff_mod.STRATEGIES
    }


def first_minimums(debts: Sequence[payoff_mod.Debt], start: date) -> dict[str, int]:
    """Each debt's minimum in the first month (key → minor units)."""
    items = plan_items(debts)
    if items is None:
        return payoff_mod.first_minimums(debts)
    return planner.first_minimums(items, start)


def budget_by(store: Store, today: date, by: date, currency: str | None = None) -> int:
    """The least monthly budget (whole units, in minor units) that clears every account
    in ``currency`` by ``by`` (avalanche).

    Raises:
        InputError: ``by`` before this month, nothing owed, or no budget clears it.
    """
    currency = currency or next(iter(debt_currencies(store, today)), "CNY")
    debts = payoff_debts(store, today, currency)
    if not debts:
        raise refuse("nothing is owed in {currency}: no payoff plan to make", currency=currency)
    items = plan_items(debts) or []
    budget = planner.budget_by(items, today, by)
    if budget is None:
        raise refuse("no budget clears everything by {by}", by=by)
    return budget


def debt_currencies(store: Store, today: date) -> list[str]:
    """Currencies with money owed, the one owing most first."""
    owed: dict[str, int] = {}
    for v in dues.due_views(store, today):
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
    plans_ = compare(debts, budget, today, max_months=months)
    return PayoffResult(currency, tuple(debts), plans_)
