"""Benchmark: payoff plans for 50 accounts on the account engine (a short plan, and a
30-year one), relative to a Decimal baseline.

Run ``python bench/bench_payoff.py``. It prints the median time of each strategy and its
ratio to a fixed pure-Python Decimal loop timed in the same run, so the ratio stays
comparable between a fast laptop and a noisy CI machine. Nothing is asserted.
"""

from __future__ import annotations

import statistics
import sys
import time
from collections.abc import Callable
from datetime import date, timedelta
from decimal import Decimal
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from dateutil.relativedelta import relativedelta

from tracker.engine import Account, PartDue, RecordedBill
from tracker.engine.planner import PlanAccount, first_minimums, plan_accounts
from tracker.payoff import STRATEGIES
from tracker.products import from_preset

REPEATS = 3
DEBTS = 50
MONTHS = 360
#: Decimal multiplications in the baseline: about one per debt-month, times ten.
BASELINE_OPS = DEBTS * MONTHS * 10
START = date(2026, 12, 1)


def make_accounts(periods: int | None = None) -> list[PlanAccount]:
    """Fifty accounts for the engine planner: a recorded bill of 2,000.00 … 20,300.00
    each, alternately Baitiao, CN card, Huabei; every seventh also a 12-period plan of
    250.00 + 15.00 fee, or with ``periods`` every account a plan that long (a plan that
    runs for ``periods`` months)."""
    presets = ("baitiao", "cn-credit-card", "huabei")
    items = []
    for i in range(DEBTS):
        product = from_preset(presets[i % 3], f"a{i}", statement_day=1 + i % 28)
        statement = date(2026, 11, 1 + i % 28)
        due = statement + timedelta(days=product.due_days)
        bill = RecordedBill(statement, due, 200_000 + 37_337 * i)
        count = periods if periods is not None else (12 if i % 7 == 0 else 0)
        parts = tuple(
            PartDue(due + relativedelta(months=k), 25_000, 1_500) for k in range(1, count + 1)
        )
        items.append(
            PlanAccount(f"a{i:02}", f"Account {i}", Account(product, (bill,), parts=parts))
        )
    return items


def baseline() -> None:
    """A fixed amount of plain Decimal work: the yardstick for this machine right now."""
    rate = Decimal("0.0175")
    total = Decimal(0)
    for n in range(BASELINE_OPS):
        total += Decimal(n) * rate


def median_seconds(work: Callable[[], object]) -> float:
    """Median wall time of ``REPEATS`` runs of ``work`` (one warm-up run first)."""
    work()
    times = []
    for _ in range(REPEATS):
        began = time.perf_counter()
        work()
        times.append(time.perf_counter() - began)
    return statistics.median(times)


def main() -> None:
    """Time the baseline and each strategy on the account engine; print medians and ratios."""
    base = median_seconds(baseline)
    print(f"python {sys.version.split()[0]}, {REPEATS} repeats, median")
    print(f"  baseline ({BASELINE_OPS} Decimal mul+add): {base * 1000:8.1f} ms")
    for label, periods in (("short", None), ("30y", MONTHS)):
        items = make_accounts(periods)
        minimums = sum(first_minimums(items, START).values())
        # Just above the first month's minimums: the plan runs as long as its workload.
        budget = minimums * 101 // 100
        print(f"payoff bench ({label}): {DEBTS} accounts, {MONTHS} months max, budget {budget}")
        for strategy in STRATEGIES:

            def work(
                s: str = strategy, items: list[PlanAccount] = items, budget: int = budget
            ) -> object:
                return plan_accounts(items, budget, START, s, max_months=MONTHS)

            plan = plan_accounts(items, budget, START, strategy, max_months=MONTHS)
            took = median_seconds(work)
            print(
                f"  {strategy:<13} {took * 1000:8.1f} ms  ratio {took / base:5.2f}"
                f"  ({len(plan.months)} months, {len(plan.overdue)} missed minimums,"
                f" debt-free {plan.debt_free}, stopped {plan.stopped})"
            )


if __name__ == "__main__":
    main()
