"""What a due costs: minimum payment, revolving interest, late fees, overdue, negotiated plans.

Pure functions on :class:`~tracker.products.Product` rules. Amounts are ``int`` minor
units; rates are ``Decimal`` per day; every result is rounded once, at the end, with
:func:`tracker.money.round_minor`.

Conventions (see DESIGN.md "Cost formulas"):

* **Grace and tolerance.** A payment made within ``grace_days`` of the due date counts as
  made on the due date, and an unpaid amount no larger than ``tolerance`` counts as
  paid. Either way the bill is treated as paid in full on time: no interest, no
  penalty, no late fee.
* **Monthly compounding** (``compound_monthly``): interest accrues daily, without
  rounding, on principal + capitalised interest. On each monthly anniversary of the
  first day of accrual (``relativedelta`` from that day, so 31 Jan → 28 Feb → 31 Mar)
  the interest accrued since the previous anniversary is added to the capitalised
  interest. Nothing is capitalised on the pay date itself.
"""

from __future__ import annotations

import itertools
from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from dateutil.relativedelta import relativedelta

from tracker.errors import refuse
from tracker.money import round_minor
from tracker.products import Product, check_periods

#: (start, end, principal in minor units): principal accrues interest from start to end.
Segment = tuple[date, date, int]


def minimum_payment(
    product: Product,
    balance: int,
    *,
    interest: int = 0,
    fees: int = 0,
    installment_due: int = 0,
    past_due_minimum: int = 0,
) -> int:
    """The minimum due on a statement.

    Rule, step by step (all amounts minor units):

    1. ``product.min_includes_interest_fees`` (US cards):
       base = round(rate × max(0, balance − installment_due − interest − fees))
       + interest + fees.
       Otherwise (CN products, whose 10% covers interest and fees):
       base = round(rate × max(0, balance − installment_due)).
    2. base = max(base, ``min_payment_floor``).
    3. minimum = base + installment_due + past_due_minimum (both always in full).
    4. Never more than ``balance``.

    Args:
        product: the product's rules.
        balance: [minor units] the whole statement balance (it includes the other parts).
        interest: [minor units] interest charged on this statement.
        fees: [minor units] fees charged on this statement.
        installment_due: [minor units] instalment periods falling due on this statement.
        past_due_minimum: [minor units] the previous statement's unpaid minimum.

    Returns:
        The minimum payment in minor units, 0 ≤ minimum ≤ balance.

    Raises:
        InputError: an amount is negative or not whole minor units.
    """
    _check_amounts(
        balance=balance,
        interest=interest,
        fees=fees,
        installment_due=installment_due,
        past_due_minimum=past_due_minimum,
    )
    rate = product.min_payment_rate
    if product.min_includes_interest_fees:
        revolving = max(0, balance - installment_due - interest - fees)
        base = round_minor(rate * revolving) + interest + fees
    else:
        base = round_minor(rate * max(0, balance - installment_due))
    base = max(base, product.min_payment_floor)
    return min(balance, base + installment_due + past_due_minimum)


def revolving_interest(
    product: Product, bill: int, remainder: int, posting: date, due: date, pay: date
) -> int:
    """Interest for revolving ``remainder`` of a bill past its due date.

    By ``product.interest_basis``, with r = ``revolving_daily_rate``, B = bill,
    R = remainder, T = due, P = pay:

    * ``remainder_from_due``: R·r·(P − T)
    * ``whole_from_posting``: B·r·(T − posting) + R·r·(P − T) (the interest-free
      period is lost on the whole bill)
    * ``remainder_from_posting``: R·r·(P − posting)

    With ``compound_monthly`` see the module docstring. Returns 0 when the bill counts
    as paid in full on time: R ≤ tolerance, or P within ``grace_days`` of T.

    Args:
        product: the product's rules.
        bill: [minor units] the statement amount B.
        remainder: [minor units] R, left unpaid on the due date and paid on ``pay``.
        posting: the day the spending posted (start of accrual for posting bases).
        due: the due date T.
        pay: the day P the remainder is paid.

    Returns:
        Interest in minor units, rounded once.

    Raises:
        InputError: negative amounts, remainder > bill, or dates not in the order
            posting ≤ due ≤ pay.
    """
    _check_amounts(bill=bill, remainder=remainder)
    _check_part("remainder", remainder, bill)
    _check_dates(posting, due, pay)
    if remainder <= product.tolerance or (pay - due).days <= product.grace_days:
        return 0
    segments = _segments(product, bill, remainder, posting, due, pay)
    rate = product.revolving_daily_rate
    raw = _compounded(segments, rate) if product.compound_monthly else _simple(segments, rate)
    return round_minor(raw)


def _segments(
    product: Product, bill: int, remainder: int, posting: date, due: date, pay: date
) -> list[Segment]:
    if product.interest_basis == "remainder_from_due":
        return [(due, pay, remainder)]
    if product.interest_basis == "whole_from_posting":
        return [(posting, due, bill), (due, pay, remainder)]
    return [(posting, pay, remainder)]


def _simple(segments: list[Segment], rate: Decimal) -> Decimal:
    return sum((Decimal(p) * rate * (end - start).days for start, end, p in segments), Decimal(0))


def _compounded(segments: list[Segment], rate: Decimal) -> Decimal:
    start, end = segments[0][0], segments[-1][1]
    anniversaries = _anniversaries(start, end)
    cuts = sorted({start, end, *anniversaries, *(s for s, _, _ in segments)})
    capitalised = pending = Decimal(0)
    for a, b in itertools.pairwise(cuts):
        if a in anniversaries:
            capitalised, pending = capitalised + pending, Decimal(0)
        principal = next(p for s, e, p in segments if s <= a < e)
        pending += (principal + capitalised) * rate * (b - a).days
    return capitalised + pending


def _anniversaries(start: date, end: date) -> set[date]:
    """Monthly anniversaries of ``start`` strictly between ``start`` and ``end``."""
    out: set[date] = set()
    k = 1
    while (day := start + relativedelta(months=k)) < end:
        out.add(day)
        k += 1
    return out


def late_fee(product: Product, unpaid_minimum: int, minimum: int | None = None) -> int:
    """The late fee for missing (part of) a minimum payment.

    fee = max(``late_fee_floor``, round(``late_fee_rate`` × unpaid_minimum)), capped at
    the minimum payment that was due when ``late_fee_cap_to_minimum`` (a US $30 fee on a
    $20 minimum is $20, even when $5 of it was paid). Products with neither a rate nor a
    floor charge nothing.

    Args:
        product: the product's rules.
        unpaid_minimum: [minor units] the part of the minimum not paid by the due date.
        minimum: [minor units] the whole minimum that was due (default: the unpaid part).

    Returns:
        The fee in minor units; 0 when ``unpaid_minimum`` ≤ 0.
    """
    if unpaid_minimum <= 0:
        return 0
    cap = unpaid_minimum if minimum is None else max(minimum, unpaid_minimum)
    fee = max(product.late_fee_floor, round_minor(product.late_fee_rate * unpaid_minimum))
    return min(fee, cap) if product.late_fee_cap_to_minimum else fee


@dataclass(frozen=True)
class OverdueCost:
    """What paying a due late costs (minor units); ``days`` past the due date."""

    days: int
    in_grace: bool
    penalty: int
    interest: int
    late_fee: int

    @property
    def total(self) -> int:
        """Penalty + interest + late fee, minor units."""
        return self.penalty + self.interest + self.late_fee


def overdue_cost(
    product: Product, *, bill: int, minimum: int, unpaid: int, posting: date, due: date, pay: date
) -> OverdueCost:
    """The cost of paying ``unpaid`` on ``pay``, D = pay − due days late.

    * D ≤ ``grace_days`` or unpaid ≤ ``tolerance``: in grace, treated as paid in full
      on the due date, cost 0.
    * ``penalty`` model: penalty = round(unpaid × ``penalty_daily_rate`` × D), simple,
      plus :func:`late_fee` where the product has one (pay-in-4).
    * ``card`` model: :func:`revolving_interest` on the unpaid amount (a
      ``whole_from_posting`` card loses the interest-free period on the whole bill)
      plus :func:`late_fee`.

    The late fee is charged on the unpaid part of the minimum, assuming what was paid
    went to the minimum first: max(0, minimum − (bill − unpaid)); when nothing was
    paid that is the whole minimum.

    Args:
        product: the product's rules.
        bill: [minor units] the statement amount.
        minimum: [minor units] the statement's minimum payment.
        unpaid: [minor units] what was still unpaid on the due date (paid on ``pay``).
        posting: the day the spending posted.
        due: the due date.
        pay: the day the unpaid amount is paid.

    Returns:
        An :class:`OverdueCost`.

    Raises:
        InputError: negative amounts, minimum or unpaid above the bill, or dates not
            in the order posting ≤ due ≤ pay.
    """
    _check_amounts(bill=bill, minimum=minimum, unpaid=unpaid)
    _check_part("minimum", minimum, bill)
    _check_part("unpaid amount", unpaid, bill)
    _check_dates(posting, due, pay)
    days = (pay - due).days
    if days <= product.grace_days or unpaid <= product.tolerance:
        return OverdueCost(days, True, 0, 0, 0)
    fee = late_fee(product, max(0, minimum - (bill - unpaid)), minimum)
    if product.overdue_model == "penalty":
        penalty = round_minor(product.penalty_daily_rate * unpaid * days)
        return OverdueCost(days, False, penalty, 0, fee)
    interest = revolving_interest(product, bill, unpaid, posting, due, pay)
    return OverdueCost(days, False, 0, interest, fee)


def penalty_so_far(product: Product, unpaid: int, due: date, as_of: date) -> int:
    """Simple daily penalty accrued on ``unpaid`` from ``due`` to ``as_of``.

    round(unpaid × ``penalty_daily_rate`` × (as_of − due)); 0 while within
    ``grace_days`` (including before the due date) or when unpaid ≤ ``tolerance``.

    Args:
        product: the product's rules.
        unpaid: [minor units] the amount past due.
        due: the due date.
        as_of: the day to accrue to (usually today).

    Returns:
        The penalty in minor units.

    Raises:
        InputError: ``unpaid`` is negative.
    """
    _check_amounts(unpaid=unpaid)
    days = (as_of - due).days
    if days <= product.grace_days or unpaid <= product.tolerance:
        return 0
    return round_minor(product.penalty_daily_rate * unpaid * days)


@dataclass(frozen=True)
class NegotiatedPlan:
    """A repayment plan agreed with the lender after going overdue.

    ``balance`` is the agreed total (minor units); ``periods`` is ``(due_date, amount)``
    per monthly payment, amounts summing to ``balance``.
    """

    balance: int
    periods: tuple[tuple[date, int], ...]


def negotiated_plan(
    unpaid: int, penalty: int, waiver: Decimal, periods: int, first_due: date
) -> NegotiatedPlan:
    """Split (unpaid + penalty) × (1 − waiver) into ``periods`` monthly payments.

    Each payment is balance // periods; the leftover goes to the last one. Payment k
    (0-based) is due ``first_due`` + k months (anchored on ``first_due``, so a plan
    starting 31 Jan pays 28 Feb, 31 Mar, …).

    Args:
        unpaid: [minor units] the overdue principal U.
        penalty: [minor units] penalty, interest and fees accrued so far.
        waiver: fraction of the total the lender forgives, 0 ≤ waiver ≤ 1.
        periods: number of monthly payments, 1–60.
        first_due: the first payment's date.

    Returns:
        A :class:`NegotiatedPlan`.

    Raises:
        InputError: negative amounts, waiver outside 0–1, periods outside 1–60.
    """
    _check_amounts(unpaid=unpaid, penalty=penalty)
    waiver = _check_waiver(waiver)
    check_periods(periods)
    balance = round_minor((unpaid + penalty) * (1 - waiver))
    each = balance // periods
    amounts = [each] * (periods - 1) + [balance - each * (periods - 1)]
    dates = [first_due + relativedelta(months=k) for k in range(periods)]
    return NegotiatedPlan(balance, tuple(zip(dates, amounts, strict=True)))


def _check_waiver(waiver: object) -> Decimal:
    if isinstance(waiver, bool) or not isinstance(waiver, (Decimal, int)):
        raise refuse(
            "waiver must be a decimal fraction such as 0.2, not {waiver!r}", waiver=waiver
        )
    value = Decimal(waiver)
    if not value.is_finite() or not 0 <= value <= 1:
        raise refuse("waiver must be between 0 and 1 (0.2 = 20%), not {waiver}", waiver=waiver)
    return value


def _check_amounts(**amounts: int) -> None:
    for name, value in amounts.items():
        if isinstance(value, bool) or not isinstance(value, int):
            raise refuse("{name} must be whole minor units, not {value!r}", name=name, value=value)
        if value < 0:
            raise refuse("{name} must not be negative, not {value}", name=name, value=value)


def _check_part(name: str, part: int, bill: int) -> None:
    if part > bill:
        raise refuse(
            "{name} {part} is more than the bill {bill} (minor units)",
            name=name,
            part=part,
            bill=bill,
        )


def _check_dates(posting: date, due: date, pay: date) -> None:
    if posting > due:
        raise refuse(
            "posting date {posting} is after the due date {due}", posting=posting, due=due
        )
    if pay < due:
        raise refuse(
            "pay date {pay} is before the due date {due}; nothing is late", pay=pay, due=due
        )
