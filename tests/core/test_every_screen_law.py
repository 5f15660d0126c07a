"""Every screen agrees on what each account owes today, for random ledgers and days
(issue 11, acceptance 2; DESIGN.md § The account engine: "a figure that two screens
show is the same figure"): the dashboard (the products page's balance), the due list
(``due --json``: each due's amount + the account's costs so far, + unbilled − credit),
the payoff planner's opening balance (the account engine's own figure), and the
simulator's "pay today" (its cost is the costs so far)."""

from __future__ import annotations

import json
import tempfile
from datetime import date, timedelta
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tracker.cli import main
from tracker.errors import InputError
from tracker.service import (
    accounts,
    bills,
    charges,
    dues,
    estimated_dues,
    files,
    overview,
    payments,
    payoff,
    plans,
    products,
    simulation,
)
from tracker.storage import Store

START = date(2026, 1, 1)
FAR = date(2030, 1, 1)
PRESETS = ("baitiao", "huabei", "cn-credit-card", "us-credit-card", "pay-in-4", "loan")
_DAY = st.integers(0, 300).map(lambda n: START + timedelta(days=n))
_EVENT = st.one_of(
    st.tuples(st.just("charge"), _DAY, st.integers(1, 500_000)),
    st.tuples(st.just("bill"), _DAY, st.integers(1, 800_000)),
    st.tuples(st.just("plan"), _DAY, st.integers(1_000, 1_000_000)),
    st.tuples(st.just("payment"), _DAY, st.integers(1, 800_000)),
)


def build(store: Store, presets: list[str], events: list[tuple[str, date, int]]) -> None:
    names = []
    for n, preset in enumerate(presets):
        names.append(products.add_product(store, f"p{n}", preset, {}).name)
    for n, (kind, day, amount) in enumerate(events):
        name, preset = names[n % len(names)], presets[n % len(names)]
        try:
            if kind == "charge" and preset not in ("pay-in-4", "loan"):
                charges.add_charge(store, name, day, amount, FAR)
            elif kind == "bill" and preset not in ("pay-in-4", "loan"):
                due = bills.due_for_statement(store, name, day)
                bills.add_bill(store, name, day, due, amount, FAR)
            elif kind == "plan":
                periods = {"pay-in-4": 4, "loan": 12}.get(preset, 3)
                plans.add_plan(store, name, amount, periods, day, "plan")
            elif kind == "payment":
                payments.add_payment(store, name, day, amount, FAR, allow_credit=True)
        except InputError:
            pass  # refused as when typed (a second bill on one statement date …)


# Derandomized so CI is reproducible. Random runs (600 examples a seed) found three
# counterexamples, fixed with their regression tests in
# tests/core/test_paid_statement_minimum.py: a CN card with a ¥0.01 charge and a plan on
# the same day ("pay today" paid a ¥10.00 late fee the products page did not owe), two
# pay-in-4 orders missed and paid together within the retry days (a $2.50 fee), and a
# bill recorded on today itself ("pay today" paid the estimates it replaces). Since then
# "pay today" pays exactly the products page's balance with other bills open too (it
# was only ">=" then).
@settings(
    max_examples=40,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow],
    derandomize=True,
)
@given(
    presets=st.lists(st.sampled_from(PRESETS), min_size=1, max_size=3),
    events=st.lists(_EVENT, max_size=10),
    later=st.integers(0, 400),
)
def test_every_screen_quotes_the_same_amount_owed(
    presets: list[str], events: list[tuple[str, date, int]], later: int
) -> None:
    # Records are dated up to today (the app refuses later ones); plans' periods may fall
    # after it.
    today = max((day for _, day, _ in events), default=START) + timedelta(days=later)
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "law.db"
        store = files.open_store(path, create=True)
        build(store, presets, events)
        views = dues.due_views(store, today)
        credit = dues.credits(store, today)
        estimates = {
            e.product.saved_id: e.amount
            for e in estimated_dues.estimated_dues(store, today, days=3660)
        }
        planned = {}
        for code in ("CNY", "USD"):
            planned |= {d.key: d.balance for d in payoff.payoff_debts(store, today, code)}
        for summary in overview.product_summaries(store, today):
            pid = summary.product.saved_id
            mine = [v for v in views if v.product.saved_id == pid]
            listed = sum(v.amount + v.penalty_so_far for v in mine)
            due_list = listed + dues.unbilled(store, summary.product) - credit.get(pid, 0)
            # The dashboard / products page = the due list = the planner's opening. The
            # account's costs so far stand on one of its dues (its oldest open one, else
            # its latest); an account with no due at all (spending only) lists none, and
            # its costs are on the products page alone.
            # A pay-in-N late fee after the last instalment, once the engine's statement
            # asks it, is an estimated due, on no due (accounts.fees_on_dues).
            beyond = sum(
                e.amount for e in accounts.played_to(store, summary.product, today).beyond_dues
            )
            if mine:
                assert summary.balance == due_list + beyond
            else:
                assert summary.balance == due_list + summary.charges
            # ``due`` also lists what the engine's own statements hold that no due shows
            # (issue 11): with it, everything owed but the spending on no statement yet.
            if pid in estimates:
                rows = accounts.played_to(store, summary.product, today).outcome.rows
                later_spend = sum(
                    c.amount
                    for c in store.unbilled_charges(pid)
                    if c.date > rows[-1].statement_date
                )
                # (the estimate is net of a credit balance)
                assert listed + estimates[pid] + later_spend == summary.balance
            assert planned.get(f"product-{pid}", 0) == max(0, summary.balance)
            late = [v for v in mine if v.amount > 0 and v.status.days_past_due > 0]
            if late:
                sim = simulation.simulate_due(store, late[0].due.id, today)
                now = next(o for o in sim.options if o.days == sim.days_late)
                paid = sum(p.principal + p.fee for p in now.schedule)
                # Paying today (and the later instalments on their dates) pays exactly
                # what the products page says is owed …
                assert paid == summary.balance
                # … and costs at least the costs so far not paid yet, at most all of them
                # (what was paid of them before today — by a credit balance too — is
                # sunk): the products page's costs so far and the late fees and loan
                # penalty the due list holds on its dues (accounts.fees_on_dues).
                account = accounts.played_to(store, summary.product, today)
                costs = summary.charges + sum(e.amount for e in account.on_dues)
                assert account.unpaid_charges <= now.total_cost <= costs
        store.close()
        # ``due --json`` shows the same figures the views hold.
        out = _due_json(path, today)
        assert sum(row["kind"] == "estimate" for row in out) <= len(estimates)
        for row in out:
            if row["kind"] == "estimate":
                continue  # (checked above: no due of its own)
            view = next(v for v in views if v.due.id == row["due_id"])
            assert row["penalty_so_far"] == f"{view.penalty_so_far / 100:.2f}"


def test_a_penalty_paid_at_a_payoff_after_the_bill_is_a_cost_not_a_credit(tmp_path: Path) -> None:
    # Found by the law above (derandomized, 2026-12-04). Baitiao, its ¥430.00 bill of
    # 1 Jan due 10 Jan paid off on 11 Jan with ¥430.22: one day late, 违约金 0.05 % ×
    # 430.00 = ¥0.215 → ¥0.22 (DESIGN.md § Presets), charged at the payoff and paid by
    # it. A ¥0.01 purchase on 12 Jan is all that is owed. The products page said
    # −¥0.21 (a ¥0.22 credit the lender does not hold, less the ¥0.01) while the planner
    # said ¥0.01: the engine's ¥0.22 sat on the recorded bill's row, which the costs so
    # far leave out.
    store = files.open_store(tmp_path / "b.db", create=True)
    products.add_product(store, "白条", "baitiao", {"statement_day": "1"})
    bills.add_bill(store, "白条", START, date(2026, 1, 10), "430", FAR)
    payments.add_payment(store, "白条", date(2026, 1, 11), "430.22", FAR, allow_credit=True)
    charges.add_charge(store, "白条", date(2026, 1, 12), 1, FAR)
    today = date(2026, 1, 12)
    [summary] = overview.product_summaries(store, today)
    assert (summary.balance, summary.charges) == (1, 22)
    assert {d.key: d.balance for d in payoff.payoff_debts(store, today, "CNY")} == {"product-1": 1}
    assert dues.owed(store, store.get_product(1), today) == 1
    store.close()


def _due_json(path: Path, today: date) -> list[dict[str, object]]:
    import contextlib
    import io

    buffer = io.StringIO()
    with contextlib.redirect_stdout(buffer):
        code = main(["--db", str(path), "--today", today.isoformat(), "--json", "due",
                     "--days", "3660"])  # fmt: skip
    assert code == 0
    rows: list[dict[str, object]] = json.loads(buffer.getvalue())["dues"]
    return rows
