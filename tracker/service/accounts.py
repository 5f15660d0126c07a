"""Each product as the account engine sees it: its records, played to a day.

The one place the service turns stored rows into an :class:`tracker.engine.Account`, so
the due list, the dashboard, the product page and the simulator price the same account.
Results are kept per file revision (a dashboard refresh asks several times).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from tracker import credit
from tracker.engine import Account, AccountPlay, Outcome, Paid, PartDue, Policy, RecordedBill
from tracker.engine import Spend as EngineSpend
from tracker.engine.rules import red_line
from tracker.products import Product
from tracker.storage import Store


def account_for(store: Store, product: Product) -> Account:
    """The product with everything recorded on it: bills (the lender's truth), charges
    after the last bill (unbilled), instalment periods and payments."""
    pid = product.id
    assert pid is not None, "product has not been saved"
    bills = store.list_bills(pid)
    return Account(
        product,
        bills=tuple(
            RecordedBill(b.statement_date, b.due_date, b.amount, b.minimum) for b in bills
        ),
        spends=tuple(EngineSpend(c.date, c.amount) for c in store.unbilled_charges(pid)),
        parts=tuple(
            PartDue(d.due_date, d.principal, d.fee)
            for d in store.list_dues(pid)
            if d.kind == "installment"
        ),
        payments=tuple(Paid(p.date, p.amount) for p in store.list_payments(pid)),
    )


@dataclass(frozen=True)
class AccountToday:
    """One account played to ``today``.

    Attributes:
        outcome: the timeline so far.
        unpaid_charges: [minor units] interest, fees and penalty charged or accrued and
            not yet paid (the "costs so far" of what is open).
        impact: the report status: worst code of the last 24 months, reported, serious,
            visible until.
        red_line: 连三累六 over the last 24 months.
    """

    outcome: Outcome
    unpaid_charges: int
    impact: credit.CreditImpact
    red_line: credit.RedLine


def played_to(store: Store, product: Product, today: date) -> AccountToday:
    """``product``'s account played to ``today`` (cached per file revision)."""
    key = ("account", product.id, today)
    revision = store.revision()
    cached = store.memo.get(key)
    if cached is not None and cached[0] == revision:
        return cached[1]  # type: ignore[no-any-return]
    engine = AccountPlay(account_for(store, product), Policy(), until=today)
    engine.run()
    out = engine.outcome()
    months = [(d, c) for d, c in out.red_line_months]
    line = red_line(months, today)
    recent = [c for d, c in months if (today - d).days <= 731]
    impact = credit.CreditImpact(
        code=max(recent, default=0),
        reported=any(recent),
        serious=out.serious,
        visible_until=out.visible_until,
    )
    result = AccountToday(
        out,
        engine.unpaid_charges(),
        impact,
        credit.RedLine(line.longest_run, line.total, line.crossed),
    )
    store.memo[key] = (revision, result)
    return result


def charges_if_paid(store: Store, product: Product, today: date, pay: date) -> int:
    """The account's unpaid interest, fees and penalty on ``pay`` if nothing more is paid
    from ``today`` until then (minor units)."""
    engine = AccountPlay(account_for(store, product), Policy(start=today), until=pay)
    engine.run()
    return engine.unpaid_charges()


def charges_at_last_record(store: Store, product: Product) -> int:
    """The account's unpaid interest, fees and penalty on the day of its latest record
    (minor units): what a payment that day left owed beside the dues."""
    account = account_for(store, product)
    days = [p.day for p in account.payments] + [b.statement_date for b in account.bills]
    days += [s.day for s in account.spends]
    if not days:
        return 0
    return played_to(store, product, max(days)).unpaid_charges
