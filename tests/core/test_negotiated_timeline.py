"""The simulator's negotiated option: the whole agreed plan on its timeline, beside the
account's later instalments, and a chart whose lines end at the table's costs.

DESIGN.md § Negotiated repayment: after D days overdue, balance = (unpaid + penalty and
fees so far) × (1 − waiver), split into N ≤ 60 equal payments (leftover in the last);
penalty stops while the plan is kept; the record stays until settlement + retention.
§ The account engine, "scenario": every option runs until its balance is zero, with its
month-by-month timeline. The demo on 2026-12-01 (tracker.service.demo, as in
tests/core/test_negotiate.py): 京东白条's ¥864.20 bill and period 4 of the iPhone plan
(¥583.25 + ¥35.00 fee) fell due 2026-11-26 and are unpaid; periods 5–12 (¥618.25 each)
fall due on the 26th from December to July 2027, each on the statement of the 17th.
Baitiao's penalty is 0.05% a day on the whole unpaid amount (principal, instalment
parts and their fees, not penalty on penalty).
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta
from decimal import Decimal
from pathlib import Path

import pytest
from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st

from tests.core.test_engine_laws_accounts import START as LAW_START
from tests.core.test_engine_laws_accounts import accounts as law_accounts
from tracker.engine import Account, AccountPlay, Negotiation, PartDue, Policy, play
from tracker.engine.records import Paid, RecordedBill
from tracker.products import from_preset
from tracker.service import demo, files, simulation
from tracker.service import negotiate as negotiate_service
from tracker.simulator import Option, Simulation, simulate
from tracker.storage import Store

TODAY = date(2026, 12, 1)
PERIOD = 61_825  # ¥583.25 + ¥35.00, one iPhone period


@pytest.fixture
def store(tmp_path: Path) -> Store:
    s = files.open_store(tmp_path / "demo.db", create=True)
    demo.populate(s, TODAY)
    yield s
    s.close()


def _negotiated(sim: Simulation) -> Option:
    return next(o for o in sim.options if o.kind == "negotiated")


def _baitiao_bill(store: Store) -> int:
    pid = next(p.saved_id for p in store.list_products() if p.name == "京东白条")
    bill = negotiate_service.oldest_overdue(store, store.get_product(pid), TODAY)
    assert bill is not None and bill.due.total == 86_420
    return bill.due.id


def test_the_default_negotiation_plays_every_instalment_of_the_plan(store: Store) -> None:
    # The simulator's default: negotiate 90 days after the 26 Nov due, i.e. on
    # 2027-02-24, into 12 monthly payments.
    option = _negotiated(simulation.simulate_due(store, _baitiao_bill(store), TODAY))
    # Penalty until then (0.05% a day, posted at each statement on the 17th):
    #   26 Nov → 17 Dec, 21 days × ¥1,482.45 (¥864.20 + ¥618.25)       = ¥15.565725 → ¥15.57
    #   17 Dec → 17 Jan, 31 days × ¥2,100.70 (+ period 5, ¥618.25)       = ¥32.56085  → ¥32.56
    #   17 Jan → 17 Feb, 31 days × ¥2,718.95 (+ period 6)                = ¥42.143725 → ¥42.14
    #   17 Feb → 24 Feb,  7 days × ¥3,337.20 (+ period 7, no penalty on
    #                                         the ¥90.27 penalty posted) = ¥11.6802   → ¥11.68
    # ¥15.57 + ¥32.56 + ¥42.14 + ¥11.68 = ¥101.95, the option's cost (the instalment
    # fees belong to the iPhone plan, which every option pays alike).
    assert option.total_cost == 10_195
    # Owed on 24 Feb: ¥864.20 + periods 4–7 (4 × ¥618.25 = ¥2,473.00) + ¥101.95 =
    # ¥3,439.15; / 12 = ¥286.5958…: 11 × ¥286.59 = ¥3,152.49, the last ¥286.66.
    plan = [(p.due_date, p.payment) for p in option.plan]
    assert plan == [(date(2027, m, 24), 28_659) for m in range(3, 13)] + [
        (date(2028, 1, 24), 28_659),
        (date(2028, 2, 24), 28_666),
    ]
    assert sum(p for _, p in plan) == 343_915
    # Periods 8–12 (due 26 Mar … 26 Jul 2027, on statements after the agreement) are not
    # in the plan: they stay dues of their own, paid on their dates, at their own price.
    later = [(p.due_date, p.payment) for p in option.schedule if p.due_date.day == 26]
    assert later == [(date(2027, m, 26), PERIOD) for m in range(3, 8)]
    assert len(option.schedule) == 12 + 5
    # The timeline: the statements of 17 Nov, Dec, Jan, Feb (days past due 21, 52, 83,
    # 90), the five later iPhone statements (clean) and the twelve plan payments, the
    # last on 24 Feb 2028 — and not a cycle more.
    rows = option.timeline
    assert len(rows) == 4 + 5 + 12
    assert [r.days_past_due for r in rows[:4]] == [21, 52, 83, 90]
    # 1–30, 31–60, 61–90 days, and the Feb month at 90 days (a BNPL line may report at its
    # due dates: every month the delinquency touches counts).
    assert [r.report_code for r in rows[:4]] == [1, 2, 3, 3]
    assert all(r.report_code == 0 and r.interest == 0 for r in rows[4:])
    # The penalty column: ¥15.57 and ¥32.56 and ¥42.14 at the statements, and the
    # ¥11.68 accrued since 17 Feb on that row, taken into the plan on 24 Feb: the
    # timeline's charges add up to the cost. The plan's payments repay them (and the
    # instalment fees of periods 4–7), charging nothing new: no fees on their rows.
    assert [r.penalty for r in rows[:4]] == [0, 1_557, 3_256, 4_214 + 1_168]
    assert sum(r.interest + r.penalty + r.late_fee for r in rows) == 10_195
    assert all(r.fees == 0 for r in rows if r.due_date.day == 24)
    assert rows[-1].due_date == date(2028, 2, 24) and rows[-1].paid == 28_666
    # Credit: worst code 3; 90 days is not past 90 (not serious); the record stays 5
    # years from the plan's last payment, 2028-02-24 → 2033-02-24 (the later iPhone
    # periods, paid on time, end in July 2027 and are no part of the bad record).
    assert (option.impact.code, option.impact.serious) == (3, False)
    assert option.impact.visible_until == date(2033, 2, 24)
    # Cash needed: from March to July both the plan and an iPhone period,
    # ¥286.59 + ¥618.25 = ¥904.84 a month; then the plan alone.
    cash = dict(option.monthly_cash())
    assert cash["2027-03"] == cash["2027-07"] == 90_484
    assert cash["2027-08"] == 28_659 and cash["2028-02"] == 28_666
    assert "2028-03" not in cash


def test_the_chart_line_of_the_negotiated_option_ends_at_its_table_cost(store: Store) -> None:
    # The page drew ¥241.95 for this option: it added the four ¥35.00 instalment fees
    # (periods 4–7) the plan repays to the ¥101.95 of penalty. The cost is paid with the
    # plan's first payment (the costs so far first, as the ledger allocates).
    sim = simulation.simulate_due(store, _baitiao_bill(store), TODAY)
    curve = next(c for c in simulation.chart_curves(sim) if c.options[0].kind == "negotiated")
    assert curve.points[:2] == ((date(2026, 11, 26), 0), (date(2027, 3, 24), 10_195))
    assert {v for _, v in curve.points[1:]} == {10_195}
    assert curve.reported


def _check_curves(sim: Simulation) -> int:
    """Every option of ``sim`` is on the chart, at its table cost; returns the count."""
    seen = 0
    for curve in simulation.chart_curves(sim):
        if curve.late:
            # one line through the "pay D days late" options, each at (pay day, cost)
            assert curve.points[1:] == tuple(
                (sim.due + timedelta(days=o.days or 0), o.total_cost) for o in curve.options
            )
        else:
            (o,) = curve.options
            assert curve.points[-1][1] == o.total_cost, (o.kind, o.days, o.periods)
        seen += len(curve.options)
    # paying in full costs nothing and has no line; every other option has one
    assert seen == sum(o.kind != "pay_in_full" for o in sim.options)
    return seen


def test_every_option_on_the_chart_is_at_its_table_cost_on_the_demo(store: Store) -> None:
    checked = 0
    for view in simulation.simulatable_dues(store, TODAY):
        checked += _check_curves(simulation.simulate_due(store, view.due.id, TODAY))
        for waiver in (Decimal("0.3"), Decimal(1)):  # a waiver beyond the charges too
            sim = simulation.simulate_due(
                store, view.due.id, TODAY, negotiate_after=20, waiver=waiver
            )
            checked += _check_curves(sim)
    assert checked > 100


@pytest.mark.parametrize("preset", simulation.preset_keys())
def test_every_option_on_the_chart_is_at_its_table_cost_for_every_preset(preset: str) -> None:
    sim = simulation.simulate_amount(None, preset, 300_000, date(2027, 1, 20), today=TODAY)
    assert _check_curves(sim) >= 3


def test_a_waiver_beyond_the_charges_lowers_the_line(store: Store) -> None:
    # Negotiating today with 30% off: 30% of ¥1,486.16 = ¥445.848 → ¥445.85 waived, more
    # than the ¥3.71 penalty (the only charge): the cost is ¥3.71 − ¥445.85 = −¥442.14,
    # and the chart goes down by as much on the day it is agreed (today).
    sim = simulation.simulate_due(
        store, _baitiao_bill(store), TODAY, negotiate_after=5, negotiate_periods=4,
        waiver=Decimal("0.3"),
    )  # fmt: skip
    option = _negotiated(sim)
    assert option.total_cost == -44_214
    assert simulation.cost_curve(option, sim.due)[:2] == [
        (date(2026, 11, 26), 0),
        (TODAY, -44_214),
    ]
    # ¥1,486.16 − ¥445.85 = ¥1,040.31 in 4: 3 × ¥260.07 = ¥780.21, the last ¥260.10
    assert [p.payment for p in option.plan] == [26_007, 26_007, 26_007, 26_010]


def test_the_proposals_are_the_options_plan_and_totals(store: Store) -> None:
    pid = next(p.saved_id for p in store.list_products() if p.name == "京东白条")
    found = negotiate_service.proposals(store, pid, TODAY, "300")
    for p in found.plans:
        option = _negotiated(
            simulation.simulate_due(
                store, _baitiao_bill(store), TODAY, negotiate_after=5, negotiate_periods=p.periods
            )
        )
        plan = option.plan
        assert (p.payment, p.last_payment) == (plan[0].payment, plan[-1].payment)
        assert (p.first_date, p.last_date) == (plan[0].due_date, plan[-1].due_date)
        # total repaid under the plan: ¥1,486.16, owed today (tests/core/test_negotiate.py)
        assert p.total == sum(x.payment for x in plan) == 148_616
        assert (p.cost, p.impact, p.months_reported) == (
            option.total_cost, option.impact, option.months_reported,
        )  # fmt: skip
        # … and the iPhone's periods 5–12, on the statements after today, stay dues
        days = {x.due_date for x in plan}
        later = [x.due_date for x in option.schedule if x.due_date not in days]
        assert later == [date(2026, 12, 26)] + [date(2027, m, 26) for m in range(1, 8)]


def test_a_plan_payment_between_a_statement_and_its_due_date_meets_the_plans_minimum() -> None:
    # A Baitiao account (statement on the 17th, due the 26th) with a ¥100.00 instalment
    # part due 2027-03-26 (posted on the 17 Mar statement), and an unpaid ¥200.00 part
    # due 2027-01-26. Negotiated on 2027-02-24 into 2 payments, on 24 Mar and 24 Apr.
    # The 24 Mar payment falls due before the 26 Mar part: it must meet the plan's own
    # minimum, not the part's (which is paid on the 26th), so nothing is late again and
    # no interest or penalty follows the agreement.
    product = from_preset("baitiao", "白条")
    parts = (PartDue(date(2027, 1, 26), 20_000), PartDue(date(2027, 3, 26), 10_000))
    deal = Negotiation(date(2027, 2, 24), 2)
    out = play(Account(product, parts=parts), Policy(negotiation=deal))
    # penalty: 26 Jan → 17 Feb, 22 days × ¥200.00 × 0.05% = ¥2.20; 17 Feb → 24 Feb,
    # 7 days × ¥200.00 × 0.05% = ¥0.70; owed ¥202.90 → ¥101.45 and ¥101.45.
    assert [p.principal + p.fee for p in out.plan] == [10_145, 10_145]
    after = [r for r in out.rows if r.statement_date > date(2027, 2, 24)]
    assert [(r.due_date, r.days_past_due, r.interest, r.penalty) for r in after] == [
        (date(2027, 3, 26), 0, 0, 0),
        (date(2027, 3, 24), 0, 0, 0),
        (date(2027, 4, 24), 0, 0, 0),
    ]
    assert out.owed == 0 and out.cost == 290
    # the record: settled by the plan's last payment, 2027-04-24, + 5 years
    assert out.visible_until == date(2032, 4, 24)


@settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    account=law_accounts(),
    after=st.integers(1, 300),
    periods=st.integers(1, 24),
    waiver=st.sampled_from([Decimal(0), Decimal("0.2"), Decimal(1)]),
)
def test_law_a_negotiated_plan_is_kept_to_its_last_payment(
    account: Account, after: int, periods: int, waiver: Decimal
) -> None:
    # Whatever the account, negotiated on a day D with nothing recorded after it: every
    # payment of the plan and every instalment part not yet posted on D is paid on its
    # date, nothing is late after D, and the timeline ends with the later of the plan's
    # last payment and the last such part's due date — not a cycle more, nothing owed.
    day = LAW_START + timedelta(days=after)
    account = replace(
        account,
        bills=tuple(b for b in account.bills if b.statement_date <= day),
        spends=tuple(s for s in account.spends if s.day <= day),
        payments=tuple(p for p in account.payments if p.day <= day),
    )
    engine = AccountPlay(account, Policy(negotiation=Negotiation(day, periods, waiver)))
    engine.run()
    out = engine.outcome()
    if sum(p.principal + p.fee for p in out.plan) <= 0:
        return  # nothing was owed on D: there was nothing to negotiate
    assert len(out.plan) == periods and out.owed <= 0
    paid_on = {c.day for c in out.cash}
    plan = set(out.plan)
    later = [
        slot.due_date
        for slot in engine.slots
        if slot.statement_date > day and slot.parts and not plan.intersection(slot.parts)
    ]
    due_days = [p.due_date for p in out.plan if p.principal + p.fee > 0] + later
    assert set(due_days) <= paid_on
    assert all(r.days_past_due == 0 for r in out.rows if r.statement_date > day)
    # (a cycle's statement may still post on that last day, before its payment)
    end = max([out.plan[-1].due_date, *later])
    assert all(r.statement_date <= end for r in out.rows)


def test_a_credit_that_covers_what_is_owed_pays_it_when_negotiating() -> None:
    # Found by the law below. A US card (DESIGN.md § Presets: late fee never above the
    # minimum due): a $0.01 statement of 5 Jan due 24 Jan, unpaid: late fee min($30,
    # $0.01) = $0.01; the engine's 5 Feb statement (due 10 Feb) holds $0.02 and is missed
    # too: another $0.01. On 11 Feb (18 days late) $0.04 is paid, more than is owed.
    # Negotiating 90 days after the due (24 Apr) finds nothing owed: the credit pays the
    # two $0.01 late fees then, as "pay 90 days late" has it — the chart's line ends at
    # the table's 2 (it ended at 0: the credit was left beside the fees it covered).
    product = replace(from_preset("us-credit-card", "us"), statement_day=15, grace_days=0)
    account = Account(
        product,
        bills=(RecordedBill(date(2026, 1, 5), date(2026, 1, 24), 1),),
        payments=(Paid(date(2026, 2, 11), 4),),
    )
    sim = simulate(
        product, 1, date(2026, 1, 24), minimum=1, today=date(2026, 2, 11), account=account,
        waiver=Decimal(0), periods=[],
    )  # fmt: skip
    (option,) = [o for o in sim.options if o.kind == "negotiated"]
    assert option.total_cost == 2 and option.plan == ()
    assert option.credit_charges == ((date(2026, 4, 24), 2),)
    curve = next(c for c in simulation.chart_curves(sim) if c.options[0] is option)
    assert curve.points[-1] == (date(2026, 4, 24), 2)
    _check_curves(sim)


@settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    account=law_accounts(),
    late=st.integers(1, 120),
    waiver=st.sampled_from([Decimal(0), Decimal("0.3"), Decimal(1)]),
)
def test_law_every_late_option_is_on_the_chart_at_its_table_cost(
    account: Account, late: int, waiver: Decimal
) -> None:
    # Any account with something falling due, simulated ``late`` days after that due:
    # each option's line ends at (and the "pay late" line passes through) its cost.
    dues = sorted({b.due_date for b in account.bills} | {p.due_date for p in account.parts})
    if not dues:
        return
    due = dues[0]
    amount = sum(b.amount for b in account.bills if b.due_date == due) + sum(
        p.principal + p.fee for p in account.parts if p.due_date == due
    )
    today = due + timedelta(days=late)
    # As recorded in the app: nothing paid after today. More may have been paid than was
    # owed: a credit balance that later pays a charge is on the chart on the day it pays
    # it, as the table counts it.
    account = replace(account, payments=tuple(p for p in account.payments if p.day <= today))
    sim = simulate(
        account.product, amount, due, minimum=amount, today=today, account=account,
        waiver=waiver, periods=[],
    )  # fmt: skip
    event("simulated")
    _check_curves(sim)
