"""Benchmark: importing 100,000 rows, as a ratio to ``sqlite3 .import`` of the same file.

Run ``python bench/bench_import.py [ROWS]`` (default 100,000). It writes a WeChat Pay
style bill (UTF-8, 16-line preamble, ``¥`` amounts, ids with a trailing tab) of ROWS
spending rows, then times in the same run:

* ``sqlite3 :memory: ".import --csv --skip 17 FILE t"`` — the floor: a bare CSV load
  into an untyped table, no checks, no dedupe keys;
* the app's import into a product (preview: decode, header, every amount to minor units,
  dedupe keys against the file, what each payment pays; then commit: one transaction
  writing the charges and their keys, after a backup);
* the same file imported again (every row a duplicate, nothing written).

It prints seconds and the ratio of each to ``sqlite3 .import``. Nothing is asserted.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from tracker.service import files, imports, products

TODAY = date(2027, 1, 1)


def write_file(path: Path, rows: int) -> None:
    head = (
        ["微信支付账单明细"]
        + [f"说明 {n}" for n in range(14)]
        + ["-----微信支付账单明细列表-----"]
    )
    lines = [
        *head,
        "交易时间,交易类型,交易对方,商品,收/支,金额(元),支付方式,当前状态,交易单号,商户单号,备注",
    ]
    start = date(2026, 1, 1)
    for n in range(rows):
        day = start + timedelta(days=n * 365 // rows)
        lines.append(
            f"{day} 12:{n % 60:02d}:00,商户消费,商户{n % 500},商品{n % 97},支出,"
            f"¥{1 + n % 900}.{n % 100:02d},招商银行信用卡(1234),支付成功,"
            f"42000000{n:020d}\t,M{n:012d}\t,/"
        )
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


def timed(work) -> float:  # type: ignore[no-untyped-def]
    start = time.perf_counter()
    work()
    return time.perf_counter() - start


def main(rows: int) -> None:
    sqlite = shutil.which("sqlite3")
    if sqlite is None:
        raise SystemExit("bench_import needs the sqlite3 command-line shell")
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        csv_file = folder / "wechat.csv"
        write_file(csv_file, rows)
        size = csv_file.stat().st_size
        floor = timed(
            lambda: subprocess.run(
                [sqlite, ":memory:", f".import --csv --skip 17 {csv_file} t"], check=True
            )
        )
        store = files.open_store(folder / "bench.db", create=True)
        products.add_product(store, "招行", "cn-credit-card", {})

        def run() -> None:
            plan = imports.preview(store, csv_file, TODAY, product="招行")
            assert plan.new == rows, plan.new
            imports.commit(store, plan)

        first = timed(run)
        again = timed(lambda: imports.commit(store, imports.preview(store, csv_file, TODAY,
                                                                   product="招行")))  # fmt: skip
        store.close()
    print(f"rows: {rows:,}  file: {size / 1e6:.1f} MB")
    print(f"sqlite3 .import          {floor:8.2f} s   1.0×")
    print(f"import (preview+commit)  {first:8.2f} s  {first / floor:5.1f}×")
    print(f"again (all duplicates)   {again:8.2f} s  {again / floor:5.1f}×")


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 100_000)
