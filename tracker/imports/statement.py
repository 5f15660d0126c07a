"""Our own statement CSV read back (tracker.csvio writes it; English or Chinese header)."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from typing import cast

from tracker import csvio
from tracker.errors import refuse
from tracker.imports import values
from tracker.imports.profiles import Cells, Context, Result
from tracker.imports.records import KINDS, ImportRow, Kind, Skipped
from tracker.money import currency
from tracker.records import bill_description

HEADER = csvio.HEADER
HEADER_ZH = csvio.HEADER_ZH
KIND_ZH = {zh: kind for kind, zh in csvio.KIND_ZH.items()}
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
#: The languages a statement is written in, and the marks they write.
_LANGUAGES = (csvio.ENGLISH, csvio.CHINESE)
_ESTIMATED = tuple(t.estimated for t in _LANGUAGES)
_SCHEDULED = tuple(t.scheduled for t in _LANGUAGES)


def unguard(text: str) -> str:
    """Undo csvio.guard: ``'=SUM(1)`` → ``=SUM(1)``."""
    return text[1:] if text.startswith("'") and text[1:].startswith(_FORMULA_START) else text


def parse(c: Cells, ctx: Context) -> Result:
    """One statement line → one record of its kind (amount as written, signed)."""
    c = {HEADER[HEADER_ZH.index(k)] if k in HEADER_ZH else k: v for k, v in c.items()}
    kind = KIND_ZH.get(c["kind"], c["kind"])
    if kind not in KINDS or kind in ("refund",):
        raise refuse(
            "kind {kind!r} is not one of {kinds}",
            kind=c["kind"],
            kinds=", ".join(k for k in KINDS if k != "refund"),
        )
    code = unguard(c["currency"])
    digits = currency(code).digits
    day = values.day(c["date"])
    amount = values.amount(c["amount"], digits=digits, what="amount")
    if kind == "payment" and amount >= 0:
        raise refuse("a payment must be negative in a statement, not {text}", text=c["amount"])
    due = values.day(c["due_date"]) if c.get("due_date") else None
    text = unguard(c["description"])
    if kind in ("fee", "interest", "penalty") and text.endswith(_ESTIMATED):
        # The account engine's estimate: worked out again from the imported records.
        return [Skipped(ctx.line, refuse("an estimate of the account engine, not a record"))]
    if kind in ("installment", "fee", "interest", "penalty"):
        for mark in _SCHEDULED:
            if text.endswith(mark):  # a period not yet due when exported: the same due
                text = text[: -len(mark)]
                break
    row = ImportRow(ctx.line, day, _kind(kind), amount, _generated(kind, text, day))
    return [replace(row, due_date=due, product=unguard(c["product"]), currency=code)]


def _generated(kind: str, text: str, day: date) -> str:
    """A text the statement generated (in any language) as the app stores it: a bill's
    as :data:`csvio.STORED_STATEMENT` (kept for its fee, interest and penalty rows too),
    a takeover's as :data:`csvio.TAKEN_OVER`, a payment's as none; other text as it is.
    So a statement exported in Chinese reads back as the English one does."""
    if kind in ("bill", "fee", "interest", "penalty") and text in {
        t.statement_of(day) for t in _LANGUAGES
    }:
        return bill_description(day)
    if kind == "payment" and text in {t.payment for t in _LANGUAGES}:
        return ""
    if kind == "adjustment" and text in {t.taken_over for t in _LANGUAGES}:
        return csvio.TAKEN_OVER
    return text


def _kind(name: str) -> Kind:
    return cast(Kind, name)  # checked against KINDS by the caller
