"""A played account's state at a closed cycle, saved and resumed (DESIGN.md § The
account engine, "Closed cycles are stored").

A cycle is **closed** at the verdict day (due date + grace) of a recorded bill when a
later recorded bill starts after that day: nothing dated after it can change what was
played up to it — every statement before it is a recorded bill (or an instalment's),
judged, and no unbilled charge was posted (charges before the last bill are inside the
bills). :func:`closing_day` names the latest such day of an account; a play asked to
close there (``AccountPlay(..., close_on=day)``) hands :func:`capture` its state when
it has played every event of that day; :func:`resume` starts a play from it, fed only
the records dated after it (:func:`after`). Money is ``int`` minor units; accruals are
exact ``Decimal`` strings; the whole state is plain JSON.

Whether a saved state is still true is the storage's business: every write dated at or
before its day deletes it in the same transaction (``tracker.storage.cycles``).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import asdict, dataclass
from datetime import date, timedelta
from decimal import Decimal
from typing import TYPE_CHECKING, Any

from tracker.engine.records import Account, CashFlow, Policy
from tracker.engine.state import Row, State

if TYPE_CHECKING:
    from tracker.engine.play import AccountPlay

#: Changes whenever what is saved, or how the engine plays, changes: a state saved by
#: another version is never resumed.
FORMAT = 1

_ROW_DATES = ("statement_date", "due_date", "oldest")


@dataclass(frozen=True)
class Saved:
    """An account's engine state at the end of ``day`` (a closed cycle's verdict day)."""

    day: date
    state: dict[str, Any]


def closing_day(account: Account) -> date | None:
    """The latest day up to which the account's play is closed (see the module): the
    verdict day of a recorded bill that comes before a later recorded bill's statement
    date; None when there is none."""
    bills = [(b.statement_date, b.due_date) for b in account.bills]
    return closing_day_of(bills, account.product.grace_days)


def closing_day_of(bills: Sequence[tuple[date, date]], grace_days: int) -> date | None:
    """:func:`closing_day` from the recorded bills' (statement date, due date) alone."""
    if len(bills) < 2:
        return None
    last = max(statement for statement, _ in bills)
    grace = timedelta(days=grace_days)
    return max((due + grace for _, due in bills if due + grace < last), default=None)


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
    statements made yet, no unbilled spending posted, nothing negotiated (else None)."""
    if play.day is None or play.opens or play._fee_checks or play.negotiated:
        return None
    if play.s.unbilled or len(play._spends) != len(play.account.spends):
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
        "totals": dict(play.totals),
        "worst_dpd": play.worst_dpd,
        "first_delinquency": _day_text(play.first_delinquency),
        "settled": _day_text(play.settled),
        "open_reported": play.open_reported,
        "charged_off": play.charged_off,
        "fee_rows": list(play.fee_rows),
        "orders": [[k, v, f] for k, (v, f) in play.orders.items()],
        # Days the play itself set to come (a penalty rate that starts later), beside
        # those the records give.
        "events": sorted(d.isoformat() for d in play._events if d > play.day and d not in fixed),
    }
    return Saved(play.day, state)


def after(account: Account, day: date) -> Account:
    """The records of ``account`` that a play resumed at the end of ``day`` still needs:
    bills, instalments and payments dated after it (charges are all after it)."""
    return Account(
        account.product,
        bills=tuple(b for b in account.bills if b.statement_date > day),
        spends=account.spends,
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
    play.rows = [_row_from(r) for r in data["rows"]]
    play.cash = [CashFlow(date.fromisoformat(d), p, c, ch) for d, p, c, ch in data["cash"]]
    play.totals = {k: int(v) for k, v in data["totals"].items()}
    play.worst_dpd = int(data["worst_dpd"])
    play.first_delinquency = _day_from(data["first_delinquency"])
    play.settled = _day_from(data["settled"])
    play.open_reported = bool(data["open_reported"])
    play.charged_off = bool(data["charged_off"])
    play.fee_rows = [int(r) for r in data["fee_rows"]]
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
    return out


def _state_from(data: dict[str, Any]) -> State:
    values = dict(data)
    values["acc_interest"] = Decimal(data["acc_interest"])
    values["acc_penalty"] = Decimal(data["acc_penalty"])
    values["arrears"] = [[date.fromisoformat(d), int(a)] for d, a in data["arrears"]]
    return State(**values)


def _row_json(row: Row) -> dict[str, Any]:
    out = asdict(row)
    for name in _ROW_DATES:
        out[name] = _day_text(out[name])
    return out


def _row_from(data: dict[str, Any]) -> Row:
    values = dict(data)
    for name in _ROW_DATES:
        values[name] = _day_from(values[name])
    return Row(**values)


def _day_text(day: date | None) -> str | None:
    return None if day is None else day.isoformat()


def _day_from(text: str | None) -> date | None:
    return None if text is None else date.fromisoformat(text)
