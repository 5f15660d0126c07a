"""Benchmark: what the dashboard and product list compute, on a file with years of history.

Run ``python bench/bench_dashboard.py [YEARS]``. It fills a temporary data file with 20
products × YEARS (default 10) of monthly bills, each paid, plus one open bill each, then
times the reads every dashboard refresh makes (``open_dues``, ``overview.totals``,
``overview.product_summaries``, ``overdue_warnings``) right after a change (the ledger
recomputed) and once more with nothing changed (the ledger reused), each as a ratio to a
fixed Decimal loop timed in the same run, with the peak memory of one refresh
(tracemalloc). Ratios, not seconds, are what compare across machines. Nothing is asserted.
"""

from __future__ import annotations

import statistics
import sys
import tempfile
import time
import tracemalloc
from collections.abc import Callable
from datetime import date
from decimal import Decimal
from pathlib import Path

from dateutil.relativedelta import relativedelta

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from tracker.service import bills, dues, files, overview, payments, products
from tracker.storage import Store

PRODUCTS = 20
REPEATS = 5
TODAY = date(2026, 12, 1)
BASELINE_OPS = 200_000


def fill(store: Store, years: int) -> int:
    """20 products, ``years`` of paid monthly bills each, and one open bill; returns dues."""
    presets = ["baitiao", "huabei", "cn-credit-card", "us-credit-card"]
    dues = 0
    for p in range(PRODUCTS):
        product = products.add_product(store, f"Card {p:02}", presets[p % 4], {})
        pid = product.id or 0
        for m in range(years * 12, -1, -1):
            statement = TODAY - relativedelta(months=m, days=10 + p % 5)
            due = statement + relativedelta(days=15)
            amount = 50_000 + 1_337 * ((p * 31 + m) % 97)
            bills.add_bill(store, pid, statement, due, amount, TODAY)
            dues += 1
            if m > 0:  # every bill but the newest is paid, some a little late
                payments.add_payment(store, pid, due + relativedelta(days=m % 3), amount, TODAY)
    return dues


def baseline() -> None:
    rate, total = Decimal("0.0005"), Decimal(0)
    for n in range(BASELINE_OPS):
        total += Decimal(n) * rate


def median_seconds(work: Callable[[], object]) -> float:
    work()
    times = []
    for _ in range(REPEATS):
        began = time.perf_counter()
        work()
        times.append(time.perf_counter() - began)
    return statistics.median(times)


def refresh(store: Store) -> None:
    """Everything the dashboard reads on one refresh."""
    dues.open_dues(store, TODAY, 90)
    overview.totals(store, TODAY)
    overview.overdue_warnings(store, TODAY)


def main() -> None:
    years = int(sys.argv[1]) if len(sys.argv) > 1 else 10
    with tempfile.TemporaryDirectory() as tmp:
        store = files.open_store(Path(tmp) / "bench.db", create=True)
        began = time.perf_counter()
        dues = fill(store, years)
        filled = time.perf_counter() - began
        base = median_seconds(baseline)
        print(f"dashboard bench: {PRODUCTS} products, {dues} dues and as many payments")
        print(f"python {sys.version.split()[0]}, {REPEATS} repeats, median")
        print(f"  filling the file (one transaction per record): {filled:6.1f} s")
        print(f"  baseline ({BASELINE_OPS} Decimal mul+add): {base * 1000:8.1f} ms")

        def cold(work: Callable[[], object]) -> Callable[[], object]:
            """As right after a change: the ledger is recomputed (the memo is dropped)."""
            return lambda: (store.memo.clear(), work())

        cases: dict[str, Callable[[], object]] = {
            "open_dues": cold(lambda: dues.open_dues(store, TODAY, 90)),
            "totals": cold(lambda: overview.totals(store, TODAY)),
            "product_summaries": cold(lambda: overview.product_summaries(store, TODAY)),
            "overdue_warnings": cold(lambda: overview.overdue_warnings(store, TODAY)),
            "whole refresh": cold(lambda: refresh(store)),
            "refresh, no change": lambda: refresh(store),
        }
        for name, work in cases.items():
            took = median_seconds(work)
            print(f"  {name:<18} {took * 1000:8.1f} ms  ratio {took / base:6.2f}")
        store.memo.clear()
        tracemalloc.start()
        refresh(store)
        peak = tracemalloc.get_traced_memory()[1]
        tracemalloc.stop()
        print(f"  peak memory of one refresh: {peak / 1e6:.1f} MB")
        store.close()


if __name__ == "__main__":
    main()
