"""``due --json`` never calls a delinquent account clean (issue 11, acceptance 3), over every
preset in every state: paid on time, within grace, late by less and by more than the
product's reporting threshold, never paid; and over the demo on several days.

The expected report status is worked out by hand from DESIGN.md § Presets ("credit
report": CN reported after 1 day past due — past the grace days —, US at 30 days) and
§ The account engine (the report status is the account's: every due of a reported
account says so)."""

from __future__ import annotations

import json
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import pytest
from dateutil.relativedelta import relativedelta

from tracker.cli import main
from tracker.products import PRESETS
from tracker.service import bills, demo, files, payments, plans, products

D = date(2026, 11, 10)  # the due date every case turns on


def _due_rows(path: Path, today: date, capsys: pytest.CaptureFixture[str]) -> list[Any]:
    code = main(["--db", str(path), "--today", today.isoformat(), "--json", "due", "--days",
                 "60"])  # fmt: skip
    assert code == 0
    rows: list[Any] = json.loads(capsys.readouterr().out)["dues"]
    return rows


def _threshold(preset: str) -> int:
    """Days past due from which the month is reported: max(report_after_days, US 30, CN
    1), and past the grace days (DESIGN.md § Presets)."""
    p = PRESETS[preset]
    us = p.get("jurisdiction") == "us"
    return max(p.get("report_after_days", 1), 30 if us else 1, p.get("grace_days", 0) + 1)


BILL_PRESETS = ("baitiao", "huabei", "cn-credit-card", "us-credit-card")
PLAN_PRESETS = ("pay-in-4", "loan")


def _bill_case(tmp_path: Path, preset: str, late: int | None) -> tuple[Path, date]:
    """A 1,000.00 bill due ``D``; its minimum paid ``late`` days after D (None: never).

    Looked at on D + 25 (CN) or D + 31 (US, the same day a month later): before the
    next statement's minimum could be late, so only this bill's lateness counts."""
    path = tmp_path / f"{preset}-{late}.db"
    store = files.open_store(path, create=True)
    pid = products.add_product(store, preset, preset, {}).saved_id
    us = PRESETS[preset].get("jurisdiction") == "us"
    today = D + timedelta(days=31 if us else 25)
    offset = 26 if us else PRESETS[preset]["due_days"]
    due = bills.add_bill(store, pid, D - timedelta(days=offset), D, 100_000, today)
    if late is not None:
        payments.add_payment(store, pid, D + timedelta(days=late), due.minimum_due, today)
    store.close()
    return path, today


def _plan_case(tmp_path: Path, preset: str, late: int | None) -> tuple[Path, date]:
    """A plan whose first period is due ``D``; on D + ``late`` everything due by then is
    paid at once (None: nothing paid, looked at on D + 45). Later periods stay open."""
    path = tmp_path / f"{preset}-{late}.db"
    store = files.open_store(path, create=True)
    pid = products.add_product(store, preset, preset, {}).saved_id
    periods = 4 if preset == "pay-in-4" else 12
    today = D + timedelta(days=45 if late is None else late)
    dues = plans.add_plan(store, pid, 120_000, periods, D, "plan")
    if late is not None:
        owed = sum(d.total for d in dues if d.due_date <= today)
        payments.add_payment(store, pid, today, owed, today)
    store.close()
    return path, today


CASES = [
    *[(p, k) for p in BILL_PRESETS for k in (0, 1, 3, 4, 5, 20, None)],
    *[("us-credit-card", k) for k in (29, 30, 31)],
    *[("pay-in-4", k) for k in (0, 5, 29, 30, 31, None)],
    *[("loan", k) for k in (0, 1, 5, 20, None)],
]


@pytest.mark.parametrize(("preset", "late"), CASES)
def test_every_preset_in_every_state(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], preset: str, late: int | None
) -> None:
    case = _plan_case if preset in PLAN_PRESETS else _bill_case
    path, today = case(tmp_path, preset, late)
    rows = _due_rows(path, today, capsys)
    assert rows, "the account owes something, so due lists it"
    # Days past due reached: the lateness of the payment, or today − D when never paid.
    reached = (today - D).days if late is None else late
    expected = reached >= _threshold(preset)
    for row in rows:
        assert row["reported"] is expected, (row, reached)
        assert (row["credit_code"] >= 1) is expected, row
    if late is None:
        # Never paid: the due is late and says so (never "clean").
        assert any(r["days_past_due"] == reached and r["reported"] for r in rows)


@pytest.mark.parametrize("later", [0, 5, 17, 33, 64, 95])
def test_the_demo_on_many_days(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], later: int
) -> None:
    start = date(2026, 12, 1)
    path = tmp_path / "demo.db"
    store = files.open_store(path, create=True)
    demo.populate(store, start)
    store.close()
    rows = _due_rows(path, start + relativedelta(days=later), capsys)
    by_product: dict[str, list[Any]] = {}
    for row in rows:
        by_product.setdefault(row["product"], []).append(row)
    presets = {"京东白条": "baitiao", "花呗": "huabei", "招商银行信用卡": "cn-credit-card",
               "Chase Freedom": "us-credit-card", "Klarna": "pay-in-4"}  # fmt: skip
    for name, mine in by_product.items():
        # A due of the account past the reporting threshold today: every due of that
        # account is reported (a reported month stays reported).
        if any(r["days_past_due"] >= _threshold(presets[name]) for r in mine):
            assert all(r["reported"] and r["credit_code"] >= 1 for r in mine), (name, mine)
