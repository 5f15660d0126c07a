"""The simulator: every way to deal with one due, side by side, in money and credit terms.

Every option is a scenario played through the account engine (:mod:`tracker.engine`) to
the same horizon — until its balance is zero — so each has its month-by-month timeline
and all are compared on equal terms (DESIGN.md § The account engine, "scenario").
Instalment schedules and their true rate come from :mod:`plans`. Longer than 400 lines:
each option's scenario, its rates and their comparison are read together.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import date, timedelta
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation, Overflow
from typing import Literal

from dateutil.relativedelta import relativedelta

from tracker import credit, cycles, plans
from tracker.engine import (
    Account,
    AccountPlay,
    CycleRow,
    Negotiation,
    Outcome,
    Paid,
    PartDue,
    Policy,
    RecordedBill,
    lines,
    play,
    snapshot,
)
from tracker.engine import rules as engine_rules
from tracker.engine.schedule import add_months
from tracker.errors import refuse
from tracker.money import format_money
from tracker.products import Product, check_periods

OptionKind = Literal["pay_in_full", "minimum", "installment", "overdue", "negotiated"]
DEFAULT_OVERDUE_DAYS = (15, 30, 60, 90, 180)


@dataclass(frozen=True)
class ScheduledPayment:
    """One cash outflow of an option (minor units): ``principal`` and ``fee`` (interest,
    fees and penalty paid) add up to the payment; ``charged`` is the part of it the
    option's ``total_cost`` counts (None: all of ``fee``). They differ where the payment
    also pays the instalment fees of the account's own plans, which every option pays
    alike, or where a waiver took off more than the charges."""

    due_date: date
    principal: int
    fee: int
    charged: int | None = None

    @property
    def cost(self) -> int:
        """What this payment adds to the option's total cost."""
        return self.fee if self.charged is None else self.charged

    @property
    def payment(self) -> int:
        return self.principal + self.fee


@dataclass(frozen=True)
class Option:
    """One choice and what it costs.

    ``total_cost`` is minor units on top of the amount; ``apr``/``ear`` are yearly
    fractions (None where no rate applies); ``impact`` is the credit-report outcome.
    """

    kind: OptionKind
    amount: int
    total_cost: int
    schedule: tuple[ScheduledPayment, ...]
    impact: credit.CreditImpact
    periods: int | None = None
    days: int | None = None
    apr: Decimal | None = None
    ear: Decimal | None = None
    timeline: tuple[CycleRow, ...] = ()
    red_line: bool = False
    months_reported: int = 0
    #: A negotiated option's plan: the payments agreed (also in ``schedule``, beside the
    #: account's later instalments, which stay dues of their own).
    plan: tuple[ScheduledPayment, ...] = ()
    #: [minor units] what a negotiated waiver took off beyond the charges owed (so
    #: ``total_cost`` is below what the payments' costs add up to), on the agreement day.
    waived_beyond: int = 0
    #: (day, minor units) of charges paid by a credit balance (money paid beyond what was
    #: owed) when a later statement posted: in ``total_cost``, on no payment of
    #: ``schedule``.
    credit_charges: tuple[tuple[date, int], ...] = ()

    @property
    def cost_ratio(self) -> Decimal:
        """Total cost as a fraction of the amount, 4 places."""
        return (Decimal(self.total_cost) / Decimal(self.amount)).quantize(Decimal("0.0001"))

    def monthly_cash(self) -> list[tuple[str, int]]:
        """Cash needed per calendar month, ``[("2026-12", minor units), ...]``."""
        months: dict[str, int] = {}
        for p in self.schedule:
            key = f"{p.due_date:%Y-%m}"
            months[key] = months.get(key, 0) + p.payment
        return sorted(months.items())


@dataclass(frozen=True)
class Simulation:
    """All options for one due, and the cheapest one that keeps the report clean.

    ``days_late`` > 0 when the due is already past its date: the options then start
    from today (paying now is "pay ``days_late`` days late").
    """

    product: Product
    amount: int
    minimum: int
    due: date
    options: tuple[Option, ...]
    days_late: int = 0

    @property
    def cheapest_clean(self) -> Option | None:
        """Cheapest option, other than paying in full, that is never reported.

        Paying in full always costs nothing; this answers "if I cannot pay it all now".
        """
        clean = [o for o in self.options if o.kind != "pay_in_full" and not o.impact.reported]
        return min(
            clean,
            key=lambda o: (o.total_cost, o.kind != "installment", o.days or 0),
            default=None,
        )


def simulate(
    product: Product,
    amount: int,
    due: date,
    *,
    minimum: int | None = None,
    posting: date | None = None,
    pay_date: date | None = None,
    periods: Sequence[int] | None = None,
    overdue_days: Sequence[int] = DEFAULT_OVERDUE_DAYS,
    negotiate_after: int = 90,
    waiver: Decimal = Decimal("0"),
    negotiate_periods: int = 12,
    paid: Sequence[tuple[date, int]] = (),
    today: date | None = None,
    account: Account | None = None,
    opening: AccountPlay | None = None,
) -> Simulation:
    """Every option for a due of ``amount`` (minor units) on ``due``, each played through
    the account engine as one statement of ``product``.

    Options: pay in full; the minimum now and the rest on the pay date, and on each
    lateness D of ``overdue_days`` (next to "pay D days late", on equal terms); the
    minimum every cycle; each instalment count; pay D days late; negotiate.
    When ``today`` is after ``due`` the due is already late: only paying today or later
    and negotiating are left (``days_late`` = today − due).

    Args:
        product: the product's rules (presets or the user's edits).
        minimum: the bill's minimum; None → by the product's rule.
        posting: when the spending posted (interest-from-posting bases); default the
            statement date, which understates interest, never overstates.
        pay_date: when the rest is paid under "minimum"; default one month after due.
        periods: instalment counts to show; default the product's allowed counts.
        overdue_days: lateness scenarios, in days past the due date.
        negotiate_after, waiver, negotiate_periods: the negotiated-plan scenario.
        paid: payments already made on this bill, (date, minor units).
        today: the day the simulation is made (None: not late).
        account: for a late due, the whole recorded account it belongs to: the options
            then play that account from ``today``, and each one's cost is what it adds
            to the costs not yet paid today (so "pay today" is the dashboard's "so far").
        opening: with ``account``, that account already played (default policy) to the
            eve of ``today``, e.g. resumed from its stored closed cycle: every option
            goes on from a copy of it (:func:`tracker.engine.snapshot.fork`) instead of
            playing the history again; the same figures.

    Raises:
        InputError: non-positive amount, pay date not after the due date, bad periods.
    """
    if amount <= 0:
        raise refuse("amount must be greater than zero")
    statement, cycle = _cycle_for(product, due)
    minimum = _rule_minimum(product, amount) if minimum is None else minimum
    if not 0 <= minimum <= amount:
        cur = product.currency
        raise refuse(
            "the minimum {minimum} must be between {zero} and the amount {amount}",
            minimum=format_money(minimum, cur),
            zero=format_money(0, cur),
            amount=format_money(amount, cur),
        )
    pay_date = pay_date or due + relativedelta(months=1)
    if pay_date <= due:
        raise refuse(
            "pay date {pay_date} must be after the due date {due}", pay_date=pay_date, due=due
        )
    if any(d <= 0 for d in overdue_days):
        raise refuse("overdue days must be whole numbers greater than zero")
    counts = _period_counts(product, periods)
    _check_negotiation(waiver, negotiate_periods)
    bill = RecordedBill(statement, due, amount, minimum, posting or statement)
    late = 0 if today is None else (today - due).days
    if account is None or late <= 0:
        account = Account(cycle, bills=(bill,), payments=tuple(Paid(d, a) for d, a in paid))
    run = _Runner(account, amount, due, today if late > 0 else None)
    eve = None if today is None else today - timedelta(days=1)
    if late > 0 and opening is not None and opening.day == eve:
        run.opening = opening
    if late > 0:
        options = [run.overdue(d) for d in sorted({late, *(d for d in overdue_days if d > late)})]
        options.append(run.negotiated(max(negotiate_after, late), waiver, negotiate_periods))
        return Simulation(product, amount, minimum, due, tuple(options), days_late=late)
    options = [run.pay_in_full()]
    if minimum < amount:
        days = sorted({(pay_date - due).days, *overdue_days})
        options += [run.minimum_then_rest(d) for d in days]
        options.append(run.minimum_every_cycle())
    left = amount - sum(a for _, a in paid)  # a split converts what is still owed
    options += [_installment(product, left, n, due) for n in counts if left >= n]
    options += [run.overdue(d) for d in overdue_days]
    options.append(run.negotiated(negotiate_after, waiver, negotiate_periods))
    return Simulation(product, amount, minimum, due, tuple(options))


def _check_negotiation(waiver: object, periods: object) -> None:
    check_periods(periods)
    if isinstance(waiver, bool) or not isinstance(waiver, (Decimal, int)):
        raise refuse(
            "waiver must be a decimal fraction such as 0.2, not {waiver!r}", waiver=waiver
        )
    if not Decimal(waiver).is_finite() or not 0 <= Decimal(waiver) <= 1:
        raise refuse("waiver must be between 0 and 1 (0.2 = 20%), not {waiver}", waiver=waiver)


def _rule_minimum(product: Product, amount: int) -> int:
    parts = engine_rules.StatementParts(new_principal=amount, balance=amount)
    return engine_rules.minimum_due(product, parts)


def _cycle_for(product: Product, due: date) -> tuple[date, Product]:
    """The statement whose bill falls due on ``due``, and the product's cycle going on
    from that statement's day.

    A due day the product's cycle never has (the us-credit-card preset falls due on the
    10th; ``simulate --due 2026-12-25``) becomes its due day, every month — US issuers
    must keep it the same (Reg Z 1026.7(b)(11)) —, its statement as many days before as
    the product's (26: 29 Nov, then 29 Dec → 25 Jan); the statement was put 10 days
    before and the next due on 10 Feb (QA pass 2026-12-06).
    """
    statement = _statement_date(product, due)
    if product.due_rule == "day_of_month":
        rule = cycles.CycleRule.from_product(product)
        if cycles.due_date_for(rule, statement) != due:
            usual = cycles.statement_date(rule, due.year, due.month)
            gap = (cycles.due_date_for(rule, usual) - usual).days
            statement = due - timedelta(days=gap)
            while statement.day > 28:  # (a statement day every month has)
                statement -= timedelta(days=1)
            return statement, product.with_changes(statement_day=statement.day, due_days=due.day)
    # The cycle goes on from the simulated statement's own day.
    return statement, product.with_changes(statement_day=statement.day)


def _statement_date(product: Product, due: date) -> date:
    """The product's statement date whose bill falls due on ``due`` (nearest before)."""
    if product.due_rule == "offset_days":
        return due - timedelta(days=product.due_days)
    rule = cycles.CycleRule.from_product(product)
    for back in range(0, 3):
        month = due - relativedelta(months=back)
        candidate = cycles.statement_date(rule, month.year, month.month)
        if candidate < due and cycles.due_date_for(rule, candidate) >= due:
            return candidate
    return due - relativedelta(months=1)


class _Runner:
    """Plays the simulator's account under each option's policy."""

    def __init__(self, account: Account, amount: int, due: date, today: date | None):
        self.account, self.amount, self.due, self.today = account, amount, due, today
        #: The account played to the eve of ``today``, when the caller has it.
        self.opening: AccountPlay | None = None
        #: Beginnings options share (:mod:`tracker.engine.lines`), by base policy.
        self._lines: dict[Policy, lines.Line] = {}

    def _play(self, policy: Policy, base: Policy | None = None) -> Outcome:
        engine = None if self.opening is None else snapshot.fork(self.opening, policy)
        if engine is None and base is not None and self.today is None and lines.ENABLED:
            line = self._lines.get(base)
            if line is None:
                line = self._lines[base] = lines.Line(self.account, base)
            engine = line.fork(policy)
        if engine is None:
            return play(self.account, policy)
        engine.run()
        return engine.outcome()

    def _option(
        self, kind: OptionKind, policy: Policy, base: Policy | None = None, **extra: object
    ) -> Option:
        out = self._play(replace_start(policy, self.today), base)
        cost = out.cost
        timeline = out.rows
        cash = list(out.cash)
        if self.today is not None:
            # Payments recorded today are paid already (what is owed today is net of
            # them): they are played first on their day, so the option's own payments
            # are the rest of that day's.
            paid_today = sum(p.day == self.today for p in self.account.payments)
            today_rows = [k for k, c in enumerate(cash) if c.day == self.today]
            skip = set(today_rows[:paid_today])
            # A late due on a recorded account: costs already paid (before today, by a
            # payment recorded today, or by a credit balance before today) are sunk,
            # instalment fees belong to their plans, and the credit outcome is this
            # bill's and what follows it, not the account's earlier history.
            sunk = sum(c.charges for k, c in enumerate(cash) if c.day < self.today or k in skip)
            sunk += sum(a for d, a in out.credit_charges if d < self.today)
            cost = out.cost - out.fees - sunk
            start = self.account.bills[-1].statement_date if self.account.bills else None
            timeline = tuple(r for r in out.rows if start is None or r.statement_date >= start)
            cash = [c for k, c in enumerate(cash) if k not in skip and c.day >= self.today]
        impact = _impact(out, timeline)
        rows = tuple(ScheduledPayment(c.day, c.principal, c.cost, c.charges) for c in cash)
        by_credit = tuple(
            (d, a) for d, a in out.credit_charges if self.today is None or d >= self.today
        )
        months = (
            out.red_line_months  # the same (statement date, code) pairs, made by the play
            if timeline is out.rows
            else tuple((r.statement_date, r.report_code) for r in timeline)
        )
        # 连三累六 is the Chinese lenders' rule (DESIGN.md § The account engine); a US
        # report has no such line (its serious delinquency is in ``impact``): `simulate`
        # printed "(red line)" beside a US card's "pay 120 days late".
        red = (
            self.account.product.jurisdiction == "cn"
            and engine_rules.red_line(months, out.end).crossed
        )
        plan = tuple(ScheduledPayment(p.due_date, p.principal, p.fee) for p in out.plan)
        return Option(
            kind, self.amount, cost, rows, impact, timeline=timeline, red_line=red,
            months_reported=sum(r.report_code > 0 for r in timeline), plan=plan,
            waived_beyond=out.waived_beyond, credit_charges=by_credit,
            **extra,  # type: ignore[arg-type]
        )  # fmt: skip

    def pay_in_full(self) -> Option:
        return self._option("pay_in_full", Policy(on_due="full"))

    def minimum_then_rest(self, days: int) -> Option:
        """The minimum on the due date, nothing more until due + ``days``, then the rest."""
        pay = self.due + timedelta(days=days)
        opt = self._option(
            "minimum", Policy("minimum", 1, settle_on=pay), Policy("minimum", 1), days=days
        )
        return _with_rate(opt, days)

    def minimum_every_cycle(self) -> Option:
        opt = self._option("minimum", Policy("minimum"))
        apr, ear = _irr_rates(opt)
        return _replace(opt, apr=apr, ear=ear)

    def overdue(self, days: int) -> Option:
        pay = self.due + timedelta(days=days)
        # Nothing until then, everything then; the account's later minimums (its other
        # instalments, one falling due that day too: it posts after the settling) are
        # paid on time from then on.
        policy = Policy("minimum", settle_on=pay, on_due_from=pay)
        return self._option("overdue", policy, Policy(), days=days)

    def negotiated(self, after: int, waiver: Decimal, n: int) -> Option:
        """Negotiate ``after`` days past the due date (``days``: the agreement day is
        due + ``days``) into ``n`` monthly payments, ``waiver`` off."""
        deal = Negotiation(self.due + timedelta(days=after), n, waiver)
        return self._option(
            "negotiated", Policy(negotiation=deal), Policy(), periods=n, days=after
        )


def replace_start(policy: Policy, today: date | None) -> Policy:
    """The policy from ``today`` on (None: from the start)."""
    if today is None:
        return policy
    return replace(policy, start=today)


def _replace(option: Option, **changes: object) -> Option:
    from dataclasses import replace

    return replace(option, **changes)  # type: ignore[arg-type]


def _impact(out: Outcome, timeline: Sequence[CycleRow] | None = None) -> credit.CreditImpact:
    rows = out.rows if timeline is None else timeline
    code = max((r.report_code for r in rows), default=0)
    if code == 0:
        return credit.CreditImpact(code=0, reported=False, serious=False, visible_until=None)
    serious = max(r.days_past_due for r in rows) > engine_rules.SERIOUS_AFTER_DAYS
    return credit.CreditImpact(
        code=code, reported=True, serious=serious, visible_until=out.visible_until
    )


def _with_rate(option: Option, days: int) -> Option:
    """APR/EAR of "the rest paid ``days`` later": its cost over that time, per year."""
    rest = option.amount - (option.schedule[0].payment if option.schedule else 0)
    if rest <= 0 or days <= 0 or option.impact.reported:
        return option
    growth = Decimal(option.total_cost) / Decimal(rest)
    try:  # EAR: the same rate compounded over a year, (1 + growth)^(365 / days) − 1
        apr = _q(growth * Decimal(365) / Decimal(days))
        ear = _q((1 + growth) ** (Decimal(365) / Decimal(days)) - 1)
    except (InvalidOperation, Overflow):  # more digits than a Decimal holds: no rate
        return option
    return _replace(option, apr=apr, ear=ear)


def _irr_rates(option: Option) -> tuple[Decimal | None, Decimal | None]:
    """APR/EAR of paying the minimum every cycle: 12 × the monthly IRR of what is paid
    after the first due (on the amount left after the first payment)."""
    rows = option.timeline
    if len(rows) < 2 or option.total_cost <= 0:
        return None, None
    principal = option.amount - rows[0].paid
    later = [r.paid for r in rows[1:]]
    if principal <= 0 or not any(later):
        return None, None
    i = plans.irr(principal, later)
    try:
        return _q(12 * i), _q((1 + i) ** 12 - 1)
    except (InvalidOperation, Overflow):
        # More digits than a Decimal holds (a few fen left after the payments made, the
        # minimums paying interest for years: an EAR of 10^22): no rate, as _with_rate.
        return None, None


def _period_counts(product: Product, periods: Sequence[int] | None) -> list[int]:
    if periods is None:
        return list(product.allowed_periods) if product.offers_installments else []
    for n in periods:
        check_periods(n)
    if periods and not product.offers_installments:
        raise refuse("{product_name} does not offer instalments", product_name=product.name)
    return list(periods)


def _installment(product: Product, amount: int, n: int, due: date) -> Option:
    """The bill converted on its due date into ``n`` periods, played as the plan's
    instalments on the account (each paid on its date); the schedule and its true rate
    are :mod:`plans`'."""
    first = add_months(due, 1) if product.installment_interval == "month" else due
    sched = plans.installment_schedule(product, amount, n, first)
    if product.installment_interval == "month":
        # Anchored on the bill's due date: due 31 Jan → 28 Feb, 31 Mar, … (never the 28th
        # for ever after a short month).
        periods = tuple(
            plans.Period(p.number, add_months(due, k), p.principal, p.fee)
            for k, p in enumerate(sched.periods, start=1)
        )
        sched = replace(sched, periods=periods)
    apr, ear = plans.true_rate(sched)
    parts = tuple(PartDue(p.due_date, p.principal, p.fee) for p in sched.periods)
    out = play(Account(product, parts=parts), Policy(on_due="full"))
    rows = tuple(ScheduledPayment(p.due_date, p.principal, p.fee) for p in sched.periods)
    return Option(
        "installment", amount, out.cost, rows, _impact(out), periods=n, apr=apr, ear=ear,
        timeline=out.rows,
    )  # fmt: skip


def _q(rate: Decimal) -> Decimal:
    return rate.quantize(Decimal("0.000001"), rounding=ROUND_HALF_UP)
