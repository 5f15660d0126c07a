"""Three writer processes and a reader at once: nobody sees "database is locked", nothing is lost.

Before write transactions began IMMEDIATE, a read-then-write transaction (a product add
checks the name, then inserts) failed at once with "database is locked" whenever another
process was writing: the busy timeout never applied to its upgrade from reader to writer.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from tracker.storage import Store

ROOT = Path(__file__).resolve().parents[2]


def run_writers(tmp_path: Path, seconds: float, writers: int = 3) -> tuple[list[dict], dict]:
    db = tmp_path / "shared.db"
    Store.open(db, create=True).close()
    procs = []
    for i in range(writers):
        out = tmp_path / f"w{i}.json"
        cmd = [sys.executable, "-m", "tests.torture.writers", "write", str(db), f"w{i}"]
        procs.append((subprocess.Popen([*cmd, str(seconds), str(out)], cwd=ROOT), out))
    rout = tmp_path / "r.json"
    reader = subprocess.Popen(
        [sys.executable, "-m", "tests.torture.writers", "read", str(db), str(seconds), str(rout)],
        cwd=ROOT,
    )
    for proc, _out in procs:
        assert proc.wait(timeout=seconds + 60) == 0
    assert reader.wait(timeout=seconds + 60) == 0
    return [json.loads(out.read_text()) for _p, out in procs], json.loads(rout.read_text())


def check(tmp_path: Path, results: list[dict], read: dict) -> None:
    errors = [e for r in results for e in r["errors"]]
    assert errors == [], errors[:3]
    assert read["errors"] == [] and read["reads"] > 0
    acked = {name for r in results for name in r["acked"]}
    assert all(r["acked"] for r in results)  # every writer got its turn
    store = Store.open(tmp_path / "shared.db")
    saved = {p.name for p in store.list_products()}
    assert store.db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    store.close()
    assert saved == acked  # every acknowledged add is there, and nothing else


def test_three_writers_and_a_reader_for_three_seconds(tmp_path: Path) -> None:
    results, read = run_writers(tmp_path, seconds=3)
    check(tmp_path, results, read)


@pytest.mark.slow
def test_three_writers_and_a_reader_for_thirty_seconds(tmp_path: Path) -> None:
    results, read = run_writers(tmp_path, seconds=30)
    check(tmp_path, results, read)
