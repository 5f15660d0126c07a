"""tracker.service.simulation: the simulator and payoff pages' use cases, on the demo file."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest

from tracker.errors import InputError, NotFoundError
from tracker.service import demo, dues, files, payoff, simulation
from tracker.storage import Store

TODAY = date(2026, 12, 1)


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Store]:
    s = files.open_store(tmp_path / "demo.db", create=True)
    demo.populate(s, TODAY)
    yield s
    s.close()


def huabei_due(store: Store) -> int:
    views = simulation.simulatable_dues(store, TODAY)
    return next(v.due.id for v in views if v.product.name == "花呗")


def test_dues_to_simulate_are_open_and_in_date_order(store: Store) -> None:
    views = simulation.simulatable_dues(store, TODAY)
    dates = [v.due.due_date for v in views]
    assert dates == sorted(dates)
    # The overdue Baitiao bill (due 2026-11-26, ¥864.20 unpaid) comes first.
    assert (views[0].product.name, views[0].amount) == ("京东白条", 86420)
    assert all(v.amount > 0 for v in views)


def test_simulate_the_huabei_due_by_hand(store: Store) -> None:
    sim = simulation.simulate_due(store, huabei_due(store), TODAY)
    assert (sim.amount, sim.minimum, sim.due) == (324560, 32456, date(2026, 12, 4))
    by = {(o.kind, o.periods or o.days): o for o in sim.options}
    # Huabei 3 periods: total 2.5% → 324560 × 0.025 = 8114.
    assert by["installment", 3].total_cost == 8114
    # 30 days late: 324560 × 0.0005 = 162.28 a day, posted on each statement (the 25th):
    # 4 → 25 Dec 21 days = 3,407.88 → 3,408; 25 Dec → 3 Jan 9 days = 1,460.52 → 1,461;
    # 4,869; reported, settled 2027-01-03, kept 5 years → visible until 2032-01-03.
    late = by["overdue", 30]
    assert late.total_cost == 4869
    assert late.impact.visible_until == date(2032, 1, 3)
    # Minimum ¥324.56 now, rest 292,104 on 2027-01-04 (31 days) is NOT clean: the
    # 25 Dec statement falls due on 3 Jan, a day before. Daily fee 292,104 × 0.0005 =
    # 146.052: 4 → 25 Dec 21 d = 3,067.09 → 3,067; 25 Dec → 3 Jan 9 d = 1,314.47 → 1,314;
    # its minimum 10 % × 292,104 + 3,067 = 32,277 is missed on 3 Jan: one day's penalty on
    # everything, (292,104 + 3,067) × 0.0005 = 147.59 → 148. 3,067 + 1,314 + 148 = 4,529.
    assert by["minimum", 31].total_cost == 4529
    assert by["minimum", 31].impact.reported
    # The rest 30 days later (3 Jan, that statement's due date) stays clean:
    # 3,067 + 1,314 = 4,381.
    assert by["minimum", 30].total_cost == 4381 and not by["minimum", 30].impact.reported
    assert sim.cheapest_clean is not None and sim.cheapest_clean.total_cost < 4381


def test_instalment_due_is_not_split_again(store: Store) -> None:
    views = simulation.simulatable_dues(store, TODAY)
    period = next(
        v
        for v in views
        if v.due.kind == "installment" and v.due.due_date > TODAY and v.product.name == "京东白条"
    )
    sim = simulation.simulate_due(store, period.due.id, TODAY)
    kinds = {o.kind for o in sim.options}
    assert kinds == {"pay_in_full", "overdue", "negotiated"}
    assert sim.cheapest_clean is None


def test_an_overdue_bill_starts_from_today(store: Store) -> None:
    # The Baitiao bill: ¥864.20 due 2026-11-26, unpaid, 5 days late on 2026-12-01.
    views = simulation.simulatable_dues(store, TODAY)
    bill = next(v for v in views if v.product.name == "京东白条" and v.due.kind == "bill")
    sim = simulation.simulate_due(store, bill.due.id, TODAY)
    assert sim.days_late == 5
    # Paying on time, the minimum and splitting are gone; only later or negotiated.
    assert [(o.kind, o.days) for o in sim.options] == [
        ("overdue", 5),
        ("overdue", 15),
        ("overdue", 30),
        ("overdue", 60),
        ("overdue", 90),
        ("overdue", 180),
        ("negotiated", 90),
    ]
    facts = simulation.explain(sim)
    assert facts.now is sim.options[0]
    # Paying today plays the whole Baitiao account: the BNPL penalty runs on everything
    # unpaid, the bill and the plan's period due the same day: (86,420 + 61,825) × 0.0005
    # × 5 days = 370.61 → 371 fen — the dashboard's "so far" for it. Baitiao reports from
    # day 1, settled today → visible until 2031-12-01 (5 years).
    assert facts.now.total_cost == 371
    shown = next(v for v in dues.open_views(store, TODAY) if v.due.id == bill.due.id)
    assert facts.now.total_cost == shown.penalty_so_far
    assert facts.now.impact.reported
    assert facts.now.impact.visible_until == date(2031, 12, 1)
    # The quoted "later" scenario is 30 days: 148,245 × 0.0005 = 74.1225 a day, posted on
    # the 17 Dec statement (21 days = 1,556.57 → 1,557); that statement adds the plan's
    # next period (61,825), so 9 more days on 210,070: 945.32 → 945. 1,557 + 945 = 2,502.
    assert facts.late is not None and facts.late.total_cost == 2502
    assert sim.cheapest_clean is None


def test_unknown_or_paid_due_is_refused(store: Store) -> None:
    with pytest.raises(NotFoundError):
        simulation.simulate_due(store, 9999, TODAY)
    paid = next(d for d in store.list_dues() if d.due_date < date(2026, 11, 1))
    with pytest.raises(InputError, match="paid already"):
        simulation.simulate_due(store, paid.id, TODAY)


def test_simulate_an_amount_on_a_preset() -> None:
    # DESIGN.md's worked example: 12,000.00 over 12 periods at 0.6% flat
    # → fee 12000 × 0.006 × 12 = 864.00, APR 13.03%, EAR 13.84%.
    sim = simulation.simulate_amount(None, "cn-credit-card", 1_200_000, date(2026, 12, 10))
    split = next(o for o in sim.options if o.kind == "installment" and o.periods == 12)
    assert split.total_cost == 86400
    assert split.apr == Decimal("0.130342")
    assert split.ear == Decimal("0.138418")


def test_simulate_an_amount_on_a_saved_product(store: Store) -> None:
    huabei = store.find_product("花呗")
    sim = simulation.simulate_amount(store, huabei.id or 0, 100_000, date(2026, 12, 4))
    split = next(o for o in sim.options if o.kind == "installment" and o.periods == 6)
    assert split.total_cost == 4500  # 1000.00 × 4.5%


def test_simulate_amount_refuses_unknown_preset_and_zero() -> None:
    with pytest.raises(InputError, match="unknown preset"):
        simulation.simulate_amount(None, "nope", 100, TODAY)
    with pytest.raises(InputError, match="greater than zero"):
        simulation.simulate_amount(None, "huabei", 0, TODAY)
    with pytest.raises(InputError):
        simulation.simulate_amount(None, 1, 100, TODAY)


def test_explain_quotes_cheapest_clean_and_thirty_days_late(store: Store) -> None:
    sim = simulation.simulate_due(store, huabei_due(store), TODAY)
    facts = simulation.explain(sim)
    assert facts.currency == "CNY"
    assert facts.best is not None and facts.best.kind == "minimum"
    assert facts.late is not None and facts.late.days == 30
    assert facts.late.total_cost == 4869  # as in test_simulate_the_huabei_due_by_hand


def test_explain_picks_the_nearest_lateness() -> None:
    sim = simulation.simulate_amount(
        None, "huabei", 10_000, date(2026, 12, 4), overdue_days=[10, 45, 90]
    )
    late = simulation.explain(sim).late
    assert late is not None and late.days == 45  # |45 − 30| = 15 < |10 − 30| = 20


def test_cost_curve_accumulates_fees_by_date() -> None:
    sim = simulation.simulate_amount(None, "huabei", 300_000, date(2026, 12, 4), periods=[3])
    split = next(o for o in sim.options if o.kind == "installment")
    curve = simulation.cost_curve(split, sim.due)
    # 3000.00 × 2.5% = 75.00 spread evenly: 25.00 a month on Jan 4, Feb 4, Mar 4.
    assert curve == [
        (date(2026, 12, 4), 0),
        (date(2027, 1, 4), 2500),
        (date(2027, 2, 4), 5000),
        (date(2027, 3, 4), 7500),
    ]


def test_late_curve_joins_the_lateness_scenarios() -> None:
    sim = simulation.simulate_amount(
        None, "huabei", 100_000, date(2026, 12, 4), overdue_days=[30, 10]
    )
    # 1000.00 × 0.0005 a day: 10 days → 5.00, 30 days → 15.00.
    assert simulation.late_curve(sim) == [
        (date(2026, 12, 4), 0),
        (date(2026, 12, 14), 500),
        (date(2027, 1, 3), 1500),
    ]


def test_payoff_helpers_match_service_payoff(store: Store) -> None:
    debts = payoff.payoff_debts(store, TODAY, "CNY")
    plans = simulation.plan_all(debts, 300_000, TODAY)
    expected = payoff.payoff(store, TODAY, 300_000, currency="CNY")
    assert plans == expected.plans
    avalanche = plans["avalanche"]
    curve = simulation.balance_curve(avalanche)
    # From what is owed today, before any payment, then each month's end.
    owed = sum(d.balance for d in debts)
    assert curve[0] == (TODAY, owed) and avalanche.opening == owed
    first = avalanche.months[0]
    assert curve[1] == (first.last_paid, sum(first.balances.values()))
    assert TODAY < first.last_paid < date(2027, 1, 1)  # (December's last due date)
    # 0 on the debt-free day, the last month's last payment, 10 Jun (a month later,
    # paying ¥0.70, before each payment cleared the interest of its own eve)
    assert curve[-1] == (date(2027, 6, 10), 0) and avalanche.debt_free == date(2027, 6, 10)
    # The first month's minimums on the account engine (see test_overview's
    # test_payoff_on_the_demo_data): 141,627 + 95,419 + 32,456 = 269,502.
    assert simulation.minimums_total(debts, TODAY) == 269_502
    assert avalanche.months[0].minimums == {
        "product-1": 141_627,
        "product-3": 95_419,
        "product-2": 32_456,
    }
    # 2,695.02 rounded up to a whole 100.00: 2700.00.
    assert simulation.suggested_budget(debts, 2, TODAY) == 270_000
    with pytest.raises(InputError):
        simulation.plan_all([], 300_000, TODAY)


def test_simulate_amount_of_a_past_due_is_late_from_today(store: Store) -> None:
    # The saved Huabei's rules, 1,000.00 due 2026-11-20, today 2026-12-01: 11 days late
    # already. Paying today: 100000 × 0.0005 × 11 = 550 (5.50), reported (after 1 day).
    huabei = next(p for p in store.list_products() if p.name == "花呗")
    sim = simulation.simulate_amount(
        store, huabei.id or 0, 100_000, date(2026, 11, 20), today=TODAY, periods=[3]
    )
    assert sim.days_late == 11
    assert {o.kind for o in sim.options} == {"overdue", "negotiated"}
    now = sim.options[0]
    assert (now.days, now.total_cost, now.impact.reported) == (11, 550, True)
    # Without today (or with a due not yet passed) nothing changes.
    assert simulation.simulate_amount(None, "huabei", 100_000, date(2026, 11, 20)).days_late == 0


def test_a_preset_amount_due_before_today_is_refused() -> None:
    # A preset's amount is made up: it never fell due on 2026-11-20 (today 2026-12-01),
    # and "paying in full by then costs nothing" would be nonsense.
    with pytest.raises(InputError, match=r"^due date 2026-11-20 is before today \(2026-12-01\)"):
        simulation.simulate_amount(None, "huabei", 100_000, date(2026, 11, 20), today=TODAY)
    with pytest.raises(InputError) as refused:
        simulation.simulate_amount(None, "huabei", 100_000, date(2026, 11, 30), today=TODAY)
    assert refused.value.field == "due"  # the GUI says it next to the due date field
    # The same rules in hand, said to be a preset's (the CLI with --preset … --set …).
    rules = simulation.rules_for(None, "huabei")
    with pytest.raises(InputError, match="a preset's amount must fall due today or later"):
        simulation.simulate_amount(
            None, rules, 100_000, date(2026, 11, 30), today=TODAY, hypothetical=True
        )
    # Due today is fine: paying in full by today costs nothing.
    sim = simulation.simulate_amount(None, "huabei", 100_000, TODAY, today=TODAY)
    assert sim.days_late == 0 and sim.options[0].total_cost == 0


def test_simulate_amount_late_view_prices_the_bill_alone(store: Store) -> None:
    # The overdue Baitiao bill (¥864.20, due 2026-11-26): simulate_amount prices the bill
    # alone (86,420 × 0.0005 × 5 = 216.05 → 216); simulate_due the account it is on,
    # with the plan's period due the same day (371, as the dashboard).
    view = simulation.simulatable_dues(store, TODAY)[0]
    by_due = simulation.simulate_due(store, view.due.id, TODAY)
    by_amount = simulation.simulate_amount(
        store,
        view.product.id or 0,
        view.amount,
        view.due.due_date,
        today=TODAY,
        minimum=min(view.minimum, view.amount),
        posting=view.due.statement_date,
    )
    assert by_due.days_late == by_amount.days_late == 5
    assert [o.kind for o in by_amount.options] == [o.kind for o in by_due.options]
    assert (by_amount.options[0].total_cost, by_due.options[0].total_cost) == (216, 371)


def test_a_minimum_above_the_amount_is_refused_in_money() -> None:
    # 2,000.00 minimum on a 1,000.00 bill: the message shows money, not minor units.
    with pytest.raises(InputError, match=r"minimum ¥2,000\.00 must be between ¥0\.00 and the"):
        simulation.simulate_amount(None, "huabei", 100_000, date(2026, 12, 10), minimum=200_000)
