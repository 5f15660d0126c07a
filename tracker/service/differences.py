"""Each recorded bill against the account engine's estimate of it (the product page's
Difference column; DESIGN.md § The account engine, "the lender charged ¥3.20 more than
estimated").

A bill's estimate is a play of the account with the bills before it, the charges of its
own cycle, every instalment period and the payments up to its statement date, to that
date. Played from the first record for every bill, a product with 121 bills and 72k
charges took 1.3 s. Here the charges are read once, as a total per day (bisected per
cycle), and each bill's play resumes from the state of one play of the recorded bills
alone at a closed cycle before its cycle (:mod:`tracker.engine.saved`): up to that day
both plays have the same records (no charge: those before a cycle are inside its
bills), so the same state; after it the resumed play is fed only the records dated
after it. Where no such state exists, the bill's play runs from the first record.
Results are kept per file revision.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Sequence
from datetime import date, timedelta
from pathlib import Path

from tracker.engine import Account, AccountPlay, Paid, PartDue, Policy, RecordedBill, saved
from tracker.engine import Spend as EngineSpend
from tracker.engine.records import counts_purchases, with_purchases
from tracker.engine.state import Row
from tracker.products import Product
from tracker.records import Bill, Due, Payment
from tracker.service import accounts, files
from tracker.storage import Store, spending


def bill_differences(store: Store, product: Product) -> dict[int, int]:
    """[minor units] bill id → its amount − what the account engine expected it to be:
    the charges recorded in its cycle + the engine's interest, fees and penalty estimated
    up to its statement date. Only bills whose cycle has recorded charges: without them
    the spending inside a bill is unknown and no estimate can be compared."""
    key = ("bill differences", product.saved_id)
    revision = store.revision()
    cached = store.memo.get(key)
    if cached is not None and cached[0] == revision:
        return dict(cached[1])
    found = _differences(store, product)
    store.memo[key] = (revision, found)
    return dict(found)


def known(store: Store, product_id: int) -> dict[int, int] | None:
    """:func:`bill_differences` of product ``product_id`` when they are kept for the
    file as it is now (nothing worked out: None when they are not)."""
    cached = store.memo.get(("bill differences", product_id))
    if cached is None or cached[0] != store.revision():
        return None
    return dict(cached[1])


def revision(store: Store) -> object:
    """The file's revision now, for :func:`remember`."""
    return store.revision()


def of_file(path: Path, product_id: int) -> dict[int, int]:
    """:func:`bill_differences` of product ``product_id`` on a connection of its own (a
    worker thread's: SQLite's rule, one per thread), reading the file as committed."""
    with files.opened(path) as store:
        return bill_differences(store, store.get_product(product_id))


def of_product(store: Store, product_id: int) -> dict[int, int]:
    """:func:`bill_differences` of product ``product_id``."""
    return bill_differences(store, store.get_product(product_id))


def remember(store: Store, product_id: int, since: object, found: dict[int, int]) -> None:
    """Keep ``found`` (worked out elsewhere, e.g. by :func:`of_file`, from the file at
    revision ``since``) as the product's differences, if the file has not changed since."""
    if store.revision() == since:
        store.memo[("bill differences", product_id)] = (since, dict(found))


def _differences(store: Store, product: Product) -> dict[int, int]:
    pid = product.saved_id
    found = store.list_bills(pid)
    if not found:
        return {}
    dues = [d for d in store.list_dues(pid) if d.kind == "installment"]
    return of_records(
        product, found, spending.spent_by_day(store, pid), dues, store.list_payments(pid)
    )


def of_records(
    product: Product,
    bills: Sequence[Bill],
    spent: Sequence[tuple[date, int]],
    dues: Sequence[Due],
    payments: Sequence[Payment],
) -> dict[int, int]:
    """:func:`bill_differences` of the product's records: its bills, its charges as the
    total of each day that has one (oldest first), its instalment dues and payments."""
    bills = sorted(bills, key=lambda b: b.statement_date)
    days = [d for d, _ in spent]
    payments = sorted(payments, key=lambda p: p.date)
    paid_days = [p.date for p in payments]
    recorded = tuple(
        RecordedBill(b.statement_date, b.due_date, b.amount, b.minimum) for b in bills
    )
    if counts_purchases(product):  # as accounts.account_of
        recorded = with_purchases(recorded, spent)
    parts = tuple(PartDue(d.due_date, d.principal, d.fee, d.source_id or 0) for d in dues)
    paid = tuple(Paid(p.date, p.amount) for p in payments)
    closed = _Closed(Account(product, bills=recorded, parts=parts, payments=paid))
    out: dict[int, int] = {}
    previous = date.min
    for n, bill in enumerate(bills):
        stated = bill.statement_date
        if n:
            closed.close_after(bills[n - 1].due_date, stated)
        lo = bisect_right(days, previous)
        hi = bisect_right(days, stated)
        if lo < hi:
            account = Account(
                product,
                bills=recorded[:n],
                spends=tuple(EngineSpend(d, a) for d, a in spent[lo:hi]),
                parts=parts,
                payments=paid[: bisect_right(paid_days, stated)],
            )
            engine = closed.play(account, stated, before=previous)
            engine.run()
            before = {(b.statement_date, b.due_date) for b in recorded[:n]}
            estimated = sum(
                e.amount for e in accounts._estimates(engine, stated, before) if e.day > previous
            )
            out[bill.id] = bill.amount - sum(a for _, a in spent[lo:hi]) - estimated
        previous = stated
    return out


class _Closed:
    """One play of the recorded bills, instalment periods and payments (no charge), and
    its states at the closed cycles it passed: a bill's verdict day (due date + grace,
    or the late-fee retry day after it) before the next bill's statement."""

    def __init__(self, account: Account) -> None:
        self.reference = AccountPlay(account, Policy())
        #: Each saved state, and the reference's rows then (saved apart: the same values
        #: :func:`saved.capture` writes as JSON and :func:`saved.resume` reads back).
        self.states: list[tuple[saved.Saved, list[Row]]] = []
        self.product = account.product

    def close_after(self, due: date, next_statement: date) -> None:
        """The reference's state at the first closed cycle after a bill due on ``due``
        that comes before ``next_statement``, if there is one."""
        p = self.product
        for wait in sorted({p.grace_days, max(p.grace_days, p.late_fee_after_days)}):
            day = due + timedelta(days=wait)
            now = self.reference.day
            if day >= next_statement or (now is not None and day <= now):
                continue
            self.reference.run_to(day)
            rows, self.reference.rows = self.reference.rows, []
            try:
                found = saved.capture(self.reference)
            finally:
                self.reference.rows = rows
            if found is not None:
                self.states.append((found, _copied(rows)))
                return

    def play(self, account: Account, until: date, before: date) -> AccountPlay:
        """A play (not run yet) of ``account`` to ``until``, resumed from the latest
        state saved on a day before ``before`` when the play takes it, else from the
        first record. ``account`` must hold the same records as the reference up to
        that day, and no charge on or before ``before``."""
        at = bisect_left([s.day for s, _ in self.states], before)
        if at:
            state, rows = self.states[at - 1]
            play = AccountPlay(saved.after(account, state.day), Policy(), until)
            if saved.resume(play, state):
                play.rows = _copied(rows)
                play.resumed_rows = len(rows)
                return play
        return AccountPlay(account, Policy(), until)


def _copied(rows: list[Row]) -> list[Row]:
    """New rows with the same values (a row holds dates, ints and None: the values
    :func:`saved.resume` would read back), each as fast as a dict copy."""
    out = []
    for r in rows:
        new = object.__new__(Row)
        new.__dict__ = dict(r.__dict__)
        out.append(new)
    return out
