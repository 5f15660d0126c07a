"""A card bill paid in full but late leaves its interest and late fee owed on the next
statement — the engine's own, no bill recorded for it. Those are an estimated due of
their own, late and reported once that statement's minimum is, not "costs so far" on a
paid bill (QA pass 2026-12-06: the due list said "paid", payoff "nothing is owed",
negotiate "nothing overdue" and no reminder came while the account was 17 days late).

cn-credit-card preset (DESIGN.md § Presets): 0.05 % a day on the whole statement from
posting once its interest-free period is lost; a late fee of 5 % of the unpaid minimum,
at least ¥10, for every missed statement; fees bear no interest, interest compounds
monthly; 3 grace days; the minimum is 10 % of spending + 100 % of interest and fees.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tracker.cli.main import main


def cli(db: Path, today: str, *args: str) -> int:
    return main(["--db", str(db), "--today", today, *args])


@pytest.fixture
def db(tmp_path: Path) -> Path:
    path = tmp_path / "late.db"
    assert cli(path, "2026-11-01", "init") == 0
    assert cli(path, "2026-11-01", "product", "add", "ICBC", "--preset", "cn-credit-card",
               "--statement-day", "5") == 0  # fmt: skip
    assert cli(path, "2026-11-30", "bill", "add", "ICBC", "--statement-date", "2026-11-05",
               "--due-date", "2026-11-24", "--amount", "5000") == 0  # fmt: skip
    # Paid in full 6 days after its due date: 3 days past the grace.
    assert cli(path, "2026-11-30", "pay", "ICBC", "--date", "2026-11-30", "--amount",
               "5000") == 0  # fmt: skip
    return path


def dues(db: Path, today: str, capsys: pytest.CaptureFixture[str]) -> list[dict[str, object]]:
    capsys.readouterr()
    assert cli(db, today, "--json", "due") == 0
    return json.loads(capsys.readouterr().out)["dues"]  # type: ignore[no-any-return]


def test_the_next_statement_asks_the_interest_and_the_late_fee(
    db: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # Before 5 Dec nothing is billed yet: the charges are costs so far on the paid bill.
    # Interest: the grace lost, 5,000.00 × 0.0005 × 25 days (5 → 30 Nov) = 62.50; the late
    # fee (judged 27 Nov): 5 % × the 500.00 minimum = 25.00 → 87.50.
    (before,) = dues(db, "2026-12-01", capsys)
    assert (before["status"], before["penalty_so_far"]) == ("paid", "87.50")
    # The 5 Dec statement (the engine's) asks them, due 24 Dec: 100 % of interest and
    # fees, so its minimum is the whole 87.50 (10 % would be 8.75).
    listed = dues(db, "2026-12-10", capsys)
    (own,) = [d for d in listed if d["kind"] == "estimate"]
    assert (own["statement_date"], own["due_date"]) == ("2026-12-05", "2026-12-24")
    assert (own["amount"], own["minimum"], own["status"]) == ("87.50", "87.50", "upcoming")
    assert all(d["penalty_so_far"] == "0.00" for d in listed)  # not counted twice
    # 26 Dec, in its grace days: "in_grace", 2 days, as a due's.
    (grace,) = [d for d in dues(db, "2026-12-26", capsys) if d["kind"] == "estimate"]
    assert (grace["status"], grace["days_past_due"]) == ("in_grace", 2)


def test_unpaid_it_is_late_and_reported_on_every_screen(
    db: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # 10 Jan 2027: 17 days past the 24 Dec due date. Owed: 62.50 + 25.00, the second late
    # fee max(5 % × 87.50 = 4.38, 10.00) = 10.00 (judged 27 Dec), interest on the unpaid
    # interest only (fees bear none) from 27 Dec: 62.50 × 0.0005 × 9 days = 0.28 posted on
    # 5 Jan, + 62.78 × 0.0005 × 5 days = 0.16 accrued → 97.94.
    (own,) = [d for d in dues(db, "2027-01-10", capsys) if d["kind"] == "estimate"]
    assert (own["amount"], own["minimum"]) == ("97.94", "97.94")
    assert (own["status"], own["days_past_due"]) == ("overdue", 17)
    assert own["reported"] is True and own["credit_code"] == 1
    # The payoff planner finds the yuan owed; negotiation starts from it.
    assert cli(db, "2027-01-10", "--json", "payoff", "--budget", "1000") == 0
    plan = json.loads(capsys.readouterr().out)
    assert plan["currency"] == "CNY" and plan["debts"][0]["balance"] == "97.94"
    # Paid on the 24 Jan due date of the 5 Jan statement: 14 more days on the 62.78 of
    # interest that bears it, 62.78 × 0.0005 × 14 = 0.44 → 98.38, in one month (the
    # payment cleared what was owed on its eve: ¥0.03 was left for February).
    avalanche = plan["plans"]["avalanche"]
    assert (avalanche["months"], avalanche["debt_free"]) == (1, "2027-01-24")
    assert (avalanche["total_paid"], avalanche["total_interest"]) == ("98.38", "0.44")
    assert cli(db, "2027-01-10", "--json", "negotiate", "ICBC", "--budget", "100") == 0
    proposal = json.loads(capsys.readouterr().out)
    assert proposal["owed"]["total"] == "97.94"
    # The reminder of a late due names it.
    assert cli(db, "2027-01-10", "remind", "--dry-run") == 0
    assert "ICBC: about ¥97.94 17 days late (estimate)" in capsys.readouterr().out
