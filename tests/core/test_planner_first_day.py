"""The payoff planner from a day that is a statement date, and to its last payment
(QA pass 2026-12-06): a bill dated the plan's first day is owed; a penalty inside it is
not negative interest; instalments paid ahead are not three more months; the debt-free
date is the day of the last payment, not the first of its month."""

from __future__ import annotations

from datetime import date

from tracker.payoff import PayoffPlan
from tracker.service import bills, payments, plans, products
from tracker.service import payoff as payoff_service
from tracker.storage import Store


def plan_from(store: Store, today: date, budget: int) -> PayoffPlan:
    debts = payoff_service.payoff_debts(store, today, "CNY")
    return payoff_service.compare(debts, budget, today)["avalanche"]


def test_a_bill_dated_the_first_day_is_planned(empty_store: Store) -> None:
    huabei = products.add_product(empty_store, "Huabei", "huabei", {"statement_day": "1"})
    day = date(2026, 12, 1)
    bills.add_bill(empty_store, huabei.saved_id, day, date(2026, 12, 10), 80_000, day)
    # It said "debt-free 2026-12-01, paid ¥0.00": the bill was not posted on the eve.
    first, second = (
        plan_from(empty_store, day, 40_000),
        plan_from(empty_store, date(2026, 12, 2), 40_000),
    )
    # ¥400 on 10 Dec (the ¥80 minimum met), the remaining 400.00 at 0.05 % a day from the
    # due date: 22 days to the 1 Jan statement = 4.40; ¥400 on 10 Jan pays it and 395.60;
    # 9 days on 400.00 (1 → 10 Jan) = 1.80 and 22 days on 4.40 = 0.05 on the 1 Feb
    # statement; paid off on 10 Feb with 9 days on 4.40 = 0.02: 6.27 of interest.
    assert first.months[0].payments == {"product-1": 40_000}
    assert first.total_interest == 627 and first.total_paid == 80_627
    assert first.debt_free == second.debt_free == date(2027, 2, 10)
    assert second.total_paid == 80_627


def test_a_penalty_inside_a_bill_dated_the_first_day_is_no_negative_interest(
    empty_store: Store,
) -> None:
    baitiao = products.add_product(empty_store, "Baitiao", "baitiao", {"statement_day": "1"})
    pid = baitiao.saved_id
    nov = date(2026, 11, 16)
    bills.add_bill(empty_store, pid, date(2026, 11, 1), date(2026, 11, 10), 200_000, nov)
    payments.add_payment(empty_store, pid, nov, 200_000, nov)  # 6 days late: 6.00 penalty
    day = date(2026, 12, 1)
    # The 1 Dec bill holds that penalty (2,000.00 × 0.05 % × 6 days = 6.00): it is the
    # lender's, already in the balance; the plan's month said interest −¥6.00 and its
    # balances "grew" ¥1,004.50 a month at ¥500.
    bills.add_bill(empty_store, pid, day, date(2026, 12, 10), 150_000, day)
    full = plan_from(empty_store, day, 300_000)
    assert (full.total_interest, full.total_fees, full.total_paid) == (0, 0, 150_000)
    assert full.debt_free == date(2026, 12, 10)
    small = plan_from(empty_store, day, 50_000)
    assert small.growth == 0
    assert all(v >= 0 for m in small.months for v in (*m.interest.values(), *m.fees.values()))
    assert small.total_paid == plan_from(empty_store, date(2026, 12, 2), 50_000).total_paid


def test_instalments_paid_ahead_end_the_plan(empty_store: Store) -> None:
    baitiao = products.add_product(empty_store, "Baitiao", "baitiao", {"statement_day": "1"})
    plans.add_plan(empty_store, baitiao.saved_id, 600_000, 12, date(2026, 12, 10), "phone")
    loan = products.add_product(empty_store, "Loan", "loan", {})
    plans.add_plan(empty_store, loan.saved_id, 1_200_000, 12, date(2026, 12, 10))
    one, two = (plan_from(empty_store, date(2026, 12, d), 300_000) for d in (1, 2))
    # The phone's later instalments paid ahead left statements asking ¥0.00 waiting for
    # their due dates: from 2 Dec the plan ran three more empty months ("2027-11-02").
    assert one.debt_free == two.debt_free
    assert one.debt_free is not None and two.months[-1].month <= one.debt_free
    assert sum(two.months[-1].payments.values()) > 0  # no trailing month paying nothing
    assert one.total_paid == two.total_paid
