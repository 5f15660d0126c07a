"""A bill whose minimum was met but whose rest is unpaid after its due date is still owed:
``due`` and the dashboard list it as revolving (bearing interest, not late, not reported)
instead of leaving it out (DESIGN.md § Presets: BNPL "0.05%, remainder from due date
(only when the minimum was paid on time)"; issue 11)."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest

from tracker.cli import main
from tracker.service import bills, dashboard, dues, files, payments, products

STATEMENT = date(2026, 11, 1)
DUE = date(2026, 11, 10)  # Baitiao: statement + 9 days
TODAY = date(2026, 11, 20)


def _file(tmp_path: Path) -> Path:
    path = tmp_path / "revolving.db"
    store = files.open_store(path, create=True)
    pid = products.add_product(store, "白条", "baitiao", {}).saved_id
    bills.add_bill(store, pid, STATEMENT, DUE, 100_000, TODAY)  # 1,000.00, minimum 100.00
    payments.add_payment(store, pid, DUE, 10_000, TODAY)  # the minimum, on time
    store.close()
    return path


def test_a_revolving_bill_is_listed_as_revolving_not_late(tmp_path: Path) -> None:
    store = files.open_store(_file(tmp_path))
    (view,) = dues.open_dues(store, TODAY, 30)
    # 1,000.00 − 100.00 paid = 900.00 still owed; nothing more needed to stay current.
    assert (view.status.state_name, view.amount, view.minimum) == ("revolving", 90_000, 0)
    assert view.status.days_past_due == 0
    # The remainder bears 0.05% a day from the due date (remainder_from_due):
    # 900.00 × 0.0005 × 10 days (10 → 20 Nov) = 4.50, the account's interest so far.
    assert view.penalty_so_far == 450
    assert not view.impact.reported and view.impact.code == 0
    # The dashboard lists it too, marked as what it is, and counts it in the debt:
    # 900.00 + 4.50 = 904.50.
    board = dashboard.dashboard(store, TODAY)
    assert [dashboard.urgency(v) for v in board.dues] == ["revolving"]
    assert board.totals[0].total_debt == 90_450
    # One more day adds 900.00 × 0.0005 = 0.45 of interest.
    assert dues.day_cost(store, view, TODAY) == 45
    store.close()


def test_due_json_shows_the_revolving_bill(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = _file(tmp_path)
    assert main(["--db", str(path), "--today", "2026-11-20", "--json", "due"]) == 0
    (row,) = json.loads(capsys.readouterr().out)["dues"]
    assert (row["status"], row["amount"], row["minimum"]) == ("revolving", "900.00", "0.00")
    assert (row["days_past_due"], row["reported"], row["credit_code"]) == (0, False, 0)
    assert row["penalty_so_far"] == "4.50"
    assert main(["--db", str(path), "--today", "2026-11-20", "due"]) == 0
    assert "revolving" in capsys.readouterr().out


def test_a_minimum_paid_late_stays_listed_and_reported(tmp_path: Path) -> None:
    # The minimum paid 5 days late (15 Nov): the rest still revolves, but the account
    # was delinquent 5 days, reported after 1 day (Baitiao), so the due says reported.
    path = tmp_path / "late.db"
    store = files.open_store(path, create=True)
    pid = products.add_product(store, "白条", "baitiao", {}).saved_id
    bills.add_bill(store, pid, STATEMENT, DUE, 100_000, TODAY)
    payments.add_payment(store, pid, date(2026, 11, 15), 10_000, TODAY)
    (view,) = dues.open_dues(store, TODAY, 30)
    assert (view.status.state_name, view.amount) == ("revolving", 90_000)
    assert view.impact.reported and view.impact.code == 1
    store.close()
