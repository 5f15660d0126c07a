"""CLI commands about costs: ``plan add``, ``simulate`` and ``payoff``."""

from __future__ import annotations

import argparse
from datetime import date
from typing import Any

from tracker.cli import render
from tracker.cli.store_access import settings_from, with_reading, with_store
from tracker.counts import parse_whole
from tracker.dates import parse_date
from tracker.errors import InputError
from tracker.money import parse_amount, parse_positive_amount, plain
from tracker.products import Product, from_preset, parse_rate
from tracker.service import negotiate, payoff, plans, products, simulation
from tracker.simulator import DEFAULT_OVERDUE_DAYS
from tracker.storage import Store


def whole(text: str, what: str, low: int, high: int) -> int:
    """A whole number in [low, high] or an InputError naming the option."""
    value = parse_whole(text, what)
    if not low <= value <= high:
        raise InputError(f"{what} must be between {low} and {high}, not {value}")
    return value


def whole_list(text: str, what: str, low: int, high: int) -> list[int]:
    """``"3,6,12"`` → ``[3, 6, 12]``, each checked like :func:`whole`."""
    parts = [p for p in str(text).split(",") if p.strip()]
    if not parts:
        raise InputError(f"{what} is empty")
    return [whole(p, what, low, high) for p in parts]


def cmd_plan_add(args: argparse.Namespace, today: date) -> Any:
    periods = whole(args.periods, "--periods", 1, 60)
    first_due = parse_date(args.first_due, "--first-due")

    def work(store: Store) -> Any:
        product = products.require_product(store, args.product)
        if args.negotiated:
            dues = negotiate.record_agreement(
                store, product.saved_id, args.principal, periods, first_due, today, args.desc
            )
        else:
            dues = plans.add_plan(
                store, product.saved_id, args.principal, periods, first_due, args.desc
            )
        return {
            "saved": "negotiated plan" if args.negotiated else "plan",
            "product": product.name,
            "currency": product.currency,
            "plan_id": dues[0].source_id,
            # a loan's "fee" is its interest (amortising: on the balance still owed)
            "fee_is_interest": product.kind == "loan",
            "schedule": [render.period(d.due_date, d.principal, d.fee) for d in dues],
        }

    return with_store(args, work)


def cmd_plan_prepay(args: argparse.Namespace, today: date) -> Any:
    plan_id = parse_whole(args.plan, "plan")
    day = parse_date(args.date, "--date") if args.date else today

    def work(store: Store) -> Any:
        if args.dry_run:
            q = plans.payoff_quote(store, plan_id, day, today)
        else:
            q = plans.pay_off_plan(store, plan_id, day, today, args.amount, args.desc)
        return {
            "saved": None if args.dry_run else "early payoff",
            "plan_id": plan_id,
            "currency": q.currency,
            "date": day.isoformat(),
            "amount": plain(q.amount),
            "remaining_principal": plain(q.principal),
            "interest_to_date": plain(q.interest),
            "interest_saved": plain(q.saved),
        }

    return with_store(args, work)


def cmd_simulate(args: argparse.Namespace, today: date) -> Any:
    amount = parse_positive_amount(args.amount, what="--amount")
    due = parse_date(args.due, "--due")
    options: dict[str, Any] = {
        "minimum": None
        if args.minimum is None
        else parse_amount(args.minimum, allow_negative=False, what="--minimum"),
        "posting": parse_date(args.posting, "--posting") if args.posting else None,
        "pay_date": parse_date(args.pay_date, "--pay-date") if args.pay_date else None,
        "periods": whole_list(args.periods, "--periods", 1, 60) if args.periods else None,
        "overdue_days": (
            whole_list(args.overdue_days, "--overdue-days", 1, 3650)
            if args.overdue_days
            else DEFAULT_OVERDUE_DAYS
        ),
        "waiver": _waiver(args.waiver),
        "negotiate_periods": whole(args.negotiate_periods, "--negotiate-periods", 1, 60),
    }
    if options["minimum"] is not None and options["minimum"] > amount:
        raise InputError(
            f"--minimum {plain(options['minimum'])} is more than --amount {plain(amount)}"
        )
    if args.negotiate_after is not None:  # else: 90 days, or today for a due already late
        options["negotiate_after"] = whole(args.negotiate_after, "--negotiate-after", 1, 3650)
    product = _product_for(args)
    result = render.simulation(
        simulation.simulate_amount(
            None, product, amount, due, today=today, hypothetical=bool(args.preset), **options
        )
    )
    if simulation.far_past(due, today):  # a mistyped year? simulated, and said
        result["warning"] = (
            f"--due {due.isoformat()} is more than a year before today ({today.isoformat()}):"
            f" simulated as {result['days_late']} days late; check the year"
        )
    return result


def _waiver(text: str) -> Any:
    rate = parse_rate(text, "--waiver")
    if rate > 1:
        raise InputError(f"--waiver must be between 0 and 1 (0.2 = 20%), not {text}")
    return rate


def _product_for(args: argparse.Namespace) -> Product:
    """The product's rules, with ``--set`` overrides applied for this run only."""
    if args.preset:
        base = from_preset(args.preset, args.preset)
    else:
        base = with_reading(args, lambda s: products.require_product(s, args.product))
    overrides = products.parse_overrides(settings_from(args.set), base.currency)
    return base.with_changes(**overrides)


def cmd_payoff(args: argparse.Namespace, today: date) -> Any:
    currency = args.currency.upper() if args.currency else None
    if args.by is not None:
        by = parse_date(args.by, "--by")
        months = whole(args.months, "--months", 1, 1200)
        budget = with_reading(args, lambda s: payoff.budget_by(s, today, by, currency))
        result = with_reading(args, lambda s: payoff.payoff(s, today, budget, months, currency))
        strategies = [args.strategy] if args.strategy else list(result.plans)
        return {**render.payoff(result, strategies), "by": by.isoformat(),
                "budget": plain(budget)}  # fmt: skip
    budget = parse_amount(args.budget, allow_negative=False, what="--budget")
    if budget == 0:
        raise InputError("--budget must be greater than zero: the plan needs money to spend")
    months = whole(args.months, "--months", 1, 1200)
    result = with_reading(args, lambda s: payoff.payoff(s, today, budget, months, currency))
    strategies = [args.strategy] if args.strategy else list(result.plans)
    return render.payoff(result, strategies)
