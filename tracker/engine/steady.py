"""The account engine's steady-state fast path: an account paid the same way every cycle.

Once an account has nothing left of its own to happen (no spending, payment, agreement,
late-fee check or arrears to come, every statement judged) and its policy pays each
statement's minimum — or each statement in full — on its due date, every cycle is the
same three steps: the statement posts (the cycle's own, or a recorded bill's or an
instalment's), it is paid on the due date, its verdict finds it paid (interest by basis
on any rest). :func:`run` plays those cycles with the general loop's own steps
(:meth:`AccountPlay._post`, :meth:`AccountPlay._apply`, :meth:`AccountPlay._judge`; the
cycle's own statements and instalment statements by :func:`_post_plain`, due-date
payments by :func:`_pay`, whole cycles by :func:`_cycles`: the same steps written out
for the steady state, in integers where the general loop uses Decimal) on the same
event days in the same order — so the same accrual intervals, the same rounding, the
same rows — but without the general loop's checks for what cannot happen any more. It
hands back to the general loop as soon as anything else does (a shortfall, a credit,
the end).

:data:`ENABLED` is the switch the differential tests flip: the results are the same
with it on or off (tests/core/test_engine_fast_paths.py).

Longer than 400 lines: each step here is one of :mod:`tracker.engine.play`'s written out
for the steady state, and is checked against it line by line; split across modules, the
two could no longer be read side by side.
"""

from __future__ import annotations

import functools
import heapq
from collections.abc import Callable
from datetime import date, timedelta
from decimal import Context, Decimal
from typing import TYPE_CHECKING

from tracker.engine import paid_parts, rules, schedule
from tracker.engine.records import CashFlow
from tracker.engine.schedule import Slot
from tracker.engine.state import Open, Row, allocate, bearing, post_parts
from tracker.money import round_minor

if TYPE_CHECKING:
    from tracker.engine.play import AccountPlay
    from tracker.products import Product

#: Play steady cycles on the fast path (False: the general loop plays every event).
ENABLED = True
#: … and, inside it, whole cycles at a time (:func:`_cycles`; False: event by event).
CYCLES = True

_EXACT = Context(prec=60)
_ZERO = Decimal(0)


def possible(play: AccountPlay) -> bool:
    """The part of :func:`ready` that never changes while ``play`` runs (its policy and
    end day): False means the fast path can never take over."""
    pol = play.policy
    return (
        pol.on_due in ("minimum", "full")
        and pol.cycles is None
        and pol.negotiation is None
        and play.until is None
    )


def ready(play: AccountPlay) -> bool:
    """Whether ``play`` is in the steady state the fast path plays (see the module)."""
    pol = play.policy
    day = play.day
    s = play.s
    if (
        day is None
        or pol.on_due not in ("minimum", "full")
        or pol.cycles is not None
        or pol.negotiation is not None
        or play.until is not None
        or play.close_on is not None
        or play.negotiated
        or play.agreed
        or play.charged_off  # closed: all of it due at once, no cycle to repeat
        or play.penalty_rate_on  # a penalty rate until six minimums on time
        or play.opens
        or play._spends
        or play._payments
        or play._agreements
        or play._fee_checks
        or s.arrears
        or s.credit
        or s.unbilled
        or s.pending_fees
        or s.acc_penalty
        or s.grace_parts  # instalment parts still in their grace: the general loop
        or s.quiet  # principal that bears no interest (a CN bill's fees): the same
    ):
        return False
    if pol.settle_on is not None and pol.settle_on >= day:
        return False
    if pol.start is not None and pol.start > day:
        return False
    if pol.on_due_from is not None and pol.on_due_from > day:
        return False
    return not play._events or play._events[0] > day


def run(play: AccountPlay, max_rows: int) -> None:
    """Play steady cycles (:func:`ready` must hold) until something else happens or the
    account is settled; the general loop (:meth:`AccountPlay.run`) goes on from there."""
    s = play.s
    events = play._events
    slots = play.slots
    rows = play.rows
    product = play.product
    rate = product.revolving_daily_rate
    compound = product.compound_monthly
    charges_bear = rules.charges_bear_interest(product)
    multiply = _EXACT.multiply
    opens = play.opens
    full = play.policy.on_due == "full"
    grace = timedelta(days=product.grace_days)
    penalty_after = timedelta(days=rules.penalty_from(product))
    minimum_of = _rule_of(product)
    pop = heapq.heappop
    known = -1  # len(slots) when the next statement day was last asked
    following = None
    while len(rows) < max_rows:
        if CYCLES and not opens and play.next_slot < len(slots) and slots[play.next_slot].parts:
            # Instalment statements paid in full, whole cycles at a time.
            paid_parts.play_cycles(play, max_rows, full, grace, penalty_after, minimum_of)
            if len(rows) >= max_rows:
                return
        # As the general loop: the next statement of the cycle when it comes next, unless
        # the account is settled (:meth:`AccountPlay._finished`: here every open statement
        # is unjudged, and the policy never pays more than is posted, so nothing owed
        # means nothing posted — asked first, it is cheaper).
        if play.next_slot == len(slots) and not (not opens and s.posted <= 0 and play.owed() <= 0):
            if known != len(slots):
                known, following = len(slots), play._next_statement_day()
            if not events or following <= events[0]:  # type: ignore[operator]
                play._extend()
        if not events:
            return
        day = pop(events)
        # Accrue (never delinquent here: no arrears, so no penalty and no penalty rate).
        last = play.day
        assert last is not None
        if day > last and s.revolving:
            base = bearing(s, compound, charges_bear)
            s.acc_interest += multiply(Decimal(base * (day - last).days), rate)
        play.day = day
        plain = False
        while play.next_slot < len(slots) and slots[play.next_slot].statement_date <= day:
            slot = slots[play.next_slot]
            play.next_slot += 1
            if slot.generated and not slot.parts and play.owed() <= 0:
                continue
            if slot.bill is None and not slot.parts:
                _post_plain(play, slot, grace, penalty_after, minimum_of)
                plain = True
            elif (
                slot.bill is None
                and not (s.credit or s.arrears or s.unbilled or s.pending_fees)
                and not (s.acc_penalty or play.negotiated)
            ):
                _post_plain(play, slot, grace, penalty_after, minimum_of)  # instalment parts
                plain = False
            else:
                play._post(slot, day)
                plain = False
            opens = play.opens
        for o in opens:
            if o.slot.due_date == day and not o.judged:
                play.cycles_paid += 1
                if full:
                    amount = s.posted
                else:  # as AccountPlay._policy: never more than is owed, nor than is
                    # left of this statement (a minimum paid already by an earlier
                    # statement's payment must not turn into a credit)
                    amount = min(
                        max(0, play.owed()),
                        max(0, o.balance - o.paid),
                        max(0, o.minimum - o.paid_min),
                    )
                if amount > 0:
                    if s.arrears or play._fee_checks:
                        play._apply(day, amount, record=True)
                    else:
                        _pay(play, day, amount)
        if any(o.verdict <= day for o in opens):
            play._verdicts(day)
            opens = play.opens
            play._fee_checks_due(day)
            if s.arrears or s.credit or play._fee_checks or s.pending_fees:
                return  # no longer steady: the general loop plays the rest
        if plain and CYCLES and len(rows) < max_rows:
            _cycles(play, max_rows, full, grace, penalty_after, minimum_of)
            opens = play.opens


def _post_plain(
    play: AccountPlay,
    slot: Slot,
    grace: timedelta,
    penalty_after: timedelta,
    minimum_of: Callable[[int, int, int, int], int],
) -> None:
    """:meth:`AccountPlay._post` of a statement with no recorded bill in the steady
    state — one of the cycle's own, or one holding instalment parts: no spending,
    penalty, fee, arrears or credit (so only the interest accrued and the parts post,
    and the minimum is on what is owed), and no negotiated plan."""
    s = play.s
    play.statements_played += 1
    interest = round_minor(s.acc_interest) if s.acc_interest else 0
    s.acc_interest = s.acc_penalty = _ZERO
    carried = s.principal
    s.interest += interest
    totals = play.totals
    totals["interest"] += interest
    installment = part_fee = 0
    if slot.parts:
        part_principal = 0
        for x in slot.parts:
            part_principal += x.principal
            part_fee += x.fee
        s.part_principal += part_principal
        s.part_fee += part_fee
        installment = part_principal + part_fee
        post_parts(s, slot.due_date, installment)
        totals["fees"] += part_fee
    balance = s.posted
    # The one minimum rule (nothing else is on it: no spending, fee, penalty, arrears).
    minimum = minimum_of(carried, interest, installment, balance)
    rows = play.rows
    rows.append(
        Row(slot.statement_date, slot.due_date, balance, minimum, interest=interest, fees=part_fee)
    )
    verdict = slot.due_date + grace
    play.opens.append(Open(len(rows) - 1, slot, verdict, minimum, balance, []))
    play._push(slot.due_date)
    play._push(verdict)
    if penalty_after:
        play._push(slot.due_date + penalty_after)


def _pay(play: AccountPlay, day: date, amount: int) -> None:
    """:meth:`AccountPlay._apply` (recorded) of ``amount`` with no arrears and no late
    fee waiting (the steady state): the open statements' minimums, oldest first."""
    s = play.s
    paid, cost, charges = allocate(s, amount)
    play.cash.append(CashFlow(day, paid, cost, charges))
    rows = play.rows
    if rows:
        rows[-1].paid += amount
    play._meet_minimums(amount, [])


#: :func:`_minimum_rule` of the products played lately, by id (each entry keeps its
#: product alive, so an id is never another product's while it is here).
_RULES: dict[int, tuple[Product, Callable[[int, int, int, int], int]]] = {}


def _rule_of(product: Product) -> Callable[[int, int, int, int], int]:
    """:func:`_minimum_rule`, made once per product (a simulation plays one product
    under a dozen policies; a plan, each account every month)."""
    hit = _RULES.get(id(product))
    if hit is not None and hit[0] is product:
        return hit[1]
    if len(_RULES) >= 256:
        _RULES.clear()
    rule = _minimum_rule(product)
    _RULES[id(product)] = (product, rule)
    return rule


def _minimum_rule(product: Product) -> Callable[[int, int, int, int], int]:
    """``minimum(carried, interest, installment, balance)``: :func:`rules.minimum_due`
    of a statement that holds only carried principal, its interest and instalment
    parts (no spending, fee, penalty or arrears: the steady state), in integers.

    The rate's share of the carried principal is round half up of the exact product,
    as :func:`rules.share`: with the rate n / 10^k, ⌊(carried·n + 10^k / 2) / 10^k⌋
    for carried ≥ 0 (a negative one — a refund larger than the spending — and a rate
    that is not a short plain decimal go through :func:`rules.minimum_due` itself).
    """
    share = _fraction(product.min_payment_rate, 20)
    floor = product.min_payment_floor
    with_floor = product.min_includes_interest_fees or bool(floor)

    def general(carried: int, interest: int, installment: int, balance: int) -> int:
        parts = rules.StatementParts(
            0, carried_principal=carried, interest=interest, installment=installment,
            balance=balance,
        )  # fmt: skip
        return rules.minimum_due(product, parts)

    if share is None:
        return general
    num, den = share
    half = den // 2  # den is a power of ten: + den / 2 is half up (0 for den = 1)

    def minimum(carried: int, interest: int, installment: int, balance: int) -> int:
        if balance <= 0:
            return 0
        if carried < 0:
            return general(carried, interest, installment, balance)
        own = (carried * num + half) // den + interest
        if with_floor:
            capped = floor if floor < balance else balance
            if capped > own:
                own = capped
        total = own + installment
        if total <= 0 and not (carried or interest):
            return 0  # nothing of its own: instalment parts another statement asks
        return max(1, balance if balance < total else total)

    return minimum


@functools.lru_cache(maxsize=256)
def _fraction(rate: Decimal, digits: int) -> tuple[int, int] | None:
    """``rate`` as an exact integer fraction (numerator, 10^k), or None when it is not a
    plain non-negative decimal of at most ``digits`` digits."""
    shape = rate.as_tuple()
    exponent = shape.exponent
    if not isinstance(exponent, int) or exponent > 0 or shape.sign or len(shape.digits) > digits:
        return None
    return int("".join(map(str, shape.digits)) or "0"), 10**-exponent


def _cycles(
    play: AccountPlay,
    max_rows: int,
    full: bool,
    grace: timedelta,
    penalty_after: timedelta,
    minimum_of: Callable[[int, int, int, int], int],
) -> None:
    """Whole steady cycles at a time, from the end of the day a cycle's own statement
    posted (its only open statement) — integers, no event calendar walk.

    Between a statement, its due date, its verdict and the next statement nothing else
    happens in the steady state (the calendar's other days — a later penalty-rate day —
    only split the accrual), so each cycle is: accrue to the due date, pay, accrue to
    the verdict, judge, accrue to the next statement, post. The accrual is kept as
    bearing-days and multiplied by the rate once at the statement: exactly the sum of
    the general loop's per-interval products, because the rate's digits and the balance
    are checked small enough that none of those sums is ever rounded (28 digits). The
    product and its rounding are done in integers: with the rate n / 10^k, the interest
    on B bearing-days is ⌊(B·n + 10^k / 2) / 10^k⌋ — round half up of the exact
    B × rate, as :func:`round_minor` (B and n are never negative); the minimum's share
    the same way (:func:`rules.share`). The buckets live in local variables and are
    written back to the :class:`State` when the cycles end.

    Hands back (the state as the general loop leaves it at the end of the day played
    last, calendar days up to it taken off) whenever a cycle is not of that shape.
    """
    s = play.s
    rows = play.rows
    events = play._events
    seen = play._seen
    slots = play.slots
    product = play.product
    rate = product.revolving_daily_rate
    compound = product.compound_monthly
    charges_bear = rules.charges_bear_interest(product)
    tolerance = product.tolerance
    exact = _fraction(rate, 20)
    if exact is None:
        return
    num, den = exact
    # Σ bearing-days × rate coefficient below 10^27: bearing ≤ what is posted, a cycle
    # (statement to statement) at most 62 days.
    limit = 10**27 // (62 * 10 ** len(rate.as_tuple().digits))
    half = den // 2  # den is a power of ten ≥ 1: half up is + den / 2 (0 for den = 1)
    revolving_rate = rate > 0
    monthly = product.kind in ("loan", "pay_in_n")
    cycle = play.cycle
    day = play.day
    opens = play.opens
    if len(opens) != 1 or len(rows) >= max_rows:
        return
    o = opens[0]
    slot = o.slot
    if (
        o.items
        or not slot.generated
        or slot.parts
        or o.paid
        or o.paid_min
        or play.next_slot != len(slots)
        or slots[-1] is not slot
        or s.acc_interest
        or s.grace_by_due  # (parts in their grace are on another open statement)
        or day is None
        or min(s.principal, s.part_principal, s.part_fee, s.interest, s.fees,
               s.penalty, s.grace_principal, s.grace_parts, s.unbilled, s.credit) < 0
    ):  # fmt: skip
        return
    principal, part_principal, part_fee = s.principal, s.part_principal, s.part_fee
    interest_owed, fees, penalty = s.interest, s.fees, s.penalty
    unbilled, credit = s.unbilled, s.credit
    grace_principal, grace_parts, revolving = s.grace_principal, s.grace_parts, s.revolving
    due, verdict, minimum, balance = slot.due_date, o.verdict, o.minimum, o.balance
    row = rows[-1]
    cash = play.cash
    totals = play.totals
    paid_cycles = posted_count = 0
    interest_total = 0
    settled_bd: int | None = None  # bearing-days accrued when the account settled
    latest: tuple[Slot, int] | None = None  # (slot, row index) of a statement posted here
    heappush, heappop = heapq.heappush, heapq.heappop
    added: list[date] = []
    # schedule.next_statement and due_for of this cycle, their cached inner functions
    # bound to its rule (loans, pay-in-N: a month after the due date, due that day).
    next_statement = functools.partial(
        schedule._next_statement, cycle.statement_day, cycle.due_rule, cycle.due_days
    )
    due_for = functools.partial(
        schedule._due_for, cycle.statement_day, cycle.due_rule, cycle.due_days
    )
    while True:
        if len(rows) >= max_rows or not day < due <= verdict:
            break
        # :meth:`AccountPlay._next_statement_day` (loans, pay-in-N: a month after the
        # last due date).
        following = schedule.add_months(due, 1) if monthly else next_statement(day)
        if verdict >= following or (following - day).days > 62:
            break
        posted = principal + part_principal + part_fee + interest_owed + fees + penalty
        if posted >= limit or minimum > posted:
            break  # too large to keep exact, or the minimum would not be met
        # Accrue to the due date; pay there.
        bd = 0
        if revolving:
            bearing = principal - grace_principal + part_principal + part_fee - grace_parts
            if compound or charges_bear:
                bearing += interest_owed
            if charges_bear:
                bearing += fees
            if bearing > 0:
                bd = bearing * (due - day).days
        amount = posted if full else minimum
        paid_cycles += 1
        if amount > 0:
            # :func:`state.allocate`, bucket by bucket.
            left = amount
            take = left if left < penalty else penalty
            penalty -= take
            left -= take
            charges = take
            take = left if left < interest_owed else interest_owed
            interest_owed -= take
            left -= take
            charges += take
            take = left if left < fees else fees
            fees -= take
            left -= take
            charges += take
            take = left if left < part_fee else part_fee
            part_fee -= take
            left -= take
            cost = charges + take
            take = left if left < part_principal else part_principal
            part_principal -= take
            left -= take
            paid = take
            take = left if left < principal else principal
            principal -= take
            left -= take
            paid += take
            take = left if left < unbilled else unbilled
            unbilled -= take
            left -= take
            paid += take
            if grace_principal > principal:
                grace_principal = principal
            if grace_parts > part_principal + part_fee:
                grace_parts = part_principal + part_fee
            credit += left
            cash.append(CashFlow(due, paid + left, cost, charges))
            row.paid += amount
            posted = principal + part_principal + part_fee + interest_owed + fees + penalty
            if posted == 0 and unbilled <= 0:
                revolving = False
                grace_principal = 0
        # Paid (checked above: amount ≥ minimum), so no shortfall: the verdict finds it
        # met. Accrue to the verdict; judge it (:meth:`AccountPlay._judge`, paid).
        if revolving:
            bearing = principal - grace_principal + part_principal + part_fee - grace_parts
            if compound or charges_bear:
                bearing += interest_owed
            if charges_bear:
                bearing += fees
            if bearing > 0:
                bd += bearing * (verdict - due).days
        rest = balance - amount
        remainder = max(0, posted if posted < rest else rest)
        if remainder > tolerance:
            revolving = revolving_rate
        elif posted <= tolerance:
            revolving = False
        if posted <= 0 and posted + (bd * num + half) // den <= 0:
            settled_bd = bd
            break  # settled: the general loop finishes (no more statements)
        # Accrue to the next statement; post it (:meth:`AccountPlay._extend` with the
        # day already asked, then :func:`_post_plain`).
        if revolving:
            bearing = principal - grace_principal + part_principal + part_fee - grace_parts
            if compound or charges_bear:
                bearing += interest_owed
            if charges_bear:
                bearing += fees
            if bearing > 0:
                bd += bearing * (following - verdict).days
        interest = (bd * num + half) // den if bd else 0
        new_due = following if monthly else due_for(following)
        new = Slot(following, new_due, generated=True)
        slots.append(new)
        posted_count += 1
        carried = principal
        interest_owed += interest
        interest_total += interest
        balance = posted + interest
        minimum = minimum_of(carried, interest, 0, balance)
        row = Row(following, new_due, balance, minimum, interest=interest)
        rows.append(row)
        latest = new, len(rows) - 1
        verdict = new_due + grace
        # The cycle's calendar days, put on the calendar when the cycles end (below).
        added += (following, new_due, verdict, new_due + penalty_after)
        day, due = following, new_due
    # The calendar as the general loop leaves it: every day added (seen), the days up to
    # the last one played taken off (each cycle's own come after the one before it).
    for extra in added:
        if extra not in seen:
            seen.add(extra)
            if extra > day:
                heappush(events, extra)
    while events and events[0] <= day:
        heappop(events)
    # Write the play back as the general loop would leave it.
    s.principal, s.part_principal, s.part_fee = principal, part_principal, part_fee
    s.interest, s.fees, s.penalty = interest_owed, fees, penalty
    s.unbilled, s.credit = unbilled, credit
    s.grace_principal, s.grace_parts, s.revolving = grace_principal, grace_parts, revolving
    play.cycles_paid += paid_cycles
    play.statements_played += posted_count
    play.next_slot += posted_count
    totals["interest"] += interest_total
    if posted_count:
        s.acc_interest = _ZERO  # posted with the last statement
    if settled_bd is not None:
        play.opens = []
        _hand_back(play, verdict, settled_bd, rate)
        return
    play.day = day
    if latest is not None:
        posted_slot, index = latest
        play.opens = [Open(index, posted_slot, verdict, minimum, balance, [])]


def _hand_back(play: AccountPlay, day: date, bearing_days: int, rate: Decimal) -> None:
    """Leave the play as the general loop would at the end of ``day``."""
    s = play.s
    if bearing_days:
        s.acc_interest = _EXACT.multiply(Decimal(bearing_days), rate)
    play.day = day
    play._seen.add(day)
    events = play._events
    while events and events[0] <= day:
        heapq.heappop(events)
