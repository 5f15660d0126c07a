"""Each plan's instalment parts are its own (issue 11, "still left"): a negotiated plan's
charges are paid by its own payments, and each statement's parts keep their own grace;
a charge paid by a credit balance is on the simulator's chart where the table counts it.

DESIGN.md § Domain model: a payment is allocated to the oldest open dues (penalty →
interest/fees → principal). § Negotiated repayment: balance = (unpaid + penalty and fees
so far) × (1 − waiver) in N equal payments (leftover in the last). § The account engine:
interest only on balances that lost their grace — an instalment part bears none before
its own statement's due date + grace days.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from tracker.engine import Account, Paid, PartDue, RecordedBill, Spend, play
from tracker.products import from_preset
from tracker.service import demo, files, simulation
from tracker.service import negotiate as negotiate_service
from tracker.simulator import simulate
from tracker.storage import Store

TODAY = date(2026, 12, 1)


@pytest.fixture
def store(tmp_path: Path) -> Store:
    s = files.open_store(tmp_path / "demo.db", create=True)
    demo.populate(s, TODAY)
    yield s
    s.close()


def test_negotiating_today_the_plans_first_payment_pays_its_charges(store: Store) -> None:
    # The demo on 2026-12-01 (as tests/core/test_negotiate.py): 京东白条 owes ¥864.20
    # (bill) + ¥583.25 + ¥35.00 (iPhone period 4, instalment fee ¥35.00), both due
    # 26 Nov, and ¥3.71 of penalty (0.05% × ¥1,482.45 × 5 days = ¥3.706125): ¥1,486.16.
    # Negotiated today (5 days after the due) into 5 payments: ¥1,486.16 / 5 = ¥297.232 →
    # 4 × ¥297.23 and ¥297.24, from 1 Jan 2027. The first repays the costs so far first:
    # ¥35.00 + ¥3.71 = ¥38.71, and ¥297.23 − ¥38.71 = ¥258.52 of principal.
    pid = next(p.saved_id for p in store.list_products() if p.name == "京东白条")
    bill = negotiate_service.oldest_overdue(store, store.get_product(pid), TODAY)
    assert bill is not None
    sim = simulation.simulate_due(
        store, bill.due.id, TODAY, negotiate_after=5, negotiate_periods=5
    )
    option = next(o for o in sim.options if o.kind == "negotiated")
    assert option.total_cost == 371
    first = option.plan[0]
    assert (first.due_date, first.principal, first.fee) == (date(2027, 1, 1), 25_852, 3_871)
    by_day = {p.due_date: p for p in option.schedule}
    # The iPhone's period 5 (due 26 Dec, on the 17 Dec statement) pays its own ¥35.00
    # fee, which every option pays alike: no cost of this option. It was drawing the
    # plan's ¥3.71 (the two shared one fee pool).
    dec = by_day[date(2026, 12, 26)]
    assert (dec.principal, dec.fee, dec.cost) == (58_325, 3_500, 0)
    # The plan's first payment pays the ¥3.71: of its ¥38.71 fee, ¥3.71 is cost.
    jan = by_day[date(2027, 1, 1)]
    assert (jan.fee, jan.cost) == (3_871, 371)
    assert sum(p.cost for p in option.schedule) == option.total_cost == 371
    # So the chart's line rises on 1 Jan, the day the ¥3.71 is paid, not on 26 Dec.
    curve = next(c for c in simulation.chart_curves(sim) if c.options[0].kind == "negotiated")
    assert curve.points[:3] == (
        (date(2026, 11, 26), 0),
        (date(2026, 12, 26), 0),
        (date(2027, 1, 1), 371),
    )


def test_one_statements_payment_does_not_end_another_plans_grace() -> None:
    # A Baitiao account (statement on the 17th, due 9 days later, grace 0; revolving
    # 0.05% a day on what lost its grace; minimum 10% of principal + 100% of interest and
    # instalment parts — DESIGN.md § Presets) with two plans, no fees:
    #   plan B: ¥300.00 due 20 Dec (its own statement, 11 Dec);
    #   plan A: ¥200.00 due 26 Dec (on the 17 Dec statement).
    # ¥1,000.00 spent on 20 Oct is on the 17 Nov statement (minimum ¥100.00), paid on
    # 26 Nov: ¥900.00 revolves from then on.
    product = from_preset("baitiao", "白条").with_changes(statement_day=17)
    parts = (PartDue(date(2026, 12, 20), 30_000, 0, 1), PartDue(date(2026, 12, 26), 20_000, 0, 0))
    payments = (
        Paid(date(2026, 11, 26), 10_000),
        Paid(date(2026, 12, 20), 39_675),  # the 11 Dec statement's minimum, see below
        Paid(date(2026, 12, 26), 29_270),  # the 17 Dec statement's minimum
    )
    account = Account(product, spends=(Spend(date(2026, 10, 20), 100_000),), parts=parts,
                      payments=payments)  # fmt: skip
    out = play(account, until=date(2027, 1, 18))
    rows = {r.statement_date: r for r in out.rows}
    # 11 Dec: interest 26 Nov → 11 Dec, 15 days × ¥900.00 × 0.05% = ¥6.75; minimum
    # 10% × ¥900.00 + ¥6.75 + ¥300.00 = ¥396.75.
    assert (rows[date(2026, 12, 11)].interest, rows[date(2026, 12, 11)].minimum) == (675, 39_675)
    # 17 Dec: 6 days × ¥900.00 × 0.05% = ¥2.70 (both parts in their grace); minimum
    # ¥90.00 + ¥2.70 + ¥200.00 = ¥292.70.
    assert (rows[date(2026, 12, 17)].interest, rows[date(2026, 12, 17)].minimum) == (270, 29_270)
    # 20 Dec, ¥396.75: interest ¥6.75 + ¥2.70 = ¥9.45, then the parts, the one due
    # first first: plan B's ¥300.00, then ¥87.30 of plan A's ¥200.00 (¥112.70 left, still
    # in its grace until 26 Dec). 26 Dec, ¥292.70: ¥112.70 of plan A, ¥180.00 of
    # principal (¥720.00 left).
    # Interest on the 17 Jan statement, accrued from 17 Dec:
    #   17 → 20 Dec,  3 days × ¥900.00                      = 2,700.00
    #   20 → 26 Dec,  6 days × ¥900.00 (plan A in its grace) = 5,400.00
    #   26 Dec → 17 Jan, 22 days × ¥720.00                   = 15,840.00
    #   23,940.00 bearing-days × 0.05% = ¥11.97.
    # (The pooled grace ended plan A's on plan B's verdict, 20 Dec: + 6 × ¥112.70 ×
    # 0.05% = ¥0.3381, ¥12.31.)
    assert rows[date(2027, 1, 17)].interest == 1_197
    assert all(r.days_past_due == 0 for r in out.rows)


def test_a_charge_paid_by_a_credit_balance_is_on_the_chart_as_in_the_table() -> None:
    # A Baitiao account (statement on the 17th, due the 26th): a ¥1,000.00 bill due
    # 26 Nov 2026, paid 10 days late with ¥1,003.00, and a ¥100.00 instalment part due
    # 26 Mar 2027 (on the 17 Mar statement). Simulated on 10 Dec. The penalty of those
    # 10 days, 0.05% × ¥1,000.00 × 10 = ¥5.00 (DESIGN.md § Presets, BNPL overdue), is
    # accrued but not yet posted when the payment comes: the payment pays the bill's
    # ¥1,000.00 and leaves ¥3.00 of credit beside the ¥5.00 (¥2.00 still owed, so the
    # account is not paid off and nothing is netted then).
    product = from_preset("baitiao", "白条").with_changes(statement_day=17)
    account = Account(
        product,
        bills=(RecordedBill(date(2026, 11, 17), date(2026, 11, 26), 100_000),),
        parts=(PartDue(date(2027, 3, 26), 10_000),),
        payments=(Paid(date(2026, 12, 6), 100_300),),
    )
    sim = simulate(
        product, 100_000, date(2026, 11, 26), minimum=100_000, today=date(2026, 12, 10),
        account=account, periods=[],
    )  # fmt: skip
    option = next(o for o in sim.options if o.kind == "negotiated")
    # The 17 Dec statement posts the ¥5.00 and the ¥3.00 credit pays ¥3.00 of it that
    # day (penalty first); the ¥2.00 left is owed, then negotiated 90 days after the due
    # (24 Feb 2027) and repaid in the plan's parts. Cost ¥5.00, as the table says.
    assert option.total_cost == 500
    assert option.credit_charges == ((date(2026, 12, 17), 300),)
    assert sum(p.cost for p in option.schedule) == 200
    # The chart: the ¥3.00 on 17 Dec, the day the credit paid it (on no payment: left
    # out, the line would end at ¥2.00 while the table says ¥5.00), ¥5.00 at the end.
    curve = next(c for c in simulation.chart_curves(sim) if c.options[0].kind == "negotiated")
    assert curve.points[:2] == ((date(2026, 11, 26), 0), (date(2026, 12, 17), 300))
    assert curve.points[-1][1] == 500
    # Paying late on D = 10 Dec (14 days after the due): settling posts the ¥5.00, the
    # credit pays ¥3.00 of it that day and the settlement pays the ¥2.00 left; the part
    # is paid on its own due date.
    late = {o.days: o for o in sim.options if o.kind == "overdue"}
    assert late[14].total_cost == 500
    assert late[14].credit_charges == ((date(2026, 12, 10), 300),)
    assert [(p.due_date, p.payment) for p in late[14].schedule] == [
        (date(2026, 12, 10), 200),
        (date(2027, 3, 26), 10_000),
    ]


def test_a_payment_of_everything_owed_pays_the_penalty_accrued_to_its_day() -> None:
    # The account above paid ¥1,005.00 on 6 Dec: everything owed that day, the ¥5.00
    # accrued penalty included (what the app asks). Paid off, the penalty is charged
    # then and paid by the payment: nothing is left, no credit. (The engine left the
    # ¥5.00 accrued and the ¥5.00 as a credit: no later statement posts a charge while
    # nothing is owed, so the penalty was never charged.)
    product = from_preset("baitiao", "白条").with_changes(statement_day=17)
    account = Account(
        product,
        bills=(RecordedBill(date(2026, 11, 17), date(2026, 11, 26), 100_000),),
        payments=(Paid(date(2026, 12, 6), 100_500),),
    )
    out = play(account, until=date(2027, 3, 1))
    assert (out.penalty, out.cost, out.owed) == (500, 500, 0)
    assert [(r.statement_date, r.penalty, r.paid) for r in out.rows] == [
        (date(2026, 11, 17), 500, 100_500)
    ]


def test_a_charge_paid_by_a_payment_recorded_today_is_sunk_as_on_the_chart() -> None:
    # A Baitiao account (statement on the 17th, due the 26th): a ¥100.00 bill due 26 Nov
    # 2026 left unpaid; penalty 0.05% a day on the whole unpaid amount = ¥0.05 a day
    # (DESIGN.md § Presets). 26 Nov → 17 Dec: 21 days = ¥1.05, posted on the 17 Dec
    # statement. Today, 20 Dec, ¥1.00 is paid (recorded): it pays the penalty first.
    product = from_preset("baitiao", "白条").with_changes(statement_day=17)
    account = Account(
        product,
        bills=(RecordedBill(date(2026, 11, 17), date(2026, 11, 26), 10_000),),
        payments=(Paid(date(2026, 12, 20), 100),),
    )
    sim = simulate(
        product, 10_000, date(2026, 11, 26), minimum=10_000, today=date(2026, 12, 20),
        account=account, periods=[],
    )  # fmt: skip
    option = next(o for o in sim.options if o.kind == "negotiated")
    # Negotiated 90 days after the due (24 Feb 2027): penalty ¥1.05 + 17 Dec → 17 Jan
    # 31 days ¥1.55 + 17 Jan → 17 Feb ¥1.55 + 17 → 24 Feb 7 days ¥0.35 = ¥4.50, of which
    # the ¥1.00 paid today is paid already (sunk, like what was paid before today): the
    # option costs ¥3.50 (it said ¥4.50 while its chart ended at ¥3.50).
    assert [r.penalty for r in option.timeline[:4]] == [0, 105, 155, 155 + 35]
    assert option.total_cost == 350
    # Owed on 24 Feb: ¥100.00 + ¥4.50 − ¥1.00 = ¥103.50 in 12: 11 × ¥8.62 + ¥8.68; the
    # first repays the ¥3.50 first.
    assert [(p.principal, p.fee) for p in option.plan[:2]] == [(512, 350), (862, 0)]
    assert option.plan[-1].payment == 868
    curve = next(c for c in simulation.chart_curves(sim) if c.options[0].kind == "negotiated")
    assert curve.points[-1][1] == option.total_cost == 350
