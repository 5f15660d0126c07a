"""One figure, one engine: the due list, the dashboard, the simulator's "pay today" and
the payoff planner's opening agree on what each account owes (DESIGN.md § The account
engine; issue 11, acceptance 2 and 3)."""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import date, timedelta
from pathlib import Path

import pytest

from tracker.cli import main
from tracker.service import demo, dues, estimated_dues, files, payoff, simulation
from tracker.storage import Store

TODAY = date(2026, 12, 1)


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Store]:
    s = files.open_store(tmp_path / "one.db", create=True)
    demo.populate(s, TODAY)
    yield s
    s.close()


@pytest.mark.parametrize("later", [0, 5, 17, 33, 64])
def test_every_screen_quotes_the_same_amount_owed(store: Store, later: int) -> None:
    day = TODAY + timedelta(days=later)
    views = dues.due_views(store, day)
    estimated = estimated_dues.estimated_dues(store, day, 3660)
    for code in ("CNY", "USD"):
        for debt in payoff.payoff_debts(store, day, code):
            pid = int(debt.key.split("-")[1])
            mine = [v for v in views if v.product.saved_id == pid]
            product = mine[0].product
            # The due list: what is open on the dues + unbilled + the engine's costs so far.
            listed = sum(v.amount + v.penalty_so_far for v in mine)
            # (A pay-in-N account's late fee after its last instalment is on no due: on
            # the estimated due of the engine's statement that asks it.)
            fees = sum(e.amount for e in estimated if e.product.saved_id == pid and
                       product.kind == "pay_in_n")  # fmt: skip
            assert debt.balance == listed + dues.unbilled(store, product) + fees
            # The simulator's "pay today" on the account's oldest late due costs exactly
            # the costs so far the due list shows for it: beside its dues, and the late
            # fees a pay-in-N account's dues hold (ledger.with_fees) not paid yet, and
            # those its estimated due holds.
            late = [v for v in mine if v.amount > 0 and v.due.due_date < day]
            if late:
                sim = simulation.simulate_due(store, late[0].due.id, day)
                now = next(o for o in sim.options if o.days == sim.days_late)
                on_dues = sum(v.due.penalty - v.status.state.paid_penalty for v in mine)
                assert now.total_cost == sum(v.penalty_so_far for v in mine) + on_dues + fees


def test_due_json_never_calls_a_delinquent_account_clean(
    store: Store, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # The card's last bill was paid 6 days late (past its 3 grace days): every due of
    # that account says "reported", also the one not due yet; Baitiao's, 5 days late, too.
    store.close()
    code = main(["--db", str(tmp_path / "one.db"), "--today", "2026-12-01", "--json",
                     "due", "--days", "40"])  # fmt: skip
    assert code == 0
    rows = json.loads(capsys.readouterr().out)["dues"]
    for name in ("招商银行信用卡", "京东白条"):
        assert all(r["reported"] and r["credit_code"] >= 1 for r in rows if r["product"] == name)
    late = [r for r in rows if r["days_past_due"] > 0]
    assert late and all(r["reported"] for r in late)
