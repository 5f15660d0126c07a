"""Benchmark: payoff plans for 50 debts over 30 years, relative to a Decimal baseline.

Run ``python bench/bench_payoff.py``. It prints the median time of each strategy and its
ratio to a fixed pure-Python Decimal loop timed in the same run, so the ratio stays
comparable between a fast laptop and a noisy CI machine. Nothing is asserted.
"""

from __future__ import annotations

import statistics
import sys
import time
from collections.abc import Callable
from datetime import date
from decimal import Decimal
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from tracker.payoff import STRATEGIES, Debt, plan_payoff

REPEATS = 7
DEBTS = 50
MONTHS = 360
#: Decimal multiplications in the baseline: about one per debt-month, times ten.
BASELINE_OPS = DEBTS * MONTHS * 10


def make_debts() -> list[Debt]:
    """Fifty mixed debts: cards at 1–2.4 %/month, some fixed-payment loans, some 60-day."""
    debts = []
    for i in range(DEBTS):
        debts.append(
            Debt(
                key=f"d{i:02}",
                name=f"Debt {i}",
                balance=200_000 + 37_337 * i,  # 2,000.00 … 20,300.00
                monthly_rate=Decimal(100 + 3 * i).scaleb(-4),
                min_rate=Decimal("0.02"),
                min_floor=2_500,
                fixed_payment=30_000 if i % 7 == 0 else 0,
                late_fee=3_000,
                report_after_days=60 if i % 5 == 0 else 1,
            )
        )
    return debts


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
    """Time the baseline and each strategy; print medians and ratios."""
    debts = make_debts()
    total = sum(d.balance for d in debts)
    # 2 % of the total a month: a little above the interest (about 1.7 %) but short of the
    # minimums, so every strategy runs all 360 months (the slowest case) and misses some.
    budget = total * 2 // 100
    base = median_seconds(baseline)
    print(f"payoff bench: {DEBTS} debts, {MONTHS} months max, budget {budget} minor units")
    print(f"python {sys.version.split()[0]}, {REPEATS} repeats, median")
    print(f"  baseline ({BASELINE_OPS} Decimal mul+add): {base * 1000:8.1f} ms")
    for strategy in STRATEGIES:
        plan = plan_payoff(debts, budget, date(2026, 12, 1), strategy, max_months=MONTHS)
        took = median_seconds(
            lambda s=strategy: plan_payoff(debts, budget, date(2026, 12, 1), s, max_months=MONTHS)
        )
        print(
            f"  {strategy:<13} {took * 1000:8.1f} ms  ratio {took / base:5.2f}"
            f"  ({len(plan.months)} months, {len(plan.overdue)} missed minimums,"
            f" debt-free {plan.debt_free})"
        )


if __name__ == "__main__":
    main()
