"""debt-tracker-cli: the demo journey, JSON shapes, and bad input that writes nothing."""

from __future__ import annotations

import hashlib
import json
import subprocess
import sys
from pathlib import Path

import pytest

from tracker.cli import main

TODAY = "2026-12-01"


def run(db: Path, *args: str, capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    code = main(["--db", str(db), "--today", TODAY, *args])
    out, err = capsys.readouterr()
    return code, out, err


def run_json(db: Path, *args: str, capsys: pytest.CaptureFixture[str]) -> dict:
    code, out, err = run(db, "--json", *args, capsys=capsys)
    assert code == 0, err
    return json.loads(out)


@pytest.fixture
def demo_db(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> Path:
    db = tmp_path / "x.db"
    assert run(db, "init", "--demo", capsys=capsys)[0] == 0
    return db


def test_due_lists_overdue_first_then_upcoming_by_date(
    demo_db: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    doc = run_json(demo_db, "due", "--days", "30", capsys=capsys)
    dues = doc["dues"]
    late = [d for d in dues if d["days_past_due"] > 0]
    soon = [d for d in dues if d["days_past_due"] == 0]
    assert dues == late + soon, "overdue dues come first"
    assert late, "the demo has a bill 5 days overdue"
    baitiao = [d for d in late if d["product"] == "京东白条" and d["kind"] == "bill"]
    assert baitiao[0]["days_past_due"] == 5
    assert baitiao[0]["due_date"] == "2026-11-26"
    assert baitiao[0]["amount"] == "864.20"
    assert baitiao[0]["minimum"] == "86.42"  # 10% of 864.20
    assert [d["due_date"] for d in soon] == sorted(d["due_date"] for d in soon)
    huabei = next(d for d in soon if d["product"] == "花呗")
    assert (huabei["due_date"], huabei["days_until_due"]) == ("2026-12-04", 3)
    assert (huabei["amount"], huabei["minimum"]) == ("3245.60", "324.56")
    card = next(d for d in soon if d["product"] == "招商银行信用卡")
    assert card["days_until_due"] == 10
    for d in dues:
        assert set(d) >= {"product", "amount", "minimum", "due_date", "days_until_due"}
        assert d["amount"].count(".") == 1 and len(d["amount"].split(".")[1]) == 2


def test_product_add_list_edit_archive(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = tmp_path / "p.db"
    run_json(db, "init", capsys=capsys)
    added = run_json(
        db,
        "product",
        "add",
        "My Card",
        "--preset",
        "cn-credit-card",
        "--limit",
        "30,000",
        "--statement-day",
        "12",
        "--set",
        "grace_days=2",
        capsys=capsys,
    )
    assert (added["credit_limit"], added["statement_day"], added["grace_days"]) == (
        "30000.00",
        12,
        2,
    )
    edited = run_json(db, "product", "edit", "my card", "--set", "due_days=20", capsys=capsys)
    assert edited["due_days"] == 20
    run_json(db, "product", "archive", "My Card", capsys=capsys)
    assert run_json(db, "product", "list", capsys=capsys)["products"] == []
    assert len(run_json(db, "product", "list", "--all", capsys=capsys)["products"]) == 1


def test_bill_pay_and_due(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = tmp_path / "b.db"
    run_json(db, "init", capsys=capsys)
    run_json(db, "product", "add", "Huabei", "--preset", "huabei", capsys=capsys)
    bill = run_json(
        db,
        "bill",
        "add",
        "Huabei",
        "--statement-date",
        "2026-11-28",
        "--due-date",
        "2026-12-07",
        "--amount",
        "1,000.00",
        capsys=capsys,
    )
    assert (bill["amount"], bill["minimum"]) == ("1000.00", "100.00")
    run_json(db, "pay", "Huabei", "--date", "2026-11-30", "--amount", "400", capsys=capsys)
    [due] = run_json(db, "due", capsys=capsys)["dues"]
    assert (due["amount"], due["minimum"], due["days_until_due"]) == ("600.00", "0.00", 6)


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


BAD = [
    (["pay", "花呗", "--date", "2026-11-30", "--amount", "12,34.5"], "thousands separators"),
    (["pay", "花呗", "--date", "2026-11-30", "--amount", "1.234"], "decimal places"),
    (["pay", "花呗", "--date", "2026-11-30", "--amount", "NaN"], "not a number"),
    (["pay", "花呗", "--date", "2026-11-30", "--amount", "inf"], "not a number"),
    (["pay", "花呗", "--date", "2026-11-30", "--amount", ""], "empty"),
    (["pay", "花呗", "--date", "2026-11-30", "--amount", "1e15"], "not a number"),
    (["pay", "花呗", "--date", "2026-11-30", "--amount", "100000000001"], "too large"),
    (["pay", "花呗", "--date", "2026-11-30", "--amount", "-5"], "must be greater than zero"),
    (["pay", "花呗", "--date", "2026-02-30", "--amount", "5"], "that month has 28 days"),
    (["pay", "花呗", "--date", "30/11/2026", "--amount", "5"], "YYYY-MM-DD"),
    (["pay", "花呗", "--date", "2026-12-25", "--amount", "5"], "in the future"),
    (["pay", "Nobody", "--date", "2026-11-30", "--amount", "5"], "no product named 'Nobody'"),
    (["charge", "Nobody", "--date", "2026-11-30", "--amount", "5"], "no product named"),
    (["charge", "花呗", "--date", "2026-11-30", "--amount", "-5"], "greater than zero"),
    (["charge", "花呗", "--date", "2026-11-30", "--amount", "0"], "greater than zero"),
    (["charge", "花呗", "--date", "2026-12-02", "--amount", "5"], "in the future"),
    (
        [
            "bill",
            "add",
            "花呗",
            "--statement-date",
            "2026-11-01",
            "--due-date",
            "2026-10-01",
            "--amount",
            "5",
        ],
        "before the statement date",
    ),
    (
        [
            "bill",
            "add",
            "花呗",
            "--statement-date",
            "2026-11-01",
            "--due-date",
            "2026-11-10",
            "--amount",
            "5",
            "--minimum",
            "6",
        ],
        "minimum",
    ),
    (["product", "add", "花呗", "--preset", "huabei"], "already exists"),
    (["product", "add", "X", "--preset", "huabei", "--set", "statement_day=32"], "1–31"),
    (["product", "add", "X", "--preset", "huabei", "--set", "nope=1"], "unknown product"),
    (["product", "add", "X", "--preset", "huabei", "--set", "grace_days"], "KEY=VALUE"),
    (["product", "add", "X", "--preset", "huabei", "--set", "penalty_daily_rate=-1"], "negative"),
    (["product", "add", "X", "--preset", "nope"], "invalid choice"),
    (["product", "add", "X", "--preset", "huabei", "--set", "name=Y"], "name is given on its own"),
    (["product", "edit", "Nobody", "--set", "grace_days=1"], "no product named"),
    (["product", "add", "3", "--preset", "huabei"], "all digits"),
    (["product", "add", " 12 ", "--preset", "huabei"], "all digits"),
    (["product", "edit", "花呗", "--set", "name=3"], "all digits"),
    (["product", "edit", "花呗", "--set", "currency=USD"], "already has records in CNY"),
    (["product", "archive", "花呗"], "花呗 still owes ¥3,245.60"),
    (
        [
            "bill",
            "add",
            "花呗",
            "--statement-date",
            "2026-11-25",
            "--due-date",
            "2026-12-04",
            "--amount",
            "10",
        ],
        "a bill with statement date 2026-11-25 is already recorded",
    ),
    (
        [
            "plan",
            "add",
            "花呗",
            "--principal",
            "0.05",
            "--periods",
            "12",
            "--first-due",
            "2026-12-20",
        ],
        "principal ¥0.05 is too small for 12 periods: at least ¥0.12 (¥0.01 a period)",
    ),
    (["due", "--days", "soon"], "whole number"),
    (["payoff", "--budget", "-5"], "--budget '-5' must not be negative"),
    (
        ["product", "add", "X", "--preset", "huabei", "--set", "tolerance=-10"],
        "tolerance '-10' must not be negative",
    ),
    (
        ["product", "add", "X", "--preset", "huabei", "--limit", "-5"],
        "--limit '-5' must not be negative",
    ),
    (
        ["product", "add", "X", "--preset", "huabei", "--statement-day", "x"],
        "--statement-day must be a whole number",
    ),
    (
        [
            "simulate",
            "--preset",
            "huabei",
            "--amount",
            "1000",
            "--due",
            "2026-12-10",
            "--minimum",
            "-1",
        ],
        "--minimum '-1' must not be negative",
    ),
    (
        [
            "simulate",
            "--preset",
            "huabei",
            "--amount",
            "1000",
            "--due",
            "2026-12-10",
            "--minimum",
            "2000",
        ],
        "--minimum 2000.00 is more than --amount 1000.00",
    ),
    (["pay", "花呗", "--date", "2026-11-30", "--amount", "0"], "payment amount must be greater"),
    (["frobnicate"], "invalid choice"),
    (["--today", "2026-13-01", "due"], "no month 13"),
    (["--today", "", "due"], "--today '' is not a date"),
    (["due", "--today", ""], "--today '' is not a date"),
    (["--db", "", "due"], "--db is empty"),
    (["--db", " ", "init", "--demo"], "--db is empty"),
]


@pytest.mark.parametrize(("args", "says"), BAD)
def test_bad_input_exits_2_with_one_line_and_changes_nothing(
    demo_db: Path, capsys: pytest.CaptureFixture[str], args: list[str], says: str
) -> None:
    before = digest(demo_db)
    code, out, err = run(demo_db, *args, capsys=capsys)
    assert code == 2
    assert out == ""
    assert len(err.strip().splitlines()) == 1, err
    assert says in err
    assert digest(demo_db) == before
    assert not Path(f"{demo_db}-wal").exists() or Path(f"{demo_db}-wal").stat().st_size == 0


def test_due_on_an_empty_file_says_it_is_not_set_up(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "empty.db"
    path.touch()
    code, out, err = run(path, "due", capsys=capsys)
    assert (code, out) == (2, "") and "is empty: not set up yet (run `init`" in err
    assert run(path, "init", capsys=capsys)[0] == 0
    assert oct(path.stat().st_mode & 0o777) == "0o600"


def test_refuses_a_foreign_file_without_touching_it(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "foreign.db"
    path.write_bytes(b"PK\x03\x04 definitely a zip file" * 10)
    before = digest(path)
    code, _, err = run(path, "init", capsys=capsys)
    assert code == 2 and "not an SQLite database" in err
    assert digest(path) == before


def test_entry_point_runs_in_a_real_process(tmp_path: Path) -> None:
    db = tmp_path / "e.db"
    cmd = [sys.executable, "-m", "tracker.cli", "--db", str(db), "--today", TODAY]
    done = subprocess.run([*cmd, "init", "--demo"], capture_output=True, text=True, check=False)
    assert done.returncode == 0, done.stderr
    bad = subprocess.run(
        [*cmd, "pay", "花呗", "--date", "2026-11-30", "--amount", "12,34.5"],
        capture_output=True,
        text=True,
        check=False,
    )
    assert bad.returncode == 2
    assert bad.stderr.strip().startswith("debt-tracker-cli: error: --amount '12,34.5'")


def test_global_options_may_follow_the_command(
    demo_db: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    before = run_json(demo_db, "due", "--days", "30", capsys=capsys)
    code = main(["due", "--db", str(demo_db), "--today", TODAY, "--json", "--days", "30"])
    out, err = capsys.readouterr()
    assert code == 0, err
    assert json.loads(out) == before
    # given before the command and not repeated after it, they still count
    code = main(["--db", str(demo_db), "--json", "product", "list", "--all"])
    out, _ = capsys.readouterr()
    assert code == 0 and len(json.loads(out)["products"]) == 5


def test_due_text_columns_line_up_with_chinese_names(
    demo_db: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from tracker.cli.render import pad

    assert pad("花呗", 6) == "花呗  "  # two wide characters fill four columns
    assert pad("Klarna", 8) == "Klarna  "
    code, out, _ = run(demo_db, "due", "--days", "30", capsys=capsys)
    assert code == 0
    lines = out.splitlines()
    # every amount ends in the same terminal column (counted independently: CJK = 2)
    ends = {
        len(line.split("  (minimum")[0])
        + sum(1 for ch in line.split("  (minimum")[0] if ord(ch) >= 0x3000)
        for line in lines
    }
    assert len(lines) >= 5 and len(ends) == 1


def test_output_into_a_closed_pipe_is_not_a_traceback(demo_db: Path) -> None:
    cmd = [sys.executable, "-m", "tracker.cli", "--db", str(demo_db), "--today", TODAY]
    proc = subprocess.Popen(
        [*cmd, "--json", "simulate", "--preset", "loan", "--amount", "50000", "--due", TODAY],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    assert proc.stdout is not None and proc.stderr is not None
    proc.stdout.close()  # like `| head -0`: the reader is gone before the output comes
    err = proc.stderr.read().decode()
    assert proc.wait() == 0
    assert "Traceback" not in err
