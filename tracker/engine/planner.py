"""The payoff planner on the account engine: every open account under one monthly budget.

DESIGN.md § The account engine, "payoff planner". Each month (``start`` + k months, a
window up to the next one) every account is played to the day before its due date in
the window; the strategy then spends the budget — minimums first in its order, the rest
to its targets — and each account's share is paid on its due date; the engine prices
what is left (interest by basis, penalty, a late fee per missed statement, report codes).
Instalment plans are part of their account's minimum, never separate debts.

A loan's extra money is paid ahead (the lender takes the next instalments from it) until
what is paid ahead and the month's money cover what paying it off early (提前还款) costs
on its due date — what is due then and the remaining principal, with the current
period's interest to the day (:mod:`tracker.early_payoff`); then it is paid off, and the
later periods' interest is not charged. (Before, the planner paid every instalment ahead,
its interest included: ¥12,000 × 12 at 6 % with ¥13,000 a month cost ¥12,393.58 where
paying it off costs ¥12,000.00.)

The plan stops at the month an account is charged off or seriously delinquent (over 90
days), instead of compounding to absurd sums; when the budget cannot keep the balances
from growing it says by how much a month and which budget would. Money is ``int`` minor
units.
"""

from __future__ import annotations

import bisect
import itertools
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta
from decimal import Decimal

from dateutil.relativedelta import relativedelta

from tracker.engine import rules, schedule, snapshot
from tracker.engine.ended_early import end_early
from tracker.engine.play import AccountPlay
from tracker.engine.records import Account, Paid
from tracker.money import round_minor
from tracker.payoff import (
    LEAST_DAMAGE,
    SNOWBALL,
    MonthRow,
    Overdue,
    PaidOffEarly,
    PayoffPlan,
)

#: Days in the month the planner assumes when it ranks a daily rate against a yearly one.
DAYS_PER_MONTH = 30


@dataclass(frozen=True)
class PlanAccount:
    """One account the planner pays: ``key`` unique in the plan, ``name`` for display."""

    key: str
    name: str
    account: Account
    #: The account already played (default policy) to the eve of the plan's first day,
    #: e.g. resumed from a stored closed cycle: each plan starting the next day plays a
    #: copy of it instead of the account from its first record (same figures).
    opening: AccountPlay | None = field(default=None, compare=False, repr=False)


def monthly_rate(account: Account) -> Decimal:
    """The rate the strategies rank by: the revolving daily rate × 30, or a loan's
    annual rate / 12, per month."""
    p = account.product
    if p.revolving_daily_rate:
        return p.revolving_daily_rate * DAYS_PER_MONTH
    return p.annual_rate / 12


class _Run:
    """One account inside a plan (mutable; never leaves this module)."""

    def __init__(self, item: PlanAccount, start: date) -> None:
        self.key, self.name = item.key, item.name
        self.rate = monthly_rate(item.account)
        self.product = item.account.product
        opening = item.opening
        if opening is not None and opening.day == start - timedelta(days=1):
            self.engine = snapshot.copy_play(opening)
        else:
            self.engine = AccountPlay(item.account)
        self.loan = self.product.kind == "loan" and not item.account.agreements
        self.start = start
        self._slots_changed()
        self.engine.run_to(start - timedelta(days=1))
        # What is owed on ``start`` (today's interest included), its events still to come:
        # a payment made on a due date that is ``start`` is on time.
        self.engine.accrue_to(start)
        self._bills = (len(self.engine.bill_estimates), 0, 0)  # (seen, charges, late fees)

    def _slots_changed(self) -> None:
        # What the instalments of slots[i:] add up to (the engine only ever appends
        # statements without parts after these): each month asks, so it is kept, not
        # summed again over the remaining schedule (a 30-year plan has 360 of them).
        # A recorded bill not posted yet (its statement date the plan's first day) is owed
        # too: "debt-free today, paid ¥0.00" said the plan of a bill dated today (QA
        # pass 2026-12-06).
        later = [0]
        for slot in reversed(self.engine.slots):
            bill = slot.bill.amount if slot.bill is not None else 0
            later.append(later[-1] + bill + sum(p.principal + p.fee for p in slot.parts))
        self._later = later[::-1]
        self._dues: list[date] = []
        self._dues_seen = 0

    def _later_parts(self, index: int) -> int:
        """[minor units] the instalments of every statement from ``slots[index]`` on."""
        return self._later[index] if index < len(self._later) else 0

    def due_day(self, start: date, end: date) -> date:
        """The account's first due date in [start, end), else ``start``."""
        slots = self.engine.slots
        for slot in slots[self._dues_seen :]:
            bisect.insort(self._dues, slot.due_date)
        self._dues_seen = len(slots)
        i = bisect.bisect_left(self._dues, start)
        return self._dues[i] if i < len(self._dues) and self._dues[i] < end else start

    def need(self, day: date) -> int:
        """What must be paid by ``day`` to meet every minimum due then (minor units):
        posted statements', and instalments posted on their own due date (pay-in-N,
        loans), which the eve of the due date does not show yet."""
        e = self.engine
        posted = sum(
            max(0, o.minimum - o.paid_min)
            for o in e.opens
            if not o.judged and o.slot.due_date <= day
        )
        coming = 0
        # Statements are in statement-date order: those of ``day`` come first.
        for slot in itertools.islice(e.slots, e.next_slot, None):
            if slot.statement_date > day:
                break
            if slot.statement_date == slot.due_date == day:
                coming += sum(p.principal + p.fee for p in slot.parts)
        if coming and not posted and e.s.arrears:
            # Such a statement asks what is past due too, with its penalty to the day (a
            # loan 2 instalments behind asks 3 on the next due date, not 1: the planner's
            # first month said ¥1,032.80 where the statement asks ¥3,124.74, QA pass
            # 2026-12-04): played on a copy to the statement, as it will post.
            ahead = snapshot.copy_play(e)
            ahead.run_to(day)
            # (judged on its day, it is past due at once: what is past due is asked)
            return ahead.s.arrears_total + sum(
                max(0, o.minimum - o.paid_min)
                for o in ahead.opens
                if not o.judged and o.slot.due_date <= day
            )
        # What was paid ahead pays the statements posting that day (the lender takes the
        # instalment from it): ¥1,100 a month on a ¥1,032.80 loan said "misses ¥739.22"
        # in its 11th month, the month the ¥739.20 paid ahead met.
        return posted + max(0, coming - e.s.credit)

    def payoff(self, day: date, money: int) -> int | None:
        """[minor units] What pays the loan off early on ``day`` (played to its eve): all
        that is owed then, the remaining principal and the current period's interest to
        the day, less what is paid ahead; None when it is not a loan with an instalment
        after ``day``, or when ``money`` is short of its principal after ``day`` less
        what is paid ahead (then it costs more: not played)."""
        if not self.loan:
            return None
        e = self.engine
        later = sum(
            p.principal for x in e.slots[e.next_slot :] for p in x.parts if p.due_date > day
        )
        if money < later - e.s.credit:
            return None
        ahead = snapshot.copy_play(e)
        if end_early(ahead, day) is None:
            return None
        ahead.run_to(day)
        return max(0, ahead.owed())

    def pay_off(self, day: date, amount: int) -> PaidOffEarly:
        """End the loan's plans early on ``day`` (:func:`end_early`) and pay ``amount``
        then (what :meth:`payoff` asked)."""
        saved = end_early(self.engine, day)
        assert saved is not None  # (payoff() said it could)
        self._slots_changed()
        self.engine.schedule_payment(Paid(day, amount))
        return PaidOffEarly(self.key, day, amount, saved)

    def outstanding(self) -> int:
        """Everything still owed, instalments not yet posted included (minor units)."""
        e = self.engine
        later = self._later_parts(e.next_slot)
        spends = sum(x.amount for x in e._spends) if e._spends else 0
        return max(0, e.owed() + later + spends)

    def _in_bills(self) -> tuple[int, int]:
        """[minor units] the charges (all; late fees) inside the recorded bills posted in
        the plan: the bill takes them over from the engine's totals and accrual (a Baitiao
        penalty accrued before a bill dated the first day made its interest −¥6.00)."""
        bills = self.engine.bill_estimates  # (in the order posted: those new are added)
        if len(bills) != self._bills[0]:
            n, total, fees = self._bills
            for day, (i, f, p) in itertools.islice(bills.items(), n, None):
                if day >= self.start:
                    total, fees = total + i + f + p, fees + f
            self._bills = (len(bills), total, fees)
        return self._bills[1], self._bills[2]

    def late(self) -> int:
        """Late fees so far (minor units), those inside a recorded bill included."""
        return self.engine.totals["late"] + self._in_bills()[1]

    def charges(self) -> int:
        """Interest, penalty and late fees so far, accrued ones and those inside a
        recorded bill included (minor units)."""
        t, st = self.engine.totals, self.engine.s
        accrued = (round_minor(st.acc_interest) if st.acc_interest else 0) + (
            round_minor(st.acc_penalty) if st.acc_penalty else 0
        )
        return t["interest"] + t["penalty"] + t["late"] + accrued + self._in_bills()[0]

    def settled(self) -> bool:
        """Nothing owed and nothing more to come: every statement judged or asking
        nothing (paid ahead: those waited for their verdicts, three ¥0 months more), and
        the instalments not posted yet (if any) paid ahead by the credit balance."""
        e = self.engine
        return (
            self.outstanding() <= 0
            and not e._spends
            and all(o.judged or o.minimum <= o.paid_min for o in e.opens)
        )


def plan_accounts(
    items: Sequence[PlanAccount],
    budget: int,
    start: date,
    strategy: str,
    *,
    max_months: int = 360,
) -> PayoffPlan:
    """Plan paying off ``items`` with ``budget`` (minor units) a month by ``strategy``.

    Returns:
        A :class:`tracker.payoff.PayoffPlan`; ``stopped`` names why it ended early
        (``charged_off`` or ``serious``), ``growth`` is the most the balances grew in
        one month (0 when they never did) and ``stops_growth`` the budget that would
        have kept them flat.
    """
    runs = [_Run(item, start) for item in items]
    opening = sum(r.outstanding() for r in runs)
    rows: list[MonthRow] = []
    overdue: list[Overdue] = []
    paid_off: list[PaidOffEarly] = []
    stopped = None
    debt_free = start if all(r.settled() for r in runs) else None
    for k in range(max_months):
        if debt_free is not None:
            break
        month, end = schedule.add_months(start, k), schedule.add_months(start, k + 1)
        row, missed, last_paid = _month(runs, budget, strategy, month, end, paid_off)
        rows.append(row)
        overdue.extend(missed)
        if all(r.settled() for r in runs):
            debt_free = last_paid  # the day, not the month's first (01 beside a 10 Aug payoff)
        stopped = _stop_reason(runs)
        if stopped:
            break
    first = sum(rows[0].minimums.values()) if rows else 0
    totals = [opening] + [sum(r.balances.values()) for r in rows]
    growth = max([0] + [b - a for a, b in itertools.pairwise(totals)])
    return PayoffPlan(
        strategy=strategy,
        months=tuple(rows),
        debt_free=debt_free,
        total_interest=sum(sum(r.interest.values()) for r in rows),
        total_fees=sum(sum(r.fees.values()) for r in rows),
        total_paid=sum(sum(r.payments.values()) for r in rows),
        overdue=tuple(overdue),
        shortfall=min(0, budget - first),
        growth=growth,
        stops_growth=budget + growth if growth else 0,
        stopped=stopped,
        paid_off_early=tuple(paid_off),
        opening=opening,
    )


def _stop_reason(runs: Sequence[_Run]) -> str | None:
    if any(r.engine.charged_off for r in runs):
        return "charged_off"
    if any(r.engine.worst_dpd > rules.SERIOUS_AFTER_DAYS for r in runs):
        return "serious"
    return None


def _month(
    runs: Sequence[_Run],
    budget: int,
    strategy: str,
    month: date,
    end: date,
    paid_off: list[PaidOffEarly],
) -> tuple[MonthRow, list[Overdue], date]:
    """One month: play each account to the eve of its due date, pay, play to the end
    (a loan paid off early noted in ``paid_off``); the last day anything was paid."""
    due = {r.key: r.due_day(month, end) for r in runs}
    before = {r.key: r.charges() for r in runs}
    fees_before = {r.key: r.late() for r in runs}
    for r in runs:
        r.engine.run_to(due[r.key] - timedelta(days=1))
        # What is owed on the day it is paid, that day's events still to come (as the
        # plan's first day): paid to the eve, a payoff left the eve's interest, ¥0.03,
        # for a month more (QA pass 2026-12-06).
        r.engine.accrue_to(due[r.key])
    needs = {r.key: r.need(due[r.key]) for r in runs}
    owed = {r.key: r.outstanding() for r in runs}
    paid, early = _spend(runs, needs, owed, budget, strategy, due)
    for r in runs:
        if r.key in early:
            paid_off.append(r.pay_off(due[r.key], paid[r.key]))
        elif paid[r.key]:
            r.engine.schedule_payment(Paid(due[r.key], paid[r.key]))
        r.engine.run_to(end - timedelta(days=1))
    missed = []
    for r in runs:
        unpaid = needs[r.key] - paid[r.key]
        if unpaid > r.product.tolerance:
            reported = rules.is_reported(r.product, r.engine.worst_dpd) or r.engine.open_reported
            missed.append(Overdue(r.key, month, unpaid, reported))
    row = MonthRow(
        month=month,
        payments=paid,
        interest={
            r.key: r.charges() - before[r.key] - (r.late() - fees_before[r.key]) for r in runs
        },
        fees={r.key: r.late() - fees_before[r.key] for r in runs},
        balances={r.key: r.outstanding() for r in runs},
        missed=tuple(o.key for o in missed),
        minimums=needs,
        last_paid=max((due[k] for k, v in paid.items() if v > 0), default=None),
    )
    return row, missed, row.last_paid or month


def _spend(
    runs: Sequence[_Run],
    needs: dict[str, int],
    owed: dict[str, int],
    budget: int,
    strategy: str,
    due: dict[str, date],
) -> tuple[dict[str, int], set[str]]:
    """Minimums in the strategy's order, each in full when it fits; the rest to targets.
    A loan target whose payoff (:meth:`_Run.payoff`) the money covers is paid off: the
    keys of those come second."""
    live = [r for r in runs if owed[r.key] > 0]
    if strategy == SNOWBALL:
        targets = sorted(live, key=lambda r: (owed[r.key], -r.rate, r.key))
    else:
        targets = sorted(live, key=lambda r: (-r.rate, owed[r.key], r.key))
    order = targets
    if strategy == LEAST_DAMAGE:
        order = sorted(live, key=lambda r: (needs[r.key], r.key))
    paid = {r.key: 0 for r in runs}
    left = budget
    for r in order:
        need = min(needs[r.key], owed[r.key])
        if 0 < need <= left:
            paid[r.key], left = need, left - need
    early: set[str] = set()
    for r in targets:
        if left <= 0:
            break
        payoff = r.payoff(due[r.key], paid[r.key] + left) if r.loan else None
        if payoff is not None and paid[r.key] + left >= payoff:
            left -= max(0, payoff - paid[r.key])
            paid[r.key] = max(payoff, paid[r.key])
            early.add(r.key)
            continue
        extra = min(left, owed[r.key] - paid[r.key])
        if extra > 0:
            paid[r.key] += extra
            left -= extra
    return paid, early


def first_minimums(items: Sequence[PlanAccount], start: date) -> dict[str, int]:
    """Each account's minimum due in the plan's first month (key → minor units): the
    least a budget must cover to keep every account current."""
    out = {}
    end = start + relativedelta(months=1)
    for item in items:
        run = _Run(item, start)
        day = run.due_day(start, end)
        run.engine.run_to(day - timedelta(days=1))
        if run.outstanding() > 0:
            out[item.key] = min(run.need(day), run.outstanding())
    return out
