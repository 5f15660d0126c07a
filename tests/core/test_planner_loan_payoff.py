"""The payoff planner pays a loan off early (提前还款) instead of paying its interest ahead.

DESIGN.md § The account engine, "payoff planner"; the payoff itself as ``plan prepay``
(tracker/early_payoff.py): what is due that day and the remaining principal, with the
current period's interest to the day at the annual rate ÷ 360 (《人民币利率管理规定》第二十一条),
never more than the period's own. The later periods' interest is not charged.

The loan of every case: ¥12,000.00 × 12 at 6 % (the preset), first due 10 Feb 2026, so
it began 10 Jan. Each month 1,032.80 (the last 1,032.78); its principal and interest:

    Feb 972.80 + 60.00   Mar 977.66 + 55.14   Apr 982.55 + 50.25   May 987.47 + 45.33
    Jun 992.40 + 40.40   Jul 997.36 + 35.44   Aug 1,002.35 + 30.45 Sep 1,007.36 + 25.44
    Oct 1,012.40 + 20.40 Nov 1,017.46 + 15.34 Dec 1,022.55 + 10.25 Jan 1,027.64 + 5.14

in all 12,393.58, of which 393.58 interest.
"""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest

from tracker.cli import main
from tracker.payoff import PaidOffEarly, PayoffPlan
from tracker.service import payoff as payoff_service
from tracker.service import plans, products
from tracker.storage import Store


def loan_plan(store: Store, today: date, budget: int, strategy: str = "avalanche") -> PayoffPlan:
    loan = products.add_product(store, "Loan", "loan", {})
    plans.add_plan(store, loan.id or 0, 1_200_000, 12, date(2026, 2, 10))
    debts = payoff_service.payoff_debts(store, today, "CNY")
    assert [d.balance for d in debts] == [1_239_358]  # the whole schedule, as scheduled
    return payoff_service.compare(debts, budget, today)[strategy]


def test_money_beyond_the_instalment_pays_the_loan_off_early(empty_store: Store) -> None:
    plan = loan_plan(empty_store, date(2026, 1, 10), 300_000)
    # 10 Jan: nothing due; paying off would cost 12,000.00 > 3,000: 3,000 paid ahead.
    # 10 Feb: the 1,032.80 comes from what is paid ahead (4,967.20 left ahead); paying off
    #   would cost 1,032.80 + the principal after it, 12,000 − 972.80 = 11,027.20, less
    #   4,967.20 → 7,092.80 more than the 3,000: paid ahead again (7,967.20 − 1,032.80).
    # 10 Mar: 10,049.54 left after March's principal; 10,049.54 − 6,934.40 = 3,115.14
    #   > 3,000: paid ahead (8,901.60 after April's instalment).
    # 10 Apr: 9,066.99 after April's; April's 1,032.80 is taken first:
    #   1,032.80 + 9,066.99 − (6,934.40 + 3,000) = 3,165.39 > 3,000 → ahead once more.
    # 10 May: 8,079.52 after May's; 1,032.80 + 8,079.52 − 8,901.60 = 210.72 ≤ 3,000:
    #   paid off on a due date, no days of the next period's interest.
    assert [sum(m.payments.values()) for m in plan.months] == [300_000] * 4 + [21_072]
    assert plan.paid_off_early == (PaidOffEarly("product-1", date(2026, 5, 10), 21_072, 18_286),)
    # Not charged: June's to January's interest, 40.40 + 35.44 + 30.45 + 25.44 + 20.40 +
    # 15.34 + 10.25 + 5.14 = 182.86. Paid: 4 × 3,000 + 210.72 = 12,210.72
    # = 12,393.58 − 182.86 (it paid 12,393.58 before, every instalment ahead).
    assert plan.total_paid == 1_221_072 == 1_239_358 - plan.interest_saved
    assert plan.debt_free == date(2026, 5, 10) and plan.overdue == ()
    assert plan.months[-1].balances == {"product-1": 0}


def test_paying_ahead_never_reads_as_a_missed_instalment(empty_store: Store) -> None:
    plan = loan_plan(empty_store, date(2026, 1, 10), 110_000)
    # 1,100 a month: 67.20 ahead of each instalment. By 10 Dec, 11 × 1,100 = 12,100 paid
    # against 10 instalments (10,328.00): 1,772.00 ahead pays December's 1,032.80 (it
    # said "misses ¥739.22" there: the need ignored what was paid ahead). Paying off then:
    # 1,032.80 + January's principal 1,027.64 − 1,772.00 = 288.44 ≤ 1,100.
    assert plan.overdue == ()
    assert plan.paid_off_early == (PaidOffEarly("product-1", date(2026, 12, 10), 28_844, 514),)
    assert plan.total_paid == 11 * 110_000 + 28_844 == 1_239_358 - 514


def test_the_planner_pays_off_on_the_due_date_in_its_month(empty_store: Store) -> None:
    plan = loan_plan(empty_store, date(2026, 1, 25), 1_300_000)
    # The month from 25 Jan holds the 10 Feb due: paid then (the planner pays each account
    # on its due date), February's instalment and the principal after it, no day of
    # March's period: 1,032.80 + 11,027.20 = 12,060.00; of the 393.58 of interest,
    # February's 60.00 is paid and 333.58 is not charged.
    assert plan.paid_off_early == (
        PaidOffEarly("product-1", date(2026, 2, 10), 1_206_000, 33_358),
    )
    assert plan.total_paid == 1_206_000 and plan.debt_free == date(2026, 2, 10)


def test_the_day_it_began_it_costs_its_principal(empty_store: Store) -> None:
    # 10 Jan, no day of interest yet: 12,000.00 (it paid the whole 12,393.58 schedule).
    plan = loan_plan(empty_store, date(2026, 1, 10), 1_300_000, "snowball")
    assert plan.paid_off_early == (
        PaidOffEarly("product-1", date(2026, 1, 10), 1_200_000, 39_358),
    )
    assert plan.total_paid == 1_200_000


def test_a_card_first_then_the_loan_paid_off_with_what_is_left(empty_store: Store) -> None:
    # Avalanche: the card's 0.05 % a day (1.5 % a month) before the loan's 0.5 %; once
    # the card is paid, the money goes ahead on the loan until it pays it off. Whatever
    # the order, the planner pays what is owed and charged, less the interest saved.
    from tracker.service import bills

    today = date(2026, 1, 10)
    card = products.add_product(empty_store, "Card", "cn-credit-card", {})
    bills.add_bill(empty_store, card.id or 0, date(2026, 1, 5), date(2026, 1, 25), 500_000, today)
    loan = products.add_product(empty_store, "Loan", "loan", {})
    plans.add_plan(empty_store, loan.id or 0, 1_200_000, 12, date(2026, 2, 10))
    debts = payoff_service.payoff_debts(empty_store, today, "CNY")
    owed = sum(d.balance for d in debts)
    for strategy, plan in payoff_service.compare(debts, 300_000, today).items():
        assert plan.overdue == () and plan.debt_free is not None, strategy
        assert [x.key for x in plan.paid_off_early] == ["product-2"], strategy
        assert plan.total_paid == (
            owed + plan.total_interest + plan.total_fees - plan.interest_saved
        ), strategy
        assert plan.interest_saved > 0


def test_payoff_command_says_when_the_loan_is_paid_off_early(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = str(tmp_path / "loan.db")
    cli = ["--db", db, "--today", "2026-01-10"]
    assert main([*cli, "init"]) == 0
    assert main([*cli, "product", "add", "Loan", "--preset", "loan"]) == 0
    plan = ["--principal", "12000", "--periods", "12", "--first-due", "2026-02-10"]
    assert main([*cli, "plan", "add", "Loan", *plan]) == 0
    capsys.readouterr()
    assert main([*cli, "payoff", "--budget", "3000", "--strategy", "avalanche"]) == 0
    # As test_money_beyond_the_instalment_pays_the_loan_off_early.
    assert capsys.readouterr().out.splitlines() == [
        "avalanche     debt-free 2026-05-10  interest ¥0.00  fees ¥0.00  paid ¥12,210.72",
        "    2026-05-10: Loan paid off early with ¥210.72: ¥182.86 of interest not charged",
    ]
    assert main([*cli, "--json", "payoff", "--budget", "3000", "--strategy", "snowball"]) == 0
    doc = json.loads(capsys.readouterr().out)["plans"]["snowball"]
    assert doc["interest_saved"] == "182.86"
    assert doc["paid_off_early"] == [
        {"debt": "Loan", "date": "2026-05-10", "amount": "210.72", "interest_saved": "182.86"}
    ]
