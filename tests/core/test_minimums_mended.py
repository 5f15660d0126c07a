"""A bill due's minimum is worked out again whenever an earlier record changes (issue 11;
DESIGN.md § The account engine: the due list asks what the engine asks).

Until 2026-12-03 a bill's due minimum was fixed when the bill was saved. Correcting an
earlier payment's date (paid late after all), recording an earlier payment that was
forgotten, or changing the card's interest rate changed what the account engine asked
of the bill, but not what the due list, the dashboard and the reminders asked — so the
due list could call a bill "on time" that the engine (and the bank) called late.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from tracker.service import accounts, bills, dues, files, payments, products

JAN, JAN_DUE = date(2026, 1, 1), date(2026, 1, 20)
FEB, FEB_DUE = date(2026, 2, 1), date(2026, 2, 20)


@pytest.fixture
def store(tmp_path: Path):  # type: ignore[no-untyped-def]
    s = files.create_data_file(tmp_path / "t.db")
    yield s
    files.close_store(s)


def _february(store) -> int:  # type: ignore[no-untyped-def]
    """CN card, statement on the 1st, due the 20th, 3 grace days: January's ¥1,000.00
    bill paid in full on 19 Jan (on time: nothing charged), February's ¥522.50 recorded
    with the minimum left blank. Returns the January payment's id."""
    products.add_product(store, "卡", "cn-credit-card", {"statement_day": "1"})
    bills.add_bill(store, "卡", JAN, JAN_DUE, "1000", date(2026, 1, 2))
    paid = payments.add_payment(store, "卡", date(2026, 1, 19), "1000", date(2026, 1, 19))
    bills.add_bill(store, "卡", FEB, FEB_DUE, "522.50", date(2026, 2, 2))
    return paid  # type: ignore[no-any-return]


def _february_minimum(store) -> int:  # type: ignore[no-untyped-def]
    return store.bill_due_minimums(1)[store.list_bills(1)[1].id]  # type: ignore[no-any-return]


def test_correcting_an_earlier_payments_date_mends_the_next_bills_minimum(store) -> None:  # type: ignore[no-untyped-def]
    # As saved, nothing was charged in January (paid in full on time), so all of the
    # ¥522.50 is spending: 10 % × 522.50 = ¥52.25 (DESIGN.md § Presets, minimum payment).
    pid = _february(store)
    assert _february_minimum(store) == 5_225
    # The bank's app shows January was paid on 26 Jan, 6 days late: the user corrects
    # the date. The bank charged interest from posting, 0.05 % × 1,000.00 × 25 days (1 →
    # 26 Jan) = 12.50, and a late fee of max(10.00, 5 % × 100.00) = 10.00, both inside
    # February's ¥522.50 — so its minimum is 10 % × 500.00 + 22.50 = ¥72.50, in the due
    # list as in the engine (it stayed ¥52.25).
    payments.edit_payment(store, pid, date(2026, 1, 26), "1000", date(2026, 2, 2))
    assert _february_minimum(store) == 7_250
    assert accounts.bill_estimate(store, store.get_product(1), store.list_bills(1)[1]) == (
        1_250,
        1_000,
        0,
    )
    # Paying ¥52.25 on 19 Feb: both say February is late, ¥20.25 of its minimum unmet.
    payments.add_payment(store, "卡", date(2026, 2, 19), "52.25", date(2026, 2, 19))
    later = date(2026, 3, 10)
    (_, february) = dues.due_views(store, later, 1)
    assert february.status.state_name == "overdue"
    assert february.minimum == 2_025  # 72.50 − 52.25
    row = accounts.played_to(store, store.get_product(1), later).outcome.rows[1]
    assert (row.minimum, row.late_fee, row.report_code) == (7_250, 1_000, 1)
    # Back to 19 Jan: ¥52.25 again, and paying it was on time.
    payments.edit_payment(store, pid, date(2026, 1, 19), "1000", later)
    assert _february_minimum(store) == 5_225
    (_, february) = dues.due_views(store, later, 1)
    assert february.status.state_name != "overdue"


def test_a_later_change_leaves_earlier_bills_as_they_are(store) -> None:  # type: ignore[no-untyped-def]
    # A payment on 2 Feb (after February's statement) cannot change what the statement
    # holds: February still asks ¥52.25, and January, paid, ¥100.00.
    _february(store)
    payments.add_payment(store, "卡", date(2026, 2, 2), "10", date(2026, 2, 2))
    assert sorted(store.bill_due_minimums(1).values()) == [5_225, 10_000]


def test_a_rate_changed_mends_blank_minimums_only(store) -> None:  # type: ignore[no-untyped-def]
    # January paid late (26 Jan): February holds 12.50 of interest at 0.05 % a day. The
    # user types the card's own rate, 0.04 % a day: 0.04 % × 1,000.00 × 25 = 10.00, and
    # the late fee 10.00 — February asks 10 % × 502.50 + 20.00 = 50.25 + 20.00 = ¥70.25.
    pid = _february(store)
    payments.edit_payment(store, pid, date(2026, 1, 26), "1000", date(2026, 2, 2))
    assert _february_minimum(store) == 7_250
    products.edit_product(store, "卡", {"revolving_daily_rate": "0.0004"})
    assert _february_minimum(store) == 7_025
    # A typed minimum is the bank's figure and does not depend on the rate: February
    # typed ¥80.00 stays ¥80.00 when the rate changes back.
    feb = store.list_bills(1)[1]
    bills.edit_bill(store, feb.id, FEB, FEB_DUE, "522.50", date(2026, 2, 2), "80")
    products.edit_product(store, "卡", {"revolving_daily_rate": "0.0005"})
    assert _february_minimum(store) == 8_000


def test_an_earlier_bill_recorded_afterwards_mends_the_later_typed_minimum(store) -> None:  # type: ignore[no-untyped-def]
    # Baitiao-like arithmetic on the card: February's bill is typed first, its printed
    # minimum ¥152.25. Then January's ¥1,000.00 is recorded (minimum ¥100.00, unpaid by
    # 1 Feb): February's printed minimum holds January's unpaid ¥100.00, which the due
    # list asks on January's own due — so February's due asks the rest, ¥52.25 (it
    # asked all ¥152.25, twice January's ¥100.00 in the due list's total).
    products.add_product(store, "卡", "cn-credit-card", {"statement_day": "1"})
    bills.add_bill(store, "卡", FEB, FEB_DUE, "522.50", date(2026, 2, 2), "152.25")
    assert _february_minimum_of_only(store) == 15_225
    bills.add_bill(store, "卡", JAN, JAN_DUE, "1000", date(2026, 2, 2))
    assert _february_minimum(store) == 5_225
    total = sum(v.minimum for v in dues.due_views(store, date(2026, 2, 2), 1))
    assert total == 15_225


def _february_minimum_of_only(store) -> int:  # type: ignore[no-untyped-def]
    return next(iter(store.bill_due_minimums(1).values()))  # type: ignore[no-any-return]


# -- The due list asks what the statement asks, across bills (issue 11) ----------------
#
# Until 2026-12-03 a blank bill's due asked only its own part (the rate on its spending
# and the charges inside it), and a payment went to the oldest due in full. With an
# earlier bill still open, the due list asked less than the bank (nothing of the 10 % of
# the principal carried) and a payment of exactly what the statement asked went to the
# earlier bill, so the due list called the new bill late where the engine did not.


def _card(store) -> None:  # type: ignore[no-untyped-def]
    products.add_product(store, "卡", "cn-credit-card", {"statement_day": "1"})
    bills.add_bill(store, "卡", JAN, JAN_DUE, "1000", date(2026, 1, 2))


def _after_paying(store, amount: str) -> tuple[str, int, int]:  # type: ignore[no-untyped-def]
    """February's due state on 10 Mar once ``amount`` was paid on 19 Feb, and the
    engine's February row: (state, late fee, report code)."""
    payments.add_payment(store, "卡", date(2026, 2, 19), amount, date(2026, 2, 19))
    later = date(2026, 3, 10)
    february = dues.due_views(store, later, 1)[1]
    row = accounts.played_to(store, store.get_product(1), later).outcome.rows[1]
    return february.status.state_name, row.late_fee, row.report_code


def test_a_bill_after_an_unpaid_one_asks_the_carried_principals_rate_part(store) -> None:  # type: ignore[no-untyped-def]
    # January's ¥1,000.00 (minimum 10 % = ¥100.00) is not paid: late fee ¥10.00 on 23
    # Jan (due 20 Jan + 3 grace days), interest 0.05 % × 1,000.00 × 31 days (1 Jan → 1
    # Feb) = 15.50. February's bill: ¥500.00 of spending + 25.50 = ¥525.50, blank. The
    # bank asks 10 % × 500.00 + 25.50 + 10 % of the ¥900.00 carried principal not past
    # due (90.00) + January's unpaid ¥100.00 = ¥265.50 (DESIGN.md § Presets, minimum
    # payment; the engine's hand-checked case in tests/core/test_printed_minimum.py).
    _card(store)
    bills.add_bill(store, "卡", FEB, FEB_DUE, "525.50", date(2026, 2, 2))
    feb = store.list_bills(1)[1]
    assert accounts.bill_figures(store, store.get_product(1), feb) == (1_550, 1_000, 0, 26_550)
    # The due list asks January's ¥100.00 on January's due and the rest, ¥165.50, on
    # February's (it asked 75.50: 90.00 short of what the bank asks).
    assert _february_minimum(store) == 16_550
    views = dues.due_views(store, date(2026, 2, 2), 1)
    assert [v.minimum for v in views] == [10_000, 16_550]
    # Paying the ¥265.50 on 19 Feb meets February's minimum in both (it went to January
    # in full and the due list called February late).
    assert _after_paying(store, "265.50") == ("revolving", 0, 0)


def test_a_bill_after_a_revolving_one_asks_the_carried_principals_rate_part(store) -> None:  # type: ignore[no-untyped-def]
    # January's minimum ¥100.00 paid on 19 Jan, on time: the interest-free period is lost,
    # interest from posting on the whole statement (CN card, DESIGN.md § Presets):
    # 0.05 % × 1,000.00 × 18 days (1 → 19 Jan) = 9.00, then 0.05 % × 900.00 × 13 days
    # (19 Jan → 1 Feb) = 5.85: 14.85. February: ¥500.00 of spending + 14.85 = ¥514.85.
    # The bank asks 10 % × 500.00 + 14.85 + 10 % × 900.00 = 50.00 + 14.85 + 90.00 =
    # ¥154.85 — all of it on February's due (January's minimum is met).
    _card(store)
    payments.add_payment(store, "卡", date(2026, 1, 19), "100", date(2026, 1, 19))
    bills.add_bill(store, "卡", FEB, FEB_DUE, "514.85", date(2026, 2, 2))
    feb = store.list_bills(1)[1]
    assert accounts.bill_figures(store, store.get_product(1), feb) == (1_485, 0, 0, 15_485)
    assert _february_minimum(store) == 15_485
    # Paid on 19 Feb, it goes to February's minimum, not to January's ¥900.00 left.
    assert _after_paying(store, "154.85") == ("revolving", 0, 0)


def test_a_bill_smaller_than_what_it_asks_has_the_rest_paid_on_the_earlier_one(store) -> None:  # type: ignore[no-untyped-def]
    # As the first case, with no spending in January → February: February's bill is the
    # ¥25.50 charged. The bank asks 25.50 + 10 % × 900.00 + 100.00 = ¥215.50: February's
    # due asks 115.50, more than its own ¥25.50 — the 90.00 beyond it is paid on
    # January's, which carries that principal. On 2 Feb the due list asks ¥100.00 +
    # ¥115.50 = ¥215.50 (it asked 100.00 + 25.50 = ¥125.50).
    _card(store)
    bills.add_bill(store, "卡", FEB, FEB_DUE, "25.50", date(2026, 2, 2))
    assert _february_minimum(store) == 11_550
    views = dues.due_views(store, date(2026, 2, 2), 1)
    assert [v.minimum for v in views] == [10_000, 11_550]
    # Paying the ¥215.50: January gets 100.00 + 90.00, February its 25.50 — met.
    assert _after_paying(store, "215.50") == ("paid", 0, 0)
    (january, february) = dues.due_views(store, date(2026, 3, 10), 1)
    assert (january.amount, february.amount) == (81_000, 0)  # 1,000.00 − 190.00


def test_paying_what_the_due_list_asks_for_six_statements_keeps_the_card_current(store) -> None:  # type: ignore[no-untyped-def]
    # A CN card revolving for six statements: each month ¥300.00 of new spending, the
    # bill recorded with the charges the engine estimates inside it (as the bank bills
    # them) and the minimum left blank; on each due date exactly the sum of what the due
    # list asks is paid. The engine must find every statement's minimum met — no late
    # fee, nothing reported — and the due list must never call a due late: both ask the
    # same (before, the due list asked nothing of the 10 % of the carried principal and
    # the payment went to the oldest bill, so the engine reported a missed minimum).
    from datetime import timedelta

    from tracker.records import Bill

    _card(store)
    product = store.get_product(1)
    paid_each: list[int] = []
    for month in range(1, 7):
        statement = date(2026, month, 1)
        due = date(2026, month, 20)
        if month > 1:
            draft = Bill(0, 1, statement, due, 30_000, None)
            interest, fees, penalty, _ = accounts.bill_figures(store, product, draft)
            amount = 30_000 + interest + fees + penalty
            bills.add_bill(store, "卡", statement, due, amount, statement + timedelta(days=1))
        asked = sum(v.minimum for v in dues.due_views(store, due, 1))
        assert asked > 0
        payments.add_payment(store, "卡", due, asked, due)
        paid_each.append(asked)
        after = dues.due_views(store, due + timedelta(days=5), 1)
        late = [v for v in after if v.status.is_overdue]
        assert late == [], (month, late)
    rows = accounts.played_to(store, product, date(2026, 7, 1)).outcome.rows[:6]
    assert [(r.late_fee, r.report_code) for r in rows] == [(0, 0)] * 6
    # The first statement asks 10 % × 1,000.00 = ¥100.00; each later one at least 10 % of
    # its ¥300.00 of spending and of the ¥900.00 (at least) carried, 30.00 + 90.00 =
    # ¥120.00, plus the interest inside it; and each is what the engine asks.
    assert paid_each[0] == 10_000
    assert all(p > 12_000 for p in paid_each[1:])
    assert [r.minimum for r in rows] == paid_each


def test_a_bill_paid_to_its_own_amount_is_not_paid_while_its_minimum_asks_more(store) -> None:  # type: ignore[no-untyped-def]
    # Found by a random differential check of the due list against the engine. January
    # ¥1,000.00 unpaid; February's bill is the ¥25.50 charged (the third case above): its
    # due asks ¥115.50, 90.00 of it on January's. Paying ¥25.50 + ¥30.00 on 19 Feb pays
    # February's own amount, but its minimum is ¥60.00 short: late in both (the due list
    # called February "paid" and dropped it).
    _card(store)
    bills.add_bill(store, "卡", FEB, FEB_DUE, "25.50", date(2026, 2, 2))
    assert _after_paying(store, "155.50")[0] == "overdue"  # 100.00 to January, 55.50
    february = dues.due_views(store, date(2026, 3, 10), 1)[1]
    assert february.minimum == 6_000  # 115.50 − 55.50


def test_an_instalment_period_on_the_statement_is_met_before_an_earlier_balance(store) -> None:  # type: ignore[no-untyped-def]
    # Found by the same check. Baitiao: January's ¥1,000.00, its minimum ¥100.00 paid on
    # time; a ¥3,000.00 plan over 3 periods from 10 Feb (¥1,015.00 a period); February's
    # bill. Paying on 5 Feb what the statement asks — the period and the bill's own part
    # — meets both, as the engine plays it (the period joins the 1 Feb statement); it
    # went to January's revolving ¥900.00 and left the period "overdue".
    from tracker.service import plans

    products.add_product(store, "白条", "baitiao", {"statement_day": "1"})
    bills.add_bill(store, "白条", JAN, date(2026, 1, 10), "1000", date(2026, 1, 2))
    payments.add_payment(store, "白条", date(2026, 1, 9), "100", date(2026, 1, 9))
    plans.add_plan(store, "白条", "3000", 3, date(2026, 2, 10))
    bills.add_bill(store, "白条", FEB, date(2026, 2, 10), "500", date(2026, 2, 2))
    views = dues.due_views(store, date(2026, 2, 2), 1)
    asked = sum(v.minimum for v in views if v.due.due_date <= date(2026, 2, 10))
    payments.add_payment(store, "白条", date(2026, 2, 5), asked, date(2026, 2, 5))
    later = date(2026, 2, 11)
    assert not [v for v in dues.due_views(store, later, 1) if v.status.is_overdue]
    row = accounts.played_to(store, store.get_product(1), later).outcome.rows[1]
    assert (row.minimum, row.late_fee, row.days_past_due) == (asked, 0, 0)
