"""Dashboard summaries and the payoff use case on the demo data (today 1 December 2026).

The demo (tracker/demo.py), worked out by hand, all amounts in fen / cents:

* 京东白条 (limit 2,000,000): bill 86,420 due 26 Nov, unpaid (5 days late); a 12-period
  plan of 699,900 from 26 Aug: fee round(699,900 × 0.5 %) = 3,500, principal 58,325, so
  61,825 a period; Aug–Oct paid, 9 periods open (26 Nov … 26 Jul) = 556,425.
* 花呗 (limit 1,500,000): bill 324,560 due 4 Dec; last month's paid.
* 招商银行信用卡 (limit 5,000,000): bill 856,000 due 11 Dec; 45,800 spent 29 Nov, after
  the 22 Nov statement (unbilled).
* Chase Freedom (USD, limit 800,000): bill 123,456 due 19 Dec.
* Klarna (USD, no limit): 24,000 in 4 × 6,000 on 21 Nov, 5 Dec, 19 Dec, 2 Jan; first paid.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest

from tracker.errors import InputError
from tracker.service import demo, dues, files, overview, payments, payoff
from tracker.storage import Store

TODAY = date(2026, 12, 1)


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Store]:
    s = files.open_store(tmp_path / "overview.db", create=True)
    demo.populate(s, TODAY)
    yield s
    s.close()


def test_product_summaries(store: Store) -> None:
    by_name = {s.product.name: s for s in overview.product_summaries(store, TODAY)}
    baitiao = by_name["京东白条"]
    # 86,420 + 9 × 61,825 = 86,420 + 556,425 = 642,845 on the dues; overdue: the bill + the
    # 26 Nov period = 86,420 + 61,825 = 148,245. The engine's penalty so far (BNPL: the
    # whole unpaid amount once the minimum was missed): 148,245 × 0.0005 × 5 = 370.6 → 371,
    # in the balance: 643,216 (DESIGN.md: one figure); 643,216 / 2,000,000 = 0.321608.
    assert (baitiao.balance, baitiao.overdue, baitiao.unbilled) == (643_216, 148_245, 0)
    assert baitiao.charges == 371
    assert (baitiao.utilisation, baitiao.available) == (Decimal("0.3216"), 1_356_784)
    assert baitiao.next_due is not None
    assert (baitiao.next_due.due.due_date, baitiao.next_due.amount) == (date(2026, 12, 26), 61_825)
    card = by_name["招商银行信用卡"]
    # 856,000 + 45,800 unbilled = 901,800; / 5,000,000 = 0.18036 → 0.1804.
    assert (card.balance, card.unbilled, card.utilisation) == (901_800, 45_800, Decimal("0.1804"))
    huabei = by_name["花呗"]
    assert (huabei.balance, huabei.utilisation) == (324_560, Decimal("0.2164"))  # 0.2163733
    chase = by_name["Chase Freedom"]
    assert (chase.balance, chase.utilisation) == (123_456, Decimal("0.1543"))  # 0.15432
    klarna = by_name["Klarna"]
    # 3 × 6,000 left; no limit → no utilisation and no "available".
    assert (klarna.balance, klarna.utilisation, klarna.available) == (18_000, None, None)


def test_totals_per_currency_never_mix_yuan_and_dollars(store: Store) -> None:
    totals = overview.totals(store, TODAY)
    assert set(totals) == {"CNY", "USD"}
    cny = totals["CNY"]
    # 643,216 + 324,560 + 901,800 = 1,869,576 against 8,500,000 of limits → 0.219950… → 0.2200
    assert (cny.total_debt, cny.credit_limit, cny.credit_used) == (1_869_576, 8_500_000, 1_869_576)
    assert (cny.utilisation, cny.available) == (Decimal("0.2200"), 6_630_424)
    assert cny.overdue == 148_245
    # December or overdue: 86,420 + 61,825 (26 Nov) + 61,825 (26 Dec) + 324,560 + 856,000
    assert cny.due_this_month == 1_390_630
    # minimums: 8,642 (10 % of 86,420) + 61,825 × 2 (periods in full) + 32,456 + the card's
    # 95,419: its bill of 856,000 holds what the bank charged for the October bill paid 6
    # days late (23 Oct statement, paid 17 Nov): interest from posting 623,410 × 0.0005 ×
    # 25 days = 7,792.6 → 7,793 and the late fee 5 % × 62,341 = 3,117.05 → 3,117 — 10,910,
    # asked in full, 10 % of the rest: 10 % × 845,090 = 84,509 + 10,910 = 95,419
    # (DESIGN.md § Presets, minimum payment; it was 10 % of the whole bill, 85,600).
    assert cny.minimums == 8_642 + 2 * 61_825 + 32_456 + 95_419  # 260,167
    assert cny.next_due is not None and cny.next_due.product.name == "花呗"
    assert cny.next_due.due.due_date == date(2026, 12, 4)
    usd = totals["USD"]
    # 123,456 + 18,000; only Chase has a limit, so only it counts as credit used.
    assert (usd.total_debt, usd.credit_limit, usd.credit_used) == (141_456, 800_000, 123_456)
    assert usd.utilisation == Decimal("0.1543") and usd.overdue == 0
    # 123,456 (19 Dec) + 6,000 (5 Dec) + 6,000 (19 Dec); minimum max($25, 1 % = 1,235) = 2,500
    assert (usd.due_this_month, usd.minimums) == (135_456, 2_500 + 6_000 + 6_000)
    assert usd.next_due is not None and usd.next_due.due.due_date == date(2026, 12, 5)


def test_overdue_warnings_cost_per_day_and_report_date(store: Store) -> None:
    warnings = overview.overdue_warnings(store, TODAY)
    assert [(w.view.product.name, w.view.due.kind) for w in warnings] == [
        ("京东白条", "bill"),
        ("京东白条", "installment"),
    ]
    bill, period = warnings
    # 86,420 × 0.0005 = 43.21 → 43 a day; 61,825 × 0.0005 = 30.91 → 31 a day.
    # So far, the account engine's BNPL penalty on the whole unpaid amount of the account
    # (DESIGN.md), shown on its oldest open due: (86,420 + 61,825) × 0.0005 × 5 days =
    # 370.61 → 371 (was 216 + 155 per due, rounded twice).
    assert (bill.view.amount, bill.cost_per_day, bill.view.penalty_so_far) == (86_420, 43, 371)
    assert (period.view.amount, period.cost_per_day, period.view.penalty_so_far) == (
        61_825,
        31,
        0,
    )
    # Baitiao reports after 1 day, no grace: due 26 Nov + 1 = 27 Nov, already past.
    assert {w.reported_on for w in warnings} == {date(2026, 11, 27)}
    assert all(w.already_reported for w in warnings)


def test_overdue_warnings_grace_and_not_yet_reported(store: Store) -> None:
    def others(day: date) -> list[tuple[str, int, date, bool]]:
        return [
            (w.view.product.name, w.cost_per_day, w.reported_on, w.already_reported)
            for w in overview.overdue_warnings(store, day)
            if w.view.product.name != "京东白条"
        ]

    # 14 Dec: the card (due 11 Dec) is 3 days late — within its 3 grace days, no warning.
    # 花呗 (due 4 Dec): 324,560 × 0.0005 = 162.28 → 162 a day, reported from 5 Dec.
    # Klarna (due 5 Dec): no daily penalty (a fixed late fee), reported only after 30
    # days → 5 Dec + 30 = 4 Jan 2027, not yet.
    huabei = ("花呗", 162, date(2026, 12, 5), True)
    klarna = ("Klarna", 0, date(2027, 1, 4), False)
    assert others(date(2026, 12, 14)) == [huabei, klarna]
    # 15 Dec: 4 days late, past grace; card model: 852,883 (the bill but the 3,117 late
    # fee inside it, which bears no interest) × 0.0005 = 426.44 a day: the rounded totals
    # go from 9,808.15 → 9,808 to 10,234.59 → 10,235, 427 (428 with interest on the
    # fee); reported after max(1, 3 + 1) = 4 days → 15 Dec.
    assert others(date(2026, 12, 15)) == [
        huabei,
        klarna,
        ("招商银行信用卡", 427, date(2026, 12, 15), True),
    ]


def test_a_late_card_costs_interest_and_a_late_fee_not_a_penalty(store: Store) -> None:
    from tracker.service import simulation

    def late(day: date, name: str) -> overview.OverdueWarning:
        return next(
            w for w in overview.overdue_warnings(store, day) if w.view.product.name == name
        )

    # 招商银行信用卡: statement 22 Nov, 856,000 due 11 Dec, minimum 85,600. On 15 Dec it
    # is 4 days late (past 3 grace days): the interest-free period is lost, interest runs
    # on the whole bill from posting but its 3,117 late fee (no interest on 违约金,
    # 银发〔2016〕111号): 852,883 × 0.0005 × 23 days (22 Nov → 15 Dec) = 9,808.15 →
    # 9,808; late fee max(¥10, 5 % × 95,419 = 4,770.95) = 4,771 → 14,579 so far (the
    # minimum: 10 % of the bill's spending + the 10,910 charged inside it, see above).
    card = late(date(2026, 12, 15), "招商银行信用卡")
    assert card.view.penalty_so_far == 9_808 + 4_771
    # Chase: statement 24 Nov, 123,456 due 19 Dec, minimum $25. On 19 Jan (31 days late),
    # with R = 0.2499 / 365 = 0.0006846575: 123,456 × R = 84.5252 a day; posted on the
    # 24 Dec statement: 30 days = 2,535.76 → 2,536. Late fees, one per missed statement:
    # $30 capped at the $25 minimum → 2,500, on the 24 Dec statement too. The daily
    # balance then holds both (rules.charges_bear_interest): 128,492 × 26 days to 19 Jan
    # = 2,287.33 → 2,287 (4,823). The 24 Dec statement (due 10 Jan, the preset's same day
    # each month) is missed too: a repeat, $41 → 4,100. 4,823 + 2,500 + 4,100 = 11,423.
    # Tomorrow: 27 days = 2,375.30 → 2,375, so it adds 88.
    chase = late(date(2027, 1, 19), "Chase Freedom")
    assert chase.view.penalty_so_far == 4_823 + 2_500 + 4_100
    assert chase.cost_per_day == 88
    # the dashboard and the simulator's "pay today" quote the same figure
    for day, w in ((date(2026, 12, 15), card), (date(2027, 1, 19), chase)):
        sim = simulation.simulate_due(store, w.view.due.id, day)
        now = next(o for o in sim.options if o.kind == "overdue" and o.days == sim.days_late)
        assert now.total_cost == w.view.penalty_so_far


def test_payoff_on_the_demo_data(store: Store) -> None:
    result = payoff.payoff(store, TODAY, 300_000)  # ¥3,000.00 a month
    # The currency owing most is CNY; one debt per account: Baitiao's iPhone plan is part
    # of its account (its periods are the account's minimum), not a debt of its own.
    assert result.currency == "CNY"
    # Baitiao: the late bill 86,420 + 9 plan periods × 61,825 = 556,425 + the penalty so
    # far, (86,420 + 61,825) × 0.0005 × 5 days = 370.61 → 371: 643,216.
    assert [(d.key, d.name, d.balance) for d in result.debts] == [
        ("product-1", "京东白条", 86_420 + 556_425 + 371),
        ("product-3", "招商银行信用卡", 901_800),
        ("product-2", "花呗", 324_560),
    ]
    # 0.05 % a day × 30 = 1.5 % a month on every revolving line (for ranking only).
    assert {d.monthly_rate for d in result.debts} == {Decimal("0.0150")}
    owed = sum(d.balance for d in result.debts)
    assert owed == 1_869_205 + 371  # the dashboard's CNY total debt + the penalty so far
    avalanche = result.plans["avalanche"]
    first = avalanche.months[0]
    # Month 1 minimums, each on its due date in December:
    # Baitiao (26 Dec): 10 % of the principal not already past due (DESIGN.md § Presets):
    #   the unpaid 26 Nov minimum 70,467 holds the 26 Nov period 61,825 in full, so only
    #   8,642 of it is principal (this test used to take 10 % × (86,420 − 70,467), as if
    #   the period were principal): 10 % × (86,420 − 8,642) = 7,777.8 → 7,778 + the
    #   penalty posted on 17 Dec, 148,245 × 0.0005 × 21 days = 1,556.57 → 1,557 + the
    #   26 Dec period 61,825 + the unpaid 26 Nov minimum 70,467 = 141,627;
    # the card (11 Dec): its bill's 95,419 (10 % × 845,090 of spending + the 10,910 of
    # interest and late fee inside it, test_totals_per_currency_never_mix_yuan_and_dollars);
    # Huabei (4 Dec): 10 % × 324,560 = 32,456.
    assert first.minimums == {"product-1": 141_627, "product-3": 95_419, "product-2": 32_456}
    # Interest inside the interest-free period is 0 (Huabei's bill, paid in part, loses it
    # only from its due date); the card's minimum paid on 11 Dec loses the grace on the
    # whole bill but its 3,117 late fee (no interest on 违约金, 银发〔2016〕111号):
    # 852,883 × 0.0005 × 19 days (22 Nov → 11 Dec) = 8,102.39, + 760,581 (after the
    # 95,419 minimum, 3,117 of it the fee) × 0.0005 × 11 days (→ 22 Dec) = 4,183.20 →
    # 12,286 posted on 22 Dec; then (760,581 + 12,286) × 0.0005 × 9 days = 3,477.90 →
    # 3,478 accrued by 31 Dec: 15,764 (15,793 with interest on the fee).
    assert first.interest["product-3"] == 15_764
    assert sum(first.payments.values()) == 300_000
    for plan in result.plans.values():
        assert plan.debt_free is not None and plan.overdue == ()
        # Everything owed plus every interest and fee posting is paid, nothing more.
        assert plan.total_paid == owed + plan.total_interest + plan.total_fees
        assert all(b >= 0 for row in plan.months for b in row.balances.values())
    # Equal rates: least-damage covers every minimum, so it is avalanche.
    assert result.plans["least-damage"].total_interest == avalanche.total_interest
    assert avalanche.total_interest <= result.plans["snowball"].total_interest


def test_payoff_refuses_an_empty_currency(store: Store) -> None:
    with pytest.raises(InputError, match="nothing is owed in EUR"):
        payoff.payoff(store, TODAY, 100_000, currency="EUR")


def test_a_card_bill_with_its_minimum_paid_only_carries_interest(store: Store) -> None:
    from tracker.service import simulation

    day = date(2026, 12, 21)
    # 招商银行信用卡: 856,000 from the 22 Nov statement, due 11 Dec, minimum 85,600;
    # 800,000 paid on 10 Dec meets the minimum; 56,000 revolves.
    payments.add_payment(store, 3, date(2026, 12, 10), 800_000, day)
    view = next(v for v in dues.due_views(store, day) if v.due.due_date == date(2026, 12, 11))
    assert view.status.state_name == "revolving"
    # This statement's month is clean; the account is reported for last month's bill,
    # paid 6 days late (past the 3 grace days), and stays so after the payment.
    assert view.impact.reported and view.impact.code == 1
    # The card takes the grace away: the whole bill from posting to the due date but
    # the 3,117 late fee inside it (no interest on 违约金, 银发〔2016〕111号), 852,883 ×
    # 0.0005 × 19 = 8,102.39, less the 800,000 repaid on 10 Dec, a day before it —
    # 3,117 of it the fee (paid first), 796,883 of the purchases: 796,883 × 0.0005 × 1 =
    # 398.44 — then the rest, 56,000 × 0.0005 × 10 = 280 → 7,983.95 → 7,984 (8,012 with
    # interest on the fee); no late fee (the minimum was met), no month anniversary yet.
    assert view.penalty_so_far == 7_984
    sim = simulation.simulate_due(store, view.due.id, day)
    # Its own outcome: the minimum was met, so paying the rest today is never reported.
    assert not sim.options[0].impact.reported
    assert sim.options[0].total_cost == 7_984 and sim.days_late == 10
    # Paying the rest 30 days after the due date (10 Jan): to 22 Dec, 8,102.39 − 398.44 +
    # 56,000 × 0.0005 × 11 = 308 → 8,011.95 → 8,012 is compounded into the balance; then
    # (56,000 + 8,012) × 0.0005 × 19 days = 608.11 → 8,012 + 608.11 = 8,620.11 → 8,620.
    thirty = next(o for o in sim.options if o.days == 30)
    assert thirty.total_cost == 8_620
