"""CLI command ``negotiate PRODUCT --budget A [--waiver 0.3]``: the plans a budget affords
for an overdue account, and a short script for the call to customer service."""

from __future__ import annotations

import argparse
from datetime import date
from typing import Any

from tracker import negotiate
from tracker.cli.store_access import with_store
from tracker.money import currency, format_money, plain
from tracker.products import rate_text
from tracker.service import negotiate as service

#: The in-app route to customer service, by :func:`tracker.negotiate.app_route`.
ROUTES = {
    "jd": "in the JD app: 我的 → 客户服务 → 在线客服 (My → Customer Service → Online)",
    "alipay": "in the Alipay app: 我的 → 我的客服 (My → My Customer Service)",
}


def add_parser(cmds: argparse._SubParsersAction) -> None:
    """``negotiate PRODUCT --budget A [--waiver F]``."""
    neg = cmds.add_parser(
        "negotiate", help="plans to ask the lender for an overdue account, and a script"
    )
    neg.add_argument("product")
    neg.add_argument("--budget", required=True, help="what you can pay a month, e.g. 300")
    neg.add_argument(
        "--waiver", help="share to ask off, e.g. 0.3 (default: the penalty and interest)"
    )


def cmd_negotiate(args: argparse.Namespace, today: date) -> Any:
    found = with_store(
        args, lambda s: service.proposals(s, args.product, today, args.budget, args.waiver)
    )
    result = as_json(found)
    if args.json:
        return result
    return {"text": as_text(found)}


def as_json(p: negotiate.Proposals) -> dict[str, Any]:
    """The proposals as ``negotiate --json`` prints them (amounts as "1234.56")."""
    digits = currency(p.product.currency).digits
    owed = p.owed
    return {
        "product": p.product.name,
        "currency": p.product.currency,
        "today": p.today.isoformat(),
        "due_date": p.due.isoformat(),
        "days_late": p.days_late,
        "owed": {
            "principal": plain(owed.principal, digits),
            "interest": plain(owed.interest, digits),
            "fees": plain(owed.fees, digits),
            "penalty": plain(owed.penalty, digits),
            "total": plain(owed.total, digits),
        },
        "week_adds": plain(p.week_adds, digits),
        "budget": plain(p.budget, digits),
        "affordable": p.affordable,
        "least_budget": plain(p.least_budget, digits),
        "waiver": rate_text(p.waiver) if p.waiver is not None else None,
        "least_budget_waived": plain(p.least_budget_waived, digits) if p.waiver else None,
        "proposals": [_proposal(x, digits) for x in p.plans + p.waived_plans],
        "service_phone": p.product.service_number,
        "app_route": negotiate.app_route(p.product),
        "script": script(p),
    }


def _proposal(x: negotiate.Proposal, digits: int) -> dict[str, Any]:
    return {
        "periods": x.periods,
        "payment": plain(x.payment, digits),
        "last_payment": plain(x.last_payment, digits),
        "total": plain(x.total, digits),
        "cost": plain(x.cost, digits),
        "waiver": rate_text(x.waiver),
        "waived": plain(x.waived, digits),
        "first_date": x.first_date.isoformat(),
        "last_date": x.last_date.isoformat(),
        "credit_code": x.impact.code,
        "reported": x.impact.reported,
        "visible_until": x.impact.visible_until.isoformat() if x.impact.visible_until else None,
        "months_reported": x.months_reported,
        "red_line": x.red_line,
    }


def as_text(p: negotiate.Proposals) -> str:
    """The proposals as a table, then the script."""
    cur = p.product.currency

    def m(amount: int) -> str:
        return format_money(amount, cur)

    o = p.owed
    lines = [
        f"{p.product.name}: {p.days_late} days overdue (since {p.due.isoformat()})",
        f"Owed today {m(o.total)}: principal {m(o.principal)}, interest {m(o.interest)},"
        f" fees {m(o.fees)}, penalty {m(o.penalty)}",
        f"Each further week unpaid adds {m(p.week_adds)}.",
        "",
    ]
    if not p.affordable:
        lines.append(
            f"A budget of {m(p.budget)} a month is too small for any plan of at most 60"
            f" payments: it takes at least {m(_least(p))} a month."
        )
    for x in p.plans + p.waived_plans:
        ask = "no waiver" if not x.waived else f"{m(x.waived)} waived"
        until = x.impact.visible_until.isoformat() if x.impact.visible_until else "-"
        lines.append(
            f"{x.periods:>3} payments of {m(x.payment)} (last {m(x.last_payment)}),"
            f" total {m(x.total)}, cost {m(x.cost)}, {ask}; on the report until {until}"
        )
    return "\n".join([*lines, "", *script(p)])


def _least(p: negotiate.Proposals) -> int:
    return p.least_budget_waived if p.waiver else p.least_budget


def script(p: negotiate.Proposals) -> list[str]:
    """A short plain script for the call (English; the GUI has its own, translated)."""
    cur = p.product.currency
    ask = p.ask
    phone = p.product.service_number or (
        "the number on the back of your card" if p.product.kind == "credit_card" else ""
    )
    reach = f"Call {phone}" if phone else "Call the lender's customer service"
    route = ROUTES.get(negotiate.app_route(p.product) or "")
    lines = [
        "Before you call, have ready: your ID, the account or card number, what you owe"
        f" ({format_money(p.owed.total, cur)}), what you can pay a month"
        f" ({format_money(p.budget, cur)}) and why you fell behind.",
        reach + (f", or write {route}." if route else "."),
    ]
    if ask is None:
        lines.append(
            f'Say: "I am {p.days_late} days behind and want to repay. I can pay'
            f' {format_money(p.budget, cur)} a month. What plan can you offer?"'
        )
    else:
        waive = f", waive {format_money(ask.waived, cur)}" if ask.waived else ""
        lines.append(
            f'Say: "I am {p.days_late} days behind and want to repay, but I cannot pay'
            f" {format_money(p.owed.total, cur)} at once. Please stop the interest and"
            f" penalty{waive}, and let me repay in {ask.periods} monthly payments of"
            f' {format_money(ask.payment, cur)} from {ask.first_date.isoformat()}."'
        )
    lines += [
        "Ask for the plan in writing (a text message or in the app): amount, number of"
        " payments, dates.",
        "A plan does not erase the record: what was reported stays on your credit report"
        + (
            f" until {ask.impact.visible_until.isoformat()}."
            if ask is not None and ask.impact.visible_until
            else " for years after the debt is settled."
        ),
    ]
    return lines
