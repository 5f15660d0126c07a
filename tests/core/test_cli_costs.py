"""debt-tracker-cli simulate / payoff / plan add: the worked example, and bad input refused.

Bad input must exit 2 with one line on stderr, print nothing on stdout and leave the data
file byte-for-byte unchanged (compared by hash).
"""

from __future__ import annotations

import hashlib
import json
from decimal import Decimal
from pathlib import Path

import pytest

from tracker.cli import main, render

TODAY = "2026-12-01"


def run(db: Path, *args: str, capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    code = main(["--db", str(db), "--today", TODAY, *args])
    out, err = capsys.readouterr()
    return code, out, err


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.fixture
def demo_db(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> Path:
    db = tmp_path / "costs.db"
    assert run(db, "init", "--demo", capsys=capsys)[0] == 0
    return db


def test_worked_example_from_the_command_line(
    demo_db: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, err = run(
        demo_db, "--json", "simulate", "--preset", "cn-credit-card", "--amount", "12000",
        "--due", "2026-12-10", "--periods", "12", "--set", "installment_fee_rate=0.006",
        capsys=capsys,
    )  # fmt: skip
    assert code == 0, err
    doc = json.loads(out)
    [plan] = [o for o in doc["options"] if o["kind"] == "installment"]
    # 12,000.00 / 12 = 1,000.00 + fee 12,000.00 × 0.6 % = 72.00 → 1,072.00 a month.
    assert {row["payment"] for row in plan["schedule"]} == {"1072.00"}
    assert plan["periods"] == 12 and plan["total_cost"] == "864.00"  # 12 × 72.00
    assert (plan["apr"], plan["ear"]) == ("0.130342", "0.138418")
    assert plan["reported"] is False and plan["visible_until"] is None


def test_set_override_changes_the_rule_for_this_run_only(
    demo_db: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    before = digest(demo_db)
    code, out, _ = run(
        demo_db, "--json", "simulate", "招商银行信用卡", "--amount", "1000", "--due",
        "2026-12-10", "--periods", "3", "--set", "installment_fee_rate=0.01", capsys=capsys,
    )  # fmt: skip
    assert code == 0
    [plan] = [o for o in json.loads(out)["options"] if o["kind"] == "installment"]
    assert plan["total_cost"] == "30.00"  # 3 × 1,000.00 × 1 % instead of 3 × 6.00
    assert digest(demo_db) == before  # the product itself keeps 0.6 %


def test_payoff_json_totals(demo_db: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run(
        demo_db, "--json", "payoff", "--budget", "30000", "--strategy", "avalanche",
        capsys=capsys,
    )  # fmt: skip
    assert code == 0, err
    doc = json.loads(out)
    plan = doc["plans"]["avalanche"]
    assert doc["currency"] == "CNY" and plan["overdue"] == []
    owed = sum(int(d["balance"].replace(".", "")) for d in doc["debts"])
    paid = int(plan["total_paid"].replace(".", ""))
    costs = int(plan["total_interest"].replace(".", "")) + int(plan["total_fees"].replace(".", ""))
    assert paid == owed + costs  # debt-free, so everything owed and charged was paid


SIM = ["simulate", "--preset", "baitiao", "--amount", "1000", "--due", "2026-12-10"]
PLAN = ["plan", "add", "京东白条", "--principal", "1200", "--first-due", "2027-01-10"]
BAD = [
    ([*SIM, "--periods", "0"], "--periods must be between 1 and 60, not 0"),
    ([*SIM, "--periods", "61"], "--periods must be between 1 and 60, not 61"),
    ([*SIM, "--periods", "3,x"], "--periods must be a whole number"),
    ([*SIM, "--periods", "5"], "offers 3, 6, 12, 24 periods, not 5"),
    ([*SIM, "--set", "installment_fee_rate=-0.01"], "installment_fee_rate cannot be negative"),
    ([*SIM, "--set", "penalty_daily_rate=abc"], "not a decimal rate"),
    ([*SIM, "--pay-date", "2026-12-01"], "pay date 2026-12-01 must be after the due date"),
    ([*SIM, "--pay-date", "2026-12-10"], "must be after the due date 2026-12-10"),
    ([*SIM, "--overdue-days", "0"], "--overdue-days must be between 1 and 3650"),
    ([*SIM, "--waiver", "1.5"], "--waiver must be between 0 and 1"),
    ([*SIM, "--negotiate-periods", "61"], "--negotiate-periods must be between 1 and 60"),
    (["simulate", "--preset", "baitiao", "--amount", "0", "--due", "2026-12-10"], "zero"),
    (
        [
            "simulate",
            "--preset",
            "us-credit-card",
            "--amount",
            "9",
            "--due",
            "2026-12-10",
            "--periods",
            "3",
        ],
        "does not offer instalments",
    ),
    (["simulate", "Nobody", "--amount", "9", "--due", "2026-12-10"], "no product named"),
    # A preset's made-up amount cannot be late already (the GUI refuses it the same way).
    ([*SIM[:-1], "2026-11-20"], "due date 2026-11-20 is before today (2026-12-01)"),
    ([*SIM[:-1], "2026-11-30", "--set", "grace_days=3"], "a preset's amount must fall due"),
    ([*SIM[:-1], "2026-02-30"], "that month has 28 days"),
    (["payoff", "--budget", "0"], "--budget must be greater than zero"),
    (["payoff", "--budget", "0.00"], "--budget must be greater than zero"),
    (["payoff", "--budget", "-5"], "must not be negative"),
    (["payoff", "--budget", "100", "--months", "0"], "--months must be between 1 and 1200"),
    (["payoff", "--budget", "100", "--currency", "EUR"], "nothing is owed in EUR"),
    ([*PLAN, "--periods", "0"], "--periods must be between 1 and 60, not 0"),
    ([*PLAN, "--periods", "61"], "--periods must be between 1 and 60, not 61"),
    ([*PLAN, "--periods", "5"], "offers 3, 6, 12, 24 periods, not 5"),
    (
        [
            "plan",
            "add",
            "京东白条",
            "--principal",
            "0",
            "--periods",
            "3",
            "--first-due",
            "2027-01-10",
        ],
        "greater than zero",
    ),
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
    assert err.startswith("debt-tracker-cli: error: ")
    assert says in err
    assert digest(demo_db) == before
    wal = Path(f"{demo_db}-wal")
    assert not wal.exists() or wal.stat().st_size == 0


@pytest.mark.parametrize("budget", ["500", "100", "10", "0.01"])
def test_text_payoff_with_a_tiny_budget_prints_huge_costs(
    demo_db: Path, capsys: pytest.CaptureFixture[str], budget: str
) -> None:
    # A budget far below the minimums lets interest and fees run for 360 months, past the
    # 100-billion cap on *typed* amounts; the text must still print them, not crash.
    code, out, err = run(demo_db, "payoff", "--budget", budget, capsys=capsys)
    assert (code, err) == (0, "")
    doc = json.loads(run(demo_db, "--json", "payoff", "--budget", budget, capsys=capsys)[1])
    fees = doc["plans"]["avalanche"]["total_fees"]
    assert "avalanche" in out and f"fees ¥{int(fees.split('.')[0]):,}.{fees[-2:]}" in out


def test_text_simulation_with_a_far_pay_date(
    demo_db: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    args = ["simulate", "--preset", "cn-credit-card", "--amount", "1000"]
    args += ["--due", "2026-12-10", "--pay-date", "2150-01-01"]
    code, out, err = run(demo_db, *args, capsys=capsys)
    assert (code, err) == (0, "")
    doc = json.loads(run(demo_db, "--json", *args, capsys=capsys)[1])
    [minimum] = [o for o in doc["options"] if o["kind"] == "minimum" and o.get("days") == 44947]
    assert Decimal(minimum["total_cost"]) > 10**11  # over the cap on typed amounts
    whole, cents = minimum["total_cost"].split(".")
    assert f"¥{int(whole):,}.{cents}" in out  # e.g. ¥4,419,203,149,334.76


def test_money_text_formats_big_json_amounts() -> None:
    assert render._money("4419203149334.76", "CNY") == "¥4,419,203,149,334.76"
    assert render._money("-0.05", "USD") == "-$0.05"


def test_simulate_a_past_due_counts_from_today(
    demo_db: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, err = run(demo_db, "--json", "simulate", "花呗", "--amount", "1000",
                         "--due", "2026-11-20", capsys=capsys)  # fmt: skip
    assert code == 0, err
    doc = json.loads(out)
    # 11 days late on 2026-12-01; paying today: 1000.00 × 0.0005 × 11 = 5.50, reported.
    assert doc["days_late"] == 11
    assert "pay_in_full" not in {o["kind"] for o in doc["options"]}
    now = doc["options"][0]
    assert (now["days"], now["total_cost"], now["reported"]) == (11, "5.50", True)
    code, out, _ = run(demo_db, "simulate", "花呗", "--amount", "1000", "--due", "2026-11-20",
                       capsys=capsys)  # fmt: skip
    assert code == 0 and "11 days late today" in out and "pay in full" not in out
    assert "Warning" not in out and "warning" not in doc  # 11 days: no mistyped year


def test_simulate_a_due_years_ago_warns_naming_the_date(
    demo_db: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # 2019-01-01 → 2026-12-01: 7 × 365 + 2 leap days + 334 = 2,891 days: 2029 meant?
    # Simulated (a saved product's debt may be that late), and said, in text and JSON.
    code, out, err = run(demo_db, "simulate", "花呗", "--amount", "1000", "--due", "2019-01-01",
                         capsys=capsys)  # fmt: skip
    assert (code, err) == (0, "")
    assert out.splitlines()[1] == (
        "Warning: --due 2019-01-01 is more than a year before today (2026-12-01): "
        "simulated as 2891 days late; check the year."
    )
    code, out, _ = run(demo_db, "--json", "simulate", "花呗", "--amount", "1000", "--due",
                       "2019-01-01", capsys=capsys)  # fmt: skip
    assert json.loads(out)["warning"].startswith("--due 2019-01-01 is more than a year before")
    # exactly a year (365 days) before today: no warning
    code, out, _ = run(demo_db, "simulate", "花呗", "--amount", "1000", "--due", "2025-12-01",
                       capsys=capsys)  # fmt: skip
    assert code == 0 and "365 days late today" in out and "Warning" not in out


def test_plan_add_text_lists_the_schedule(
    demo_db: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, err = run(demo_db, "plan", "add", "花呗", "--principal", "600", "--periods",
                         "3", "--first-due", "2026-12-20", capsys=capsys)  # fmt: skip
    assert code == 0, err
    # Huabei 3 periods: total 2.5 % of 600.00 = 15.00, spread evenly: 5.00 a period;
    # principal 600.00 / 3 = 200.00 → 205.00 a period, 615.00 in all.
    lines = out.splitlines()
    assert lines[0].startswith("Saved plan ") and lines[0].endswith(" on 花呗: 3 periods")
    assert lines[2:5] == [
        "  1  2026-12-20         ¥205.00  (principal ¥200.00, fee ¥5.00)",
        "  2  2027-01-20         ¥205.00  (principal ¥200.00, fee ¥5.00)",
        "  3  2027-02-20         ¥205.00  (principal ¥200.00, fee ¥5.00)",
    ]
    assert lines[-1] == "Total ¥615.00, of which fees ¥15.00"
    assert "{" not in out


def test_readme_payoff_example_is_current(
    demo_db: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # README.md quotes `payoff --budget 3000` on the demo file; it must match the real run.
    readme = (Path(__file__).parents[2] / "README.md").read_text(encoding="utf-8")
    command = "payoff --budget 3000\n```\n\n```text\n"
    assert command in readme
    quoted = readme.split(command, 1)[1].split("```", 1)[0]
    code, out, err = run(demo_db, "payoff", "--budget", "3000", capsys=capsys)
    assert code == 0, err
    assert out == quoted


def test_payoff_with_nothing_owed_names_no_currency(tmp_path) -> None:  # type: ignore[no-untyped-def]
    # A file of one dollar card and nothing owed said "nothing is owed in CNY" — a
    # currency the file has none of (QA pass, 2026-12-04).
    import contextlib
    import io

    from tracker.cli import main

    db = str(tmp_path / "usd.db")
    assert main(["--db", db, "init"]) == 0
    with contextlib.redirect_stdout(io.StringIO()):
        assert main(["--db", db, "product", "add", "Chase", "--preset", "us-credit-card"]) == 0
    err = io.StringIO()
    with contextlib.redirect_stderr(err), contextlib.redirect_stdout(io.StringIO()):
        code = main(["--db", db, "--today", "2026-12-01", "payoff", "--budget", "50"])
    assert code == 2
    assert "nothing is owed: no payoff plan to make" in err.getvalue()
    assert "CNY" not in err.getvalue()


def test_a_payoff_that_stops_never_says_debt_free(
    demo_db: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # ¥1,500 a month against the demo's ¥2,595.02 of first-month minimums (Baitiao
    # ¥1,416.27 overdue + card ¥954.19 + Huabei ¥224.56): Baitiao stays unpaid and is over
    # 90 days late in Feb 2027, where the plan stops (DESIGN.md § The payoff planner). It
    # printed "stopped at the first serious account" and then "debt-free not within the
    # plan"; now it names the month and the reason, and never "debt-free" with a date.
    code, out, err = run(demo_db, "payoff", "--budget", "1500", capsys=capsys)
    assert (code, err) == (0, "")
    assert (
        "avalanche: the plan stops in 2027-02: an account would be over 90 days late "
        "(seriously delinquent)"
    ) in out
    assert "avalanche     debt-free never: the plan stops in 2027-02" in out
    assert "stopped at the first" not in out
