"""demo remove: the demo products and their records go, what the user added stays."""

from __future__ import annotations

import io
from contextlib import redirect_stderr, redirect_stdout
from pathlib import Path

from tracker.cli.main import main


def cli(db: Path, *argv: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    with redirect_stdout(out), redirect_stderr(err):
        status = main(["--db", str(db), "--today", "2026-12-01", *argv])
    return status, out.getvalue(), err.getvalue()


def test_demo_remove_keeps_what_the_user_added(tmp_path: Path) -> None:
    db = tmp_path / "d.db"
    assert cli(db, "init", "--demo")[0] == 0
    assert cli(db, "product", "add", "Mine", "--preset", "huabei")[0] == 0
    assert cli(db, "charge", "Mine", "--date", "2026-12-01", "--amount", "10")[0] == 0
    status, out, _err = cli(db, "demo", "remove")
    assert status == 0
    assert out == "Removed the demo data: 京东白条, 花呗, 招商银行信用卡, Chase Freedom, Klarna\n"
    listed = cli(db, "product", "list")[1]
    assert listed.strip().endswith("Mine  (huabei, CNY)") and listed.count("\n") == 1
    assert cli(db, "due")[0] == 0
    status, _out, err = cli(db, "demo", "remove")  # nothing left to remove
    assert status == 2 and err == "debt-tracker-cli: error: there is no demo data in this file\n"
