"""Recording purchases, optionally split into instalments, with the split's true cost first.

Amounts are minor units; rates are Decimal fractions (0.130342 = 13.0342% a year).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from tracker import cycles, plans
from tracker.errors import InputError, refuse
from tracker.products import Product
from tracker.service.core import _pid, add_charge, add_plan, check_splittable, find_product
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
    product = find_product(store, product_id)
    if product.installment_fee_model == "none" and product.kind != "pay_in_n":
        return ()
    return product.allowed_periods


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
    product = find_product(store, product_id)
    try:
        check_splittable(product, amount, periods)
        schedule = plans.installment_schedule(
            product, amount, periods, first_due_for_split(product, day)
        )
    except InputError as exc:
        raise exc.at("periods") from None
    apr, ear = plans.true_rate(schedule)
    return SplitPreview(product.currency, schedule, apr, ear)


def record_charge(
    store: Store,
    product_id: int,
    day: date,
    amount: int,
    today: date,
    description: str = "",
    periods: int | None = None,
) -> int:
    """Record a purchase; with ``periods``, also split it into an instalment plan.

    A split purchase is saved as the charge, an equal negative charge (it leaves the
    statement: the plan's periods bill it instead) and the plan with its dues — all
    in one transaction, so either all of it is saved or none of it.

    Args:
        amount: [minor units] the purchase, > 0.
        today: purchases dated after today are refused.
        periods: instalment count, or None for a plain charge.

    Returns:
        The charge's id.

    Raises:
        InputError: with ``field`` naming the form field at fault; nothing is saved.
    """
    if amount <= 0:
        raise refuse("charge amount must be greater than zero", field="amount")
    if day > today:
        raise refuse(
            "purchase date {day} is in the future (today is {today})",
            field="date",
            day=day,
            today=today,
        )
    text = description.strip()
    if periods is None:
        return add_charge(store, product_id, day, amount, text)
    preview = preview_split(store, product_id, amount, periods, day)
    product = find_product(store, product_id)
    with store.transaction():
        charge_id = add_charge(store, product_id, day, amount, text)
        moved = f"{text or 'Charge'} → {periods} instalments"
        add_charge(store, _pid(product), day, -amount, moved)
        add_plan(store, product_id, amount, periods, preview.first_due, text)
    return charge_id
