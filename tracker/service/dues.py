"""Dues: what each product owes, when, and what lateness costs so far, as of a day
(the costs and report status from the account engine, :mod:`tracker.service.accounts`).

The ledger (allocation of payments to dues) runs once per change of the file and is
shared by every view that asks on the same day (see :func:`due_views`); the views of what
is open run it over the open dues only (:func:`open_views`, issue 12).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from decimal import Decimal
from functools import cached_property

from tracker import credit, ledger
from tracker.engine import rules as engine_rules
from tracker.errors import refuse
from tracker.ledger import DueStatus
from tracker.money import round_minor
from tracker.products import Product
from tracker.records import Due, Payment
from tracker.service import accounts, closed_cycles, open_ledger
from tracker.storage import Store
from tracker.storage import cycles as stored_cycles


@dataclass(frozen=True)
class DueView:
    """One due as the dashboard, reminders and ``due`` show it (amounts minor units).

    ``penalty_so_far`` and ``impact`` come from the account engine (its product played
    to today, :mod:`tracker.service.accounts`): the account's unpaid interest, fees and
    penalty sit on its oldest open due (0 on the others), and the report status is the
    account's — a due is never "clean" on an account that is reported.
    """

    status: DueStatus
    product: Product
    penalty_so_far: int
    impact: credit.CreditImpact

    @property
    def due(self) -> Due:
        return self.status.due

    @cached_property  # the view and its status are frozen: asked ~10k times a refresh
    def amount(self) -> int:
        """What is still owed on this due."""
        return self.status.state.outstanding

    @cached_property
    def minimum(self) -> int:
        """What must still be paid to stay out of overdue."""
        return self.status.state.outstanding_minimum

    @property
    def late_charges(self) -> int:
        """[minor units] of the due's whole amount, the late fees or loan penalty the
        engine asks with it (:func:`accounts.fees_on_dues`); 0 for other kinds."""
        return self.due.penalty if self.product.kind in accounts.FOLDED_KINDS else 0


def rule_minimum(product: Product, amount: int) -> int:
    """The product's minimum on a bill of ``amount`` (the account engine's rule)."""
    parts = engine_rules.StatementParts(new_principal=amount, balance=amount)
    return engine_rules.minimum_due(product, parts)


def day_cost(store: Store, view: DueView, today: date) -> int:
    """What one more day unpaid adds on the due's account (minor units), as the account
    engine plays it: the one figure the dashboard's warning and the reminders both show.

    The day after max(today, due date) against that day itself, so a due not yet late
    says what its first late day would cost (a late fee included).
    """
    if view.amount <= 0:
        return 0
    product = view.product
    if view.status.is_overdue and product.overdue_model == "penalty":
        # The same every day: ¥618.25 × 0.05% = ¥0.31 (not the ¥0.30 that the difference
        # of two rounded running totals gives on some days).
        return round_minor(Decimal(view.amount) * product.penalty_daily_rate)
    return account_day_cost(store, product, today, view.due.due_date)


def account_day_cost(store: Store, product: Product, today: date, due_date: date) -> int:
    """[minor units] what paying ``product``'s account a day after max(today,
    ``due_date``) costs beyond paying it that day, as the account engine plays it (a
    due's :func:`day_cost`, an estimate's ``estimated_dues.day_cost``)."""
    base = max(today, due_date)
    later = accounts.charges_if_paid(store, product, today, base + timedelta(days=1))
    return max(0, later - accounts.charges_if_paid(store, product, today, base))


def due_views(store: Store, today: date, product_id: int | None = None) -> list[DueView]:
    """Every due of active products (or of ``product_id``, archived or not) with its
    status as of ``today``, in due-date order.

    The ledger is computed once per change of the file: a dashboard refresh asks for it
    several times, and on years of history it is the costly part.
    """
    return list(_ledger(store, today, product_id)[0])


def open_views(store: Store, today: date) -> list[DueView]:
    """The dues of active products still open on ``today``, with their status, in
    due-date order: every due after the cut of each product's settled ledger
    (:mod:`tracker.service.open_ledger`), and a product's latest due when every one of
    its dues is settled (the account's costs so far stand on it).

    For the views of what is open — the dashboard, the due list, reminders, payoff, the
    simulator: each due with something owed, overdue, or carrying costs so far is in it,
    the same view as in :func:`due_views` (tests/core/test_open_list.py), and the
    dues left out are paid. The product page and the statement, which show paid history,
    read :func:`due_views` of their product.
    """
    return list(_open_ledger(store, today)[0])


def credits(store: Store, today: date, product_id: int | None = None) -> dict[int, int]:
    """[minor units] what was paid beyond every due, per product id (an overpayment the
    lender holds as a credit balance); from the same ledger run as :func:`open_views`
    (every active product) or :func:`due_views` (``product_id``)."""
    if product_id is None:
        return dict(_open_statuses(store, today)[2])
    return dict(_ledger(store, today, product_id)[1])


def open_statuses(store: Store, today: date) -> list[tuple[Product, DueStatus]]:
    """The dues of :func:`open_views`, each with its product and status, without the
    account engine's costs so far (no account played): for what needs only the amounts,
    e.g. which currencies are owed, or one due to simulate."""
    products, states, _ = _open_statuses(store, today)
    return [(products[st.due.product_id], st) for st in states]


def _open_statuses(
    store: Store, today: date
) -> tuple[dict[int, Product], list[DueStatus], dict[int, int]]:
    key = ("open_statuses", today)
    revision = store.revision()
    cached = store.memo.get(key)
    if cached is not None and cached[0] == revision:
        return cached[1]  # type: ignore[no-any-return]
    products = {p.saved_id: p for p in store.list_products()}
    fees = _folded_fees(store, products, today)
    states, unapplied = open_ledger.classified(store, products, today, fees)
    result = (products, states, unapplied)
    store.memo[key] = (revision, result)
    return result


def _open_ledger(store: Store, today: date) -> tuple[tuple[DueView, ...], dict[int, int]]:
    key = ("open_views", today)
    revision = store.revision()
    cached = store.memo.get(key)
    if cached is not None and cached[0] == revision:
        return cached[1]  # type: ignore[no-any-return]
    products, states, unapplied = _open_statuses(store, today)
    result = (_views(store, today, products, states), unapplied)
    store.memo[key] = (revision, result)
    return result


def _ledger(
    store: Store, today: date, product_id: int | None
) -> tuple[tuple[DueView, ...], dict[int, int]]:
    key = ("due_views", today, product_id)
    revision = store.revision()
    cached = store.memo.get(key)
    if cached is not None and cached[0] == revision:
        return cached[1]  # type: ignore[no-any-return]
    result = _compute_due_views(store, today, product_id)
    store.memo[key] = (revision, result)
    return result


def _compute_due_views(
    store: Store, today: date, product_id: int | None
) -> tuple[tuple[DueView, ...], dict[int, int]]:
    if product_id is None:
        products = {p.saved_id: p for p in store.list_products()}
    else:
        products = {product_id: store.get_product(product_id)}
    fees = _folded_fees(store, products, today)
    dues = [d for d in store.list_dues(product_id) if d.product_id in products]
    if fees:
        dues = [d for d in dues if d.product_id not in fees]
        for pid, found in fees.items():
            dues += ledger.with_fees(store.list_dues(pid), found)
    rules = {pid: (p.grace_days, p.tolerance) for pid, p in products.items()}
    states, unapplied = _classified(store, dues, products, today, rules, fees)
    return _views(store, today, products, states), unapplied


def _folded_fees(
    store: Store, products: dict[int, Product], today: date
) -> dict[int, open_ledger.Fees]:
    """Product id → the charges the ledger holds on its dues, as of ``today``: a
    pay-in-N account's late fees and a loan's penalty, which the engine asks with the
    next instalment (:func:`accounts.fees_on_dues`, :func:`tracker.ledger.with_fees`);
    products with none are left out."""
    found = {pid: accounts.folded_fees(store, p, today) for pid, p in products.items()}
    return {pid: fees for pid, fees in found.items() if fees}


def _views(
    store: Store, today: date, products: dict[int, Product], states: list[DueStatus]
) -> tuple[DueView, ...]:
    """The views of ``states`` (in due order), each product's account played to today."""
    played = {
        pid: accounts.played_to(store, products[pid], today)
        for pid in dict.fromkeys(st.due.product_id for st in states)
    }
    # The account's costs so far stand on its oldest open due; with none open, on its
    # latest due (paying a late bill's amount leaves its penalty owed, not owed nowhere).
    oldest: dict[int, int] = {st.due.product_id: st.due.id for st in states}
    opened: set[int] = set()
    for st in states:
        if st.state.outstanding > 0 and st.due.product_id not in opened:
            opened.add(st.due.product_id)
            oldest[st.due.product_id] = st.due.id
    views = []
    for st in states:
        pid = st.due.product_id
        account = played[pid]
        charges = account.so_far if oldest.get(pid) == st.due.id else 0
        views.append(DueView(st, products[pid], charges, account.impact))
    return tuple(views)


def _classified(
    store: Store,
    dues: list[Due],
    products: dict[int, Product],
    today: date,
    rules: dict[int, tuple[int, int]],
    fees: dict[int, open_ledger.Fees] | None = None,
) -> tuple[list[DueStatus], dict[int, int]]:
    """:func:`ledger.classify` of ``dues`` with their products' payments, each product
    started from its ledger settled with its closed cycle when it has one (only the
    payments after it are read and allocated; the statuses are the same, see
    tests/core/test_settled_history.py); else from its first payment — also when the
    late fees ``fees`` holds for it on its dues (:func:`ledger.with_fees`, on ``dues``
    already) are not those the saved ledger was made with."""
    fees = fees or {}
    saved = stored_cycles.load_settled(store) if products else {}
    by_product: dict[int, dict[int, Due]] = {}
    for d in dues:
        by_product.setdefault(d.product_id, {})[d.id] = d
    settled: dict[int, ledger.Settled] = {}
    payments: list[Payment] = []
    for pid in products:
        found = saved.get(pid)
        done = None
        if found is not None:
            done = closed_cycles.settled_of(found, by_product.get(pid, {}))
            if done is not None and not closed_cycles.fees_fit(found, done, fees.get(pid, ())):
                done = None
        if done is not None and done.through <= today:
            settled[pid] = done
        since = settled[pid].through if pid in settled else None
        payments += stored_cycles.payments_after(store, pid, since)
    try:
        return ledger.classify_open(dues, payments, today, rules, settled)
    except ValueError:  # a saved ledger that does not fit: from the first payment
        everything = [p for p in store.list_payments() if p.product_id in products]
        return ledger.classify(dues, everything, today, rules)


def open_dues(store: Store, today: date, days: int = 30) -> list[DueView]:
    """Overdue dues first (most late first), then revolving ones (minimum paid, the rest
    unpaid after the due date: owed and bearing interest, not late), then those due
    within ``days``, each group by date.

    A revolving bill is still owed (DESIGN.md § Presets: revolving interest on the
    remainder once the minimum was paid), so it is listed as what it is rather than left
    out: its ``minimum`` is 0 and its ``penalty_so_far`` holds the account's interest.
    So is a paid due that carries the account's costs so far (none of its dues open).
    """
    if not 0 <= days <= 3660:
        raise refuse("--days must be between 0 and 3660, not {days}", days=days)
    views = [
        v for v in open_views(store, today) if v.status.state_name != "paid" or v.penalty_so_far
    ]
    late = [v for v in views if v.status.days_past_due > 0]
    revolving = [v for v in views if v.status.state_name == "revolving" and v.amount > 0]
    soon = [v for v in views if v.status.days_past_due == 0 and v.status.days_until_due <= days]
    soon = [v for v in soon if v.status.state_name != "revolving"]
    for group in (late, revolving, soon):
        group.sort(key=lambda v: (v.due.due_date, v.due.id))
    return late + revolving + soon


def owed(store: Store, product: Product, on: date | None = None) -> int:
    """Everything the product still owes, minor units: open dues after every recorded
    payment, plus charges not yet on a bill, plus the interest, fees and penalty the
    account engine charged and nothing paid yet, less any overpayment (never below 0).

    Args:
        on: the day the engine's charges are counted to, when later than the latest
            record (then it is the products page's balance on that day,
            ``overview.ProductSummary.balance``); None: the day of the latest record.
    """
    # What the account engine charged (interest, fees, penalty) beside the dues, and
    # the late fees the ledger holds on them.
    account = accounts.at_last_record(store, product, on)
    charges = 0 if account is None else account.charges
    fees = () if account is None else account.fees
    open_dues, credit = open_ledger.outstanding(store, product.saved_id, fees)
    return max(0, open_dues + unbilled(store, product) + charges - credit)


def unbilled(store: Store, product: Product) -> int:
    """Charges after the product's last statement date: spent, not yet on a bill (nor
    taken over by a repayment plan agreed since). One indexed aggregate in the file (the
    dashboard asks for every product) unless a plan was agreed."""
    agreed = store.agreed_plan_days(product.saved_id)
    if not agreed:
        return store.unbilled_total(product.saved_id)
    bills = store.list_bills(product.saved_id)
    last = max([b.statement_date for b in bills] + agreed, default=date.min)
    return sum(c.amount for c in store.unbilled_charges(product.saved_id) if c.date > last)


def product_statuses(store: Store, today: date, product: Product) -> list[DueStatus]:
    """Every due of ``product`` with its status on ``today`` (due-date order); the one
    ledger run of a product page, shared by its summary, record and tables."""
    return [v.status for v in due_views(store, today, product.saved_id)]
