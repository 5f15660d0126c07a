"""Benchmark: the simulator (one due, every option, each preset) and the payoff planner
(on the account engine).

Run ``python bench/bench_simulator.py``. Like bench_payoff.py it prints the median time
of each case and its ratio to a fixed pure-Python Decimal loop timed in the same run, so
the ratios stay comparable between a fast laptop and a noisy CI machine. Nothing is
asserted: the figures go in the issue note.
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

from bench.bench_payoff import DEBTS, MONTHS, START, make_accounts
from tracker.engine.planner import first_minimums, plan_accounts
from tracker.payoff import STRATEGIES
from tracker.products import PRESETS, from_preset
from tracker.simulator import simulate

REPEATS = 7
#: Decimal multiplications in the baseline (the same yardstick as bench_payoff.py).
BASELINE_OPS = DEBTS * MONTHS * 10
DUE = date(2026, 12, 10)
#: One due per preset: 12,000.00 (or $1,200.00).
AMOUNT = 1_200_000


def baseline() -> None:
    """A fixed amount of plain Decimal work: the yardstick for this machine right now."""
    rate = Decimal("0.0175")
    total = Decimal(0)
    for n in range(BASELINE_OPS):
        total += Decimal(n) * rate


def median_seconds(work: Callable[[], object], repeats: int = REPEATS) -> float:
    """Median wall time of ``repeats`` runs of ``work`` (one warm-up run first)."""
    work()
    times = []
    for _ in range(repeats):
        began = time.perf_counter()
        work()
        times.append(time.perf_counter() - began)
    return statistics.median(times)


def bench_simulator(base: float) -> None:
    """Every option of one due, for each preset (default periods and overdue days)."""
    print("simulator: one due of 1,200,000 minor units, every option")
    for name in PRESETS:
        product = from_preset(name, name)
        sim = simulate(product, AMOUNT, DUE)
        took = median_seconds(lambda p=product: simulate(p, AMOUNT, DUE))
        print(
            f"  {name:<15} {took * 1000:8.2f} ms  ratio {took / base:6.3f}"
            f"  ({len(sim.options)} options)"
        )


def bench_planner(base: float) -> None:
    """All three strategies on 50 accounts on the account engine (up to 360 months)."""
    items = make_accounts()
    start = START
    minimums = sum(first_minimums(items, start).values())
    # Just above the first month's minimums: the plan runs for years, not months.
    budget = minimums * 101 // 100

    def work() -> dict[str, object]:
        return {s: plan_accounts(items, budget, start, s, max_months=MONTHS) for s in STRATEGIES}

    plans = work()
    took = median_seconds(work, 3)
    months = {s: len(p.months) for s, p in plans.items()}  # type: ignore[attr-defined]
    print(f"planner on the engine: {DEBTS} accounts, budget {budget} minor units")
    print(f"  all 3 strategies {took * 1000:8.1f} ms  ratio {took / base:6.2f}  months {months}")


def main() -> None:
    """Time the baseline, the simulator per preset and the payoff planner; print ratios."""
    base = median_seconds(baseline)
    print(f"python {sys.version.split()[0]}, median of {REPEATS} (payoff: 3)")
    print(f"baseline ({BASELINE_OPS} Decimal mul+add): {base * 1000:8.1f} ms")
    bench_simulator(base)
    bench_planner(base)


if __name__ == "__main__":
    main()
