"""Benchmark: the account engine against the code before it, in the same run, interleaved.

Run ``python bench/bench_engine_vs_before.py --before DIR [--engine DIR2]`` where DIR is a
checkout of the code before the account engine (``git worktree add /tmp/preengine
19a9d1b^1``) and DIR2, optionally, an earlier checkout with the engine. Each round
starts one worker process on DIR and one on this tree (the two cannot share a process:
both are the package ``tracker``); each worker times the same fixed Decimal loop as
bench_payoff.py and reports every case as a ratio to it, so the figures stay comparable
on a noisy machine. The table gives the median ratio (min–max) of the rounds for each
side and how many times slower this tree is.

Cases: the simulator, one due of 12,000.00 ($1,200.00) with every option, per preset;
the payoff planner per account-month — before: ``compare_strategies`` on bench_payoff's
50 debts, both imported from the DIR checkout (this tree no longer has that planner);
now: ``plan_accounts`` (all three strategies) on 50 accounts with a 13-month and a
30-year workload (every account also repays a 360-period instalment plan).
Nothing is asserted; the figures go in the issue note.
"""

from __future__ import annotations

import argparse
import json
import statistics
import subprocess
import sys
import time
from collections.abc import Callable
from datetime import date, timedelta
from decimal import Decimal
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parents[1]
DEBTS = 50
MONTHS = 360
BASELINE_OPS = DEBTS * MONTHS * 10
DUE = date(2026, 12, 10)
AMOUNT = 1_200_000
START = date(2026, 12, 1)


def baseline() -> None:
    """A fixed amount of plain Decimal work: the yardstick for this machine right now."""
    rate = Decimal("0.0175")
    total = Decimal(0)
    for n in range(BASELINE_OPS):
        total += Decimal(n) * rate


#: The clock every case is timed by: wall time, or with ``--cpu`` the process's CPU time
#: (on a machine shared with other work, what the others take is then not counted).
CLOCK = time.perf_counter


def best_of(work: Callable[[], object], repeats: int) -> float:
    """Median time of ``repeats`` runs of ``work`` (after one warm-up run), by CLOCK."""
    work()
    times = []
    for _ in range(repeats):
        began = CLOCK()
        work()
        times.append(CLOCK() - began)
    return statistics.median(times)


def simulator_cases(base: float, repeats: int) -> dict[str, float]:
    from tracker.products import PRESETS, from_preset
    from tracker.simulator import simulate

    out = {}
    for name in PRESETS:
        product = from_preset(name, name)
        took = best_of(lambda p=product: simulate(p, AMOUNT, DUE), repeats)
        out[f"simulator {name}"] = took / base
    return out


def before_planner(base: float) -> dict[str, float]:
    """The old planner on bench_payoff's 50 debts, per debt-month."""
    from bench.bench_payoff import make_debts
    from tracker.payoff import compare_strategies

    debts = make_debts()
    budget = sum(d.balance for d in debts) * 2 // 100
    plans = compare_strategies(debts, budget, START, max_months=MONTHS)
    took = best_of(lambda: compare_strategies(debts, budget, START, max_months=MONTHS), 3)
    months = sum(len(p.months) for p in plans.values()) * len(debts)
    per = took / base / months
    return {"planner per account-month, short": per, "planner per account-month, 30y": per}


def engine_accounts(periods: int) -> list[Any]:
    """bench_simulator.py's 50 accounts (a recorded bill each, alternately Baitiao, CN
    card, Huabei); with ``periods``, every account also repays a plan of that many
    monthly instalments of 250.00 + 15.00 fee (so the plan runs that long)."""
    from dateutil.relativedelta import relativedelta

    from tracker.engine import Account, PartDue, RecordedBill
    from tracker.engine.planner import PlanAccount
    from tracker.products import from_preset

    presets = ("baitiao", "cn-credit-card", "huabei")
    items = []
    for i in range(DEBTS):
        product = from_preset(presets[i % 3], f"a{i}", statement_day=1 + i % 28)
        statement = date(2026, 11, 1 + i % 28)
        due = statement + timedelta(days=product.due_days)
        bill = RecordedBill(statement, due, 200_000 + 37_337 * i)
        count = periods or (12 if i % 7 == 0 else 0)
        parts = tuple(
            PartDue(due + relativedelta(months=k), 25_000, 1_500) for k in range(1, count + 1)
        )
        items.append(
            PlanAccount(f"a{i:02}", f"Account {i}", Account(product, (bill,), parts=parts))
        )
    return items


def engine_planner(base: float) -> dict[str, float]:
    """The engine planner, all three strategies, per account-month."""
    from tracker.engine.planner import first_minimums, plan_accounts
    from tracker.payoff import STRATEGIES

    out = {}
    for label, periods in (("short", 0), ("30y", MONTHS)):
        items = engine_accounts(periods)
        minimums = sum(first_minimums(items, START).values())
        budget = minimums * 101 // 100

        def work(items: list[Any] = items, budget: int = budget) -> list[Any]:
            return [plan_accounts(items, budget, START, s, max_months=MONTHS) for s in STRATEGIES]

        plans = work()
        took = best_of(work, 1 if periods else 3)
        months = sum(len(p.months) for p in plans) * len(items)
        out[f"planner per account-month, {label}"] = took / base / months
        out[f"  ({label}: plan-months)"] = float(sum(len(p.months) for p in plans))
    return out


def worker(tree: Path, engine: bool, repeats: int) -> None:
    """Time every case on ``tree``'s code; print one JSON object of ratios."""
    sys.path.insert(0, str(tree))
    base = best_of(baseline, repeats)
    out = {"baseline ms": base * 1000}
    out.update(simulator_cases(base, repeats))
    out.update(engine_planner(base) if engine else before_planner(base))
    print(json.dumps(out))


def run_worker(tree: Path, engine: bool, repeats: int, cpu: bool) -> dict[str, float]:
    cmd = [sys.executable, __file__, "--worker", str(tree), "--repeats", str(repeats)]
    if engine:
        cmd.append("--is-engine")
    if cpu:
        cmd.append("--cpu")
    done = subprocess.run(cmd, check=True, capture_output=True, text=True)
    return json.loads(done.stdout.strip().splitlines()[-1])  # type: ignore[no-any-return]


def spread(values: list[float]) -> str:
    med = statistics.median(values)
    return f"{med:.3g} ({min(values):.3g}–{max(values):.3g})"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--before", type=Path, help="checkout of the code before the engine")
    parser.add_argument(
        "--engine", dest="earlier", type=Path, help="also an earlier checkout with the engine"
    )
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--repeats", type=int, default=5)
    parser.add_argument("--worker", type=Path, help=argparse.SUPPRESS)
    parser.add_argument("--is-engine", action="store_true", help=argparse.SUPPRESS)
    parser.add_argument(
        "--cpu", action="store_true", help="time by CPU time, not wall time (a busy machine)"
    )
    args = parser.parse_args()
    if args.cpu:
        global CLOCK
        CLOCK = time.process_time
    if args.worker:
        worker(args.worker, args.is_engine, args.repeats)
        return
    if args.before is None:
        parser.error("--before DIR is required")
    before: list[dict[str, float]] = []
    earlier: list[dict[str, float]] = []
    now: list[dict[str, float]] = []
    for _ in range(args.rounds):
        before.append(run_worker(args.before.resolve(), False, args.repeats, args.cpu))
        if args.earlier:
            earlier.append(run_worker(args.earlier.resolve(), True, args.repeats, args.cpu))
        now.append(run_worker(HERE, True, args.repeats, args.cpu))
    clock = "CPU" if args.cpu else "wall"
    rounds = f"{args.rounds} interleaved rounds ({clock} time)"
    print(f"python {sys.version.split()[0]}; {rounds}, ratios to")
    print(f"the Decimal baseline ({BASELINE_OPS} mul+add) timed in each worker; median (min–max)")
    head = f"{'case':<34} {'before':>22}"
    head += f" {'engine (--engine)':>22} {'÷before':>7}" if earlier else ""
    print(f"{head} {'now':>22} {'÷before':>7}")
    for key in now[0]:
        b = [r[key] for r in before if key in r]
        line = f"{key:<34} {spread(b) if b else '':>22}"
        for runs in (earlier, now) if earlier else (now,):
            n = [r[key] for r in runs]
            factor = f"{statistics.median(n) / statistics.median(b):7.1f}" if b else ""
            line += f" {spread(n):>22} {factor:>7}"
        print(line)


if __name__ == "__main__":
    main()
