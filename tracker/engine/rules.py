"""The account engine's per-statement rules: minimum, late fee, report code, visibility.

Pure functions on :class:`~tracker.products.Product` (DESIGN.md § Presets and § The
account engine). Amounts are ``int`` minor units; every percentage is rounded once,
half up, with :func:`tracker.money.round_minor`.
"""

from __future__ import annotations

import functools
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from decimal import Context, Decimal

from dateutil.relativedelta import relativedelta

from tracker.engine import schedule
from tracker.engine.records import SERIOUS_AFTER_DAYS
from tracker.money import round_minor
from tracker.products import Product

__all__ = ["SERIOUS_AFTER_DAYS"]

#: US: an account this many days past due is charged off.
CHARGE_OFF_DAYS = 180
#: [days] A US issuer must give 45 days' written notice before a penalty rate applies
#: (Reg Z 1026.9(g)); to the balance already owed it may apply it once the minimum is
#: not received within 60 days after its due date (1026.55(b)(4)) — so from 61 + 45 =
#: 106 days past due, at the earliest: the notice is sent when the trigger is met.
PENALTY_NOTICE_DAYS = 45
#: … and once in force, it stays until this many minimums in a row are received on time
#: (1026.55(b)(4)(ii)), the account cured or not.
PENALTY_CURE_PAYMENTS = 6
#: 连三累六: this many delinquent months in a row, or this many in total …
RED_LINE_RUN = 3
RED_LINE_TOTAL = 6
#: … within this many months.
RED_LINE_MONTHS = 24
#: US: a late fee within this many statements after another one is a repeat.
REPEAT_WINDOW = 6
#: US: a delinquency stays on the report this many years from its first day.
US_RETENTION_YEARS = 7
#: Pay-in-N: the late fees of one order never add up to more than this share of the
#: order's value (DESIGN.md § Presets: "a fixed fee per missed instalment, capped per
#: order"; Klarna's and Afterpay's US terms: at most 25% of the order value).
PAY_IN_N_FEE_CAP = Decimal("0.25")

_EXACT = Context(prec=60)


def share(amount: int, rate: Decimal) -> int:
    """[minor units] round(amount × rate), half up, exact whatever the thread context.

    In integers where that is exact (the rate a plain decimal n / 10^k of at most 20
    digits, ``amount`` ≥ 0): ⌊(amount·n + 10^k / 2) / 10^k⌋ is round half up of the
    exact product, as :func:`round_minor` of it (tests/core/test_simspeed_exact.py).
    """
    exact = rate_fraction(rate)
    if exact is not None and amount >= 0:
        num, den = exact
        return (amount * num + den // 2) // den
    return round_minor(_EXACT.multiply(Decimal(amount), rate))


@functools.lru_cache(maxsize=256)
def rate_fraction(rate: Decimal) -> tuple[int, int] | None:
    """``rate`` as an exact fraction (numerator, 10^k), or None when it is not a plain
    non-negative decimal of at most 20 digits (cached: the engine asks a product's few
    rates again and again). Equal rates (0.1, 0.10) give equal fractions."""
    shape = rate.as_tuple()
    exponent = shape.exponent
    if not isinstance(exponent, int) or exponent > 0 or shape.sign or len(shape.digits) > 20:
        return None
    return int("".join(map(str, shape.digits)) or "0"), 10**-exponent


@dataclass(frozen=True)
class StatementParts:
    """What a statement holds, for its minimum (all minor units).

    Attributes:
        new_principal: spending posted on this statement.
        carried_principal: principal from earlier statements still unpaid, less the
            principal already inside ``past_due`` (:func:`past_due_principal`), so
            that nothing is counted twice and the charges past due do not lower it.
        interest, fees, penalty: charged on this statement (fees: late fees and other
            fees, not instalment fees).
        installment: instalment parts (principal + fee) falling due on this statement.
        past_due: unpaid earlier minimums.
        balance: everything owed after the statement posted (the cap).
        recorded_minimum: the minimum of a recorded bill's own part, its minimum left
            blank (:func:`blank_bill_minimum`; replaces the rate on ``new_principal``
            and this statement's charges).
        printed_minimum: the minimum the lender printed on a recorded bill, typed by the
            user: the statement's whole minimum (replaces all of the above).
        past_due_principal: the principal inside ``past_due`` (a US issuer's 1 % is of
            all principal, past due or not; a CN rate part leaves it out: it is asked in
            full).
    """

    new_principal: int
    carried_principal: int = 0
    interest: int = 0
    fees: int = 0
    penalty: int = 0
    installment: int = 0
    past_due: int = 0
    balance: int = 0
    recorded_minimum: int | None = None
    printed_minimum: int | None = None
    past_due_principal: int = 0


def past_due_principal(principal: int, past_due: int, other: int) -> int:
    """[minor units] The principal inside ``past_due`` (unpaid earlier minimums).

    A minimum asks 100% of interest, fees, penalty and instalment parts, and a payment
    pays those first, so whatever of them is still owed (``other``) is inside the past
    due amount; the rest of it is principal. Huabei (DESIGN.md § Presets): past due
    20,100 with 1,100 of penalty owed → 19,000 of principal, so the next minimum's 10%
    is on 100,000 − 19,000 = 81,000 (not 100,000 − 20,100).

    ``other`` below 0 (an instalment part of negative principal — a refund larger than
    what is left of the plan — posted and not yet applied) counts as 0: nothing past
    due, no principal past due (it took 1 of principal off the rate part of a ¥0.15
    balance with nothing past due, where the steady path did not).
    """
    if past_due <= 0:
        return 0
    return max(0, min(principal, past_due - max(0, other)))


def minimum_due(product: Product, parts: StatementParts) -> int:
    """The minimum payment of one statement (DESIGN.md § Presets, minimum payment).

    * CN cards and BNPL (``min_includes_interest_fees`` false): rate × (spending +
      carried principal) + 100% of interest, fees, penalty, instalment parts and unpaid
      earlier minimums (CMB, BOC terms). 10,150.00 with 150.00 interest → 1,000.00 +
      150.00 = 1,150.00.
    * US cards: max(floor, rate × principal + interest + fees), the floor never above
      the balance, plus instalment parts and the past-due amount — the rate on all the
      principal, the past due amount's too ("1 % of the new balance").
    * A recorded bill's own minimum (its field left blank, :func:`blank_bill_minimum`)
      replaces the rate part on its spending and charges. A minimum printed on the
      bill (typed by the user) is the statement's whole minimum, as the lender asks
      it — carried principal, instalment parts and unpaid earlier minimums included.
      A typed figure below the unpaid earlier minimums and the instalment parts (which
      a lender always asks in full) cannot be that: it is the bill's own part, and
      they are added to it.

    Never more than the balance; never 0 while something of its own is owed (a ¥0.01
    bill has a ¥0.01 minimum: without one it could never be paid late); 0 on a statement
    that holds only instalment parts already asked by the statement they fall due on.
    """
    if parts.balance <= 0:
        return 0
    if parts.printed_minimum is not None:
        asked = parts.installment + parts.past_due
        printed = parts.printed_minimum
        if printed < asked:  # not the whole statement's: the bill's own part of it
            printed += asked
        return max(1, min(parts.balance, printed))
    own_charges = parts.interest + parts.fees + parts.penalty
    carried = parts.carried_principal
    if product.min_includes_interest_fees:  # US: 1 % of all the principal, past due too
        carried += parts.past_due_principal
    if parts.recorded_minimum is not None:
        own = parts.recorded_minimum + share(carried, product.min_payment_rate)
    else:
        own = share(parts.new_principal + carried, product.min_payment_rate) + own_charges
    if product.min_includes_interest_fees or product.min_payment_floor:
        own = max(own, min(product.min_payment_floor, parts.balance))
    total = own + parts.installment + parts.past_due
    if total <= 0 and not (parts.new_principal or parts.carried_principal or own_charges):
        # Nothing of its own: its balance is instalment parts another statement asks.
        return 0
    return max(1, min(parts.balance, total))


def charges_bear_interest(product: Product) -> bool:
    """Whether posted interest and fees bear revolving interest as principal does: a US
    issuer's "average daily balance (including new transactions)" adds fees and the
    interest charged to the balance (Chase, Citi, Capital One cardholder agreements;
    Reg Z 1026.54 limits only the cycles interest may be charged for). A CN card
    compounds its interest monthly (``compound_monthly``) but charges none on fees and
    违约金 (银发〔2016〕111号)."""
    return product.jurisdiction == "us" and product.kind == "credit_card"


def inside_bill(amount: int, interest: int, fees: int, penalty: int) -> tuple[int, int, int]:
    """[minor units] (interest, fees, penalty) of the engine's estimate inside a recorded
    bill of ``amount``: fees first, then penalty, then interest, none beyond what is left
    of the amount (the rest of it is spending: principal)."""
    fees_in = min(fees, amount)
    pen_in = min(penalty, amount - fees_in)
    return min(interest, amount - fees_in - pen_in), fees_in, pen_in


def blank_bill_minimum(
    product: Product,
    amount: int,
    interest: int = 0,
    fees: int = 0,
    penalty: int = 0,
    *,
    floor: bool = True,
) -> int:
    """[minor units] The minimum of a recorded bill's own part when its minimum was left
    blank: the product's rule on the bill's principal, and 100 % of the interest, fees
    and penalty inside it (``interest``, ``fees``, ``penalty``: the engine's estimate of
    what the statement charged, capped by :func:`inside_bill`) — as the lender computes
    it (DESIGN.md § Presets, minimum payment). A CN card's bill of 525.50 holding 15.50
    of interest and a 10.00 late fee: 10 % × 500.00 + 25.50 = 75.50 (not 10 % of 525.50
    = 52.55). The statement's whole minimum adds the carried principal's rate part,
    instalment parts and unpaid earlier minimums to it (:func:`minimum_due`).

    ``floor`` False: without the product's floor (a US card's $25), which the engine
    applies once to the statement's whole minimum — the bill's own part and 1 % of the
    principal carried — not to the bill's part first and then adds the rest to it
    (``floor`` True: the bill's own due in the due list, as the statement prints it).
    """
    i, f, n = inside_bill(amount, interest, fees, penalty)
    principal = amount - i - f - n
    if not floor:
        return share(principal, product.min_payment_rate) + i + f + n
    parts = StatementParts(new_principal=principal, interest=i, fees=f, penalty=n, balance=amount)
    return minimum_due(product, parts)


def late_fee(product: Product, unpaid_minimum: int, minimum: int, repeat: bool) -> int:
    """The late fee for one missed statement (DESIGN.md § Presets, overdue).

    CN card: max(floor, 5% × that statement's unpaid minimum) — 5% of 1,000.00 = 50.00,
    of 100.00 → the ¥10 floor. US: $30, ``late_fee_repeat`` ($41) when another late fee
    was charged within the previous 6 statements; never above the minimum that was due.

    Args:
        unpaid_minimum: [minor units] the part of the minimum not paid in time (> 0).
        minimum: [minor units] the whole minimum that was due.
        repeat: another late fee fell within :data:`REPEAT_WINDOW` statements before.
    """
    if unpaid_minimum <= 0:
        return 0
    floor = product.late_fee_repeat if repeat and product.late_fee_repeat else None
    fee = max(floor or product.late_fee_floor, share(unpaid_minimum, product.late_fee_rate))
    return min(fee, max(minimum, unpaid_minimum)) if product.late_fee_cap_to_minimum else fee


def capped_per_order(fee: int, order_value: int, charged: int) -> int:
    """[minor units] A pay-in-N late fee within its order's cap: at most
    :data:`PAY_IN_N_FEE_CAP` × ``order_value`` for all of the order's late fees, of which
    ``charged`` are charged already. A $100.00 order: cap $25.00, so four missed $7.00
    fees are 7 + 7 + 7 + 4. Rounded down ("never exceed 25 %"): a $49.99 order's cap is
    ⌊12.4975⌋ = $12.49, so its fees are 7.00 + 5.49 (it was 12.50, rounded half up)."""
    num, den = rate_fraction(PAY_IN_N_FEE_CAP) or (25, 100)
    return max(0, min(fee, order_value * num // den - charged))


def report_code(product: Product, days_past_due: int) -> int:
    """The month's repayment code for the worst ``days_past_due`` it saw; 0 = "N".

    CN: 1 = 1–30 days … 7 = over 180 (⌈days/30⌉, at most 7), once days past due reach
    ``report_after_days`` and pass the grace days. US (FCRA/Metro 2): ⌊days/30⌋ from 30
    days — 31–59 days is "30 days late", code 1 — at most 6 (180 days: charged off).
    """
    if not is_reported(product, days_past_due):
        return 0
    if product.jurisdiction == "us":
        return min(6, days_past_due // 30)
    return min(7, -(-days_past_due // 30))


def penalty_from(product: Product) -> int:
    """[days past due] From when a card's penalty rate replaces its rate (0: it has none):
    the product's trigger (``penalty_after_days``) and, for a US card, the 45 days' notice
    the issuer must give first (:data:`PENALTY_NOTICE_DAYS`): the trigger is met on day
    61 (a minimum not received within 60 days), the rate applies from day 61 + 45 =
    106."""
    days = product.penalty_after_days
    if not days or product.overdue_model != "card":
        return 0
    if product.jurisdiction != "us":
        return days
    # "Not received within 60 days after the due date": met on day 61; then the notice.
    return days + 1 + PENALTY_NOTICE_DAYS


def is_reported(product: Product, days_past_due: int) -> bool:
    """Whether lateness of ``days_past_due`` days reaches the credit report."""
    if days_past_due <= product.grace_days:
        return False
    threshold = max(product.report_after_days, 30 if product.jurisdiction == "us" else 1)
    return days_past_due >= threshold


def code_text(code: int) -> str:
    """The report grid's letter: ``"N"`` for a clean month, else ``"1"``…``"7"``."""
    return "N" if code == 0 else str(code)


def add_years(day: date, years: int) -> date:
    """``day`` + ``years``; 29 February becomes 28 February in a non-leap year."""
    return day + relativedelta(years=years)


def visible_until(
    product: Product, first_delinquency: date | None, settled: date | None, charged_off: bool
) -> date | None:
    """The last day a reported delinquency shows on the report (None: nothing reported,
    or, CN, not settled yet).

    CN: settlement + ``retention_years`` (29 Feb → 28 Feb). US (FCRA §605): the first
    delinquency + 7 years, + 180 days once charged off.
    """
    if first_delinquency is None:
        return None
    if product.jurisdiction == "us":
        until = add_years(first_delinquency, US_RETENTION_YEARS)
        return until + timedelta(days=CHARGE_OFF_DAYS) if charged_off else until
    return None if settled is None else add_years(settled, product.retention_years)


@dataclass(frozen=True)
class RedLine:
    """连三累六 over the last 24 months: the longest run and the count of reported months."""

    longest_run: int
    total: int

    @property
    def crossed(self) -> bool:
        return self.longest_run >= RED_LINE_RUN or self.total >= RED_LINE_TOTAL


def red_line(months: Sequence[tuple[date, int]], as_of: date) -> RedLine:
    """连三累六 over the months reported within :data:`RED_LINE_MONTHS` before ``as_of``.

    Args:
        months: (statement date, report code) per cycle, oldest first; 0 = clean.
        as_of: the day the report is read (months after it are ignored).
    """
    since = schedule.add_months(as_of, -RED_LINE_MONTHS)  # as relativedelta, cached
    longest = run = total = 0
    for day, code in months:
        if not since < day <= as_of:
            continue
        run = run + 1 if code else 0
        longest = max(longest, run)
        total += code > 0
    return RedLine(longest, total)
