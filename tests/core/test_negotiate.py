"""Negotiate (issue 17): proposals for the demo's overdue Baitiao account, hand-checked;
their credit outcome is the simulator's negotiated option's; the agreed plan recorded.

The demo on 2026-12-01 (tracker.service.demo): 京东白条's bill of ¥864.20 was due
2026-11-26 (5 days ago) and is unpaid, and so is period 4 of the iPhone plan due the same
day: ¥6,999.00 / 12 = ¥583.25 principal + 0.5% × ¥6,999.00 = ¥35.00 (34.995, half up)
fee. Baitiao's penalty: 0.05% a day on the whole unpaid amount
¥864.20 + ¥583.25 + ¥35.00 = ¥1,482.45, i.e. ¥0.741225 a day; 5 days → ¥3.706125 → ¥3.71.
Owed today: ¥1,482.45 + ¥3.71 = ¥1,486.16.
"""

from __future__ import annotations

import json
from datetime import date, timedelta
from decimal import Decimal
from pathlib import Path

import pytest

from tracker.cli.main import main
from tracker.errors import InputError
from tracker.service import accounts, demo, dues, files, simulation
from tracker.service import negotiate as service
from tracker.storage import Store

TODAY = date(2026, 12, 1)


@pytest.fixture
def store(tmp_path: Path) -> Store:
    s = files.open_store(tmp_path / "demo.db", create=True)
    demo.populate(s, TODAY)
    yield s
    s.close()


def _baitiao(store: Store) -> int:
    return next(p.saved_id for p in store.list_products() if p.name == "京东白条")


def test_owed_split_and_what_a_week_adds(store: Store) -> None:
    found = service.proposals(store, _baitiao(store), TODAY, "300")
    o = found.owed
    # principal ¥864.20 + ¥583.25; fee ¥35.00 (the instalment's); penalty ¥3.71 (above)
    assert (o.principal, o.interest, o.fees, o.penalty) == (144_745, 0, 3_500, 371)
    assert o.total == 148_616
    assert (found.due, found.days_late) == (date(2026, 11, 26), 5)
    # 12 days late: ¥0.741225 × 12 = ¥8.8947 → ¥8.89; less the ¥3.71 so far = ¥5.18
    assert found.week_adds == 518


def test_proposals_at_a_budget_of_300(store: Store) -> None:
    found = service.proposals(store, _baitiao(store), TODAY, "300")
    assert found.affordable
    rows = [(p.periods, p.payment, p.last_payment, p.total, p.cost) for p in found.plans]
    # ¥1,486.16 / 4 = ¥371.54 > ¥300: 4 payments are too many a month. In 5:
    # ¥297.23 × 4 = ¥1,188.92, the last ¥1,486.16 − ¥1,188.92 = ¥297.24 ≤ ¥300.
    # Then the standard longer terms: 12 → ¥123.84 × 11 = ¥1,362.24, last ¥123.92;
    # 24 → ¥61.92 × 23 = ¥1,424.16, last ¥62.00; 36 → ¥41.28 × 35 = ¥1,444.80, last ¥41.36;
    # 60 (the longest, 2011 card rules Art. 70) → ¥24.76 × 59 = ¥1,460.84, last ¥25.32.
    # The cost is the ¥3.71 penalty (the instalment fee belongs to its plan).
    assert rows == [
        (5, 29_723, 29_724, 148_616, 371),
        (12, 12_384, 12_392, 148_616, 371),
        (24, 6_192, 6_200, 148_616, 371),
        (36, 4_128, 4_136, 148_616, 371),
        (60, 2_476, 2_532, 148_616, 371),
    ]
    five = found.plans[0]
    # First payment a month after agreeing today; the last 4 months later.
    assert (five.first_date, five.last_date) == (date(2027, 1, 1), date(2027, 5, 1))
    # Reported (code 1, 1–30 days late); kept 5 years after the last payment.
    assert (five.impact.code, five.impact.reported) == (1, True)
    assert five.impact.visible_until == date(2032, 5, 1)
    assert found.plans[1].impact.visible_until == date(2032, 12, 1)
    # The usual concession, waiving the penalty (no interest or late fee here): ¥3.71 off,
    # ¥1,482.45 left; 5 × ¥296.49 = ¥1,482.45 exactly, and the cost drops to nothing.
    waived = found.waived_plans[0]
    assert (waived.periods, waived.payment, waived.last_payment) == (5, 29_649, 29_649)
    assert (waived.waived, waived.total, waived.cost) == (371, 148_245, 0)
    assert found.ask == waived


def test_budget_too_small_for_60_payments_names_the_budget_that_works(store: Store) -> None:
    found = service.proposals(store, _baitiao(store), TODAY, "20")
    assert not found.affordable and found.plans == () and found.waived_plans == ()
    # 60 payments: ¥1,486.16 / 60 = ¥24.769…, so 59 × ¥24.76 = ¥1,460.84 and the last
    # ¥25.32 — the smallest largest payment of any plan of ≤ 60 (59: ¥25.18 × 58, last
    # ¥25.72). With the penalty waived, ¥1,482.45: 59 × ¥24.70 = ¥1,457.30, last ¥25.15.
    assert (found.least_budget, found.least_budget_waived) == (2_532, 2_515)


def test_too_small_budget_cli_says_so(store: Store, capsys: pytest.CaptureFixture[str]) -> None:
    path = files.data_path(store)
    store.close()
    code = main(
        ["--db", str(path), "--today", "2026-12-01", "negotiate", "京东白条", "--budget", "20"]
    )
    out = capsys.readouterr().out
    assert code == 0
    assert "too small for any plan of at most 60 payments" in out
    # with the penalty waived (the script's ask) the least is ¥25.15
    assert "at least ¥25.15 a month" in out


def test_credit_outcome_agrees_with_the_simulators_negotiated_option(store: Store) -> None:
    pid = _baitiao(store)
    found = service.proposals(store, pid, TODAY, "300", "0.3")
    bill = service.oldest_overdue(store, store.get_product(pid), TODAY)
    assert bill is not None
    for p in found.plans + found.waived_plans:
        sim = simulation.simulate_due(
            store, bill.due.id, TODAY, negotiate_after=5, negotiate_periods=p.periods,
            waiver=p.waiver,
        )  # fmt: skip
        option = next(o for o in sim.options if o.kind == "negotiated")
        assert option.impact == p.impact
        assert (option.total_cost, option.months_reported, option.red_line) == (
            p.cost, p.months_reported, p.red_line,
        )  # fmt: skip
        # the plan's first payment (the schedule also pays the iPhone's later periods,
        # ¥618.25 from 26 Dec, which stay dues of their own)
        assert option.plan[0].payment == p.payment
    # 30% of ¥1,486.16 = ¥445.848 → ¥445.85 waived, ¥1,040.31 left. 3 payments would be
    # ¥346.77 > ¥300; in 4: ¥260.07 × 3 = ¥780.21, the last ¥1,040.31 − ¥780.21 = ¥260.10.
    four = found.waived_plans[0]
    assert (four.periods, four.payment, four.last_payment, four.waived) == (
        4, 26_007, 26_010, 44_585,
    )  # fmt: skip


def test_record_agreement_stops_the_penalty_and_becomes_the_next_due(store: Store) -> None:
    pid = _baitiao(store)
    product = store.get_product(pid)
    created = service.record_agreement(store, pid, "1486.16", 5, date(2026, 12, 11), TODAY)
    # ¥1,486.16 in 5: 4 × ¥297.23, the last ¥297.24; monthly on the 11th
    assert [(d.due_date, d.total, d.kind) for d in created] == [
        (date(2026, 12, 11), 29_723, "negotiated"),
        (date(2027, 1, 11), 29_723, "negotiated"),
        (date(2027, 2, 11), 29_723, "negotiated"),
        (date(2027, 3, 11), 29_723, "negotiated"),
        (date(2027, 4, 11), 29_724, "negotiated"),
    ]
    views = dues.due_views(store, TODAY, pid)
    late = [v for v in views if v.status.days_past_due > 0]
    assert late == []  # the bill and period 4 are taken over by the plan
    open_views = [v for v in views if v.amount > 0]
    assert open_views[0].due.id == created[0].id  # the plan's first payment is next
    # The penalty no longer grows: nothing owed beside the plan, today or 9 days on.
    for day in (TODAY, date(2026, 12, 10)):
        assert accounts.played_to(store, product, day).unpaid_charges == 0
    # Missing the first payment makes it late again from 11 Dec: on the 15th, 4 days
    # × 0.05% × ¥297.23 = ¥0.594… → ¥0.59 (only the plan's payment was posted yet).
    assert accounts.played_to(store, product, date(2026, 12, 15)).unpaid_charges == 59
    late = [v for v in dues.due_views(store, date(2026, 12, 15), pid) if v.status.is_overdue]
    assert [v.due.id for v in late] == [created[0].id]


def test_a_payment_kept_on_time_stays_clean(store: Store) -> None:
    from tracker.service import payments

    pid = _baitiao(store)
    product = store.get_product(pid)
    created = service.record_agreement(store, pid, "1486.16", 5, date(2026, 12, 11), TODAY)
    later = date(2026, 12, 20)  # before the iPhone plan's period 5 (26 Dec)
    payments.add_payment(store, pid, date(2026, 12, 11), 29_723, later, "plan 1/5")
    views = dues.due_views(store, later, pid)
    assert all(v.status.days_past_due == 0 for v in views)
    assert next(v for v in views if v.due.id == created[0].id).amount == 0
    assert accounts.played_to(store, product, later).unpaid_charges == 0
    # still reported for November; visible until 5 years after it is all settled
    assert accounts.played_to(store, product, later).impact.visible_until is None


def test_deleting_the_agreed_plan_brings_the_overdue_back(store: Store) -> None:
    from tracker.service import plans

    pid = _baitiao(store)
    created = service.record_agreement(store, pid, "1486.16", 5, date(2026, 12, 11), TODAY)
    plans.delete_plan(store, created[0].source_id or 0)
    late = [v for v in dues.due_views(store, TODAY, pid) if v.status.days_past_due > 0]
    assert {v.due.kind for v in late} == {"bill", "installment"}


@pytest.mark.parametrize(
    ("total", "periods", "first", "field"),
    [
        ("1486.17", 5, date(2026, 12, 11), "principal"),  # a cent more than owed
        ("0", 5, date(2026, 12, 11), "principal"),
        ("1486.16", 61, date(2026, 12, 11), "periods"),
        ("1486.16", 5, TODAY, "first_due"),  # not after today
        ("1486.16", 5, TODAY + timedelta(days=93), "first_due"),
        ("$100", 5, date(2026, 12, 11), "principal"),  # another currency's sign
    ],
)
def test_record_agreement_refuses_and_writes_nothing(
    store: Store, total: str, periods: int, first: date, field: str
) -> None:
    pid = _baitiao(store)
    before = (len(store.list_plans(pid)), len(store.list_dues(pid)))
    with pytest.raises(InputError) as err:
        service.record_agreement(store, pid, total, periods, first, TODAY)
    assert err.value.field == field
    assert (len(store.list_plans(pid)), len(store.list_dues(pid))) == before


def test_nothing_overdue_is_refused(store: Store) -> None:
    huabei = next(p for p in store.list_products() if p.name == "花呗")
    with pytest.raises(InputError, match="nothing overdue"):
        service.proposals(store, huabei.saved_id, TODAY, "300")
    with pytest.raises(InputError) as err:
        service.proposals(store, _baitiao(store), TODAY, "0")
    assert err.value.field == "budget"
    with pytest.raises(InputError) as err:
        service.proposals(store, _baitiao(store), TODAY, "300", "1.5")
    assert err.value.field == "waiver"


def test_cli_negotiate_json_and_plan_add_negotiated(
    store: Store, capsys: pytest.CaptureFixture[str]
) -> None:
    path = files.data_path(store)
    store.close()
    base = ["--db", str(path), "--today", "2026-12-01"]
    assert main([*base, "--json", "negotiate", "京东白条", "--budget", "300"]) == 0
    doc = json.loads(capsys.readouterr().out)
    assert doc["owed"]["total"] == "1486.16" and doc["week_adds"] == "5.18"
    assert doc["proposals"][0]["payment"] == "297.23"
    assert doc["proposals"][0]["visible_until"] == "2032-05-01"
    assert (doc["service_phone"], doc["app_route"]) == ("95118", "jd")
    assert Decimal(doc["proposals"][0]["waiver"]) == 0
    assert main([*base, "negotiate", "京东白条", "--budget", "abc"]) == 2
    assert capsys.readouterr().err.count("\n") == 1
    args = ["plan", "add", "京东白条", "--principal", "1486.16", "--periods", "5"]
    assert main([*base, *args, "--first-due", "2026-12-11", "--negotiated"]) == 0
    capsys.readouterr()
    assert main([*base, "--json", "due", "--days", "10"]) == 0
    listed = json.loads(capsys.readouterr().out)["dues"]
    mine = [d for d in listed if d["product"] == "京东白条"]
    assert [(d["kind"], d["due_date"], d["amount"]) for d in mine] == [
        ("negotiated", "2026-12-11", "297.23")
    ]


def test_the_statement_counts_the_plan_instead_of_the_dues_it_took_over(store: Store) -> None:
    from tracker.service import statement

    pid = _baitiao(store)
    service.record_agreement(store, pid, "1486.16", 5, date(2026, 12, 11), TODAY)
    rows = statement.statement_rows(store, date(2026, 11, 1), date(2026, 12, 11), pid, TODAY)
    got = [(r.date.isoformat(), r.kind, r.amount, r.balance) for r in rows]
    # bill ¥864.20 + period 4 (¥583.25 + ¥35.00) = ¥1,482.45, all taken over on 1 Dec;
    # then the plan's first payment ¥297.23 (the ¥3.71 penalty is inside the plan).
    assert got == [
        ("2026-11-17", "bill", 86_420, 86_420),
        ("2026-11-26", "installment", 58_325, 144_745),
        ("2026-11-26", "fee", 3_500, 148_245),
        ("2026-12-01", "adjustment", -148_245, 0),
        ("2026-12-11", "installment", 29_723, 29_723),
    ]


def test_a_second_agreed_plan_while_one_runs_is_refused(store: Store) -> None:
    pid = _baitiao(store)
    service.record_agreement(store, pid, "1486.16", 5, date(2026, 12, 11), TODAY)
    before = len(store.list_dues(pid))
    with pytest.raises(InputError, match="already has an agreed plan running"):
        service.record_agreement(store, pid, "1000", 3, date(2026, 12, 15), TODAY)
    assert len(store.list_dues(pid)) == before


def test_the_engine_follows_an_agreement() -> None:
    from tracker.engine import Account, AccountPlay, Agreement, Paid, PartDue, Policy, RecordedBill
    from tracker.products import from_preset

    product = from_preset("baitiao", "白条", statement_day=23)
    bill = RecordedBill(date(2026, 10, 23), date(2026, 11, 1), 100_000)
    # 10 days late on 11 Nov: ¥1,000.00 × 0.05% × 10 = ¥5.00 penalty; the lender agrees to
    # ¥1,005.00 in 2 × ¥502.50 (11 Dec, 11 Jan), so nothing is waived.
    deal = Agreement(
        date(2026, 11, 11),
        (PartDue(date(2026, 12, 11), 50_250), PartDue(date(2027, 1, 11), 50_250)),
    )

    def play_to(day: date, payments: tuple[Paid, ...] = ()) -> AccountPlay:
        engine = AccountPlay(Account(product, bills=(bill,), payments=payments,
                                     agreements=(deal,)), Policy(), until=day)  # fmt: skip
        engine.run()
        return engine

    before = AccountPlay(Account(product, bills=(bill,)), Policy(), until=date(2026, 11, 11))
    before.run()
    assert before.unpaid_charges() == 500
    kept = play_to(date(2026, 12, 10))
    assert (kept.unpaid_charges(), kept.owed()) == (0, 50_250)  # part 1 posted, no penalty
    assert kept.outcome().waived == 0
    # Part 1 paid on time, part 2 missed: late again from 11 Jan; on 21 Jan 10 days ×
    # ¥502.50 × 0.05% = ¥2.5125 → ¥2.51.
    late = play_to(date(2027, 1, 21), (Paid(date(2026, 12, 11), 50_250),))
    assert late.unpaid_charges() == 251
    assert late.outcome().days_past_due == 10


def test_the_agreed_plans_payments_are_reminded(
    store: Store, capsys: pytest.CaptureFixture[str]
) -> None:
    service.record_agreement(store, _baitiao(store), "1486.16", 5, date(2026, 12, 11), TODAY)
    path = files.data_path(store)
    store.close()
    base = ["--db", str(path), "--today", "2026-12-10", "--json"]
    assert main([*base, "remind", "--dry-run"]) == 0
    rows = json.loads(capsys.readouterr().out)
    mine = [r for r in rows if r["product"] == "京东白条"]
    # the day before the first payment (lead 1 day); the old overdue bill is not reminded
    assert [(r["amount"], r["due_date"], r["lead_days"]) for r in mine] == [
        ("297.23", "2026-12-11", 1)
    ]


def test_an_agreement_between_a_statement_and_its_due_date_takes_that_statement_over(
    store: Store,
) -> None:
    """On 20 Dec the 17 Dec statement (period 5 of the iPhone plan, ¥618.25, due 26 Dec)
    is issued and not yet due: the engine counts it as owed, so the plan takes it over and
    it is no longer a due of its own (else it would be paid twice)."""
    from tracker.service import statement

    pid = _baitiao(store)
    product = store.get_product(pid)
    day = date(2026, 12, 20)
    found = service.proposals(store, pid, day, "500")
    # penalty: ¥1,482.45 × 0.05% × 21 days (26 Nov → 17 Dec) = ¥15.565725 → ¥15.57 at the
    # statement; then (¥1,482.45 + ¥618.25) × 0.05% × 3 days = ¥3.15105 → ¥3.15: ¥18.72.
    assert found.owed.penalty == 1_872
    assert found.owed.total == 148_245 + 61_825 + 1_872  # ¥2,119.42
    created = service.record_agreement(store, pid, "2119.42", 5, date(2026, 12, 30), day)
    open_views = [v for v in dues.due_views(store, day, pid) if v.amount > 0]
    assert open_views[0].due.id == created[0].id
    assert date(2026, 12, 26) not in {v.due.due_date for v in open_views}
    assert accounts.played_to(store, product, date(2026, 12, 29)).unpaid_charges == 0
    rows = statement.statement_rows(store, date(2026, 12, 20), date(2026, 12, 30), pid, day)
    assert [(r.date.isoformat(), r.kind, r.amount, r.balance) for r in rows] == [
        # the overdue ¥1,482.45 and the engine's estimated penalty on the 17 Dec
        # statement (¥15.57, listed there as an estimated row) are taken over: 1,498.02
        ("2026-12-20", "adjustment", -(148_245 + 1_557), 0),
        ("2026-12-26", "installment", 58_325, 58_325),
        ("2026-12-26", "fee", 3_500, 61_825),
        ("2026-12-26", "adjustment", -61_825, 0),
        ("2026-12-30", "installment", 42_388, 42_388),  # ¥2,119.42 / 5 = ¥423.884 → ¥423.88
    ]


def test_a_bill_taken_over_says_so_and_stays_reported(store: Store) -> None:
    # The ¥864.20 bill due 26 Nov, 5 days late (reported: Baitiao reports from day 1),
    # is taken over by a plan agreed today: its row says so instead of "paid", and the
    # lateness stays on the report (a negotiated plan does not erase the record).
    from tracker.service import bills

    pid = _baitiao(store)
    service.record_agreement(store, pid, "1486.16", 5, date(2027, 1, 1), TODAY)
    nov = next(v for v in bills.bill_views(store, TODAY, pid) if v.bill.amount == 86_420)
    assert (nov.rescheduled_on, nov.reported) == (TODAY, True)


def test_the_simulators_negotiated_option_ends_with_its_plan(store: Store) -> None:
    # Negotiating after 90 days (2027-02-24) into 12 monthly payments (the simulator's
    # default) ends with the plan's last payment, 2028-02-24, the iPhone plan's later
    # periods (to July 2027) paid on their dates beside it. A version that kept those
    # periods let the plan's payment on the 24th meet the period's minimum due on the
    # 26th instead of its own, so each plan payment went late and the option posted to
    # 2075 (600 statements, ¥13,080.45 of "cost"); hand-checked whole in
    # tests/core/test_negotiated_timeline.py.
    pid = _baitiao(store)
    bill = service.oldest_overdue(store, store.get_product(pid), TODAY)
    assert bill is not None
    sim = simulation.simulate_due(store, bill.due.id, TODAY)
    option = next(o for o in sim.options if o.kind == "negotiated")
    assert option.schedule[-1].due_date == option.plan[-1].due_date == date(2028, 2, 24)
    assert option.timeline[-1].due_date == date(2028, 2, 24)
    assert len(option.timeline) == 21  # 4 late statements + 5 iPhone periods + 12
    assert option.total_cost == 10_195  # the penalty so far, far less than the bill
