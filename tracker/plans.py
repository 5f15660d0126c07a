"""Instalment schedules (flat, total-rate, amortising, no-fee) and their true annual rate.

Amounts are ``int`` minor units; rates are ``Decimal``. Every rounding goes through
:func:`tracker.money.round_minor`. The true rate is the IRR of the payment stream, as
Chinese lenders must disclose it since 2021 (DESIGN.md, "Cost formulas").

Longer than 400 lines on purpose: the four schedule kinds and the IRR that prices them
are tested as one unit (every worked example needs both).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from decimal import ROUND_HALF_EVEN, ROUND_HALF_UP, Context, Decimal, localcontext

from tracker.engine.schedule import add_months
from tracker.errors import refuse
from tracker.money import MAX_MINOR, round_minor
from tracker.products import INTERVALS, Product, check_periods, check_rate

#: Payment periods per year, by instalment interval.
PERIODS_PER_YEAR = {"month": 12, "2weeks": 26}
#: Highest rate accepted (per period or per year), as for product settings.
#: Working precision for rate arithmetic; money itself is always exact ints.
_PREC = 40
_SIX_PLACES = Decimal("0.000001")
_TOLERANCE = Decimal("1e-34")
_MAX_STEPS = 400


@dataclass(frozen=True)
class Period:
    """One instalment: what falls due on ``due_date``.

    Attributes:
        number: 1-based period number.
        due_date: when it is due.
        principal: [minor units] repayment of the borrowed amount.
        fee: [minor units] the instalment fee, or the interest for an amortising loan.
    """

    number: int
    due_date: date
    principal: int
    fee: int

    @property
    def payment(self) -> int:
        """[minor units] principal + fee."""
        return self.principal + self.fee


@dataclass(frozen=True)
class Schedule:
    """A whole instalment plan: the amount borrowed and its periods in order.

    Attributes:
        principal: [minor units] the amount borrowed (= the sum of period principals).
        periods: the periods, number 1 first.
        interval: ``month`` or ``2weeks``; sets periods per year for :func:`true_rate`.
    """

    principal: int
    periods: tuple[Period, ...]
    interval: str = "month"

    @property
    def total_fee(self) -> int:
        """[minor units] the sum of every period's fee (or interest)."""
        return sum(p.fee for p in self.periods)

    @property
    def total_payment(self) -> int:
        """[minor units] everything paid: principal + fees."""
        return sum(p.payment for p in self.periods)

    @property
    def count(self) -> int:
        """Number of periods."""
        return len(self.periods)


# -- validation ----------------------------------------------------------------------
def _check_principal(principal: int) -> None:
    if isinstance(principal, bool) or not isinstance(principal, int):
        raise refuse(
            "principal must be a whole number of minor units, not {principal!r}",
            principal=principal,
        )
    if not 0 < principal <= MAX_MINOR:
        raise refuse(
            "principal must be positive and at most {max_minor}, not {principal}",
            max_minor=MAX_MINOR,
            principal=principal,
        )


def _check_interval(interval: str) -> None:
    if interval not in INTERVALS:
        raise refuse(
            "interval must be one of {known}, not {interval!r}",
            known=", ".join(INTERVALS),
            interval=interval,
        )


def _check_plan(principal: int, periods: int, interval: str = "month") -> None:
    _check_principal(principal)
    check_periods(periods)
    _check_interval(interval)


# -- building blocks -----------------------------------------------------------------
def period_dates(first_due: date, count: int, interval: str = "month") -> list[date]:
    """Due dates of ``count`` periods, the first on ``first_due``.

    Monthly dates are anchored on ``first_due`` (31 Jan → 28/29 Feb → 31 Mar), never
    chained, so a short month does not pull later dates earlier.

    Args:
        first_due: due date of period 1.
        count: number of periods (1–60).
        interval: ``month`` or ``2weeks`` (every 14 days).

    Returns:
        ``count`` dates in order.
    """
    check_periods(count)
    _check_interval(interval)
    if interval == "2weeks":
        return [first_due + timedelta(days=14 * k) for k in range(count)]
    return [add_months(first_due, k) for k in range(count)]


def _times(amount: int, rate: Decimal) -> int:
    """[minor units] amount × rate, rounded once (exact enough at 40 digits)."""
    with localcontext() as ctx:
        ctx.prec = _PREC
        return round_minor(Decimal(amount) * rate)


def _split_down(total: int, parts: int) -> list[int]:
    """Split a principal into ``parts``: total // parts each, the remainder in the last
    (lenders' practice, DESIGN.md: 1,000.00 / 60 → 59 × 16.66 + 17.06)."""
    each = total // parts
    return [each] * (parts - 1) + [total - each * (parts - 1)]


def _split(total: int, parts: int) -> list[int]:
    """Split a fee ``total`` (minor units) into ``parts``: round(total/parts) half up
    each, leftover last.

    For a tiny total, rounding up could leave the last part negative (7 fen over 12
    periods: 1 × 11, then −4); then every part but the last is total // parts instead,
    so the last part takes the whole (non-negative) remainder.
    """
    each = round_minor(Decimal(total) / parts)
    if each * (parts - 1) > total:
        each = total // parts
    return [each] * (parts - 1) + [total - each * (parts - 1)]


def _schedule(
    principal: int,
    principals: Sequence[int],
    fees: Sequence[int],
    dates: Sequence[date],
    interval: str,
) -> Schedule:
    rows = zip(dates, principals, fees, strict=True)
    periods = tuple(Period(k, d, p, f) for k, (d, p, f) in enumerate(rows, start=1))
    return Schedule(principal, periods, interval)


# -- the fee models ------------------------------------------------------------------
def flat_schedule(
    principal: int, periods: int, fee_rate: Decimal, first_due: date, interval: str = "month"
) -> Schedule:
    """Flat fee on the original principal every period (Baitiao, Chinese credit cards).

    Args:
        principal: [minor units] amount split, > 0.
        periods: number of periods, 1–60.
        fee_rate: [per period] e.g. ``Decimal("0.006")``; fee = round(principal × rate).
        first_due: due date of period 1.
        interval: ``month`` or ``2weeks``.

    Returns:
        The schedule; principal is principal // periods (rounded down) per period, the
        remainder in the last period.

    Raises:
        InputError: principal, periods, rate or interval out of range.
    """
    _check_plan(principal, periods, interval)
    check_rate("fee rate", fee_rate)
    fee = _times(principal, fee_rate)
    dates = period_dates(first_due, periods, interval)
    return _schedule(principal, _split_down(principal, periods), [fee] * periods, dates, interval)


def total_rate_schedule(
    principal: int, periods: int, total_rate: Decimal, first_due: date, interval: str = "month"
) -> Schedule:
    """A total fee for the whole plan, spread evenly (Huabei: 2.5% for 3 periods).

    Args:
        principal: [minor units] amount split, > 0.
        periods: number of periods, 1–60.
        total_rate: [per plan] total fee = round(principal × total_rate).
        first_due: due date of period 1.
        interval: ``month`` or ``2weeks``.

    Returns:
        The schedule; principal and fee are each split evenly (rounded per period) with
        the rounding leftovers in the last period, so both sums are exact.

    Raises:
        InputError: principal, periods, rate or interval out of range.
    """
    _check_plan(principal, periods, interval)
    check_rate("total rate", total_rate)
    fees = _split(_times(principal, total_rate), periods)
    dates = period_dates(first_due, periods, interval)
    return _schedule(principal, _split_down(principal, periods), fees, dates, interval)


def no_fee_schedule(
    principal: int, periods: int, first_due: date, interval: str = "2weeks"
) -> Schedule:
    """Equal instalments and no fee (pay-in-4: 4 payments every 2 weeks).

    Args:
        principal: [minor units] amount split, > 0.
        periods: number of periods, 1–60.
        first_due: due date of period 1.
        interval: ``month`` or ``2weeks``.

    Returns:
        The schedule; leftover fen / cents in the last period; every fee is 0.

    Raises:
        InputError: principal, periods or interval out of range.
    """
    _check_plan(principal, periods, interval)
    dates = period_dates(first_due, periods, interval)
    return _schedule(principal, _split_down(principal, periods), [0] * periods, dates, interval)


def annuity_payment(principal: int, periods: int, rate: Decimal) -> int:
    """[minor units] the level payment P·i / (1 − (1+i)^−N), rounded to the minor unit.

    Args:
        principal: [minor units] amount borrowed.
        periods: number of payments.
        rate: [per period] i; 0 gives round(P / N).
    """
    if rate == 0:
        return round_minor(Decimal(principal) / periods)
    with localcontext() as ctx:
        ctx.prec = _PREC
        return round_minor(principal * rate / (1 - (1 + rate) ** -periods))


def amortizing_schedule(
    principal: int, periods: int, annual_rate: Decimal, first_due: date
) -> Schedule:
    """A loan repaid in equal monthly payments; the interest part is shown as ``fee``.

    Each month the interest is round(balance × annual_rate / 12) and the principal
    part is the level payment minus that interest; the last period clears the balance
    exactly, so its payment can differ from the others by a few minor units.

    Args:
        principal: [minor units] amount borrowed, > 0.
        periods: number of monthly payments, 1–60.
        annual_rate: [per year] nominal rate, e.g. ``Decimal("0.06")``.
        first_due: due date of the first payment.

    Returns:
        The monthly schedule.

    Raises:
        InputError: principal, periods or rate out of range.
    """
    _check_plan(principal, periods)
    check_rate("annual rate", annual_rate)
    if annual_rate == 0:
        return no_fee_schedule(principal, periods, first_due, "month")
    with localcontext() as ctx:
        ctx.prec = _PREC
        rate = annual_rate / 12
    payment = annuity_payment(principal, periods, rate)
    balance, principals, fees = principal, [], []
    for k in range(1, periods + 1):
        interest = _monthly_interest(balance, annual_rate)
        # Capped so a payment rounded up never pays more than is owed, nor goes negative.
        part = balance if k == periods else min(max(payment - interest, 0), balance)
        principals.append(part)
        fees.append(interest)
        balance -= part
    dates = period_dates(first_due, periods, "month")
    return _schedule(principal, principals, fees, dates, "month")


def _monthly_interest(balance: int, annual_rate: Decimal) -> int:
    """[minor units] round(balance × annual_rate / 12), half up.

    Multiplying before dividing keeps an exact half (e.g. 0.07 / 12 on a balance that
    makes x.5 fen) exact, where a pre-divided 0.0058333… would round it down.
    """
    with localcontext() as ctx:
        ctx.prec = _PREC
        return round_minor(Decimal(balance) * annual_rate / 12)


def installment_schedule(
    product: Product, principal: int, periods: int, first_due: date, *, check_allowed: bool = True
) -> Schedule:
    """The schedule ``product`` would give for splitting ``principal`` into ``periods``.

    Args:
        product: supplies the fee model, rates, allowed counts and interval.
        principal: [minor units] amount split, > 0.
        periods: number of periods, 1–60.
        first_due: due date of period 1.
        check_allowed: refuse a count the product does not offer (when it lists any).

    Returns:
        The schedule under the product's fee model.

    Raises:
        InputError: no instalments on this product, a count it does not offer, no total
            rate for that count, or any value out of range.
    """
    model = product.installment_fee_model
    if model == "none" and product.kind != "pay_in_n":
        raise refuse("{product_name} does not offer instalments", product_name=product.name)
    check_periods(periods)
    allowed = product.allowed_periods
    if check_allowed and allowed and periods not in allowed:
        offered = ", ".join(str(n) for n in allowed)
        raise refuse(
            "{product_name} offers {offered} periods, not {periods}",
            product_name=product.name,
            offered=offered,
            periods=periods,
        )
    interval = product.installment_interval
    if model == "flat":
        return flat_schedule(principal, periods, product.installment_fee_rate, first_due, interval)
    if model == "total":
        return total_rate_schedule(
            principal, periods, _total_rate(product, periods), first_due, interval
        )
    if model == "amortizing":
        return amortizing_schedule(principal, periods, product.annual_rate, first_due)
    return no_fee_schedule(principal, periods, first_due, interval)


def _total_rate(product: Product, periods: int) -> Decimal:
    rate = product.installment_total_rates.get(periods)
    if rate is None:
        known = ", ".join(str(n) for n in sorted(product.installment_total_rates)) or "none"
        raise refuse(
            "{product_name} has no total rate for {periods} periods (rates for: {known})",
            product_name=product.name,
            periods=periods,
            known=known,
        )
    return rate


# -- true rate -----------------------------------------------------------------------
def irr(principal: int, payments: Sequence[int]) -> Decimal:
    """Per-period rate i solving principal = Σ payₖ / (1+i)^k, k = 1..N.

    Newton's method kept inside a bracket that always holds the root (bisection when a
    Newton step would leave it), in Decimal at 40 digits; deterministic.

    Args:
        principal: [minor units] amount received at time 0, > 0.
        payments: [minor units] payment at the end of each period, each >= 0, not all 0.

    Returns:
        [per period] i, within about 1e-34 of the root (the solver's tolerance),
        rounded to 30 significant digits (of a rate near 0 the last of them are below
        that tolerance); exactly 0 when the payments sum to the principal; negative
        when they sum to less.

    Raises:
        InputError: no payments, a negative payment, all payments zero, bad principal.
    """
    _check_principal(principal)
    pays = list(payments)
    if not pays:
        raise refuse("a rate needs at least one payment")
    if any(isinstance(p, bool) or not isinstance(p, int) or p < 0 for p in pays):
        raise refuse("payments must be non-negative whole numbers of minor units")
    if sum(pays) == principal:
        return Decimal(0)
    if sum(pays) == 0:
        raise refuse("no rate: every payment is zero")
    with localcontext() as ctx:
        ctx.prec = _PREC
        positive = sum(pays) > principal
        if positive and 2 * max(pays) <= principal:
            # What _bracket finds without a pass over the payments: f(1) = Σ payₖ 2^−k − P
            # < max(pay) − P ≤ −P / 2, far below 0, so the root is in (0, 1).
            lo, hi = Decimal(0), Decimal(1)
        else:
            lo, hi = _bracket(_npv(principal, pays), positive)
        both = _npv_with_slope(principal, pays)
        root = _solve(both, lo, hi, _estimate(principal, pays))
    return Context(prec=30, rounding=ROUND_HALF_EVEN).plus(root)


def _npv(principal: int, pays: list[int]) -> Callable[[Decimal], Decimal]:
    """f(i) = Σ payₖ (1+i)^−k − principal; strictly decreasing on i > −1."""

    backwards = [Decimal(pay) for pay in reversed(pays)]  # converted once, not per pass

    def f(rate: Decimal) -> Decimal:
        v, total = 1 / (1 + rate), Decimal(0)
        for pay in backwards:
            total = (total + pay) * v
        return total - principal

    return f


def _npv_with_slope(
    principal: int, pays: list[int]
) -> Callable[[Decimal], tuple[Decimal, Decimal]]:
    """(f(i), f′(i)) in one pass: f as :func:`_npv`, f′(i) = −Σ k · payₖ (1+i)^−(k+1)
    by Horner's rule as f (Σ k·payₖ·v^k = (((n·payₙ)v + (n−1)·payₙ₋₁)v + …)v, then × v)."""
    # As Decimals once (an int is converted exactly at every addition otherwise: the
    # same sums, at a fifth more time per pass).
    weighted = [(Decimal(pay), Decimal(k * pay)) for k, pay in enumerate(pays, start=1)]
    weighted.reverse()

    def both(rate: Decimal) -> tuple[Decimal, Decimal]:
        v, total, slope = 1 / (1 + rate), Decimal(0), Decimal(0)
        for pay, kpay in weighted:
            total = (total + pay) * v
            slope = (slope + kpay) * v
        return total - principal, -(slope * v)

    return both


def _bracket(f: Callable[[Decimal], Decimal], positive: bool) -> tuple[Decimal, Decimal]:
    """(lo, hi) with f(lo) > 0 > f(hi): the root is in (0, ∞) or in (−1, 0)."""
    if positive:
        hi = Decimal(1)
        while f(hi) > 0:
            hi *= 2
        return Decimal(0), hi
    gap = Decimal(1)  # lo = −1 + gap approaches −1, where f → +∞
    while f(gap - 1) < 0:
        gap /= 2
    return gap - 1, Decimal(0)


def _solve(
    both: Callable[[Decimal], tuple[Decimal, Decimal]],
    lo: Decimal,
    hi: Decimal,
    start: Decimal | None = None,
) -> Decimal:
    """Safeguarded Newton on a decreasing f with f(lo) > 0 > f(hi), from ``start`` when
    it is inside the bracket (else its middle); ``both(x)`` is (f(x), f′(x))."""
    x = start if start is not None and lo < start < hi else (lo + hi) / 2
    for _ in range(_MAX_STEPS):
        fx, d = both(x)
        if fx == 0:
            return x
        lo, hi = (x, hi) if fx > 0 else (lo, x)
        step = fx / d if d != 0 else Decimal(0)
        nxt = x - step
        if not lo < nxt < hi:
            nxt = (lo + hi) / 2
        if abs(nxt - x) <= _TOLERANCE * (1 + abs(x)):
            return nxt
        x = nxt
    return x


def _estimate(principal: int, pays: list[int]) -> Decimal:
    """Where Newton starts: 2(S − P) / (P(n + 1)) for n payments adding up to S — the
    rate of n level payments to first order — instead of the bracket's middle (the
    same root, in ~6 steps instead of ~13)."""
    return 2 * (sum(pays) - principal) / Decimal(principal * (len(pays) + 1))


def true_rate(schedule: Schedule) -> tuple[Decimal, Decimal]:
    """The schedule's true annual cost: (APR, EAR) from the IRR of its payments.

    Args:
        schedule: any schedule; its interval sets the periods per year (12 or 26).

    Returns:
        (APR, EAR) as fractions, both to 6 places (ROUND_HALF_UP): APR = ppy · i,
        EAR = (1 + i)^ppy − 1. The worked example (12,000.00, 12 × 0.6%) gives
        (0.130342, 0.138418).
    """
    _check_interval(schedule.interval)
    ppy = PERIODS_PER_YEAR[schedule.interval]
    rate = irr(schedule.principal, [p.payment for p in schedule.periods])
    with localcontext() as ctx:
        ctx.prec = 80
        apr = (ppy * rate).quantize(_SIX_PLACES, rounding=ROUND_HALF_UP)
        ear = ((1 + rate) ** ppy - 1).quantize(_SIX_PLACES, rounding=ROUND_HALF_UP)
    return apr, ear
