"""The payoff planner's records: the debts it plans and the plans it makes.

Every figure in them comes from the account engine (:mod:`tracker.engine.planner`,
DESIGN.md § The account engine, "payoff planner"): each open account is played cycle by
cycle under its product's rules while the strategy spends the monthly budget. Strategies
differ only in the order money goes out:

- ``avalanche``: minimums, then extra money, to the highest monthly rate first (ties:
  smaller balance, then key);
- ``snowball``: to the smallest balance first (ties: higher rate, then key);
- ``least-damage``: minimums smallest first (the fewest accounts get marked), then the
  extra money in avalanche order.

(The pre-engine planner — a formula per due, a month's interest on every balance — is
gone, issue 11: "the old per-due formulas go away rather than living on beside it".)

All money is ``int`` minor units; rates are ``Decimal`` per month; nothing here does I/O.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from typing import Any

from tracker.engine.records import Account

AVALANCHE = "avalanche"
SNOWBALL = "snowball"
LEAST_DAMAGE = "least-damage"
STRATEGIES: tuple[str, ...] = (AVALANCHE, SNOWBALL, LEAST_DAMAGE)


@dataclass(frozen=True)
class Debt:
    """One open account as the payoff page and ``payoff --json`` show it.

    Attributes:
        key: unique id within one plan (``product-<id>``).
        name: what the user calls it (display only).
        balance: what the account owes today, minor units (the dashboard's figure).
        monthly_rate: the rate the strategies rank by (display and ranking only; the
            engine prices the months by the product's rules).
        account: the records the engine plays: the whole account, or — with an
            ``opening`` resumed from a stored closed cycle — those after that cycle
            (not compared: the same debt either way).
        opening: the account played to the eve of the plan's first day
            (:attr:`tracker.engine.planner.PlanAccount.opening`), or None.
    """

    key: str
    name: str
    balance: int
    monthly_rate: Decimal
    account: Account = field(compare=False)
    opening: Any = field(default=None, compare=False, repr=False)


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
    #: The month's last payment day (None: nothing paid in it).
    last_paid: date | None = None


@dataclass(frozen=True)
class Overdue:
    """A minimum missed in ``month``: how much of it went unpaid, and whether reported."""

    key: str
    month: date
    unpaid_minimum: int
    reported: bool = True


@dataclass(frozen=True)
class PaidOffEarly:
    """A loan the plan pays off early (提前还款) on ``day``: ``amount`` paid that day
    cleared it, and ``saved`` of its scheduled interest is not charged (minor units)."""

    key: str
    day: date
    amount: int
    saved: int


@dataclass(frozen=True)
class PayoffPlan:
    """A whole plan for one strategy.

    Attributes:
        strategy: the strategy name.
        months: one row per month, first payment month first.
        debt_free: the day the last balance reaches zero — the last payment of the
            month it does (``start`` if nothing is owed); None if that does not happen
            within ``max_months``.
        total_interest / total_fees / total_paid: sums over all months, minor units.
        overdue: every missed minimum, in month order.
        shortfall: ``budget − sum of the first month's minimums`` when that is negative
            (how far the budget falls short, as a negative number), otherwise 0.
        growth: the most the balances grew in one month (0: they never did).
        stops_growth: the budget that would have kept them flat (0 when no growth).
        stopped: why the plan ended early: ``charged_off`` or ``serious`` (None: it
            did not).
        paid_off_early: the loans it pays off early (提前还款), in day order: what they
            would still have charged in interest is not paid (``total_paid`` is what is
            owed + interest + fees − their ``saved``).
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
    paid_off_early: tuple[PaidOffEarly, ...] = ()
    #: [minor units] everything owed on the plan's first day, before any payment.
    opening: int = 0

    @property
    def interest_saved(self) -> int:
        """The scheduled loan interest that paying off early does not charge (minor
        units)."""
        return sum(x.saved for x in self.paid_off_early)

    @property
    def reported_keys(self) -> tuple[str, ...]:
        """Keys of debts that get a credit-report mark, in the order they first do."""
        return tuple(dict.fromkeys(o.key for o in self.overdue if o.reported))

    @property
    def remaining_balance(self) -> int:
        """Total still owed after the last month of the plan, minor units."""
        return sum(self.months[-1].balances.values()) if self.months else 0
