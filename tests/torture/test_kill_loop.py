"""kill -9 around writes: the file stays sound and every acknowledged write is in it.

A writer process adds products (each with a bill and its due) and prints a name only
after its transaction returned; it is killed with SIGKILL at a random moment, again and
again on the same file. After each kill the file must pass the full integrity check and
hold every printed name (and each product its bill: no half-saved change).
"""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from tracker.service import backups
from tracker.storage import Store

ROOT = Path(__file__).resolve().parents[2]


def kill_loop(tmp_path: Path, rounds: int, seed: int = 13) -> int:
    rng = random.Random(seed)
    db = tmp_path / "killed.db"
    Store.open(db, create=True).close()
    acked: set[str] = set()
    for r in range(rounds):
        proc = subprocess.Popen(
            [sys.executable, "-m", "tests.torture.writers", "ack", str(db), f"r{r}"],
            cwd=ROOT,
            stdout=subprocess.PIPE,
            text=True,
        )
        assert proc.stdout is not None
        first = proc.stdout.readline()  # it is writing now (start-up takes a varying time)
        time.sleep(rng.uniform(0, 0.25))  # kill somewhere in the writes that follow
        os.kill(proc.pid, signal.SIGKILL)
        out, _ = proc.communicate(timeout=30)
        out = first + out
        assert proc.returncode == -signal.SIGKILL
        acked.update(line for line in out.splitlines() if line)  # a cut last line is absent
        assert backups.check_file(db) == [], f"round {r}"
        store = Store.open(db)
        saved = {p.name for p in store.list_products()}
        billed = {b.product_id for b in store.list_bills()}
        ids = {p.id for p in store.list_products()}
        store.close()
        missing = acked - saved
        assert not missing, f"round {r}: acknowledged but lost: {sorted(missing)[:5]}"
        # Product and bill are two transactions: each kill may fall between them, once.
        assert billed <= ids and len(ids - billed) <= r + 1
    return len(acked)


def test_kill_9_twenty_times(tmp_path: Path) -> None:
    assert kill_loop(tmp_path, rounds=20) > 20  # writes really happened between kills


@pytest.mark.slow
def test_kill_9_two_hundred_times(tmp_path: Path) -> None:
    assert kill_loop(tmp_path, rounds=200) > 200
