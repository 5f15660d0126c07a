"""A minimum typed from the lender's statement is the statement's whole minimum
(DESIGN.md § The account engine: a recorded bill is the lender's truth; § Presets,
minimum payment).

Until 2026-12-03 the engine read a typed minimum as the bill's own part and added the
instalment periods and the unpaid earlier minimums to it again, so paying exactly what
the statement printed was judged late — a late fee and a month on the credit report
that the lender never reports. A bill saved with the field left blank has no minimum of
its own (None): the engine takes the product's rule on the bill's principal and 100 % of
the interest, fees and penalty inside it, and adds the periods and the past due amount.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from tracker.engine import Account, Paid, PartDue, RecordedBill, play
from tracker.errors import InputError
from tracker.products import from_preset
from tracker.service import bills, files, minimums, plans, products

BAITIAO = from_preset("baitiao", "bt", statement_day=1)
CARD = from_preset("cn-credit-card", "card", statement_day=1)
#: Baitiao's 1 Jan 2026 statement (due 10 Jan): ¥864.20 of new spending, and a period of
#: an instalment plan due the same day, ¥500.00 + ¥18.25 fee = ¥518.25.
PERIODS = tuple(PartDue(date(2026, m, 10), 50_000, 1_825) for m in (1, 2, 3))


def _baitiao(minimum: int | None, paid: int) -> list[tuple[int, int, int, int]]:
    bill = RecordedBill(date(2026, 1, 1), date(2026, 1, 10), 86_420, minimum)
    account = Account(
        BAITIAO, bills=(bill,), parts=PERIODS, payments=(Paid(date(2026, 1, 9), paid),)
    )
    out = play(account, until=date(2026, 1, 31))
    row = out.rows[0]
    return [(row.minimum, row.late_fee, row.days_past_due, row.report_code)]


def test_paying_the_printed_minimum_with_an_instalment_period_is_on_time() -> None:
    # JD prints 最低还款 10 % × 864.20 = 86.42 + the period 518.25 = ¥604.67. Typed and
    # paid on 9 Jan (due 10 Jan): the minimum is ¥604.67, met — no penalty, no late mark.
    # (It asked 604.67 + 518.25 = ¥1,122.92: the payment was short, 21 days past due by
    # 31 Jan and reported.)
    assert _baitiao(60_467, 60_467) == [(60_467, 0, 0, 0)]


def test_a_blank_minimum_is_the_rule_on_the_bill_plus_the_period() -> None:
    # Left blank (None): the rule's 10 % × 864.20 = 86.42 (8,642), and the engine adds
    # the period, 8,642 + 51,825 = 60,467 — the same minimum the lender prints.
    assert _baitiao(None, 60_467) == [(60_467, 0, 0, 0)]


def test_a_typed_minimum_below_the_periods_it_must_hold_is_the_bills_own_part() -> None:
    # A typed ¥50.00 cannot be the statement's minimum (a lender always asks the period in
    # full): it is the bill's own part, and the period is added — ¥50.00 + ¥518.25 =
    # ¥568.25 (it took the period alone, ¥518.25); ¥50.00 paid leaves it unmet — 21 days
    # past due on 31 Jan, reported. Typed ¥86.42 (the rule's 10 % × 864.20, as a user
    # who reads the bill's own part types it): ¥604.67, as blank.
    assert _baitiao(5_000, 5_000) == [(56_825, 0, 21, 1)]
    assert _baitiao(8_642, 60_467) == [(60_467, 0, 0, 0)]


def test_a_card_printed_minimum_holds_last_months_unpaid_minimum() -> None:
    # CN card, statement on the 1st, due the 20th, 3 grace days. January: ¥1,000.00,
    # minimum ¥100.00, not paid (late fee ¥10.00, reported: 1 month). February's bill adds
    # ¥500.00 of spending and what the bank charged: interest 0.05 % × 1,000.00 × 31 days
    # (1–31 Jan) = 15.50 and the ¥10.00 late fee, ¥525.50 in all. The bank prints its
    # minimum as 10 % × 500.00 = 50.00 + 100 % of the 25.50 charged + 10 % of the ¥900.00
    # carried principal not past due = 90.00 + January's unpaid ¥100.00 = ¥265.50.
    jan = RecordedBill(date(2026, 1, 1), date(2026, 1, 20), 100_000, 10_000)

    def feb(minimum: int | None, pay: int) -> list[tuple[int, int, int]]:
        bill = RecordedBill(date(2026, 2, 1), date(2026, 2, 20), 52_550, minimum)
        pays = (Paid(date(2026, 2, 19), pay),) if pay else ()
        out = play(Account(CARD, bills=(jan, bill), payments=pays), until=date(2026, 3, 10))
        return [(r.minimum, r.late_fee, r.report_code) for r in out.rows]

    # Blank (None): the engine's split of the bill, 5,000 + 2,550 + 9,000 + 10,000 =
    # 26,550 — the same figure. (It asked 10 % × 525.50 = 5,255 + 9,000 + 10,000 =
    # 24,255: paid, the engine said February was on time, where the bank charges a late
    # fee and reports.)
    assert feb(None, 0)[1][0] == 26_550
    # Paid 242.55: January's 100.00 is paid first, 22.95 of February's minimum is unmet —
    # a late fee of max(10.00, 5 % × 22.95 = 1.15) = 10.00, and February is reported.
    assert feb(None, 24_255)[1][1:] == (1_000, 1)
    # Typed 26,550 and paid on 19 Feb: met. January stays reported ("1"); February ended
    # the delinquency on time (no late fee) and is not a second month. (It asked
    # 26,550 + 9,000 + 10,000 = 45,550: paying the statement's minimum left ¥190.00 of it
    # unmet, a late fee, and the delinquency went on.)
    assert feb(26_550, 26_550)[:2] == [(10_000, 1_000, 1), (26_550, 0, 0)]
    assert feb(26_550, 0)[:2] == [(10_000, 1_000, 1), (26_550, 1_328, 2)]


@pytest.fixture
def store(tmp_path: Path):  # type: ignore[no-untyped-def]
    s = files.create_data_file(tmp_path / "t.db")
    yield s
    files.close_store(s)


def test_a_printed_minimum_may_be_more_than_the_bill_adds(store) -> None:  # type: ignore[no-untyped-def]
    # Baitiao, statement on the 1st: a ¥3,000.00 plan over 3 periods from 10 Nov 2026
    # (¥1,000.00 + 0.5 % fee = ¥1,015.00 a period). The 1 Nov statement adds only ¥100.00
    # of spending: the printed minimum, 10.00 + 1,015.00 = ¥1,025.00, is more than the bill
    # and is accepted (it was refused: "between 0 and the bill amount").
    today = date(2026, 11, 5)
    products.add_product(store, "白条", "baitiao", {"statement_day": "1"})
    plans.add_plan(store, "白条", "3000", 3, date(2026, 11, 10))
    due = bills.add_bill(
        store, "白条", date(2026, 11, 1), date(2026, 11, 10), "100", today, "1025"
    )
    assert store.list_bills(1)[0].minimum == 102_500
    assert due.minimum == 1_000  # its own due: the period has its own (the test below)
    # More than the bill and all else owed by its due date is a typing error: the 1 Oct
    # statement (the plan starts in November: ¥100.00 in all) with ¥99,999.00 is refused,
    # naming both figures, and nothing is saved.
    with pytest.raises(InputError) as err:
        bills.add_bill(store, "白条", date(2026, 10, 1), date(2026, 10, 10), "100", today, "99999")
    assert err.value.field == "minimum"
    assert "¥99,999.00" in str(err.value) and "白条" in str(err.value)
    assert [b.statement_date for b in store.list_bills(1)] == [date(2026, 11, 1)]


def test_the_due_list_and_the_engine_agree_on_a_printed_minimum(store) -> None:  # type: ignore[no-untyped-def]
    # The Baitiao case above, in the app: the ¥3,000.00 plan's ¥1,015.00 period and the
    # 1 Nov bill's ¥100.00, printed minimum ¥1,025.00. The due list asks the period on
    # its own due, so the bill's due asks the rest, ¥10.00 (10 % of ¥100.00) — not
    # ¥1,025.00 again. Paid ¥1,025.00 on 9 Nov: nothing is overdue on 12 Nov, and the
    # engine's month is clean.
    from tracker.service import accounts, dues, payments

    today = date(2026, 11, 5)
    products.add_product(store, "白条", "baitiao", {"statement_day": "1"})
    plans.add_plan(store, "白条", "3000", 3, date(2026, 11, 10))
    due = bills.add_bill(
        store, "白条", date(2026, 11, 1), date(2026, 11, 10), "100", today, "1025"
    )
    assert store.list_bills(1)[0].minimum == 102_500  # the engine's: the printed figure
    assert due.minimum == 1_000
    payments.add_payment(store, "白条", date(2026, 11, 9), "1025", date(2026, 11, 9))
    later = date(2026, 11, 12)
    states = {v.due.kind: v.status.state_name for v in dues.due_views(store, later, 1)}
    assert "overdue" not in states.values(), states
    out = accounts.played_to(store, store.get_product(1), later).outcome
    assert out.rows[0].minimum == 102_500 and out.worst_days_past_due == 0


@pytest.mark.parametrize(("paid", "state", "late_fee", "code"), [
    ("72.50", "revolving", 0, 0),
    ("52.25", "overdue", 1_000, 1),
])  # fmt: skip
def test_a_blank_minimum_asks_the_charges_inside_the_bill_in_full(
    store, paid: str, state: str, late_fee: int, code: int
) -> None:  # type: ignore[no-untyped-def]
    # CN card, statement on the 1st, due the 20th, 3 grace days. January's ¥1,000.00
    # (minimum ¥100.00) is paid in full on 26 Jan, 6 days late: the bank charges interest
    # from posting, 0.05 % × 1,000.00 × 25 days (1 → 26 Jan) = 12.50, and a late fee of
    # max(10.00, 5 % × 100.00) = 10.00 — both on February's statement, recorded as
    # ¥522.50 (500.00 of spending + 22.50) with the minimum left blank. The bank asks 10 %
    # of the spending and all of the charges: 50.00 + 22.50 = ¥72.50 (DESIGN.md § Presets,
    # minimum payment). The app asked 10 % × 522.50 = ¥52.25: paid, both the due list and
    # the engine said February was on time, where the bank charges a late fee and reports.
    from tracker.service import accounts, dues, payments

    products.add_product(store, "卡", "cn-credit-card", {"statement_day": "1"})
    bills.add_bill(store, "卡", date(2026, 1, 1), date(2026, 1, 20), "1000", date(2026, 1, 2))
    payments.add_payment(store, "卡", date(2026, 1, 26), "1000", date(2026, 1, 26))
    # What the bill dialog shows as the blank field's figure, before it is saved:
    feb, due = date(2026, 2, 1), date(2026, 2, 20)
    assert minimums.default_minimum(store, "卡", 52_250, feb, due) == 7_250
    saved = bills.add_bill(store, "卡", feb, due, "522.50", date(2026, 2, 2))
    assert saved.minimum == 7_250
    assert store.list_bills(1)[1].minimum is None  # blank: no minimum of its own saved
    assert [v.minimum for v in bills.bill_views(store, date(2026, 2, 2), 1)] == [10_000, 7_250]
    payments.add_payment(store, "卡", date(2026, 2, 19), paid, date(2026, 2, 19))
    # On 10 Mar the due list and the engine agree: ¥72.50 met it; ¥52.25 left ¥20.25 of it
    # unmet — late fee max(10.00, 5 % × 20.25) = 10.00, reported ("1").
    later = date(2026, 3, 10)
    (_, february) = dues.due_views(store, later, 1)
    assert february.status.state_name == state
    row = accounts.played_to(store, store.get_product(1), later).outcome.rows[1]
    assert (row.minimum, row.late_fee, row.report_code) == (7_250, late_fee, code)


def _card_with_a_late_january(store) -> tuple[date, date]:  # type: ignore[no-untyped-def]
    """The card of the test above: January's ¥1,000.00 paid in full 6 days late, so
    February's statement holds 12.50 of interest and a 10.00 late fee."""
    from tracker.service import payments

    products.add_product(store, "卡", "cn-credit-card", {"statement_day": "1"})
    bills.add_bill(store, "卡", date(2026, 1, 1), date(2026, 1, 20), "1000", date(2026, 1, 2))
    payments.add_payment(store, "卡", date(2026, 1, 26), "1000", date(2026, 1, 26))
    return date(2026, 2, 1), date(2026, 2, 20)


def test_editing_a_bill_with_a_blank_minimum_keeps_it_blank(store) -> None:  # type: ignore[no-untyped-def]
    # The bill above, its amount corrected to ¥622.50 (600.00 of spending + the 22.50
    # charged): 10 % × 600.00 + 22.50 = ¥82.50, still blank.
    feb, due = _card_with_a_late_january(store)
    saved = bills.add_bill(store, "卡", feb, due, "522.50", date(2026, 2, 2))
    edited = bills.edit_bill(store, saved.source_id, feb, due, "622.50", date(2026, 2, 2))
    assert edited.minimum is None
    assert store.bill_due_minimums(1)[edited.id] == 8_250
    # A typed figure is kept as typed and is the statement's whole minimum — even one
    # equal to 10 % of the amount (a bank that waived the charges prints ¥52.25): paid
    # on 19 Feb, on time (it was read as blank and asked ¥72.50).
    from tracker.service import accounts, payments

    typed = bills.edit_bill(store, edited.id, feb, due, "522.50", date(2026, 2, 2), "52.25")
    assert typed.minimum == 5_225 and store.bill_due_minimums(1)[typed.id] == 5_225
    payments.add_payment(store, "卡", date(2026, 2, 19), "52.25", date(2026, 2, 19))
    row = accounts.played_to(store, store.get_product(1), date(2026, 3, 10)).outcome.rows[1]
    assert (row.minimum, row.late_fee, row.report_code) == (5_225, 0, 0)


def test_an_older_files_blank_minimums_are_mended_as_it_is_upgraded(tmp_path: Path) -> None:
    # A file saved before blank minimums were saved as None (schema 10) holds, for
    # February's blank field, the rule on the whole amount: 10 % × 522.50 = 5,225, and
    # its due asks the same. Opened by this version it is upgraded (after a backup): the
    # bill's minimum is blank and its due asks what the engine asks, 10 % × 500.00 +
    # 22.50 = ¥72.50. January's (¥100.00, the rule on ¥1,000.00 with nothing inside it)
    # is blank too, its due unchanged.
    import sqlite3

    path = tmp_path / "old.db"
    s = files.create_data_file(path)
    feb, due = _card_with_a_late_january(s)
    bills.add_bill(s, "卡", feb, due, "522.50", date(2026, 2, 2))
    files.close_store(s)
    conn = sqlite3.connect(path)
    conn.execute("UPDATE bills SET minimum = amount / 10")
    conn.execute("UPDATE dues SET minimum = principal / 10 WHERE kind = 'bill'")
    conn.execute("DROP INDEX dues_by_bill")
    conn.execute("PRAGMA user_version = 10")
    conn.commit()
    conn.close()
    s = files.open_store(path)
    try:
        assert [b.minimum for b in s.list_bills(1)] == [None, None]
        assert sorted(s.bill_due_minimums(1).values()) == [7_250, 10_000]
        from tracker.storage import backup

        assert any("v10-migration" in str(b) for b in backup.list_backups(path))
    finally:
        files.close_store(s)


def test_a_us_blank_minimum_takes_the_floor_once_over_the_whole_statement() -> None:
    # US card, statement on the 15th, due the 10th (preset): January's $600.00, $25.00
    # paid on 9 Feb (its minimum, on time). February's bill $30.00 left blank; the engine
    # estimates the interest inside it (24.99 % / 365 on the daily balance from 15 Jan:
    # $600.00, $575.00 from the payment), and 1 % of
    # the carried $575.00 = 5.75 joins it: 1 % × the bill's principal + its interest +
    # 5.75 is below $25.00, so the statement's minimum is the $25.00 floor (Reg Z issuers,
    # DESIGN.md § Presets). It asked the floor on the bill's part and 5.75 more ($30.75):
    # $25.00 paid on 9 Mar drew a $30 late fee.
    us = from_preset("us-credit-card", "us")
    jan = RecordedBill(date(2026, 1, 15), date(2026, 2, 10), 60_000)
    feb = RecordedBill(date(2026, 2, 15), date(2026, 3, 10), 3_000)
    pays = (Paid(date(2026, 2, 9), 2_500), Paid(date(2026, 3, 9), 2_500))
    out = play(Account(us, bills=(jan, feb), payments=pays), until=date(2026, 3, 20))
    # Interest inside February's bill, on the average daily balance: (60,000 × 25 days
    # (15 Jan → 9 Feb) + 57,500 × 6 days (→ 15 Feb)) × 0.0006846575 = 1,845,000 × R =
    # 1,263.19 → 1,263; its principal 3,000 − 1,263 = 1,737. The minimum: max(2,500,
    # 1 % × 1,737 = 17 + 1,263 + 1 % × 57,500 = 575 → 1,855) = 2,500.
    assert out.rows[1].interest == 1_263
    assert [(r.minimum, r.late_fee) for r in out.rows[:2]] == [(2_500, 0), (2_500, 0)]


def test_a_blank_minimum_is_on_what_a_credit_balance_leaves_of_the_bill() -> None:
    # CN card: January's ¥1,000.00 paid with ¥2,000.00 on 19 Jan — ¥1,000.00 of credit.
    # February's bill of ¥4,000.00 (blank minimum) meets it: the statement's balance is
    # ¥3,000.00 and its minimum 10 % of that, ¥300.00 (it was 10 % × 4,000.00 = ¥400.00:
    # ¥300.00 paid on 19 Feb drew a ¥10.00 late fee and a report).
    jan = RecordedBill(date(2026, 1, 1), date(2026, 1, 20), 100_000)
    feb = RecordedBill(date(2026, 2, 1), date(2026, 2, 20), 400_000)
    pays = (Paid(date(2026, 1, 19), 200_000), Paid(date(2026, 2, 19), 30_000))
    out = play(Account(CARD, bills=(jan, feb), payments=pays), until=date(2026, 3, 10))
    assert [(r.minimum, r.late_fee, r.report_code) for r in out.rows[:2]] == [
        (10_000, 0, 0),
        (30_000, 0, 0),
    ]
