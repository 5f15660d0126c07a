"""Each product as the account engine sees it: its records, played to a day.

The one place the service turns stored rows into an :class:`tracker.engine.Account`, so
the due list, the dashboard, the product page and the simulator price the same account.
Results are kept per file revision (a dashboard refresh asks several times).

Longer than 400 lines on purpose: the records → engine translation, the account played
to a day with its estimates, and where those estimates sit (on a due, beyond the dues,
costs so far) must agree line for line; split, each half would re-read the other.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, timedelta

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
from tracker.engine.records import counts_purchases, with_purchases
from tracker.engine.rules import red_line
from tracker.money import round_minor
from tracker.products import Product
from tracker.records import Bill, Charge, Due, Payment
from tracker.service import open_ledger
from tracker.storage import Store, open_dues, spending
from tracker.storage import cycles as stored_cycles


def account_for(store: Store, product: Product, bills: Sequence[Bill] | None = None) -> Account:
    """The product with everything recorded on it: bills (the lender's truth), charges
    after the last bill (unbilled), instalment periods, repayment plans agreed with the
    lender and payments. ``bills``: these instead of the recorded ones (oldest first)."""
    pid = product.saved_id
    bills = store.list_bills(pid) if bills is None else bills
    charges = store.unbilled_charges(pid)
    dues = store.list_dues(pid)
    spent = spending.spent_by_day(store, pid) if bills and counts_purchases(product) else ()
    return account_of(
        product, bills, charges, dues, store.list_payments(pid),
        agreements_of(store, pid, dues), spent,
    )  # fmt: skip


def bill_estimate(store: Store, product: Product, draft: Bill) -> tuple[int, int, int]:
    """[minor units] (interest, fees, penalty): what the account engine estimates the bill
    ``draft`` holds of what the lender charged in its cycle — recorded as it stands (a
    new bill, or the saved bill of its id changed), before its amount caps it
    (:func:`tracker.engine.rules.inside_bill`). What a blank minimum is computed from
    (:func:`tracker.engine.rules.blank_bill_minimum`)."""
    interest, fees, penalty, _ = bill_figures(store, product, draft)
    return interest, fees, penalty


def bill_figures(store: Store, product: Product, draft: Bill) -> tuple[int, int, int, int]:
    """[minor units] :func:`bill_estimate`'s (interest, fees, penalty) and the statement's
    whole minimum as the engine asks it of ``draft`` (its own part, the rate on the
    principal carried, the instalment parts and the unpaid earlier minimums). The
    charges accrue before the statement posts, so they do not depend on
    ``draft.amount`` (cached per file revision without it: a bill dialog asks at every
    key typed in its amount); the minimum does, and is asked again per amount."""
    key = ("bill-figures", product.id, draft.statement_date, draft.due_date, draft.id,
           draft.amount, draft.minimum)  # fmt: skip
    revision = store.revision()
    cached = store.memo.get(key)
    if cached is not None and cached[0] == revision:
        return cached[1]  # type: ignore[no-any-return]
    kept = [
        b
        for b in store.list_bills(product.saved_id)
        if b.id != draft.id and b.statement_date != draft.statement_date
    ]
    bills = sorted([*kept, draft], key=lambda b: b.statement_date)
    found = bills_figures(store, product, bills).get(draft.statement_date, (0, 0, 0, 0))
    store.memo[key] = (revision, found)
    return found


def bills_figures(
    store: Store, product: Product, bills: Sequence[Bill] | None = None
) -> dict[date, tuple[int, int, int, int]]:
    """statement date → (interest, fees, penalty, whole minimum) for every bill of
    ``product`` (or of ``bills`` instead of the recorded ones), as :func:`bill_figures`,
    in one play."""
    bills = store.list_bills(product.saved_id) if bills is None else bills
    if not bills:
        return {}
    last = max(b.statement_date for b in bills)
    play = AccountPlay(account_for(store, product, bills), Policy(), last)
    play.run()
    minimums = {r.statement_date: r.minimum for r in play.rows}
    return {day: (*charged, minimums.get(day, 0)) for day, charged in play.bill_estimates.items()}


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
    an agreement's progress. (The partial index of agreed plans: no plan decoded.)"""
    return bool(store.agreed_plan_days(pid))


def account_of(
    product: Product,
    bills: Sequence[Bill],
    charges: Sequence[Charge],
    dues: Sequence[Due],
    payments: Sequence[Payment],
    agreements: tuple[Agreement, ...] = (),
    spent: Sequence[tuple[date, int]] = (),
    after: date = date.min,
) -> Account:
    """The engine's account of ``product`` from stored records (``charges``: those after
    the last bill; of ``dues``, the instalment periods count; ``spent``: the total of
    each day with charges, oldest first, from ``after`` on — the bills' purchases, when
    the product counts interest from posting: :func:`with_purchases`)."""
    recorded = tuple(
        RecordedBill(b.statement_date, b.due_date, b.amount, b.minimum) for b in bills
    )
    if spent and counts_purchases(product):
        recorded = with_purchases(recorded, spent, after)
    return Account(
        product,
        bills=recorded,
        spends=tuple(EngineSpend(c.date, c.amount) for c in charges),
        parts=tuple(
            PartDue(d.due_date, d.principal, d.fee, d.source_id or 0)
            for d in dues
            if d.kind == "installment"
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
    if day is not None and state is not None and until is not None and until > day:
        after = account_after(store, product, day, state.get("billed", True))
        if after is not None:
            play = AccountPlay(after, policy, until, close_on)
            if saved.resume(play, saved.Saved(day, state)):
                return play
    return AccountPlay(account_for(store, product), policy, until, close_on)


def account_after(
    store: Store, product: Product, day: date, billed: bool = True
) -> Account | None:
    """The records of ``product``'s account a play resumed at the end of ``day`` needs
    (:func:`tracker.engine.saved.after` of :func:`account_for`, read from the file
    directly); None when nothing closed there: no bill comes after ``day``, or — for a
    cycle closed by instalment periods (``billed`` False) — none comes after it or the
    account has recorded bills now (their charges would be inside them)."""
    pid = product.saved_id
    bills = stored_cycles.bills_after(store, pid, day)
    if billed:
        if not bills:
            return None
        charges = stored_cycles.charges_after(store, pid, bills[-1].statement_date)
    elif bills or stored_cycles.has_bills(store, pid):
        return None
    else:
        charges = stored_cycles.charges_after(store, pid, day)
    parts = stored_cycles.installments_after(store, pid, day)
    if not bills and not parts:
        return None
    spent: Sequence[tuple[date, int]] = ()
    after = date.min
    if bills and counts_purchases(product):
        # The first bill's cycle began at the statement before it (on or before ``day``).
        after = stored_cycles.last_statement_on(store, pid, day) or date.min
        spent = spending.spent_by_day(store, pid, after, bills[-1].statement_date)
    return account_of(
        product, bills, charges, parts, stored_cycles.payments_after(store, pid, day),
        (), spent, after,
    )  # fmt: skip


@dataclass(frozen=True)
class Estimate:
    """One of the account engine's charges not (yet) replaced by a recorded bill: what
    the next bill will add (DESIGN.md § The account engine, "a recorded bill is the
    lender's truth"). ``kind`` is ``interest``, ``penalty`` or ``fee`` (a late fee);
    ``amount`` in minor units, charged on ``day``; ``accrued``: accrued to ``day`` and
    not posted on a statement yet."""

    day: date
    kind: str
    amount: int
    accrued: bool = False


@dataclass(frozen=True)
class AccountToday:
    """One account played to ``today``.

    Attributes:
        outcome: the timeline so far.
        unpaid_charges: [minor units] interest, fees and penalty charged or accrued and
            not yet paid.
        impact: the report status: worst code of the last 24 months, reported, serious,
            visible until.
        red_line: 连三累六 over the last 24 months.
        statements_played: statements the engine posted for it (those before the
            stored closed cycle it resumed from are not played again).
        estimates: the engine's interest, late fees and penalty since the records it
            cannot see in a recorded bill, paid or not, each on its day; accrued and not
            posted yet on ``today``.
        on_dues: of ``estimates``, the charges the due list's ledger adds to a due (a
            pay-in-N account's late fees, a loan's posted penalty: :func:`fees_on_dues`).
        beyond_dues: of ``estimates``, those of ``on_dues``' kinds charged after the
            last due: the engine asks them on a statement of its own, which the due list
            shows as an estimated due (``tracker.service.estimated_dues``).
    """

    outcome: Outcome
    unpaid_charges: int
    impact: credit.CreditImpact
    red_line: credit.RedLine
    statements_played: int = 0
    estimates: tuple[Estimate, ...] = ()
    on_dues: tuple[Estimate, ...] = ()
    beyond_dues: tuple[Estimate, ...] = ()

    @property
    def so_far(self) -> int:
        """[minor units] the costs so far a due row carries: ``charges`` less those an
        estimated due shows (``beyond_dues``)."""
        return self.charges - sum(e.amount for e in self.beyond_dues)

    @property
    def charges(self) -> int:
        """[minor units] the "costs so far": the estimates' total, less those the ledger
        holds on a due (``on_dues``). The recorded dues (the ledger) hold none of the
        rest, and a payment the engine put on a charge paid a due there instead; so open
        dues + unbilled + ``charges`` − credit is what the account owes, the same figure
        as the engine's (tests/core/test_every_screen_law.py)."""
        return sum(e.amount for e in self.estimates) - sum(e.amount for e in self.on_dues)

    @property
    def fees(self) -> tuple[tuple[date, int], ...]:
        """``on_dues`` as :func:`tracker.ledger.with_fees` takes them: (the first due date
        that asks it, :func:`asked_from`; amount)."""
        return tuple((asked_from(e), e.amount) for e in self.on_dues)


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
    estimates = _estimates(engine, today, _recorded_before(store, product, engine, out), out)
    on_dues, beyond_dues = fees_on_dues(store, product, estimates, out)
    result = AccountToday(
        out,
        engine.unpaid_charges(),
        impact,
        credit.RedLine(line.longest_run, line.total, line.crossed),
        statements_played=engine.statements_played,
        estimates=estimates,
        on_dues=on_dues,
        beyond_dues=beyond_dues,
    )
    store.memo[key] = (revision, result)
    return result


#: The kinds whose charges the due list's ledger holds on their dues: a pay-in-N
#: account's late fees and a loan's penalty interest (罚息) — the engine takes each from
#: the next payment, before the instalment it pays (:func:`fees_on_dues`).
FOLDED_KINDS = frozenset({"pay_in_n", "loan"})


def fees_on_dues(
    store: Store, product: Product, estimates: Sequence[Estimate], out: Outcome
) -> tuple[tuple[Estimate, ...], tuple[Estimate, ...]]:
    """The charges of ``estimates`` the due list's ledger holds on the dues of a product
    of :data:`FOLDED_KINDS` (:func:`tracker.ledger.with_fees`): a pay-in-N account's late
    fees, charged when the retries end and asked with the first instalment due after;
    a loan's penalty interest posted on a statement, taken from the next payment before
    the instalment it pays (what accrues and is not posted yet stays a cost so far, on
    the overdue due). Then those after the last due that a statement of the engine's
    own (``out``'s) already asks. The others are costs so far, on no statement yet. For
    other kinds none is on a due (a lender's bill holds their charges, DESIGN.md § The
    account engine); beyond the dues, those of :func:`_on_own_statements`."""
    if product.kind not in FOLDED_KINDS:
        return (), _on_own_statements(store, product, estimates, out)
    kinds = ("fee",) if product.kind == "pay_in_n" else ("fee", "penalty")
    fees = [e for e in estimates if e.kind in kinds and not e.accrued]
    if not fees:
        return (), ()
    last = open_dues.last_due_date(store, product.saved_id) or date.min
    posted = out.rows[-1].statement_date if out.rows else date.min
    on = tuple(e for e in fees if asked_from(e) <= last)
    return on, tuple(e for e in fees if last < asked_from(e) <= posted)


def _on_own_statements(
    store: Store, product: Product, estimates: Sequence[Estimate], out: Outcome
) -> tuple[Estimate, ...]:
    """Of an account of recorded bills: when every due of it is paid and a statement of
    the engine's own, after the last recorded bill, holds some of its charges — all of
    them (those accrued since too): they are owed on the engine's statements, which the
    due list shows as an estimated due (``tracker.service.estimated_dues``), late once
    that statement's minimum is — not as costs so far on a paid bill. (A ¥5,000.00 bill
    paid 6 days late: its ¥62.50 interest and ¥25.00 late fee were on the engine's
    statement of 5 Dec, unpaid and then late and reported, while every screen said
    "paid" — QA pass 2026-12-06.) None otherwise."""
    if not estimates or not out.rows:
        return ()
    last_bill = open_dues.last_bill_date(store, product.saved_id) or date.min
    posted = out.rows[-1].statement_date
    if not any(last_bill < e.day <= posted and not e.accrued for e in estimates):
        return ()
    if open_ledger.outstanding(store, product.saved_id)[0] > 0:
        return ()  # a due still open carries them, as costs so far
    return tuple(estimates)


def folded_fees(store: Store, product: Product, today: date) -> tuple[tuple[date, int], ...]:
    """The product's :attr:`AccountToday.fees` on ``today`` — its account played only when
    it is of :data:`FOLDED_KINDS` (the others have none)."""
    if product.kind not in FOLDED_KINDS:
        return ()
    return played_to(store, product, today).fees


def asked_from(e: Estimate) -> date:
    """The first due date on which the engine asks charge ``e`` of :func:`fees_on_dues`:
    a late fee is charged when the retries end, between statements, and asked on the
    next (the day after it, at the earliest); a loan's penalty is posted on a statement
    (``e.day``) and asked in that statement's minimum (DESIGN.md § Presets: 100 % of the
    fees and penalty in the minimum)."""
    return e.day + timedelta(days=1) if e.kind == "fee" else e.day


def _recorded_before(
    store: Store, product: Product, engine: AccountPlay, out: Outcome
) -> set[tuple[date, date]]:
    """The (statement, due) dates of the recorded bills a play resumed from a stored
    closed cycle starts with (its account holds only the later ones); none otherwise.

    Only those :func:`_estimates` looks up: the dates of ``out``'s rows with interest
    or a penalty (~1 row in 13 of ten years at 1M; reading every bill's dates was ~3
    ms of a start for 20 accounts)."""
    if not engine.resumed_rows:
        return set()
    asked = {(r.statement_date, r.due_date) for r in out.rows if r.interest or r.penalty}
    if not asked:
        return set()
    statements = {statement for statement, _ in asked}
    return asked & set(stored_cycles.bill_dates_of(store, product.saved_id, statements))


def _estimates(
    engine: AccountPlay,
    today: date,
    recorded: set[tuple[date, date]],
    out: Outcome | None = None,
) -> tuple[Estimate, ...]:
    """The engine's own charges on an account played to ``today``.

    A recorded bill's row shows the estimate it replaced (not owed beside the bill): left
    out. Every other row's interest and penalty posted on its statement date. Late fees:
    the engine's net total (those a later recorded bill took in are gone from it), the
    newest first, each on the day it was charged (due date + grace, or + the retry days).
    Then what has accrued and is not posted yet, on ``today``. ``out``: the engine's
    outcome when the caller has it already.
    """
    out = out or engine.outcome()
    product = engine.product
    bills = recorded | {(b.statement_date, b.due_date) for b in engine.account.bills}
    found: list[Estimate] = []
    for row in out.rows:  # ten years of rows, most of them recorded bills or nothing
        if not (row.interest or row.penalty) or (row.statement_date, row.due_date) in bills:
            continue
        found += [Estimate(row.statement_date, "interest", row.interest)]
        found += [Estimate(row.statement_date, "penalty", row.penalty)]
    last = out.rows[-1] if out.rows else None
    if last is not None and (last.statement_date, last.due_date) in bills:
        # Charged at a payoff since the latest statement, a recorded bill's: on its row
        # but no part of the bill (the next bill holds it, AccountPlay.between). E.g. a
        # Baitiao bill paid off a day late, its ¥0.22 违约金 with it: a cost, not a credit.
        found += [Estimate(last.statement_date, "interest", engine.between[0])]
        found += [Estimate(last.statement_date, "penalty", engine.between[1])]
    late_left = out.late_fees
    after = max(product.grace_days, product.late_fee_after_days)
    for row in reversed(out.rows):
        take = min(late_left, row.late_fee)
        if take > 0:
            found.append(Estimate(row.due_date + timedelta(days=after), "fee", take))
            late_left -= take
    found.append(Estimate(today, "interest", round_minor(engine.s.acc_interest), True))
    found.append(Estimate(today, "penalty", round_minor(engine.s.acc_penalty), True))
    found = [e for e in found if e.amount]
    return tuple(sorted(found, key=lambda e: (e.day, e.kind)))


def charges_if_paid(store: Store, product: Product, today: date, pay: date) -> int:
    """The account's unpaid interest, fees and penalty on ``pay`` if nothing more is paid
    from ``today`` until then (minor units)."""
    engine = play_from_closed(store, product, Policy(start=today), pay)
    engine.run()
    return engine.unpaid_charges()


def last_record_day(store: Store, product: Product) -> date | None:
    """The day of the product's latest payment, bill or unbilled charge (None: none):
    three maxima on the indexes (a charge on or before the last statement date is never
    the latest of them)."""
    return open_dues.last_record_day(store, product.saved_id)


def charges_at_last_record(store: Store, product: Product, on: date | None = None) -> int:
    """The account's unpaid interest, fees and penalty on the day of its latest record,
    or on ``on`` when that is later (minor units): what a payment that day left owed
    beside the dues."""
    account = at_last_record(store, product, on)
    return 0 if account is None else account.charges


def at_last_record(store: Store, product: Product, on: date | None = None) -> AccountToday | None:
    """The account played to the day of its latest record, or to ``on`` when that is
    later (None: no record and no ``on``)."""
    last = last_record_day(store, product)
    if last is None:
        return None if on is None else played_to(store, product, on)
    return played_to(store, product, max(last, on or last))
