"""Each product as the account engine sees it: its records, played to a day.

The one place the service turns stored rows into an :class:`tracker.engine.Account`, so
the due list, the dashboard, the product page and the simulator price the same account.
Results are kept per file revision (a dashboard refresh asks several times).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from tracker import credit
from tracker.engine import (
    Account,
    AccountPlay,
    Agreement,
    Outcome,
    Paid,
    PartDue,
    Policy,
    RecordedBill,
    saved,
)
from tracker.engine import Spend as EngineSpend
from tracker.engine.rules import red_line
from tracker.products import Product
from tracker.records import Bill, Charge, Due, Payment
from tracker.storage import Store
from tracker.storage import cycles as stored_cycles


def account_for(store: Store, product: Product) -> Account:
    """The product with everything recorded on it: bills (the lender's truth), charges
    after the last bill (unbilled), instalment periods, repayment plans agreed with the
    lender and payments."""
    pid = product.saved_id
    bills = store.list_bills(pid)
    charges = store.unbilled_charges(pid)
    dues = store.list_dues(pid)
    return account_of(
        product, bills, charges, dues, store.list_payments(pid), agreements_of(store, pid, dues)
    )


def agreements_of(store: Store, pid: int, dues: Sequence[Due]) -> tuple[Agreement, ...]:
    """The repayment plans agreed with the lender on product ``pid`` (issue 17), each
    with its payments (the ``negotiated`` dues of ``dues``)."""
    return tuple(
        Agreement(
            plan.agreed_on,
            tuple(
                PartDue(d.due_date, d.principal, d.fee)
                for d in dues
                if d.kind == "negotiated" and d.source_id == plan.id
            ),
        )
        for plan in store.list_plans(pid)
        if plan.agreed_on is not None
    )


def has_agreement(store: Store, pid: int) -> bool:
    """Whether product ``pid`` has a repayment plan agreed with the lender. Such an
    account is always played from its first record: a stored closed cycle does not carry
    an agreement's progress."""
    return any(plan.agreed_on is not None for plan in store.list_plans(pid))


def account_of(
    product: Product,
    bills: Sequence[Bill],
    charges: Sequence[Charge],
    dues: Sequence[Due],
    payments: Sequence[Payment],
    agreements: tuple[Agreement, ...] = (),
) -> Account:
    """The engine's account of ``product`` from stored records (``charges``: those after
    the last bill; of ``dues``, the instalment periods count)."""
    return Account(
        product,
        bills=tuple(
            RecordedBill(b.statement_date, b.due_date, b.amount, b.minimum) for b in bills
        ),
        spends=tuple(EngineSpend(c.date, c.amount) for c in charges),
        parts=tuple(
            PartDue(d.due_date, d.principal, d.fee) for d in dues if d.kind == "installment"
        ),
        payments=tuple(Paid(p.date, p.amount) for p in payments),
        agreements=agreements,
    )


def play_from_closed(
    store: Store,
    product: Product,
    policy: Policy,
    until: date | None,
    close_on: date | None = None,
) -> AccountPlay:
    """A play (not run yet) of ``product``'s account under ``policy`` to ``until``:
    resumed from the product's stored closed cycle when it has one that applies (the
    policy pays nothing of its own and ``until`` is not before it), fed only the records
    dated after it; else from the first record. ``close_on``: as :class:`AccountPlay`."""
    resumable = saved.inert(policy) and not has_agreement(store, product.saved_id)
    found = stored_cycles.load(store, product.saved_id) if resumable else None
    day, state = found if found is not None else (None, None)
    if day is not None and state is not None and until is not None and until >= day:
        after = account_after(store, product, day)
        if after is not None:
            play = AccountPlay(after, policy, until, close_on)
            if saved.resume(play, saved.Saved(day, state)):
                return play
    return AccountPlay(account_for(store, product), policy, until, close_on)


def account_after(store: Store, product: Product, day: date) -> Account | None:
    """The records of ``product``'s account a play resumed at the end of ``day`` needs
    (:func:`tracker.engine.saved.after` of :func:`account_for`, read from the file
    directly); None when no bill comes after ``day`` (nothing closed there)."""
    pid = product.saved_id
    bills = stored_cycles.bills_after(store, pid, day)
    if not bills:
        return None
    return account_of(
        product,
        bills,
        stored_cycles.charges_after(store, pid, bills[-1].statement_date),
        stored_cycles.installments_after(store, pid, day),
        stored_cycles.payments_after(store, pid, day),
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
        statements_played: statements the engine posted for it (those before the
            stored closed cycle it resumed from are not played again).
    """

    outcome: Outcome
    unpaid_charges: int
    impact: credit.CreditImpact
    red_line: credit.RedLine
    statements_played: int = 0


def played_to(store: Store, product: Product, today: date) -> AccountToday:
    """``product``'s account played to ``today`` (cached per file revision)."""
    key = ("account", product.id, today)
    revision = store.revision()
    cached = store.memo.get(key)
    if cached is not None and cached[0] == revision:
        return cached[1]  # type: ignore[no-any-return]
    engine = play_from_closed(store, product, Policy(), today)
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
        engine.statements_played,
    )
    store.memo[key] = (revision, result)
    return result


def charges_if_paid(store: Store, product: Product, today: date, pay: date) -> int:
    """The account's unpaid interest, fees and penalty on ``pay`` if nothing more is paid
    from ``today`` until then (minor units)."""
    engine = play_from_closed(store, product, Policy(start=today), pay)
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
