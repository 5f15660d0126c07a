"""``due`` shows what the engine's own statements hold when no due row does (issue 11,
"still left": an account with engine charges but no due had no ``due`` row).

DESIGN.md § The account engine: between recorded bills the engine plays the product's
cycle (statements, minimums, interest, late fees, report status) as estimates. DESIGN.md
says nothing of a row for them; ``due`` lists one per such account, marked
``"kind": "estimate"`` / ``"estimated": true``, with the account's report status.
"""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from tracker.cli.main import main
from tracker.service import charges, demo, estimated_dues, files, products


def _due(path: Path, today: str, capsys: pytest.CaptureFixture[str]) -> list[Any]:
    assert main(["--db", str(path), "--today", today, "--json", "due", "--days", "30"]) == 0
    rows: list[Any] = json.loads(capsys.readouterr().out)["dues"]
    return rows


def test_a_card_with_charges_and_no_bill_is_late_and_reported(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # A CN card (DESIGN.md § Presets: statement + 19 days, grace 3 days, tolerance ¥10,
    # minimum 10% of principal + 100% of interest, fees and unpaid earlier minimums,
    # 0.05% a day on the whole statement compounded monthly, a late fee of 5% of the
    # unpaid minimum, at least ¥10, per missed statement) on the 5th, one ¥1,000.00
    # charge on 10 Sep 2026 and no bill recorded. The engine's statements:
    #   5 Oct: ¥1,000.00, minimum ¥100.00, due 24 Oct; unpaid by 27 Oct: late fee
    #          5% × ¥100.00 = ¥5.00 → ¥10.00 (floor);
    #   5 Nov: interest from the charge's own posting day (10 Sep), 56 days ×
    #          ¥1,000.00 × 0.05% = ¥28.00; minimum 10% × ¥1,000.00 + ¥28.00 + ¥100.00
    #          unpaid = ¥228.00, due 24 Nov; unpaid by 27 Nov: late fee 5% × ¥228.00 =
    #          ¥11.40.
    # On 1 Dec: ¥1,000.00 + ¥28.00 + ¥10.00 + ¥11.40, and 26 days of interest on
    # ¥1,028.00 (compounded; fees bear none) × 0.05% = ¥13.364 → ¥13.36: ¥1,062.76.
    # Days past due since 24 Oct: 38 (31–60 days: CN code 2), reported.
    path = tmp_path / "card.db"
    store = files.open_store(path, create=True)
    pid = products.add_product(store, "Card", "cn-credit-card", {"statement_day": "5"}).saved_id
    charges.add_charge(store, pid, date(2026, 9, 10), 100_000, date(2026, 9, 10))
    store.close()
    (row,) = _due(path, "2026-12-01", capsys)
    assert row["kind"] == "estimate" and row["estimated"] is True and row["due_id"] is None
    assert (row["statement_date"], row["due_date"]) == ("2026-10-05", "2026-10-24")
    assert (row["amount"], row["minimum"]) == ("1062.76", "228.00")
    assert (row["status"], row["days_past_due"]) == ("overdue", 38)
    assert (row["credit_code"], row["reported"]) == (2, True)
    # Before its first statement nothing is due yet: the charge is not on a statement.
    assert _due(path, "2026-10-01", capsys) == []


def test_the_demo_cards_unbilled_charge_is_listed_once_its_statement_is_late(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # The demo (tracker.service.demo, made on 2026-12-01): 招商银行信用卡 has its bill of
    # ¥8,560.00 (22 Nov, due 11 Dec) and a ¥458.00 charge on 29 Nov after it, on no
    # bill. The engine's 22 Dec statement holds it, due 22 Dec + 19 = 10 Jan 2027.
    path = tmp_path / "demo.db"
    store = files.open_store(path, create=True)
    demo.populate(store, date(2026, 12, 1))
    # 1 Dec: the 22 Dec statement is not posted yet (the charge is unbilled): no row.
    assert estimated_dues.estimated_dues(store, date(2026, 12, 1)) == []
    store.close()
    rows = [r for r in _due(path, "2027-01-15", capsys) if r["kind"] == "estimate"]
    # 15 Jan: 5 days past 10 Jan (past the 3 grace days); its own minimum is 10% of
    # ¥458.00 = ¥45.80 (the bill's unpaid ¥856.00 minimum is on the bill's row); the
    # account is reported (the bill is 35 days late: code 2).
    # And the demo's Klarna (4 × $60.00 from 21 Nov, only the first paid): the last
    # instalment's (2 Jan) $7.00 fee, charged when its retries end (12 Jan), is asked at
    # once on the engine's 13 Jan statement (docs/engine.md § Pay-in-4 late fees).
    assert [(r["product"], r["due_date"], r["amount"], r["minimum"]) for r in rows] == [
        ("招商银行信用卡", "2027-01-10", "458.00", "45.80"),
        ("Klarna", "2027-01-13", "7.00", "7.00"),
    ]
    assert (rows[0]["days_past_due"], rows[0]["credit_code"], rows[0]["reported"]) == (5, 2, True)
    # The bill's row still carries the account's costs so far; the estimate holds none of
    # them (counted once).
    everything = _due(path, "2027-01-15", capsys)
    bill = next(r for r in everything if r["product"] == "招商银行信用卡" and r["kind"] == "bill")
    assert bill["amount"] == "8560.00" and bill["penalty_so_far"] != "0.00"
    # Order: late rows by due date — the estimate (10 Jan) after the 26 Dec dues.
    late = [r["due_date"] for r in everything if r["days_past_due"] > 0]
    assert late == sorted(late)


def test_the_overdue_warning_names_a_late_estimate(tmp_path: Path) -> None:
    # The card above on 1 Dec: the engine's 5 Oct statement (¥1,062.76 owed, 38 days past
    # its 24 Oct due) is in the dashboard's overdue warning too — the warning left it
    # out, so the dashboard showed no warning for an account on the credit report. It
    # reached the report on 24 Oct + max(report after 1 day, grace 3 days + 1) = 28 Oct.
    # Another day costs the engine's estimate of it: the interest accrued from 5 Nov on
    # ¥1,028.00 (compounded; fees bear none) × 0.05% a day, 26 days ¥13.364 → ¥13.36,
    # 27 days ¥13.878 → ¥13.88: ¥0.52 (no late fee falls on 2 Dec).
    from tracker.service import dashboard, overview

    store = files.open_store(tmp_path / "card.db", create=True)
    pid = products.add_product(store, "Card", "cn-credit-card", {"statement_day": "5"}).saved_id
    charges.add_charge(store, pid, date(2026, 9, 10), 100_000, date(2026, 9, 10))
    today = date(2026, 12, 1)
    (warning,) = overview.overdue_warnings(store, today)
    assert isinstance(warning.view, estimated_dues.EstimatedDue)
    assert (warning.view.amount, warning.view.days_past_due) == (106_276, 38)
    assert (warning.cost_per_day, warning.reported_on) == (52, date(2026, 10, 28))
    assert warning.already_reported
    board = dashboard.dashboard(store, today)
    assert board.warnings == (warning,)
    # The currency card counts it as due (it said ¥0.00 due and ¥0.00 of minimums):
    # late, so due now — ¥1,062.76, minimum ¥228.00 — and owed once in the total.
    (cny,) = board.totals
    assert (cny.due_this_month, cny.minimums, cny.total_debt) == (106_276, 22_800, 106_276)
    # Not yet late (1 Oct: the statement is not even posted): no warning.
    assert overview.overdue_warnings(store, date(2026, 10, 1)) == []
    store.close()
