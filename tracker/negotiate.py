"""Negotiated repayment (DESIGN.md § Negotiated repayment): from an overdue account and a
monthly budget to the plans the user can ask the lender for.

Pure. What is owed comes from the account engine played to today; every plan is the
simulator's negotiated option (:func:`tracker.simulator.simulate`, negotiating today), so
a proposal's payments, cost and credit outcome are the engine's and the simulator shows
the same. This module only splits what is owed and picks the numbers of payments a
budget affords. Money is ``int`` minor units; a waiver is a ``Decimal`` fraction.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Context, Decimal

from tracker import credit
from tracker.engine import Account, AccountPlay, Policy
from tracker.money import round_minor
from tracker.products import MAX_PERIODS, Product
from tracker.simulator import Option, simulate

#: Besides the shortest plan a budget affords, the longer ones shown (months).
STANDARD_TERMS = (12, 24, 36, 60)
#: At most this many plans per waiver: the shortest and every standard term.
MAX_SHOWN = 5
#: "What each further week of waiting adds".
WEEK_DAYS = 7
_EXACT = Context(prec=40)
#: Preset → the lender's app whose in-app customer service takes such calls (BNPL).
APP_ROUTES = {"baitiao": "jd", "huabei": "alipay"}


@dataclass(frozen=True)
class Owed:
    """What an account owes today, by kind (minor units).

    Attributes:
        principal: spending and instalment principal.
        interest: interest charged or accrued.
        fees: late fees, other fees and instalment fees.
        penalty: overdue penalty charged or accrued.
        installment_fees: the part of ``fees`` that is instalment fees (the price of a
            plan, not a charge for lateness).
    """

    principal: int
    interest: int
    fees: int
    penalty: int
    installment_fees: int = 0

    @property
    def total(self) -> int:
        return self.principal + self.interest + self.fees + self.penalty

    @property
    def charges(self) -> int:
        """[minor units] what lateness and revolving added: interest, penalty and late or
        other fees (not instalment fees) — what a waiver usually takes off."""
        return self.interest + self.penalty + self.fees - self.installment_fees


@dataclass(frozen=True)
class Proposal:
    """One plan to ask for: ``periods`` monthly payments from a month after today.

    Attributes:
        payment: [minor units] each payment but the last.
        last_payment: [minor units] the last one (it takes the leftover).
        total: [minor units] everything repaid under the plan.
        cost: [minor units] interest, fees and penalty the account still costs (less
            what is waived), as the simulator's negotiated option counts it.
        waiver, waived: the fraction asked off and the minor units it takes off.
        first_date, last_date: the first and last payment dates.
        impact: the credit outcome (worst code, reported, visible until).
        months_reported: months the report shows as late.
        red_line: 连三累六 crossed.
    """

    periods: int
    payment: int
    last_payment: int
    total: int
    cost: int
    waiver: Decimal
    waived: int
    first_date: date
    last_date: date
    impact: credit.CreditImpact
    months_reported: int
    red_line: bool

    @property
    def largest_payment(self) -> int:
        return max(self.payment, self.last_payment)


@dataclass(frozen=True)
class Proposals:
    """Everything the Negotiate view and ``negotiate`` show for one overdue account.

    Attributes:
        product: the account's product.
        today: the day the proposals are made (the plan is agreed today).
        due: the oldest overdue due date; ``days_late`` = today − due.
        owed: what is owed today, by kind.
        week_adds: [minor units] what each further week unpaid adds (from today).
        budget: [minor units] the monthly budget typed.
        plans: the plans the budget affords without a waiver (shortest first; empty when
            even 60 payments are too much).
        least_budget: [minor units] the smallest monthly budget with a plan of at most
            60 payments (no waiver).
        waiver: the fraction asked off (None: nothing to waive, no waiver plans).
        waived_plans, least_budget_waived: the same with ``waiver``.
    """

    product: Product
    today: date
    due: date
    days_late: int
    owed: Owed
    week_adds: int
    budget: int
    plans: tuple[Proposal, ...]
    least_budget: int
    waiver: Decimal | None = None
    waived_plans: tuple[Proposal, ...] = ()
    least_budget_waived: int = 0

    @property
    def affordable(self) -> bool:
        """Whether the budget affords any plan of at most 60 payments."""
        return bool(self.plans or self.waived_plans)

    @property
    def ask(self) -> Proposal | None:
        """The plan the script asks for: the shortest affordable, with the waiver if
        one is asked."""
        for group in (self.waived_plans, self.plans):
            if group:
                return group[0]
        return None


def app_route(product: Product) -> str | None:
    """Which lender app's in-app customer service the script points to ("jd",
    "alipay"), by the product's preset; None: phone only."""
    return APP_ROUTES.get(product.preset)


def owed_now(account: Account, today: date) -> Owed:
    """What ``account`` owes at the end of ``today`` by kind, as the engine plays it."""
    engine = AccountPlay(account, Policy(), until=today)
    engine.run()
    s = engine.s
    return Owed(
        principal=s.principal + s.part_principal + s.unbilled - s.credit,
        interest=s.interest + round_minor(s.acc_interest),
        fees=s.fees + s.pending_fees + s.part_fee,
        penalty=s.penalty + round_minor(s.acc_penalty),
        installment_fees=s.part_fee,
    )


def covered_until(account: Account, today: date) -> date:
    """The last due date an agreement made ``today`` takes over: today, or that of a
    statement already issued and not yet due (the engine counts it as owed today)."""
    engine = AccountPlay(account, Policy(), until=today)
    engine.run()
    return max([today, *(o.slot.due_date for o in engine.opens)])


def split(balance: int, periods: int) -> tuple[int, int]:
    """(each payment, the last) of ``balance`` in ``periods`` equal payments, the
    leftover in the last (DESIGN.md § Negotiated repayment; minor units)."""
    each = balance // periods
    return each, balance - each * (periods - 1)


def shortest(balance: int, budget: int) -> int | None:
    """The fewest payments (≤ 60) none of which is above ``budget`` (None: none)."""
    for n in range(1, MAX_PERIODS + 1):
        if max(split(balance, n)) <= budget:
            return n
    return None


def least_budget(balance: int) -> int:
    """[minor units] the smallest monthly budget with a plan of at most 60 payments."""
    return min(max(split(balance, n)) for n in range(1, MAX_PERIODS + 1))


def terms(balance: int, budget: int) -> tuple[int, ...]:
    """The numbers of payments to show: the shortest the budget affords, then the
    standard longer terms (12, 24, 36, 60 months), at most :data:`MAX_SHOWN`."""
    first = shortest(balance, budget)
    if first is None:
        return ()
    return (first, *(n for n in STANDARD_TERMS if n > first))[:MAX_SHOWN]


def charges_waiver(owed: Owed) -> Decimal | None:
    """The waiver that takes off exactly the interest, penalty and late fees (the usual
    concession; not instalment fees), as a fraction of everything owed; None when there
    are none."""
    charges = owed.charges
    if owed.total <= 0 or charges <= 0:
        return None
    return _EXACT.divide(Decimal(min(charges, owed.total)), Decimal(owed.total))


@dataclass(frozen=True)
class Overdue:
    """The overdue due a negotiation starts from: its date and what is left on it."""

    due: date
    amount: int
    minimum: int


def propose(
    account: Account,
    overdue: Overdue,
    today: date,
    budget: int,
    waiver: Decimal | None = None,
    week_adds: int = 0,
) -> Proposals:
    """The plans ``budget`` affords for ``account``, agreed ``today``.

    Args:
        account: the product and its records.
        overdue: the oldest overdue due (before ``today``).
        budget: [minor units] what the user can pay a month (> 0).
        waiver: the fraction to ask off; None: the interest, penalty and fees
            (:func:`charges_waiver`), when there are any.
        week_adds: [minor units] what a further week costs (the service's figure).
    """
    owed = owed_now(account, today)
    if waiver is None:
        waiver = charges_waiver(owed)
    plain, least = _plans(account, overdue, today, budget, Decimal(0))
    waived: tuple[Proposal, ...] = ()
    least_waived = 0
    if waiver is not None and waiver > 0:
        waived, least_waived = _plans(account, overdue, today, budget, waiver)
    return Proposals(
        account.product, today, overdue.due, (today - overdue.due).days, owed, week_adds,
        budget, plain, least, waiver if waiver else None, waived, least_waived,
    )  # fmt: skip


def _plans(
    account: Account, overdue: Overdue, today: date, budget: int, waiver: Decimal
) -> tuple[tuple[Proposal, ...], int]:
    # What the plan repays: the negotiated option's plan, not the account's later
    # instalments (those stay dues of their own, paid on their dates).
    whole = sum(p.payment for p in _option(account, overdue, today, 0, 1).plan)
    balance = sum(p.payment for p in _option(account, overdue, today, waiver, 1).plan)
    found = tuple(
        _proposal(_option(account, overdue, today, waiver, n), today, waiver, whole - balance)
        for n in terms(balance, budget)
    )
    return found, least_budget(balance)


def _option(account: Account, overdue: Overdue, today: date, waiver: object, n: int) -> Option:
    """The simulator's negotiated option for the overdue due, negotiating today."""
    sim = simulate(
        account.product,
        overdue.amount,
        overdue.due,
        minimum=overdue.minimum,
        today=today,
        account=account,
        periods=[],
        overdue_days=(),
        negotiate_after=(today - overdue.due).days,
        waiver=Decimal(waiver),  # type: ignore[arg-type]
        negotiate_periods=n,
    )
    return next(o for o in sim.options if o.kind == "negotiated")


def _proposal(option: Option, today: date, waiver: Decimal, waived: int) -> Proposal:
    pays = option.plan
    return Proposal(
        periods=option.periods or len(pays),
        payment=pays[0].payment,
        last_payment=pays[-1].payment,
        total=sum(p.payment for p in pays),
        cost=option.total_cost,
        waiver=waiver,
        waived=waived,
        first_date=pays[0].due_date,
        last_date=pays[-1].due_date,
        impact=option.impact,
        months_reported=option.months_reported,
        red_line=option.red_line,
    )
