"""Every input bounded before it is parsed; output safe in any locale; exports clean up.

Each of these was a traceback (or 11 s and 3 GB) before issue 13 (seen failing there).
"""

from __future__ import annotations

import io
import os
import sys
import time
from contextlib import redirect_stderr
from pathlib import Path

import pytest

from tracker.cli.main import main

BIG = "9" * 4400  # more digits than int() will convert (4,300)


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("bounds") / "d.db"
    assert main(["--db", str(path), "--today", "2026-12-01", "init", "--demo"]) == 0
    return path


CASES = {
    "--days": ["due", "--days", BIG],
    "--periods": ["plan", "add", "花呗", "--principal", "100", "--periods", BIG,
                  "--first-due", "2026-12-10"],
    "--months": ["payoff", "--budget", "100", "--months", BIG],
    "--statement-day": ["product", "add", "Q", "--preset", "huabei", "--statement-day", BIG],
    "--set grace_days": ["product", "add", "Q", "--preset", "huabei", "--set",
                         f"grace_days={BIG}"],
    "--set :0.1": ["product", "add", "Q", "--preset", "huabei", "--set",
                   "installment_total_rates=:0.1"],
    "rate 1E-99999999999999999999": ["product", "add", "Q", "--preset", "huabei", "--set",
                                     "revolving_daily_rate=1E-99999999999999999999"],
    "rate 1e-999999999": ["product", "add", "Q", "--preset", "huabei", "--set",
                          "revolving_daily_rate=1e-999999999"],
    "simulate --periods": ["simulate", "--preset", "huabei", "--amount", "100", "--due",
                           "2026-12-10", "--periods", f"3,{BIG}"],
    "300-character -o": ["statement", "--from", "2026-01-01", "--to", "2026-12-31", "-o",
                         "x" * 300 + ".csv"],
}  # fmt: skip


@pytest.mark.parametrize("argv", list(CASES.values()), ids=list(CASES))
def test_a_huge_or_malformed_input_is_refused_quickly_in_one_line(
    argv: list[str], db: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    before = db.read_bytes()
    err = io.StringIO()
    started = time.monotonic()
    with redirect_stderr(err):
        status = main(["--db", str(db), "--today", "2026-12-01", *argv])
    took = time.monotonic() - started
    message = err.getvalue()
    assert status == 2, message
    assert message.startswith("debt-tracker-cli: error: ") and message.count("\n") == 1
    assert len(message) < 300  # a 4,400-digit value is not repeated whole
    assert took < 2  # 1e-999999999 took 11 s and 3 GB
    assert db.read_bytes() == before


@pytest.mark.parametrize("encoding", ["gbk", "ascii"])
def test_text_output_in_a_terminal_without_the_yuan_sign(
    encoding: str, db: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    raw = io.BytesIO()
    terminal = io.TextIOWrapper(raw, encoding=encoding, errors="strict", newline="\n")
    monkeypatch.setattr(sys, "stdout", terminal)
    for argv in (["due"], ["product", "list"], ["--json", "product", "list"]):
        assert main(["--db", str(db), "--today", "2026-12-01", *argv]) == 0
    terminal.flush()
    shown = raw.getvalue().decode(encoding)
    # Huabei's demo bill is due 2026-12-04: ¥ (not in GBK) becomes the ISO code.
    assert "CNY " in shown and "¥" not in shown
    if encoding == "gbk":
        assert "花呗" in shown  # GBK has the Chinese; only the symbol needed a fallback


def test_a_killed_exports_hidden_temporary_file_is_removed(db: Path, tmp_path: Path) -> None:
    target = tmp_path / "statement.csv"
    stale = tmp_path / ".statement.csv.k3j4h5g6.tmp"  # what a killed export leaves
    stale.write_text("half a statement")
    hour_ago = time.time() - 3600
    os.utime(stale, (hour_ago, hour_ago))
    fresh = tmp_path / ".statement.csv.a1b2c3d4.tmp"  # another export, still writing
    fresh.write_text("")
    argv = ["statement", "--from", "2026-01-01", "--to", "2026-12-31", "-o", str(target)]
    assert main(["--db", str(db), "--today", "2026-12-01", *argv]) == 0
    assert sorted(p.name for p in tmp_path.iterdir()) == [fresh.name, target.name]
