"""A recorded bill against the account engine's estimate of it: "the lender charged ¥X
more/less than estimated", on the bill's view (the product page) and in ``bill add``
(DESIGN.md § The account engine: "when that bill is recorded it replaces the estimate,
and the app shows the difference")."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest

from tracker.cli import main
from tracker.service import bills, charges, files, products

TODAY = date(2026, 3, 10)


def _card(tmp_path: Path) -> tuple[Path, int]:
    path = tmp_path / "card.db"
    store = files.open_store(path, create=True)
    pid = products.add_product(store, "招行", "cn-credit-card", {"statement_day": "5"}).saved_id
    # 1,000.00 stated 5 Jan, due 24 Jan, never paid; 200.00 spent on 1 Feb.
    bills.add_bill(store, pid, date(2026, 1, 5), date(2026, 1, 24), 100_000, TODAY)
    charges.add_charge(store, pid, date(2026, 2, 1), 20_000, TODAY, "超市")
    store.close()
    return path, pid


# The engine's estimate of the 5 Feb statement (CN card, DESIGN.md § Presets): the
# 200.00 spent + interest, whole statement from posting, 100,000 × 0.0005 × (19 + 3 + 9
# days) = 15.50 + the late fee for the missed 100.00 minimum, max(¥10, 5% × 100.00) =
# 10.00: 225.50.


@pytest.mark.parametrize(
    ("amount", "difference"),
    [(23_000, 450), (22_550, 0), (22_300, -250)],  # 230.00, 225.50, 223.00 − 225.50
)
def test_the_bill_view_says_how_far_the_lender_was_from_the_estimate(
    tmp_path: Path, amount: int, difference: int
) -> None:
    path, pid = _card(tmp_path)
    store = files.open_store(path)
    bills.add_bill(store, pid, date(2026, 2, 5), date(2026, 2, 24), amount, TODAY)
    views = {v.bill.statement_date: v for v in bills.bill_views(store, TODAY, pid)}
    assert views[date(2026, 2, 5)].difference == difference
    # The first bill's cycle has no recorded charges: nothing to compare it with.
    assert views[date(2026, 1, 5)].difference is None
    store.close()


def test_bill_add_says_the_lender_charged_more_than_estimated(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path, _ = _card(tmp_path)
    base = ["--db", str(path), "--today", TODAY.isoformat()]
    bill = ["bill", "add", "招行", "--statement-date", "2026-02-05", "--due-date",
            "2026-02-24", "--amount"]  # fmt: skip
    assert main([*base, "--json", *bill, "230.00"]) == 0
    out = json.loads(capsys.readouterr().out)
    # 230.00 − 225.50 = 4.50 more than the engine expected.
    assert out["difference"] == "4.50"
    assert out["estimate"] == "the lender charged ¥4.50 more than estimated"
