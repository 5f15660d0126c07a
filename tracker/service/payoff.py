"""The payoff planner's use case: every open debt of one currency under one monthly budget.

Amounts are minor units; a yuan budget never pays a dollar card.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, timedelta

from tracker import payoff as payoff_mod
from tracker.engine import AccountPlay, planner, snapshot
from tracker.engine.budget import budget_by as least_budget
from tracker.errors import refuse
from tracker.products import Product
from tracker.service import dues, estimated_dues, openings
from tracker.storage import Store


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

    Each debt's ``opening`` is its account played to the eve of ``today`` — resumed from
    the stored closed cycle, so its ``account`` holds only the records after that cycle
    (issue 12: not every product's whole history built) — and plans start ``today`` or
    later (:func:`plan_items`).
    """
    debts: list[payoff_mod.Debt] = []
    for product in store.list_products():
        if product.currency != currency:
            continue
        # Played once to the eve of today (from the stored closed cycle), copied by the
        # balance below and by every strategy's plan.
        opening = openings.eve_play(store, product, today)
        key = f"product-{product.saved_id}"
        item = planner.PlanAccount(key, product.name, opening.account, opening)
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
    return payoff_mod.Debt(
        key=item.key,
        name=item.name,
        balance=balance,
        monthly_rate=planner.monthly_rate(item.account),
        account=item.account,
        opening=item.opening,
    )


def plan_items(debts: Sequence[payoff_mod.Debt], start: date) -> list[planner.PlanAccount]:
    """The engine's accounts behind ``debts`` for a plan from ``start`` (each debt carries
    its account), each with its opening play on the eve of ``start``: a copy played on
    when the debts were made for an earlier day (an ``account`` after a stored cycle is
    not played from its first record).

    Raises:
        ValueError: ``start`` is before the day the debts were made for.
    """
    eve = start - timedelta(days=1)
    out = []
    for d in debts:
        opening = d.opening
        if opening is not None and opening.day != eve:
            if opening.day is not None and opening.day > eve:
                raise ValueError(f"debts made for {opening.day + timedelta(days=1)}, not {start}")
            opening = snapshot.copy_play(opening)
            opening.run_to(eve)
        out.append(planner.PlanAccount(d.key, d.name, d.account, opening))
    return out


def compare(
    debts: Sequence[payoff_mod.Debt], budget: int, start: date, max_months: int = 360
) -> dict[str, payoff_mod.PayoffPlan]:
    """All three strategies, each played on the account engine.

    Raises:
        InputError: budget <= 0.
    """
    if isinstance(budget, bool) or not isinstance(budget, int):
        raise TypeError(f"budget must be int minor units, got {type(budget).__name__}")
    if budget <= 0:
        raise refuse("budget must be greater than zero")
    items = plan_items(debts, start)
    return {
        s: planner.plan_accounts(items, budget, start, s, max_months=max_months)
        for s in payoff_mod.STRATEGIES
    }


def first_minimums(debts: Sequence[payoff_mod.Debt], start: date) -> dict[str, int]:
    """Each debt's minimum in the first month, on the engine (key → minor units)."""
    return planner.first_minimums(plan_items(debts, start), start)


def budget_by(store: Store, today: date, by: date, currency: str | None = None) -> int:
    """The least monthly budget (whole units, in minor units) that clears every account
    in ``currency`` by ``by`` (avalanche).

    Raises:
        InputError: ``by`` before this month, nothing owed, or no budget clears it.
    """
    currency = currency or _owing_most(store, today)
    debts = payoff_debts(store, today, currency)
    if not debts:
        raise refuse("nothing is owed in {currency}: no payoff plan to make", currency=currency)
    budget = least_budget(plan_items(debts, today), today, by)
    if budget is None:
        raise refuse("no budget clears everything by {by}", by=by)
    return budget


def _owing_most(store: Store, today: date) -> str:
    """The currency owing most (no currency asked for).

    Raises:
        InputError: nothing is owed in any — not "nothing is owed in CNY" on a file of
            dollar cards only.
    """
    owing = debt_currencies(store, today)
    if not owing:
        raise refuse("nothing is owed: no payoff plan to make")
    return owing[0]


def debt_currencies(store: Store, today: date) -> list[str]:
    """Currencies with money owed, the one owing most first."""
    owed: dict[str, int] = {}
    for product, status in dues.open_statuses(store, today):  # no account played
        amount = status.state.outstanding
        if amount > 0:
            owed[product.currency] = owed.get(product.currency, 0) + amount
    # And, in a currency no open due owes in, what only the engine's own statements show
    # (charges left after a bill paid late, spending on no bill): "nothing is owed" said
    # the planner beside an estimated due 17 days late (QA pass 2026-12-06). (Not asked
    # otherwise: it plays every account, twice the planner's own time.)
    missing = {p.currency for p in store.list_products()} - set(owed)
    if missing:
        for e in estimated_dues.estimated_dues(store, today, days=3660):
            if e.amount > 0 and e.product.currency in missing:
                owed[e.product.currency] = owed.get(e.product.currency, 0) + e.amount
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
    currency = currency or _owing_most(store, today)
    debts = payoff_debts(store, today, currency)
    if not debts:
        raise refuse("nothing is owed in {currency}: no payoff plan to make", currency=currency)
    plans_ = compare(debts, budget, today, max_months=months)
    return PayoffResult(currency, tuple(debts), plans_)
