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
