"""Three writer processes and the GUI on one file: no error shown, nothing lost.

Before write transactions began IMMEDIATE, ~10% of the GUI's split purchases failed
with a raw "database is locked" while another process wrote.
"""

from __future__ import annotations

import json
import subprocess
import sys
import time
from datetime import date
from pathlib import Path

import pytest

from tests.ui.conftest import TODAY
from tracker.service import backups, charges, products
from tracker.storage import Store
from ui.app import create_main_window

ROOT = Path(__file__).resolve().parents[2]


def gui_and_writers(tmp_path: Path, qtbot, seconds: float) -> None:  # type: ignore[no-untyped-def]
    db = tmp_path / "shared.db"
    window = create_main_window(db, TODAY, demo_if_new=True)
    qtbot.addWidget(window)
    window.show()
    huabei = products.find_product(window.ctx.store, "花呗")
    procs = []
    for i in range(3):
        out = tmp_path / f"w{i}.json"
        cmd = [sys.executable, "-m", "tests.torture.writers", "write", str(db), f"w{i}"]
        procs.append((subprocess.Popen([*cmd, str(seconds), str(out)], cwd=ROOT), out))
    errors: list[str] = []
    splits: list[int] = []
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        try:  # what the charge dialog does on OK: a purchase split into 3, one transaction
            cid = window.ctx.change(
                lambda s: charges.add_charge(
                    s, huabei.saved_id, date(2026, 11, 20), 30000, TODAY, "phone", periods=3
                )
            )
            splits.append(cid)
        except Exception as exc:
            errors.append(f"{type(exc).__name__}: {exc}")
        qtbot.wait(10)  # the views refresh, reading while the others write
    for proc, _out in procs:
        assert proc.wait(timeout=seconds + 60) == 0
    results = [json.loads(out.read_text()) for _p, out in procs]
    assert errors == [] and all(r["errors"] == [] for r in results)
    assert splits
    acked = {name for r in results for name in r["acked"]}
    names = {p.name for p in products.list_products(window.ctx.store)}
    assert acked <= names
    window.close()
    store = Store.open(db)
    saved = {c.id for c in store.list_charges()}
    store.close()
    assert set(splits) <= saved
    assert backups.check_file(db) == []


def test_three_writers_and_the_gui_for_three_seconds(tmp_path: Path, qtbot) -> None:  # type: ignore[no-untyped-def]
    gui_and_writers(tmp_path, qtbot, seconds=3)


@pytest.mark.slow
def test_three_writers_and_the_gui_for_thirty_seconds(tmp_path: Path, qtbot) -> None:  # type: ignore[no-untyped-def]
    gui_and_writers(tmp_path, qtbot, seconds=30)
