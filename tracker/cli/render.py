"""Turning results into JSON-ready dicts (amounts as "1234.56" strings) and plain text."""

from __future__ import annotations

import argparse
from datetime import date
from typing import Any

from tracker.money import format_money, parse_amount, plain
from tracker.products import Product, to_record
from tracker.service import DueView


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
        "credit_code": v.impact.code,
        "reported": v.impact.reported,
    }


def text(args: argparse.Namespace, result: Any) -> str:
    """A short human-readable rendering of any command's result."""
    if "dues" in result:
        return _dues_text(result)
    if "products" in result:
        lines = [
            f"{p['id']:>3}  {p['name']}  ({p['preset'] or p['kind']}, {p['currency']})"
            + ("  [archived]" if p["archived"] else "")
            for p in result["products"]
        ]
        return "\n".join(lines) or "No products yet."
    return "\n".join(f"{k}: {v}" for k, v in result.items())


def _dues_text(result: dict[str, Any]) -> str:
    if not result["dues"]:
        return f"Nothing overdue or due in the next {result['days']} days."
    lines = []
    for d in result["dues"]:
        when = (
            f"{d['days_past_due']} days LATE"
            if d["days_past_due"]
            else "today"
            if d["days_until_due"] == 0
            else f"in {d['days_until_due']} days"
        )
        amount = format_money(parse_amount(d["amount"]), d["currency"])
        minimum = format_money(parse_amount(d["minimum"]), d["currency"])
        lines.append(
            f"{d['due_date']}  {when:<14} {d['product']:<16} {amount:>14}  (minimum {minimum})"
        )
    return "\n".join(lines)
