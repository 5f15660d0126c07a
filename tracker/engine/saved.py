"""A played account's state at a closed cycle, saved and resumed (DESIGN.md § The
account engine, "Closed cycles are stored").

A cycle is **closed** at a day up to which nothing recorded later can change the play:
every statement posted by then is a recorded bill or an instalment period (none of the
engine's own), each judged (its verdict day, due date + grace, and its late-fee retry
day have passed), and every record dated on or before the day is inside the saved state
— a record dated after it is played after it. :func:`closing_day` names the latest such
day of an account, from its records' dates alone:

* an account with recorded bills: the verdict day of a recorded bill when a later
  recorded bill starts after that day (every statement before it is a recorded bill or
  an instalment's, and no unbilled charge was posted: charges before the last bill are
  inside the bills);
* an account without recorded bills — its statements are its instalment periods
  (pay-in-N, loans; DESIGN.md § Presets) — the last day an instalment period is fully
  judged (its due date + the later of the grace and the late-fee retry days) such that
  no other period is open across it (due, or posted, but not judged by then), a later
  period still comes after it, and a payment is recorded on or after it (the history is
  settled up to it, not a forecast of the future).

A play asked to close there (``AccountPlay(..., close_on=day)``) hands :func:`capture`
its state when it has played every event of that day — or nothing, when the state is
not a closed cycle's after all (a statement still open, an unbilled charge, a late fee
still to come); :func:`resume` starts a play from it, fed only the records dated after
it (:func:`after`). Money is ``int`` minor units; accruals are exact ``Decimal``
strings; the whole state is plain JSON.

Whether a saved state is still true is the storage's business: every write dated at or
before its day deletes it in the same transaction (``tracker.storage.cycles``).
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Sequence
from dataclasses import asdict, dataclass, fields
from datetime import date, timedelta
from decimal import Decimal
from typing import TYPE_CHECKING, Any

from tracker.engine import schedule
from tracker.engine.records import Account, CashFlow, Policy
from tracker.engine.state import Row, State
from tracker.products import Product

if TYPE_CHECKING:
    from tracker.engine.play import AccountPlay

#: Changes whenever what is saved, or how the engine plays, changes: a state saved by
#: another version is never resumed. 11: the settled ledger saved beside it follows the
#: ledger's minimum-first allocation (tracker.ledger). 12: State.quiet. 13: the
#: ledger's prepaid bills. 14: AccountPlay.between. 15: the part of a payment beyond
#: what is owed, ahead of an instalment statement, is prepaid even when some was posted.
#: 16: a pay-in-N fee only for what is past due of its instalment or older. 17: its
#: order's cap rounded down; a fee after the last instalment on a statement of its own.
#: 18: a bill on a pay-in-N account is its own order for the fee cap. 19: a settled
#: ledger is made with the late fees and penalty its dues hold (its JSON's ``fees``).
FORMAT = 19

_ROW_DATES = ("statement_date", "due_date", "oldest")


@dataclass(frozen=True)
class Saved:
    """An account's engine state at the end of ``day`` (a closed cycle's verdict day)."""

    day: date
    state: dict[str, Any]


def closing_day(account: Account) -> date | None:
    """The latest day up to which the account's play is closed (see the module): with
    recorded bills, the verdict day of one that comes before a later recorded bill's
    statement date; without, :func:`closing_day_of_periods`. None when there is none."""
    if account.bills:
        bills = [(b.statement_date, b.due_date) for b in account.bills]
        return closing_day_of(bills, account.product.grace_days)
    paid = max((p.day for p in account.payments), default=None)
    return closing_day_of_periods([p.due_date for p in account.parts], paid, account.product)


def closing_day_of(bills: Sequence[tuple[date, date]], grace_days: int) -> date | None:
    """:func:`closing_day` from the recorded bills' (statement date, due date) alone."""
    if len(bills) < 2:
        return None
    last = max(statement for statement, _ in bills)
    grace = timedelta(days=grace_days)
    return max((due + grace for _, due in bills if due + grace < last), default=None)


def closing_day_of_periods(
    dues: Sequence[date], last_payment: date | None, product: Product
) -> date | None:
    """:func:`closing_day` of an account without recorded bills, from the due dates of
    its instalment periods and its latest payment's day alone (see the module).

    With ``wait`` = max(grace days, late-fee retry days) and ``gap`` the days a
    period's statement comes before its due date (``schedule.statement_gap``): the
    latest V = d + wait over the due dates d such that V < the last period's statement
    date, V ≤ the latest payment, and no period with due date e is open across V
    (posted, e − gap ≤ V, and not yet judged, V < e + wait). E.g. pay-in-4 (no grace,
    retried 10 days, gap 0) with periods due 1, 8, 15 and 29 March and 12 April, the
    last payment on 12 April: 12 Apr + 10 is after the last statement (12 Apr); 29 Mar
    + 10 = 8 Apr has no period due in (29 Mar, 8 Apr]: closed through 8 April. Had
    another order a period due 3 April, 8 Apr would fall inside that period's retry
    days (3 Apr + 10 = 13 Apr); 15 Mar + 10 = 25 Mar, with nothing due in (15 Mar,
    25 Mar], would be the day.
    """
    if not dues or last_payment is None:
        return None
    days = sorted(set(dues))
    wait = timedelta(days=max(product.grace_days, product.late_fee_after_days))
    gap = timedelta(days=schedule.statement_gap(product))
    last_statement = days[-1] - gap
    for due in reversed(days):
        verdict = due + wait
        if verdict >= last_statement or verdict > last_payment:
            continue
        # Open across V: due dates e with V − wait < e ≤ V + gap.
        if bisect_right(days, verdict + gap) == bisect_right(days, verdict - wait):
            return verdict
    return None


def inert(policy: Policy) -> bool:
    """Whether ``policy`` pays nothing of its own (only the recorded payments count), so a
    state saved under the default policy is the same under it."""
    return (
        policy.on_due == "none"
        and policy.settle_on is None
        and policy.negotiation is None
        and policy.cycles is None
    )


def capture(play: AccountPlay) -> Saved | None:
    """The play's state now, at the end of its day, if it is a closed cycle's: no
    statement waiting for its verdict or its late fee, none of the engine's own
    statements made yet, no spending waiting for a statement, nothing negotiated (else
    None). Spending played by then (an account without bills: a split purchase and its
    equal refund) is inside the state; :func:`after` leaves it out."""
    if play.day is None or play.opens or play._fee_checks or play.negotiated:
        return None
    if play.s.unbilled:
        return None
    if any(slot.generated for slot in play.slots[: play.next_slot]):
        return None
    if not all(slot.statement_date <= play.day for slot in play.slots[: play.next_slot]):
        return None
    # Days the records give come again from the records after this day; the play's
    # own (``until``, a policy's) are the next play's business.
    fixed = {x.day for x in play.account.spends} | {x.day for x in play.account.payments}
    for slot in play.slots:
        fixed |= {slot.statement_date, slot.due_date}
    state = {
        "format": FORMAT,
        "s": _state_json(play.s),
        "rows": [_row_json(r) for r in play.rows],
        "cash": [[c.day.isoformat(), c.principal, c.cost, c.charges] for c in play.cash],
        "credit_charges": [[d.isoformat(), a] for d, a in play.credit_charges],
        "totals": dict(play.totals),
        "worst_dpd": play.worst_dpd,
        "first_delinquency": _day_text(play.first_delinquency),
        "settled": _day_text(play.settled),
        "open_reported": play.open_reported,
        "charged_off": play.charged_off,
        "fee_rows": list(play.fee_rows),
        "prepaid": play.prepaid,
        "between": list(play.between),
        "penalty_rate_on": play.penalty_rate_on,
        "on_time_run": play.on_time_run,
        "orders": [[k, v, f] for k, (v, f) in play.orders.items()],
        # Days the play itself set to come (a penalty rate that starts later), beside
        # those the records give.
        "events": sorted(d.isoformat() for d in play._events if d > play.day and d not in fixed),
        # Closed by its instalment periods (no recorded bill): not true of the account
        # once it has recorded bills (their charges are inside them, not spending).
        "billed": bool(play.account.bills),
    }
    return Saved(play.day, state)


def after(account: Account, day: date) -> Account:
    """The records of ``account`` that a play resumed at the end of ``day`` still needs:
    bills, charges, instalments and payments dated after it."""
    return Account(
        account.product,
        bills=tuple(b for b in account.bills if b.statement_date > day),
        spends=tuple(x for x in account.spends if x.day > day),
        parts=tuple(p for p in account.parts if p.due_date > day),
        payments=tuple(p for p in account.payments if p.day > day),
    )


def resume(play: AccountPlay, saved: Saved) -> bool:
    """Put ``saved`` into ``play`` — a new play of the records after ``saved.day`` only
    (:func:`after`), not run yet. Returns False (``play`` untouched) when the saved state
    is of another format or the play starts on or before ``saved.day``."""
    data = saved.state
    if data.get("format") != FORMAT or play.day is not None:
        return False
    if any(slot.statement_date <= saved.day for slot in play.slots):
        return False
    if play.until is not None and play.until < saved.day:
        return False
    play.s = _state_from(data["s"])
    play.rows = _rows_from(data["rows"])
    play.cash = _cash_from(data["cash"])
    play.credit_charges = [(date.fromisoformat(d), int(a)) for d, a in data["credit_charges"]]
    play.totals = {k: int(v) for k, v in data["totals"].items()}
    play.worst_dpd = int(data["worst_dpd"])
    play.first_delinquency = _day_from(data["first_delinquency"])
    play.settled = _day_from(data["settled"])
    play.open_reported = bool(data["open_reported"])
    play.charged_off = bool(data["charged_off"])
    play.fee_rows = [int(r) for r in data["fee_rows"]]
    play.prepaid = int(data["prepaid"])
    play.between = (int(data["between"][0]), int(data["between"][1]))
    play.penalty_rate_on = bool(data["penalty_rate_on"])
    play.on_time_run = int(data["on_time_run"])
    # The whole order's value and its fees so far (the resumed play sees only later
    # periods); a state saved before the cap existed has none.
    for key, value, fees in data.get("orders", []):
        play.orders[int(key)] = [int(value), int(fees)]
    play.day = saved.day
    play.resumed_rows = len(play.rows)
    for text in data["events"]:
        play._push(date.fromisoformat(text))
    return True


# -- plain JSON of the mutable records ------------------------------------------------
def _state_json(s: State) -> dict[str, Any]:
    out = asdict(s)
    out["acc_interest"] = str(s.acc_interest)
    out["acc_penalty"] = str(s.acc_penalty)
    out["arrears"] = [[d.isoformat(), int(a)] for d, a in s.arrears]  # type: ignore[attr-defined,call-overload]
    out["grace_by_due"] = [[d.isoformat(), a] for d, a in sorted(s.grace_by_due.items())]
    return out


def _state_from(data: dict[str, Any]) -> State:
    values = dict(data)
    values["acc_interest"] = Decimal(data["acc_interest"])
    values["acc_penalty"] = Decimal(data["acc_penalty"])
    values["arrears"] = [[date.fromisoformat(d), int(a)] for d, a in data["arrears"]]
    values["grace_by_due"] = {
        date.fromisoformat(d): int(a) for d, a in data.get("grace_by_due", [])
    }
    return State(**values)


#: A row is saved as the list of its fields in this order (dates as ISO text).
_ROW_FIELDS = tuple(f.name for f in fields(Row))
_ROW_DATE_AT = tuple(_ROW_FIELDS.index(name) for name in _ROW_DATES)
_CASH_FIELDS = tuple(f.name for f in fields(CashFlow))
#: The order :func:`_rows_from` spells out.
_ROW_ORDER = (
    "statement_date", "due_date", "balance", "minimum", "paid", "interest", "fees",
    "penalty", "late_fee", "dpd", "adjustment", "oldest", "late_at_close",
)  # fmt: skip


def _row_json(row: Row) -> list[Any]:
    out: list[Any] = [getattr(row, name) for name in _ROW_FIELDS]
    for k in _ROW_DATE_AT:
        out[k] = _day_text(out[k])
    return out


def _row_from(data: list[Any]) -> Row:
    values = list(data)
    for k in _ROW_DATE_AT:
        values[k] = _day_from(values[k])
    return Row(*values)


# A start resumes every account from its stored cycle: ~3,400 rows and ~5,100 cash flows
# at 1M. Made as their dataclass ``__init__`` makes them — the same instance dict, in
# field order — without the call (and, for the frozen CashFlow, its four
# ``object.__setattr__``): ~3 ms of the start (tests/core/test_start_rows.py).
_new = object.__new__
_from_iso = date.fromisoformat


def _rows_from(data: list[list[Any]]) -> list[Row]:
    """``[_row_from(r) for r in data]``."""
    if _ROW_FIELDS != _ROW_ORDER:  # Row changed: the plain way
        return [_row_from(r) for r in data]
    out = []
    for s, d, balance, minimum, paid, interest, fees, penalty, late, dpd, adj, oldest, lac in data:
        row = _new(Row)
        row.__dict__.update(
            statement_date=_from_iso(s), due_date=_from_iso(d), balance=balance,
            minimum=minimum, paid=paid, interest=interest, fees=fees, penalty=penalty,
            late_fee=late, dpd=dpd, adjustment=adj,
            oldest=None if oldest is None else _from_iso(oldest), late_at_close=lac,
        )  # fmt: skip
        out.append(row)
    return out


def _cash_from(data: list[list[Any]]) -> list[CashFlow]:
    """``[CashFlow(date.fromisoformat(d), p, c, ch) for d, p, c, ch in data]``."""
    if _CASH_FIELDS != ("day", "principal", "cost", "charges"):  # changed: the plain way
        return [CashFlow(date.fromisoformat(d), p, c, ch) for d, p, c, ch in data]
    out = []
    for day, principal, cost, charges in data:
        flow = _new(CashFlow)
        flow.__dict__.update(day=_from_iso(day), principal=principal, cost=cost, charges=charges)
        out.append(flow)
    return out


def _day_text(day: date | None) -> str | None:
    return None if day is None else day.isoformat()


def _day_from(text: str | None) -> date | None:
    return None if text is None else date.fromisoformat(text)
