"""Purchases (charges): record, optionally split into instalments with the split's true
cost shown first; edit, delete, list.

Amounts are minor units; rates are Decimal fractions (0.130342 = 13.0342% a year).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from tracker import cycles, plans
from tracker.errors import InputError, not_found, refuse
from tracker.products import Product
from tracker.records import Charge
from tracker.service import plans as plans_service
from tracker.service import products, records
from tracker.service.products import Amount
from tracker.storage import Store


@dataclass(frozen=True)
class SplitPreview:
    """What splitting a purchase would cost, before anything is saved.

    Attributes:
        currency: the product's currency code.
        schedule: the periods (principal + fee each, minor units).
        apr: true annual rate (IRR × periods per year), 6 places.
        ear: effective annual rate ((1 + IRR)^ppy − 1), 6 places.
    """

    currency: str
    schedule: plans.Schedule
    apr: Decimal
    ear: Decimal

    @property
    def first_due(self) -> date:
        return self.schedule.periods[0].due_date

    @property
    def fee_per_period(self) -> int:
        """[minor units] the first period's fee (later ones differ only by rounding)."""
        return self.schedule.periods[0].fee

    @property
    def payment_per_period(self) -> int:
        """[minor units] the first period's principal + fee."""
        return self.schedule.periods[0].payment

    @property
    def total_fee(self) -> int:
        """[minor units] every period's fee added up."""
        return self.schedule.total_fee


def split_periods(store: Store, product_id: int) -> tuple[int, ...]:
    """The instalment counts ``product_id`` offers (empty: it offers none)."""
    product = products.find_product(store, product_id)
    return product.allowed_periods if product.offers_installments else ()


def first_due_for_split(product: Product, day: date) -> date:
    """When period 1 of a purchase split on ``day`` falls due.

    Pay-in-N takes the first part at purchase; other products bill period 1 on the
    statement of the purchase's cycle, so it is due on that cycle's due date.
    """
    if product.kind == "pay_in_n":
        return day
    return cycles.cycle_for_purchase(cycles.CycleRule.from_product(product), day)[2]


def preview_split(
    store: Store, product_id: int, amount: int, periods: int, day: date
) -> SplitPreview:
    """The schedule, fee and true APR/EAR of splitting ``amount`` bought on ``day``.

    Args:
        amount: [minor units] the purchase, > 0.
        periods: instalment count; must be one the product offers.
        day: the purchase date (sets the first due date through the product's cycle).

    Raises:
        InputError: (field ``periods``) the product does not offer that split.
    """
    product = products.find_product(store, product_id)
    try:
        plans_service.check_splittable(product, amount, periods)
        schedule = plans.installment_schedule(
            product, amount, periods, first_due_for_split(product, day)
        )
    except InputError as exc:
        raise exc.at("periods") from None
    apr, ear = plans.true_rate(schedule)
    return SplitPreview(product.currency, schedule, apr, ear)


def add_charge(
    store: Store,
    ref: str | int,
    day: date,
    amount: Amount,
    today: date,
    description: str = "",
    periods: int | None = None,
) -> int:
    """Record a purchase; with ``periods``, also split it into an instalment plan.

    A split purchase is saved as the charge, an equal negative charge (it leaves the
    statement: the plan's periods bill it instead) and the plan with its dues — all
    in one transaction, so either all of it is saved or none of it.

    Args:
        amount: the purchase, > 0: minor units or the typed text (product's currency).
        today: purchases dated after today are refused.
        periods: instalment count, or None for a plain charge.

    Returns:
        The charge's id.

    Raises:
        InputError: with ``field`` naming the form field at fault; nothing is saved.
    """
    product = products.find_product(store, ref)
    value = _checked(product, day, amount, today)
    text = description.strip()
    pid = product.saved_id
    if periods is None:
        with store.transaction():
            return store.insert_charge(pid, day, value, text)
    preview = preview_split(store, pid, value, periods, day)
    with store.transaction():
        charge_id = store.insert_charge(pid, day, value, text)
        store.insert_charge(pid, day, -value, f"{text or 'Charge'} → {periods} instalments")
        plans_service.add_plan(store, pid, value, periods, preview.first_due, text)
    return charge_id


def _checked(product: Product, day: date, amount: Amount, today: date) -> int:
    value = products.amount_in(product, amount)
    if value <= 0:
        raise refuse("charge amount must be greater than zero", field="amount")
    if day > today:
        raise refuse(
            "purchase date {day} is in the future (today is {today})",
            field="date",
            day=day,
            today=today,
        )
    return value


def edit_charge(
    store: Store, charge_id: int, day: date, amount: Amount, today: date, description: str = ""
) -> Charge:
    """Change a charge's date, amount (> 0) and description; returns it as saved."""
    old = charge(store, charge_id)
    value = _checked(store.get_product(old.product_id), day, amount, today)
    with store.transaction():
        store.update_entry("charges", charge_id, day, value, description.strip())
    return Charge(charge_id, old.product_id, day, value, description.strip())


def delete_charge(store: Store, charge_id: int) -> records.Deleted:
    """Delete one charge (purchase). Returns it for undo."""
    return records.delete_record(store, "charge", charge_id)


def charge(store: Store, charge_id: int) -> Charge:
    """One charge by id (NotFoundError when it is gone)."""
    found = store.list_charges(ids=[charge_id])  # decoded by storage, as every row is
    if not found:
        raise not_found("no charge with id {charge_id}", charge_id=charge_id)
    return found[0]


def charges(store: Store, product_id: int, ids: Sequence[int] | None = None) -> list[Charge]:
    """The product's charges (all, or those in ``ids``), oldest first."""
    return store.list_charges(product_id, ids)


def charge_ids(store: Store, product_id: int) -> list[int]:
    """The ids of the product's charges, oldest first (cheap: no rows built)."""
    return store.record_ids("charges", product_id)
