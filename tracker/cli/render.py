"""Turning results into JSON-ready dicts (amounts as "1234.56" strings) and plain text.

Longer than 400 lines on purpose: every command's two forms (its ``--json`` dict and its
plain text) side by side, so that a field added to one is seen beside the other.
"""

from __future__ import annotations

import argparse
import unicodedata
from datetime import date
from decimal import Decimal
from typing import Any

from tracker.cli import import_cmd
from tracker.engine import CycleRow
from tracker.engine.rules import code_text
from tracker.money import currency, format_money, plain
from tracker.payoff import PayoffPlan
from tracker.products import Product, rate_text, to_record
from tracker.service.dues import DueView
from tracker.service.estimated_dues import EstimatedDue
from tracker.service.payoff import PayoffResult
from tracker.simulator import Option, Simulation


def columns(text: str) -> int:
    """How many terminal columns ``text`` takes: CJK characters take two."""
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)


def pad(text: str, width: int) -> str:
    """Left-justify ``text`` to ``width`` terminal columns."""
    return text + " " * max(0, width - columns(text))


def product(p: Product) -> dict[str, Any]:
    """A product's settings; money fields as decimal strings."""
    rec = to_record(p)
    for key in ("credit_limit", "tolerance", "min_payment_floor", "late_fee_floor"):
        rec[key] = plain(rec[key])
    return rec


def record(kind: str, p: Product, rid: int | None, **fields: Any) -> dict[str, Any]:
    """A saved bill, charge or payment."""
    out: dict[str, Any] = {"saved": kind, "id": rid, "product": p.name, "currency": p.currency}
    for key, value in fields.items():
        out[key] = value.isoformat() if isinstance(value, date) else plain(value)
    return out


def estimate_difference(out: dict[str, Any], p: Product, diff: int | None) -> dict[str, Any]:
    """A recorded bill against the account engine's estimate of it: ``difference``
    (amount − estimate) and a sentence; nothing when there is no estimate."""
    if diff is None:
        return out
    out["difference"] = plain(diff)
    if diff:
        word = "more" if diff > 0 else "less"
        amount = format_money(abs(diff), p.currency)
        out["estimate"] = f"the lender charged {amount} {word} than estimated"
    else:
        out["estimate"] = "the bill is what the engine estimated"
    return out


def due(v: DueView) -> dict[str, Any]:
    """One due for ``due --json``."""
    st = v.status
    return {
        "product": v.product.name,
        "product_id": v.product.id,
        "due_id": v.due.id,
        "kind": v.due.kind,
        "description": v.due.description,
        "due_date": v.due.due_date.isoformat(),
        "currency": v.product.currency,
        "amount": plain(v.amount),
        "minimum": plain(v.minimum),
        "status": st.state_name,
        "days_until_due": max(0, st.days_until_due),
        "days_past_due": st.days_past_due,
        "penalty_so_far": plain(v.penalty_so_far),
        "late_charges": plain(v.late_charges),
        "credit_code": v.impact.code,
        "reported": v.impact.reported,
    }


def estimated_due(e: EstimatedDue, today: date) -> dict[str, Any]:
    """An account's engine statements no due shows, for ``due --json`` (as :func:`due`,
    with ``"kind": "estimate"``, no ``due_id`` and ``"estimated": true``)."""
    until = (e.due_date - today).days
    grace = e.product.grace_days
    status = (
        ("in_grace" if -until <= grace else "overdue")
        if e.days_past_due
        else "due_today"
        if until == 0
        else "upcoming"
    )
    return {
        "product": e.product.name,
        "product_id": e.product.id,
        "due_id": None,
        "kind": "estimate",
        "description": e.description,
        "due_date": e.due_date.isoformat(),
        "statement_date": e.statement_date.isoformat(),
        "currency": e.product.currency,
        "amount": plain(e.amount),
        "minimum": plain(e.minimum),
        "status": status,
        "days_until_due": max(0, until),
        "days_past_due": e.days_past_due,
        "penalty_so_far": plain(0),
        "credit_code": e.impact.code,
        "reported": e.impact.reported,
        "estimated": True,
        "after_last_instalment": e.after_last_instalment,
        "late_charges": plain(e.amount if e.after_last_instalment else 0),
    }


def text(args: argparse.Namespace, result: Any) -> str:
    """A short human-readable rendering of any command's result."""
    if "csv" in result:
        return str(result["csv"])
    if set(result) == {"text"}:
        return str(result["text"])
    if args.command == "import":
        return import_cmd.text(result)
    if "message" in result:
        return str(result["message"])
    if "dues" in result:
        return _dues_text(result)
    if "options" in result:
        return _simulation_text(result)
    if "plans" in result:
        return _payoff_text(result)
    if "products" in result:
        lines = [
            f"{p['id']:>3}  {p['name']}  ({p['preset'] or p['kind']}, {p['currency']})"
            + ("  [archived]" if p["archived"] else "")
            for p in result["products"]
        ]
        return "\n".join(lines) or "No products yet."
    if "schedule" in result:
        return _plan_text(result)
    if "interest_saved" in result:
        return _prepay_text(result)
    if "removed" in result:
        return "Removed the demo data: " + ", ".join(result["removed"])
    if "backups" in result:
        from tracker.cli.backup_cmds import backups_text

        return backups_text(result)
    return "\n".join(f"{k}: {v}" for k, v in result.items())


def _plan_text(result: dict[str, Any]) -> str:
    """``plan add``: one line per period, then the totals."""
    cur = result["currency"]
    rows = result["schedule"]
    lines = [
        f"Saved plan {result['plan_id']} on {result['product']}: {len(rows)} periods",
        "",
    ]
    fee, fees_word = ("interest", "interest") if result.get("fee_is_interest") else ("fee", "fees")
    for n, row in enumerate(rows, 1):
        lines.append(
            f"{n:>3}  {row['due_date']}  {_money(row['payment'], cur):>14}"
            f"  (principal {_money(row['principal'], cur)}, {fee} {_money(row['fee'], cur)})"
        )
    fees = sum(Decimal(row["fee"]) for row in rows)
    total = sum(Decimal(row["payment"]) for row in rows)
    lines += [
        "",
        f"Total {_money(str(total), cur)}, of which {fees_word} {_money(str(fees), cur)}",
    ]
    return "\n".join(lines)


def _prepay_text(result: dict[str, Any]) -> str:
    """``plan prepay``: what paying the loan off early costs, and whether it was saved."""
    cur, r = result["currency"], result
    head = (
        f"Paid off plan {r['plan_id']} on {r['date']}"
        if r["saved"]
        else f"To pay off plan {r['plan_id']} on {r['date']}"
    )
    return (
        f"{head}: {_money(r['amount'], cur)}\n"
        f"  remaining principal {_money(r['remaining_principal'], cur)}, interest to the day "
        f"{_money(r['interest_to_date'], cur)} (and anything past due)\n"
        f"  interest no longer charged: {_money(r['interest_saved'], cur)}"
        + ("" if r["saved"] else "\nNothing recorded (--dry-run).")
    )


def _dues_text(result: dict[str, Any]) -> str:
    if not result["dues"]:
        return f"Nothing overdue or due in the next {result['days']} days."
    lines: list[tuple[str, str, str]] = []
    for d in result["dues"]:
        late, until = d["days_past_due"], d["days_until_due"]
        when = (
            f"{late} day{'s' * (late != 1)} LATE"
            if d["days_past_due"]
            else "revolving"
            if d["status"] == "revolving"
            else "paid"
            if d["status"] == "paid"
            else "today"
            if d["days_until_due"] == 0
            else f"in {until} day{'s' * (until != 1)}"
        )
        amount = _money(d["amount"], d["currency"])
        minimum = _money(d["minimum"], d["currency"])
        so_far = ""
        if d["penalty_so_far"] != plain(0):
            so_far = f" + {_money(d['penalty_so_far'], d['currency'])} so far on the account"
        if d.get("estimated"):
            so_far += f"  estimated: {d['description'].split(' (')[0]}"
        if d.get("late_charges", plain(0)) != plain(0) and not d.get("estimated"):
            so_far += f"  incl. {_money(d['late_charges'], d['currency'])} late charges"
        lines.append((f"{d['due_date']}  {when:<14} ", _due_name(d), f" {amount:>14}"
                      f"  (minimum {minimum}){so_far}"))  # fmt: skip
    width = max(16, *(columns(name) for _, name, _ in lines))
    return "\n".join(head + pad(name, width) + tail for head, name, tail in lines)


def _due_name(d: dict[str, Any]) -> str:
    """The product, and an instalment's plan too: "Klarna · Shoes 3/4"."""
    if d["kind"] == "installment" and d["description"]:
        return f"{d['product']} · {d['description']}"
    return str(d["product"])


def period(when: date, principal: int, fee: int) -> dict[str, Any]:
    """One row of a schedule."""
    return {
        "due_date": when.isoformat(),
        "principal": plain(principal),
        "fee": plain(fee),
        "payment": plain(principal + fee),
    }


def _rate(value: Any) -> str | None:
    return None if value is None else rate_text(value)


def option(o: Option) -> dict[str, Any]:
    """One simulator option in the DESIGN.md JSON shape."""
    out: dict[str, Any] = {"kind": o.kind}
    if o.periods is not None:
        out["periods"] = o.periods
    if o.days is not None:
        out["days"] = o.days
    out.update(
        total_cost=plain(o.total_cost),
        cost_ratio=rate_text(o.cost_ratio),
        apr=_rate(o.apr),
        ear=_rate(o.ear),
        schedule=[period(p.due_date, p.principal, p.fee) for p in o.schedule],
        monthly_cash=[{"month": m, "amount": plain(a)} for m, a in o.monthly_cash()],
        credit_code=o.impact.code,
        reported=o.impact.reported,
        serious=o.impact.serious,
        visible_until=o.impact.visible_until.isoformat() if o.impact.visible_until else None,
        red_line=o.red_line,
        months_reported=o.months_reported,
        timeline=[cycle_row(r) for r in o.timeline],
    )
    if o.kind == "negotiated":  # the agreed payments (the schedule has later dues too)
        out["plan"] = [period(p.due_date, p.principal, p.fee) for p in o.plan]
    return out


def cycle_row(r: CycleRow) -> dict[str, Any]:
    """One statement of an option's timeline (DESIGN.md CLI ``simulate --json``)."""
    return {
        "statement_date": r.statement_date.isoformat(),
        "due_date": r.due_date.isoformat(),
        "minimum": plain(r.minimum),
        "paid": plain(r.paid),
        "interest": plain(r.interest),
        "fees": plain(r.fees),
        "penalty": plain(r.penalty),
        "late_fee": plain(r.late_fee),
        "days_past_due": r.days_past_due,
        "report_code": code_text(r.report_code),
    }


def simulation(sim: Simulation) -> dict[str, Any]:
    """``simulate --json``: the inputs, every option, and the cheapest clean one."""
    best = sim.cheapest_clean
    return {
        "product": sim.product.name,
        "currency": sim.product.currency,
        "amount": plain(sim.amount),
        "minimum": plain(sim.minimum),
        "due": sim.due.isoformat(),
        "days_late": sim.days_late,
        "options": [option(o) for o in sim.options],
        "cheapest_clean": None if best is None else option(best),
    }


def payoff(result: PayoffResult, strategies: list[str]) -> dict[str, Any]:
    """``payoff --json``: the debts planned and, per strategy, the totals and months."""
    names = {d.key: d.name for d in result.debts}
    return {
        "currency": result.currency,
        "debts": [
            {
                "key": d.key,
                "name": d.name,
                "balance": plain(d.balance),
                "monthly_rate": rate_text(d.monthly_rate),
            }
            for d in result.debts
        ],
        "plans": {s: _plan(result.plans[s], names) for s in strategies},
    }


def _plan(plan: PayoffPlan, names: dict[str, str]) -> dict[str, Any]:
    return {
        "strategy": plan.strategy,
        "debt_free": plan.debt_free.isoformat() if plan.debt_free else None,
        "months": len(plan.months),
        "total_interest": plain(plan.total_interest),
        "total_fees": plain(plan.total_fees),
        "total_paid": plain(plan.total_paid),
        "shortfall": plain(-plan.shortfall),
        "growth": plain(plan.growth),
        "stops_growth": plain(plan.stops_growth),
        "stopped": plan.stopped,
        "interest_saved": plain(plan.interest_saved),
        "paid_off_early": [
            {
                "debt": names.get(x.key, x.key),
                "date": x.day.isoformat(),
                "amount": plain(x.amount),
                "interest_saved": plain(x.saved),
            }
            for x in plan.paid_off_early
        ],
        "overdue": [
            {
                "debt": names.get(o.key, o.key),
                "month": o.month.isoformat(),
                "unpaid_minimum": plain(o.unpaid_minimum),
                "reported": o.reported,
            }
            for o in plan.overdue
        ],
        "schedule": [
            {
                "month": row.month.isoformat(),
                "payments": {names.get(k, k): plain(v) for k, v in row.payments.items()},
                "interest": plain(sum(row.interest.values())),
                "fees": plain(sum(row.fees.values())),
                "balance": plain(sum(row.balances.values())),
            }
            for row in plan.months
        ],
    }


def _money(value: str, code: str) -> str:
    """A JSON amount string ("1234.56", made by :func:`plain`) → display money.

    Not :func:`parse_amount`: its size cap guards what a user types, while a computed
    cost (say, interest until 2150) may legitimately be larger.
    """
    return format_money(int(Decimal(value).scaleb(currency(code).digits)), code)


def _option_label(o: dict[str, Any]) -> str:
    kind = o["kind"]
    if kind == "installment":
        return f"split into {o['periods']}"
    if kind == "overdue":
        return f"pay {o['days']} day{'s' if o['days'] != 1 else ''} late"
    if kind == "negotiated":
        return f"negotiate after {o['days']} days, {o['periods']} payments"
    if kind == "minimum":
        if o.get("days") is None:
            return "pay the minimum every month"
        return f"pay the minimum, the rest {o['days']} days later"
    return "pay in full"


def _simulation_text(result: dict[str, Any]) -> str:
    cur = result["currency"]
    lines = [
        f"{result['product']}: {_money(result['amount'], cur)} due {result['due']}"
        f" (minimum {_money(result['minimum'], cur)})"
        + (f", {result['days_late']} days late today" if result.get("days_late") else ""),
        "",
    ]
    if result.get("warning"):
        lines[1:1] = [f"Warning: {result['warning']}."]
    for o in result["options"]:
        rate = f"  APR {Decimal(o['apr']):.2%}" if o["apr"] else ""
        if not o["reported"]:
            report = "  report clean"
        elif o["visible_until"]:
            report = f"  on credit report until {o['visible_until']}"
        else:
            report = "  on credit report"
        # 连三累六, in the CLI's English: README says what it is.
        report += "  (red line)" if o.get("red_line") else ""
        lines.append(
            f"{_option_label(o):<40} costs {_money(o['total_cost'], cur):>12}"
            f" ({Decimal(o['cost_ratio']):.2%}){rate}{report}"
        )
    best = result["cheapest_clean"]
    if best:
        # (paying in full costs nothing: this is for a bill that cannot be paid all now)
        lines += [
            "",
            "If you cannot pay it all now, the cheapest that keeps your report clean: "
            f"{_option_label(best)}.",
        ]
    return "\n".join(lines)


def _payoff_text(result: dict[str, Any]) -> str:
    cur = result["currency"]
    lines = []
    if "by" in result:
        lines.append(f"To clear everything by {result['by']}: {_money(result['budget'], cur)}"
                     " a month")  # fmt: skip
    for plan in result["plans"].values():
        if plan["growth"] != "0.00":
            lines.append(
                f"{plan['strategy']}: this budget cannot stop the growth: the balances grow"
                f" {_money(plan['growth'], cur)} a month; {_money(plan['stops_growth'], cur)}"
                " a month would stop it"
            )
        stops = plan["schedule"][-1]["month"][:7] if plan["schedule"] else ""
        if plan["stopped"]:
            why = {"charged_off": "charged off"}.get(
                plan["stopped"], "over 90 days late (seriously delinquent)"
            )
            lines.append(
                f"{plan['strategy']}: the plan stops in {stops}: an account would be {why}"
            )
        # (not "debt-free" beside a plan that stopped: it never gets there)
        free = plan["debt_free"] or (
            f"never: the plan stops in {stops}" if plan["stopped"] else "not within the plan"
        )
        lines.append(
            f"{plan['strategy']:<13} debt-free {free}"
            f"  interest {_money(plan['total_interest'], cur)}"
            f"  fees {_money(plan['total_fees'], cur)}  paid {_money(plan['total_paid'], cur)}"
        )
        for x in plan["paid_off_early"]:
            lines.append(
                f"    {x['date']}: {x['debt']} paid off early with {_money(x['amount'], cur)}"
                f": {_money(x['interest_saved'], cur)} of interest not charged"
            )
        for o in plan["overdue"]:
            flag = " (reported)" if o["reported"] else ""
            lines.append(
                f"    {o['month']}: {o['debt']} misses {_money(o['unpaid_minimum'], cur)}{flag}"
            )
    return "\n".join(lines)
