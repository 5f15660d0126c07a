"""Payoff planner: a month-by-month plan to clear every debt on one fixed monthly budget.

Three strategies share one monthly engine and differ only in the order money goes out:

- ``avalanche``: extra money to the highest ``monthly_rate`` first (ties: smaller
  balance, then key); minimums are paid in the same order.
- ``snowball``: extra money to the smallest balance first (ties: higher rate, then key);
  minimums are paid in the same order.
- ``least-damage``: minimums of debts whose miss would be reported to the credit bureau
  are paid first, smallest minimum first (the fewest products get marked); then the other
  minimums and all extra money in avalanche order. When the budget covers every minimum
  this is exactly avalanche.

Each month, on the date ``start + relativedelta(months=k)`` (k = 0, 1, …; month ends are
clamped, so a plan started on 31 January pays on 28/29 February, then 31 March):

1. Interest accrues on each opening balance: ``monthly_rate`` on what is not past due
   and ``penalty_monthly_rate`` on the past-due part (a missed minimum), rounded once:
   ``round_minor((balance − past_due) × monthly_rate + past_due × penalty_monthly_rate)``.
2. Minimums (computed on the balance after step 1, see :meth:`Debt.minimum`: the
   product's rule plus last month's unpaid minimum in full) are paid in the strategy's
   order, each in full when the money left covers it; one that does not fit is skipped
   (missed) and the next, perhaps smaller, minimum is tried.
3. Whatever is left goes to the strategy's targets in order, never beyond a balance. A
   paid-off debt's freed minimum is simply left in the budget, so it rolls to the next
   target on its own.
4. Every debt paid less than its minimum is overdue that month: its late fee
   (:meth:`Debt.late_fee_for`) is added to its balance, the unpaid minimum becomes its
   past-due amount, and an :class:`Overdue` is recorded.

Credit reporting: a missed monthly minimum is still unpaid by the next due date, i.e. a
full 30 days late, so it is reported whenever ``report_after_days <= 30`` (every preset:
1 day or 30 days). A product that reports only later (say 60 days) is reported once it
has been missed in ``ceil(report_after_days / 30)`` consecutive months.

All money is ``int`` minor units; rates are ``Decimal`` per month; nothing here does I/O.

Longer than 400 lines on purpose: the three strategies share one month loop and its
checks; the account engine (issue 11) replaces the loop, and the module shrinks then.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date
from decimal import Context, Decimal
from typing import Any

from dateutil.relativedelta import relativedelta

from tracker.engine.records import Account
from tracker.errors import refuse
from tracker.money import round_minor

AVALANCHE = "avalanche"
SNOWBALL = "snowball"
LEAST_DAMAGE = "least-damage"
STRATEGIES: tuple[str, ...] = (AVALANCHE, SNOWBALL, LEAST_DAMAGE)

#: Days past due that one missed monthly minimum stands for (see the module docstring).
DAYS_PER_MISSED_MONTH = 30

# A rate such as APR / 12 carries 28 significant digits; 60 keeps balance × rate exact
# whatever the caller's thread context, so round_minor rounds the true product once.
_EXACT = Context(prec=60)


@dataclass(frozen=True)
class Debt:
    """One open debt as the planner sees it.

    Attributes:
        key: unique id within one plan (a product id or name).
        name: what the user calls it (display only).
        balance: amount owed now, minor units, >= 0.
        monthly_rate: interest per month on the balance (daily rate × 30, or APR / 12).
        min_rate: minimum payment as a share of the balance (0.10 = 10 %).
        min_floor: smallest minimum payment, minor units.
        fixed_payment: for instalment plans and loans, the fixed amount due each month
            (minor units); when > 0 it replaces the rate-based minimum.
        late_fee: the late fee's floor, minor units: charged once for each month the
            minimum is missed (see :meth:`late_fee_for`).
        penalty_monthly_rate: rate per month on the past-due part of the balance;
            defaults to ``monthly_rate``.
        report_after_days: days past due before the lender reports to the credit bureau.
        min_includes_interest: the minimum is ``min_rate`` of the balance without this
            month's interest and fees, plus them (US cards); otherwise ``min_rate`` of the
            balance covers them (CN products).
        late_fee_rate: late fee as a share of the unpaid minimum (at least ``late_fee``).
        late_fee_cap_to_minimum: the late fee never exceeds the minimum that was due.
        past_due: minor units already past due when the plan starts (overdue minimums
            or instalment periods); part of ``balance``, due in full in the first month.
        account: the whole account (records) behind the debt; when every debt has
            one, the service plans with the account engine
            (:mod:`tracker.engine.planner`) and the rates above are for display only.
    """

    key: str
    name: str
    balance: int
    monthly_rate: Decimal
    min_rate: Decimal
    min_floor: int
    fixed_payment: int = 0
    late_fee: int = 0
    penalty_monthly_rate: Decimal | None = None
    report_after_days: int = 1
    min_includes_interest: bool = False
    late_fee_rate: Decimal = Decimal(0)
    late_fee_cap_to_minimum: bool = False
    past_due: int = 0
    account: Account | None = None
    #: The account played to the eve of the plan's first day
    #: (:attr:`tracker.engine.planner.PlanAccount.opening`).
    opening: Any = field(default=None, compare=False, repr=False)

    def __post_init__(self) -> None:
        if self.penalty_monthly_rate is None:
            object.__setattr__(self, "penalty_monthly_rate", self.monthly_rate)
        _check_debt(self)

    @property
    def penalty_rate(self) -> Decimal:
        """The rate per month that applies after a missed minimum."""
        rate = self.penalty_monthly_rate
        return self.monthly_rate if rate is None else rate

    def minimum(self, balance: int, interest: int = 0, fees: int = 0, past_due: int = 0) -> int:
        """The minimum payment due on ``balance`` (minor units), never more than it.

        As the account engine's rule (:func:`tracker.engine.rules.minimum_due`), in minor units:

        * fixed-payment debts: ``fixed_payment + past_due``;
        * otherwise, on the current part ``c = balance − past_due``: base =
          ``round(min_rate × (c − interest − fees)) + interest + fees`` when
          ``min_includes_interest``, else ``round(min_rate × c)``; then
          ``max(min_floor, base) + past_due``;

        capped at ``balance``.

        Args:
            balance: the balance the minimum is computed on (it includes the rest).
            interest: this month's interest, included in ``balance``.
            fees: last month's late fee, included in ``balance``.
            past_due: last month's unpaid minimum, included in ``balance``.
        """
        if balance <= 0:
            return 0
        if self.fixed_payment > 0:
            return min(self.fixed_payment + past_due, balance)
        current = max(0, balance - past_due)
        if self.min_includes_interest:
            charges = interest + fees
            base = self._share(max(0, current - charges)) + charges
        else:
            base = self._share(current)
        return min(balance, max(self.min_floor, base) + past_due)

    def _share(self, amount: int) -> int:
        return round_minor(_EXACT.multiply(Decimal(amount), self.min_rate))

    def late_fee_for(self, unpaid_minimum: int, minimum: int) -> int:
        """The fee for leaving ``unpaid_minimum`` of a ``minimum`` unpaid (minor units).

        As the engine's :func:`tracker.engine.rules.late_fee`: ``max(late_fee,
        round(late_fee_rate × unpaid_minimum))``, capped at ``minimum`` when
        ``late_fee_cap_to_minimum``; 0 when nothing was left unpaid.
        """
        if unpaid_minimum <= 0:
            return 0
        by_rate = round_minor(_EXACT.multiply(Decimal(unpaid_minimum), self.late_fee_rate))
        fee = max(self.late_fee, by_rate)
        return min(fee, minimum) if self.late_fee_cap_to_minimum else fee

    def reported_after(self, months_missed: int) -> bool:
        """Whether ``months_missed`` consecutive missed minimums reach the credit report."""
        return months_missed > 0 and (
            self.report_after_days <= DAYS_PER_MISSED_MONTH * months_missed
        )


@dataclass(frozen=True)
class MonthRow:
    """One month of a plan; every dict maps each debt's key to minor units.

    ``balances`` are closing balances (after payments and fees); ``minimums`` are the
    minimums that were due; ``missed`` lists the keys paid less than their minimum.
    """

    month: date
    payments: dict[str, int]
    interest: dict[str, int]
    fees: dict[str, int]
    balances: dict[str, int]
    missed: tuple[str, ...]
    minimums: dict[str, int] = field(default_factory=dict)


@dataclass(frozen=True)
class Overdue:
    """A minimum missed in ``month``: how much of it went unpaid, and whether reported."""

    key: str
    month: date
    unpaid_minimum: int
    reported: bool = True


@dataclass(frozen=True)
class PayoffPlan:
    """A whole plan for one strategy.

    Attributes:
        strategy: the strategy name.
        months: one row per month, first payment month first.
        debt_free: the month the last balance reaches zero (``start`` if nothing is
            owed); None if that does not happen within ``max_months``.
        total_interest / total_fees / total_paid: sums over all months, minor units.
        overdue: every missed minimum, in month order.
        shortfall: ``budget − sum of the first month's minimums`` when that is negative
            (how far the budget falls short, as a negative number), otherwise 0.
        growth: the most the balances grew in one month (0: they never did).
        stops_growth: the budget that would have kept them flat (0 when no growth).
        stopped: why the plan ended early: ``charged_off`` or ``serious`` (None: it
            did not).
    """

    strategy: str
    months: tuple[MonthRow, ...]
    debt_free: date | None
    total_interest: int
    total_fees: int
    total_paid: int
    overdue: tuple[Overdue, ...]
    shortfall: int
    growth: int = 0
    stops_growth: int = 0
    stopped: str | None = None

    @property
    def reported_keys(self) -> tuple[str, ...]:
        """Keys of debts that get a credit-report mark, in the order they first do."""
        return tuple(dict.fromkeys(o.key for o in self.overdue if o.reported))

    @property
    def remaining_balance(self) -> int:
        """Total still owed after the last month of the plan, minor units."""
        return sum(self.months[-1].balances.values()) if self.months else 0


class _Account:
    """One debt's running state inside a plan; mutable, never leaves this module."""

    __slots__ = ("balance", "debt", "fees", "key", "missed_months", "past_due")

    def __init__(self, debt: Debt) -> None:
        self.debt = debt
        self.key = debt.key
        self.balance = debt.balance
        self.missed_months = 0
        self.past_due = min(debt.past_due, debt.balance)  # part of the balance
        self.fees = 0  # last month's late fee, part of the balance


def plan_payoff(
    debts: Sequence[Debt],
    budget: int,
    start: date,
    strategy: str,
    *,
    max_months: int = 360,
) -> PayoffPlan:
    """Plan paying off ``debts`` with ``budget`` a month, following ``strategy``.

    Args:
        debts: the open debts; keys must be unique. Zero balances are allowed.
        budget: money available each month, minor units, > 0.
        start: the first payment date; later months fall on the same day of month.
        strategy: ``"avalanche"``, ``"snowball"`` or ``"least-damage"``.
        max_months: stop after this many months even if debts remain (then
            ``debt_free`` is None) — a budget below the interest never pays off.

    Returns:
        The :class:`PayoffPlan`; its totals are in minor units.

    Raises:
        InputError: budget <= 0, unknown strategy, duplicate keys, max_months < 1.
    """
    _check_request(debts, budget, strategy, max_months)
    accounts = [_Account(d) for d in debts]
    rows: list[MonthRow] = []
    overdue: list[Overdue] = []
    for k in range(max_months):
        if not any(a.balance for a in accounts):
            break
        when = start + relativedelta(months=k)
        row, missed = _plan_month(accounts, budget, strategy, when)
        rows.append(row)
        overdue.extend(missed)
    owing = any(a.balance for a in accounts)
    debt_free = None if owing else (rows[-1].month if rows else start)
    return _summarise(strategy, rows, overdue, debt_free, budget)


def compare_strategies(
    debts: Sequence[Debt], budget: int, start: date, *, max_months: int = 360
) -> dict[str, PayoffPlan]:
    """Plan all three strategies on the same debts and budget.

    Args:
        debts, budget, start, max_months: as for :func:`plan_payoff` (budget in minor units).

    Returns:
        ``{strategy name: PayoffPlan}`` in the order of :data:`STRATEGIES`.
    """
    return {s: plan_payoff(debts, budget, start, s, max_months=max_months) for s in STRATEGIES}


def first_minimums(debts: Sequence[Debt]) -> dict[str, int]:
    """Each debt's minimum in the plan's first month (key → minor units).

    As the planner computes them: on the balance after the month's interest, with what
    is already past due in full. Their sum is the least a budget must cover to keep
    every debt current.
    """
    out = {}
    for debt in debts:
        account = _Account(debt)
        if account.balance > 0:
            interest = _accrue(account)
            out[debt.key] = debt.minimum(account.balance, interest, 0, account.past_due)
    return out


def _plan_month(
    accounts: list[_Account], budget: int, strategy: str, when: date
) -> tuple[MonthRow, list[Overdue]]:
    """Run steps 1–4 of one month on the open accounts (mutating them); build its row."""
    open_ = [a for a in accounts if a.balance > 0]
    interest = {a.key: _accrue(a) for a in open_}
    minimums = {
        a.key: a.debt.minimum(a.balance, interest[a.key], a.fees, a.past_due) for a in open_
    }
    paid = _pay(open_, minimums, budget, strategy)
    fees, overdue = _charge_missed(open_, minimums, paid, when)
    row = MonthRow(
        month=when,
        payments={a.key: paid.get(a.key, 0) for a in accounts},
        interest={a.key: interest.get(a.key, 0) for a in accounts},
        fees={a.key: fees.get(a.key, 0) for a in accounts},
        balances={a.key: a.balance for a in accounts},
        missed=tuple(o.key for o in overdue),
        minimums={a.key: minimums.get(a.key, 0) for a in accounts},
    )
    return row, overdue


def _accrue(account: _Account) -> int:
    """Step 1: add this month's interest to the balance; return it (minor units)."""
    debt = account.debt
    current = Decimal(account.balance - account.past_due)
    owed = _EXACT.add(
        _EXACT.multiply(current, debt.monthly_rate),
        _EXACT.multiply(Decimal(account.past_due), debt.penalty_rate),
    )
    interest = round_minor(owed)
    account.balance += interest
    return interest


def _pay(
    open_: list[_Account], minimums: dict[str, int], budget: int, strategy: str
) -> dict[str, int]:
    """Steps 2 and 3: pay minimums, then the rest to the targets; return key → paid."""
    targets = sorted(open_, key=_snowball_key if strategy == SNOWBALL else _avalanche_key)
    order = _least_damage_order(open_, minimums) if strategy == LEAST_DAMAGE else targets
    paid = dict.fromkeys(minimums, 0)
    left = budget
    for account in order:
        due = minimums[account.key]
        if 0 < due <= left:
            account.balance -= due
            paid[account.key] = due
            left -= due
    for account in targets:
        if left == 0:
            break
        extra = min(left, account.balance)
        account.balance -= extra
        paid[account.key] += extra
        left -= extra
    return paid


def _charge_missed(
    open_: list[_Account], minimums: dict[str, int], paid: dict[str, int], when: date
) -> tuple[dict[str, int], list[Overdue]]:
    """Step 4: late fees and overdue records for minimums not fully paid."""
    fees: dict[str, int] = {}
    overdue: list[Overdue] = []
    for account in open_:
        unpaid = minimums[account.key] - paid[account.key]
        if unpaid <= 0:
            account.missed_months = account.past_due = account.fees = 0
            continue
        account.missed_months += 1
        debt = account.debt
        fee = debt.late_fee_for(unpaid, minimums[account.key])
        account.balance += fee
        account.past_due, account.fees = unpaid, fee
        fees[account.key] = fee
        reported = debt.reported_after(account.missed_months)
        overdue.append(Overdue(account.key, when, unpaid, reported))
    return fees, overdue


def _avalanche_key(account: _Account) -> tuple[Decimal, int, str]:
    return (-account.debt.monthly_rate, account.balance, account.key)


def _snowball_key(account: _Account) -> tuple[int, Decimal, str]:
    return (account.balance, -account.debt.monthly_rate, account.key)


def _least_damage_order(open_: list[_Account], minimums: dict[str, int]) -> list[_Account]:
    """Minimums that would be reported if missed, smallest first; then avalanche order."""
    at_risk: list[_Account] = []
    others: list[_Account] = []
    for account in open_:
        would_report = account.debt.reported_after(account.missed_months + 1)
        (at_risk if would_report else others).append(account)
    at_risk.sort(key=lambda a: (minimums[a.key], a.key))
    others.sort(key=_avalanche_key)
    return at_risk + others


def _summarise(
    strategy: str,
    rows: list[MonthRow],
    overdue: list[Overdue],
    debt_free: date | None,
    budget: int,
) -> PayoffPlan:
    """Fold the monthly rows into a :class:`PayoffPlan` with its totals."""
    first_minimums = sum(rows[0].minimums.values()) if rows else 0
    return PayoffPlan(
        strategy=strategy,
        months=tuple(rows),
        debt_free=debt_free,
        total_interest=sum(sum(r.interest.values()) for r in rows),
        total_fees=sum(sum(r.fees.values()) for r in rows),
        total_paid=sum(sum(r.payments.values()) for r in rows),
        overdue=tuple(overdue),
        shortfall=min(0, budget - first_minimums),
    )


def _check_request(debts: Sequence[Debt], budget: int, strategy: str, max_months: int) -> None:
    """Refuse a plan request that makes no sense, with one clear message."""
    if not isinstance(budget, int) or isinstance(budget, bool):
        raise TypeError(f"budget must be int minor units, got {type(budget).__name__}")
    if budget <= 0:
        raise refuse("budget must be greater than zero")
    if strategy not in STRATEGIES:
        raise refuse(
            "unknown strategy {strategy!r} (known: {known})",
            strategy=strategy,
            known=", ".join(STRATEGIES),
        )
    if not isinstance(max_months, int) or max_months < 1:
        raise refuse(
            "max_months must be a whole number of at least 1, got {max_months!r}",
            max_months=max_months,
        )
    seen: set[str] = set()
    for debt in debts:
        if not isinstance(debt, Debt):
            raise TypeError(f"debts must be Debt records, got {type(debt).__name__}")
        if debt.key in seen:
            raise refuse("debt key {debt_key!r} appears more than once", debt_key=debt.key)
        seen.add(debt.key)


def _check_debt(debt: Debt) -> None:
    """Refuse a debt whose amounts or rates cannot be planned with."""
    if not isinstance(debt.key, str) or not debt.key:
        raise refuse("a debt needs a non-empty key")
    names = ("balance", "min_floor", "fixed_payment", "late_fee", "report_after_days", "past_due")
    for name in names:
        value = getattr(debt, name)
        if not isinstance(value, int) or isinstance(value, bool):
            raise TypeError(f"debt {debt.key!r}: {name} must be an int, not {value!r}")
        if value < 0:
            raise refuse(
                "debt {debt_key!r}: {name} must not be negative (got {value})",
                debt_key=debt.key,
                name=name,
                value=value,
            )
    for name in ("monthly_rate", "min_rate", "penalty_monthly_rate", "late_fee_rate"):
        rate = getattr(debt, name)
        if not isinstance(rate, Decimal) or not rate.is_finite():
            raise TypeError(f"debt {debt.key!r}: {name} must be a finite Decimal, not {rate!r}")
        if rate < 0:
            raise refuse(
                "debt {debt_key!r}: {name} must not be negative (got {rate})",
                debt_key=debt.key,
                name=name,
                rate=rate,
            )
