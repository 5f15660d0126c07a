"""Benchmark: the simulator (one due, every option, each preset) and the payoff planner.

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
from datetime import date, timedelta
from decimal import Decimal
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from dateutil.relativedelta import relativedelta

from bench.bench_payoff import DEBTS, MONTHS, make_debts
from tracker.engine import Account, PartDue, RecordedBill
from tracker.engine.planner import PlanAccount, first_minimums, plan_accounts
from tracker.payoff import STRATEGIES, compare_strategies
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


def bench_payoff(base: float) -> None:
    """All three strategies on 50 debts for up to 360 months (compare_strategies)."""
    debts = make_debts()
    budget = sum(d.balance for d in debts) * 2 // 100  # short: runs all 360 months
    start = date(2026, 12, 1)
    plans = compare_strategies(debts, budget, start, max_months=MONTHS)
    took = median_seconds(lambda: compare_strategies(debts, budget, start, max_months=MONTHS), 3)
    months = {s: len(p.months) for s, p in plans.items()}
    print(f"payoff: {DEBTS} debts, {MONTHS} months max, budget {budget} minor units")
    print(f"  all 3 strategies {took * 1000:8.1f} ms  ratio {took / base:6.2f}  months {months}")


def make_accounts() -> list[PlanAccount]:
    """Fifty accounts for the engine planner: a recorded bill of 2,000.00 … 20,300.00
    each, alternately Baitiao, CN card, Huabei; every seventh also a 12-period plan."""
    presets = ("baitiao", "cn-credit-card", "huabei")
    items = []
    for i in range(DEBTS):
        product = from_preset(presets[i % 3], f"a{i}", statement_day=1 + i % 28)
        statement = date(2026, 11, 1 + i % 28)
        bill = RecordedBill(statement, statement + timedelta(days=product.due_days),
                            200_000 + 37_337 * i)  # fmt: skip
        parts: tuple[PartDue, ...] = ()
        if i % 7 == 0:
            parts = tuple(PartDue(statement + relativedelta(months=k, days=product.due_days),
                                  25_000, 1_500) for k in range(1, 13))  # fmt: skip
        items.append(
            PlanAccount(f"a{i:02}", f"Account {i}", Account(product, (bill,), parts=parts))
        )
    return items


def bench_planner(base: float) -> None:
    """All three strategies on 50 accounts on the account engine (up to 360 months)."""
    items = make_accounts()
    start = date(2026, 12, 1)
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
    bench_payoff(base)
    bench_planner(base)


if __name__ == "__main__":
    main()
