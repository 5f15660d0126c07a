"""The payoff planner's use case: every open debt of one currency under one monthly budget.

Amounts are minor units; a yuan budget never pays a dollar card.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from typing import Any

from tracker import payoff as payoff_mod
from tracker.errors import refuse
from tracker.products import Product
from tracker.service import dues
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
    """Every open debt in ``currency``, as the payoff planner sees it.

    A product's revolving part (its unpaid bills and unbilled charges) is one debt at
    the product's rates; each instalment plan with periods left is one more debt whose
    minimum is its next period's payment and which accrues nothing while kept (its
    fees are in the periods already). What is overdue today is past due from the
    first month: the unpaid minimums of late bills, the whole of late periods.
    """
    views = [v for v in dues.due_views(store, today) if v.amount > 0]
    debts: list[payoff_mod.Debt] = []
    for product in store.list_products():
        if product.currency != currency or product.id is None:
            continue
        mine = [v for v in views if v.product.id == product.id]
        bills = [v for v in mine if v.due.kind != "installment"]
        revolving = sum(v.amount for v in bills) + dues.unbilled(store, product)
        if revolving > 0:
            late = sum(v.minimum for v in bills if v.status.days_past_due > 0)
            debts.append(_revolving_debt(product, revolving, late))
        by_plan: dict[int | None, list[dues.DueView]] = {}
        for v in mine:
            if v.due.kind == "installment":
                by_plan.setdefault(v.due.source_id, []).append(v)
        names: dict[int | None, str] = {
            plan.id: plan.description for plan in store.list_plans(product.saved_id)
        }
        for plan_id, rows in sorted(by_plan.items(), key=lambda kv: kv[0] or 0):
            rows.sort(key=lambda v: v.due.due_date)
            late_rows = [v for v in rows if v.status.days_past_due > 0]
            upcoming = [v for v in rows if v.status.days_past_due == 0]
            debts.append(
                payoff_mod.Debt(
                    key=f"plan-{plan_id}",
                    name=names.get(plan_id) or product.name,
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
    plans_ = payoff_mod.compare_strategies(debts, budget, today, max_months=months)
    return PayoffResult(currency, tuple(debts), plans_)
