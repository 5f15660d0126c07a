"""Use cases for one product's records: list, edit, delete (with undo) and plan previews.

Amounts are ``int`` minor units. Every change runs in one transaction. A delete returns
a :class:`Deleted` holding the exact rows it removed, so :func:`restore` can put them
back (same ids) when the user presses Undo.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from typing import Any

from tracker import credit, ledger, overview, plans
from tracker.errors import InputError, not_found, refuse
from tracker.ledger import DueStatus, Payment
from tracker.money import currency
from tracker.overview import ProductSummary
from tracker.products import (
    MAX_PERIODS,
    Product,
    check_new_name,
    coerce_field,
    from_preset,
    is_product_field,
)
from tracker.service.core import unbilled
from tracker.storage import Store
from tracker.storage.store import Bill, Charge, PlanRow


# -- deleting and restoring ------------------------------------------------------------
@dataclass(frozen=True)
class Deleted:
    """What a delete removed: ``(table, rows)`` pairs, parents first (for :func:`restore`).

    Attributes:
        kind: payment, charge, bill or plan.
        record_id: the id of the deleted record.
        tables: raw rows per table, in the order they must be re-inserted.
    """

    kind: str
    record_id: int
    tables: tuple[tuple[str, tuple[dict[str, Any], ...]], ...]


_TABLE = {"payment": "payments", "charge": "charges", "bill": "bills", "plan": "plans"}
_DUE_LINK = {"bill": "bill_id", "plan": "plan_id"}


def _delete(store: Store, kind: str, record_id: int) -> Deleted:
    table = _TABLE[kind]
    with store.transaction():
        rows = store.raw_rows(table, "id", record_id)
        if not rows:
            raise not_found("no {kind} with id {record_id}", kind=kind, record_id=record_id)
        tables = [(table, tuple(rows))]
        if kind in _DUE_LINK:
            tables.append(("dues", tuple(store.raw_rows("dues", _DUE_LINK[kind], record_id))))
        # The dues of a bill or plan go with it (ON DELETE CASCADE).
        store.delete(table, record_id)
    return Deleted(kind, record_id, tuple(tables))


def delete_payment(store: Store, payment_id: int) -> Deleted:
    """Delete one payment; the ledger re-allocates the others. Returns it for undo."""
    return _delete(store, "payment", payment_id)


def delete_charge(store: Store, charge_id: int) -> Deleted:
    """Delete one charge (purchase). Returns it for undo."""
    return _delete(store, "charge", charge_id)


def delete_bill(store: Store, bill_id: int) -> Deleted:
    """Delete one bill and its due. Returns both for undo."""
    return _delete(store, "bill", bill_id)


def delete_plan(store: Store, plan_id: int) -> Deleted:
    """Delete one instalment plan and every one of its dues. Returns them for undo."""
    return _delete(store, "plan", plan_id)


def restore(store: Store, deleted: Deleted) -> None:
    """Undo a delete: re-insert exactly the removed rows, in one transaction.

    Raises:
        InputError: a row with the same id exists again (nothing is restored then).
    """
    with store.transaction():
        for table, rows in deleted.tables:
            store.reinsert(table, rows)


# -- editing -----------------------------------------------------------------------------
def edit_payment(
    store: Store, payment_id: int, day: date, amount: int, today: date, description: str = ""
) -> Payment:
    """Change a payment's date, amount (minor units, > 0) and note; returns it as saved."""
    if amount <= 0:
        raise refuse("payment amount must be greater than zero", field="amount")
    if day > today:
        raise refuse(
            "payment date {day} is in the future (today is {today})",
            field="date",
            day=day,
            today=today,
        )
    old = payment(store, payment_id)
    with store.transaction():
        store.update_entry("payments", payment_id, day, amount, description.strip())
    return Payment(payment_id, old.product_id, day, amount, description.strip())


def edit_charge(
    store: Store, charge_id: int, day: date, amount: int, description: str = ""
) -> Charge:
    """Change a charge's date, amount (minor units, not 0) and description."""
    if amount == 0:
        raise refuse("charge amount must not be zero", field="amount")
    old = charge(store, charge_id)
    with store.transaction():
        store.update_entry("charges", charge_id, day, amount, description.strip())
    return Charge(charge_id, old.product_id, day, amount, description.strip())


def payment(store: Store, payment_id: int) -> Payment:
    """One payment by id (NotFoundError when it is gone)."""
    rows = store.raw_rows("payments", "id", payment_id)
    if not rows:
        raise not_found("no payment with id {payment_id}", payment_id=payment_id)
    r = rows[0]
    return Payment(r["id"], r["product_id"], date.fromisoformat(r["date"]), r["amount"],
                   r["description"])  # fmt: skip


def charge(store: Store, charge_id: int) -> Charge:
    """One charge by id (NotFoundError when it is gone)."""
    rows = store.raw_rows("charges", "id", charge_id)
    if not rows:
        raise not_found("no charge with id {charge_id}", charge_id=charge_id)
    r = rows[0]
    return Charge(r["id"], r["product_id"], date.fromisoformat(r["date"]), r["amount"],
                  r["description"])  # fmt: skip


# -- one product's records, for the detail page ---------------------------------------------
@dataclass(frozen=True)
class BillView:
    """A bill with what is still owed on it today (minor units)."""

    bill: Bill
    outstanding: int
    state: str
    days_past_due: int
    days_late: int = 0  # how late its minimum was met (0: on time or not yet)
    reported: bool = False  # that lateness reached the credit report

    @property
    def id(self) -> int:
        return self.bill.id


@dataclass(frozen=True)
class PlanView:
    """An instalment plan with its progress today (minor units)."""

    plan: PlanRow
    payment: int
    total_fee: int
    periods_paid: int
    outstanding: int
    next_due: date | None

    @property
    def id(self) -> int:
        return self.plan.id


def _statuses(store: Store, today: date, product: Product) -> list[DueStatus]:
    pid = product.id
    assert pid is not None
    rules = {pid: (product.grace_days, product.tolerance)}
    return ledger.statuses(store.list_dues(pid), store.list_payments(pid), today, rules)


def bill_views(
    store: Store, today: date, product_id: int, ids: Sequence[int] | None = None
) -> list[BillView]:
    """The product's bills (all, or those in ``ids``) with their state on ``today``."""
    product = store.get_product(product_id)
    by_bill = {
        s.due.source_id: s for s in _statuses(store, today, product) if s.due.kind == "bill"
    }
    out = []
    for b in store.list_bills(product_id):
        if ids is not None and b.id not in ids:
            continue
        st = by_bill.get(b.id)
        if st is None:
            out.append(BillView(b, 0, "paid", 0))
        else:
            late = st.days_late if st.days_late > product.grace_days else 0
            reported = credit.credit_impact(product, late, None).reported
            out.append(
                BillView(b, st.state.outstanding, st.state_name, st.days_past_due, late, reported)
            )
    return out


def plan_views(
    store: Store, today: date, product_id: int, ids: Sequence[int] | None = None
) -> list[PlanView]:
    """The product's instalment plans (all, or those in ``ids``) with their progress."""
    product = store.get_product(product_id)
    by_plan: dict[int, list[DueStatus]] = {}
    for s in _statuses(store, today, product):
        if s.due.kind == "installment" and s.due.source_id is not None:
            by_plan.setdefault(s.due.source_id, []).append(s)
    out = []
    for p in store.list_plans(product_id):
        if ids is not None and p.id not in ids:
            continue
        rows = by_plan.get(p.id, [])
        open_rows = [s for s in rows if s.state.outstanding > 0]
        out.append(
            PlanView(
                p,
                payment=rows[0].due.total if rows else 0,
                total_fee=sum(s.due.fee for s in rows),
                periods_paid=len(rows) - len(open_rows),
                outstanding=sum(s.state.outstanding for s in open_rows),
                next_due=min((s.due.due_date for s in open_rows), default=None),
            )
        )
    return out


def payments(store: Store, product_id: int, ids: Sequence[int] | None = None) -> list[Payment]:
    """The product's payments (all, or those in ``ids``), oldest first."""
    return [p for p in store.list_payments(product_id) if ids is None or p.id in ids]


def charges(store: Store, product_id: int, ids: Sequence[int] | None = None) -> list[Charge]:
    """The product's charges (all, or those in ``ids``), oldest first."""
    return [c for c in store.list_charges(product_id) if ids is None or c.id in ids]


# -- products list -----------------------------------------------------------------------
def product_rows(
    store: Store, today: date, include_archived: bool = False
) -> list[ProductSummary]:
    """Every product's position today, by name; archived ones too when asked."""
    rows = overview.product_summaries(store, today)
    if include_archived:
        rows += [
            _archived_summary(store, today, p)
            for p in store.list_products(include_archived=True)
            if p.archived
        ]
    return sorted(rows, key=lambda s: s.product.name.lower())


def product_summary(store: Store, today: date, product_id: int) -> ProductSummary:
    """One product's position today (balance, next due; see overview.ProductSummary)."""
    product = store.get_product(product_id)
    if product.archived:
        return _archived_summary(store, today, product)
    return next(s for s in overview.product_summaries(store, today) if s.product.id == product_id)


def repayment_record(store: Store, today: date, product_id: int) -> credit.RedLine:
    """The product's history against the lenders' "连三累六" red line, as of ``today``.

    One cycle per past due date (a bill and an instalment period due the same day are
    one cycle); a cycle is missed when a due of it was, or still is, late long enough
    to reach the credit report (:func:`tracker.credit.credit_impact`).
    """
    product = store.get_product(product_id)
    worst: dict[date, int] = {}
    for s in _statuses(store, today, product):
        day = s.due.due_date
        if day >= today:
            continue
        reported = credit.credit_impact(product, s.days_late, None).reported
        worst[day] = max(worst.get(day, 0), s.days_late if reported else 0)
    return credit.red_line([worst[d] for d in sorted(worst)])


def _archived_summary(store: Store, today: date, product: Product) -> ProductSummary:
    # Archived products are out of the everyday views: no next due, but the balance stays.
    owed = sum(s.state.outstanding for s in _statuses(store, today, product))
    extra = unbilled(store, product)
    late = sum(s.state.outstanding for s in _statuses(store, today, product) if s.is_overdue)
    return ProductSummary(product, owed + extra, extra, None, late)


# -- product settings, checked field by field ---------------------------------------------
def product_draft(
    name: str, preset: str, settings: Mapping[str, str], base: Product | None = None
) -> Product:
    """The product ``add_product`` (``base`` None) or ``edit_product`` would save; nothing saved.

    Args:
        name: the product's name.
        preset: the preset a new product starts from (ignored when ``base`` is given).
        settings: raw ``KEY=VALUE`` texts, as the service functions take them.
        base: the product being edited.

    Raises:
        InputError: with ``field`` naming the setting at fault (``name`` for the name).
    """
    check_new_name(name, base.name if base else None)
    digits = currency(settings.get("currency") or (base.currency if base else "CNY")).digits
    changes: dict[str, Any] = {}
    for key, text in settings.items():
        try:
            changes[key] = coerce_field(key, text, digits)
        except InputError as exc:
            raise exc.at(key) from None
    try:
        if base is None:
            return from_preset(preset, name.strip(), **changes)
        return base.with_changes(name=name.strip(), **changes)
    except InputError as exc:
        raise exc.at(field_of(exc)) from None


def field_of(exc: InputError) -> str | None:
    """The product setting an error is about (from its ``field`` or its wording)."""
    if exc.field:
        return exc.field
    message = str(exc)
    if message.startswith(("product name", "a product named")):
        return "name"
    if message.startswith("number of periods"):
        return "allowed_periods"
    if message.startswith("unknown currency"):
        return "currency"
    first = message.split(" ", 1)[0].split("[", 1)[0]
    return first if is_product_field(first) else None


# -- instalment plan preview ---------------------------------------------------------------
@dataclass(frozen=True)
class PlanPreview:
    """What a plan costs: its schedule, total fee (minor units), APR and EAR (fractions)."""

    schedule: plans.Schedule
    apr: Decimal
    ear: Decimal

    @property
    def payment(self) -> int:
        """[minor units] the first period's payment (later ones differ by rounding only)."""
        return self.schedule.periods[0].payment


def plan_preview(product: Product, principal: int, periods: int, first_due: date) -> PlanPreview:
    """Schedule and true annual rate of splitting ``principal`` into ``periods``.

    Raises:
        InputError: the product offers no instalments, or that count, or bad values.
    """
    schedule = plans.installment_schedule(product, principal, periods, first_due)
    apr, ear = plans.true_rate(schedule)
    return PlanPreview(schedule, apr, ear)


def period_choices(product: Product) -> list[int]:
    """Period counts to offer for ``product``: the ones it allows, else 1–60; none when
    it offers no instalments at all (a US card)."""
    if product.installment_fee_model == "none" and product.kind != "pay_in_n":
        return []
    return list(product.allowed_periods) or list(range(1, MAX_PERIODS + 1))
