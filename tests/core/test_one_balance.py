"""One balance on every screen: the dashboard total, the products list and page, the
payoff planner and ``owed`` quote the same figure, the account engine's interest, fees
and penalty so far included (DESIGN.md § The account engine: "a figure that two screens
show is the same figure"; issue 11)."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest

from tracker.service import demo, dues, files, overview, payments, payoff, products
from tracker.storage import Store

TODAY = date(2026, 12, 1)
BAITIAO = "京东白条"


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Store]:
    s = files.open_store(tmp_path / "balance.db", create=True)
    demo.populate(s, TODAY)
    yield s
    s.close()


def _summary(store: Store, name: str) -> overview.ProductSummary:
    return next(s for s in overview.product_summaries(store, TODAY) if s.product.name == name)


def test_dashboard_products_and_planner_quote_one_figure(store: Store) -> None:
    # Baitiao's 864.20 bill and its 26 Nov period 618.25 are 5 days late: BNPL penalty
    # 0.05% a day on the whole unpaid amount, (864.20 + 618.25) × 0.0005 × 5 = 3.706 →
    # 3.71. On the dues: 864.20 + 9 × 618.25 = 6,428.45; with the penalty 6,432.16.
    baitiao = _summary(store, BAITIAO)
    assert (baitiao.balance, baitiao.charges) == (643_216, 371)
    # The dashboard's CNY total: 6,432.16 + 3,245.60 + (8,560.00 + 458.00) = 18,695.76 —
    # it used to leave the 3.71 out (18,692.05) while the planner counted it.
    cny = overview.totals(store, TODAY)["CNY"]
    assert cny.total_debt == 643_216 + 324_560 + 901_800 == 1_869_576
    planned = {d.name: d.balance for d in payoff.payoff_debts(store, TODAY, "CNY")}
    assert sum(planned.values()) == cny.total_debt
    for name, balance in planned.items():
        summary = _summary(store, name)
        assert summary.balance == balance
        assert dues.owed(store, summary.product, TODAY) == balance
        # The one product page shows the same (and the split).
        page = overview.product_summary(store, TODAY, summary.product.saved_id)
        assert (page.balance, page.charges) == (summary.balance, summary.charges)


def test_paying_the_dues_leaves_the_penalty_owed_and_shown(store: Store) -> None:
    # Paying the two late dues' amounts today (864.20 + 618.25 = 1,482.45) leaves the
    # penalty so far, 3.71, owed beside the periods 5–12 not due yet: 8 × 618.25
    # = 4,946.00 + 3.71 = 4,949.71, on every screen.
    product = products.find_product(store, BAITIAO)
    payments.add_payment(store, product.saved_id, TODAY, 148_245, TODAY)
    summary = _summary(store, BAITIAO)
    assert (summary.balance, summary.charges) == (8 * 61_825 + 371, 371) == (494_971, 371)
    assert dues.owed(store, product, TODAY) == 494_971
    planned = {d.name: d.balance for d in payoff.payoff_debts(store, TODAY, "CNY")}
    assert planned[BAITIAO] == 494_971


def test_a_minimum_due_today_can_still_be_paid_today(store: Store) -> None:
    # Chase's 1,234.56 statement of 24 Nov is due 19 Dec. On the due date itself the day
    # is not over: no late fee yet, nothing but the statement owed (it was charged one
    # day early before: the engine judged the due date at the start of the page's day).
    chase = products.find_product(store, "Chase Freedom")
    assert overview.product_summary(store, date(2026, 12, 19), chase.saved_id).balance == 123_456
    # The day after, unpaid: the $30 late fee capped at the $25 minimum (DESIGN.md
    # § Presets, US), dated 19 Dec, and interest on the remainder from the statement date
    # (Reg Z 1026.54): 123,456 × 0.0006846575 × 26 days (24 Nov → 20 Dec) = 2,197.7 →
    # 2,198. 1,234.56 + 25.00 + 21.98 = 1,281.54.
    after = overview.product_summary(store, date(2026, 12, 20), chase.saved_id)
    assert (after.balance, after.charges) == (128_154, 2_500 + 2_198)
    planned = {d.name: d.balance for d in payoff.payoff_debts(store, date(2026, 12, 19), "USD")}
    assert planned["Chase Freedom"] == 123_456
