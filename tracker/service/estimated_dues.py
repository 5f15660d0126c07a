"""What an account owes on the engine's own statements, where no recorded due shows it.

DESIGN.md § The account engine: between recorded bills the engine plays the product's
cycle — its own statements, their minimums, interest, late fees and penalty — as
estimates of what the lender's bill will say. A due row comes only from a recorded bill
or an instalment period, so an account whose spending was never billed in the file (a
card with charges and no bill), or whose costs the engine charged with no due left to
carry them, owed money that no row showed: ``due`` said nothing while the account was
late and reported. DESIGN.md has no word on that row; this module gives one per such
account — the engine's figure, marked as an estimate, with the account's report status,
so the list never looks clean while the account is not.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from tracker import credit
from tracker.engine import CycleRow
from tracker.engine import rules as engine_rules
from tracker.products import Product
from tracker.service import accounts, dues
from tracker.storage import Store, open_dues


@dataclass(frozen=True)
class EstimatedDue:
    """What the account engine says is owed on its own statements and shown by no due
    (minor units).

    Attributes:
        product: the account.
        statement_date, due_date: the engine's statement it stands on: its first own
            statement after the last recorded bill (else the latest it posted).
        amount: owed beyond every due row of the account (and beyond spending not on a
            statement yet): the engine's statements' unpaid spending, and its interest,
            fees and penalty when no due row carries them.
        minimum: at most ``amount``: the product's minimum rule on ``amount`` (its rate
            on the spending, all of the charges) when the account has due rows (the
            earlier minimums carried into the statement are theirs), else what the
            engine's latest statement's minimum still asks.
        days_past_due: from that statement's due date once its grace is over, at most
            the account's (as the engine plays it to today); in its grace days, those
            since its due date while its minimum is unpaid (as a due's, "in_grace"); 0
            before.
        impact: the account's report status (as every due of it shows).
    """

    product: Product
    statement_date: date
    due_date: date
    amount: int
    minimum: int
    days_past_due: int
    impact: credit.CreditImpact

    @property
    def penalty_so_far(self) -> int:
        """0: any costs so far it holds are inside ``amount`` (as a due's beside it)."""
        return 0

    @property
    def after_last_instalment(self) -> bool:
        """An account with no bills (pay-in-N, a loan): what it holds is the late fees
        or penalty the engine charged after the last instalment
        (:func:`accounts.fees_on_dues`) — no bill of the lender's is missing."""
        return self.product.kind in accounts.FOLDED_KINDS

    @property
    def description(self) -> str:
        """What it is, in English (``due --json``'s ``description``; ``due`` says the
        part before the parenthesis)."""
        if self.after_last_instalment:
            return "late charges after the last instalment (estimated)"
        return (
            f"no bill recorded for the {self.statement_date.isoformat()} statement (the"
            " interest, fees and penalty are the engine's)"
        )


def estimated_dues(store: Store, today: date, days: int = 30) -> list[EstimatedDue]:
    """One row per active account that owes on the engine's statements more than its due
    rows show, late (most late first) or falling due within ``days``.

    Args:
        store: the open file.
        today: the day to look from.
        days: [days] how far ahead a statement not yet due is listed (as ``due``).

    Returns:
        The rows, late ones first, each group by due date.
    """
    found = _all_estimated(store, today)
    horizon = today + timedelta(days=days)
    return [r for r in found if r.days_past_due > 0 or r.due_date <= horizon]


def day_cost(store: Store, e: EstimatedDue, today: date) -> int:
    """What one more day unpaid adds on the estimate's account (minor units), as the
    account engine plays it — the day after max(today, due date) against that day
    itself, as :func:`tracker.service.dues.day_cost` for a due: interest, penalty and a
    late fee its first late day would bring. An estimate too (the lender's bill is the
    truth), of the same rules."""
    if e.amount <= 0:
        return 0
    return dues.account_day_cost(store, e.product, today, e.due_date)


def estimated_due(
    store: Store, product: Product, today: date, days: int = 366
) -> EstimatedDue | None:
    """The one product's row of :func:`estimated_dues` (late, or falling due within
    ``days``), its account alone played: the product page's (it asked every account's,
    a product page open at 100k went from 39 to 116 ms)."""
    if product.archived:
        return None
    key = ("estimated_due", today, product.saved_id)
    revision = store.revision()
    cached = store.memo.get(key)
    if cached is not None and cached[0] == revision:
        found = cached[1]
    else:
        pid = product.saved_id
        has_dues = open_dues.last_due_date(store, pid) is not None
        credit = dues.credits(store, today, pid).get(pid, 0)
        found = _estimated(store, product, today, has_dues, credit)
        store.memo[key] = (revision, found)
    if found is None:
        return None
    soon = found.due_date <= today + timedelta(days=days)
    return found if found.days_past_due > 0 or soon else None  # type: ignore[no-any-return]


def _all_estimated(store: Store, today: date) -> tuple[EstimatedDue, ...]:
    """Every account's row, whatever its due date, in the order of :func:`estimated_dues`;
    asked by the dues table and the overdue warning of one refresh (with different
    ``days``), so worked out once per revision of the file."""
    key = ("estimated_dues", today)
    revision = store.revision()
    cached = store.memo.get(key)
    if cached is not None and cached[0] == revision:
        return cached[1]  # type: ignore[no-any-return]
    # Whether an account has due rows at all is all this asks of them (one indexed
    # query, issue 12: not the ledger of every due of ten years).
    with_dues = open_dues.products_with_dues(store)
    credits = dues.credits(store, today)
    rows = []
    for product in store.list_products():
        pid = product.saved_id
        found = _estimated(store, product, today, pid in with_dues, credits.get(pid, 0))
        if found is not None:
            rows.append(found)
    rows.sort(key=lambda r: (r.days_past_due == 0, r.due_date, r.product.saved_id))
    result = tuple(rows)
    store.memo[key] = (revision, result)
    return result


def _estimated(
    store: Store, product: Product, today: date, has_dues: bool, credit: int
) -> EstimatedDue | None:
    account = accounts.played_to(store, product, today)
    out = account.outcome
    if not out.rows:
        return None
    last = out.rows[-1]
    # What the account owes beyond its dues (the products page's balance less the due
    # rows: tests/core/test_every_screen_law.py) is the spending on no bill, less a
    # credit, and the costs so far when no due carries them; of the spending, what came
    # after the engine's last statement is on none yet, so not due.
    unbilled = store.unbilled_charges(product.saved_id)
    spent = dues.unbilled(store, product)
    later = sum(c.amount for c in unbilled if c.date > last.statement_date)
    # (A pay-in-N account's late fees after its last due are on no due: the engine asks
    # them on a statement of its own.)
    extra = account.charges - account.so_far if has_dues else account.charges
    amount = spent - later - credit + extra
    if amount <= product.tolerance:
        return None
    row = _own_statement(store, product, out.rows)
    late = today > row.due_date + timedelta(days=product.grace_days)
    dpd = min(out.days_past_due, (today - row.due_date).days) if late else 0
    if not late and today > row.due_date and row.minimum - row.paid > product.tolerance:
        # In its grace days, unpaid: late as a due is then ("in_grace"), not "today".
        dpd = (today - row.due_date).days
    # With due rows, the earlier minimums carried into the statement are theirs: its own
    # is the rule's on what it holds; without, the latest statement's asks it all.
    if has_dues:
        # (the rule's rate on the spending, 100 % of the charges: DESIGN.md § Presets;
        # 10 % of ¥97.94 of interest and late fees asked ¥9.79)
        parts = engine_rules.StatementParts(
            new_principal=max(0, amount - extra), interest=min(amount, extra), balance=amount
        )
        own = engine_rules.minimum_due(product, parts)
    else:
        own = max(0, last.minimum - last.paid)
    minimum = min(amount, own)
    return EstimatedDue(
        product, row.statement_date, row.due_date, amount, minimum, dpd, account.impact,
    )  # fmt: skip


def _own_statement(store: Store, product: Product, rows: tuple[CycleRow, ...]) -> CycleRow:
    """The engine's first own statement (neither a recorded bill nor an instalment
    period's) after the last recorded bill — spending before it is inside the bills —;
    the latest statement when there is none."""
    pid = product.saved_id
    bills = store.list_bills(pid)
    recorded = {(b.statement_date, b.due_date) for b in bills}
    periods = {d.due_date for d in store.list_dues(pid) if d.kind != "bill"}
    last_bill = max((b.statement_date for b in bills), default=date.min)
    own = [
        r
        for r in rows
        if (r.statement_date, r.due_date) not in recorded
        and r.due_date not in periods
        and r.statement_date > last_bill
    ]
    return own[0] if own else rows[-1]
