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
from tracker.service import bills, files, plans, products

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
    # Left blank, the app saves the rule's 10 % × 864.20 = 86.42 (8,642): the engine adds
    # the period, 8,642 + 51,825 = 60,467 — the same minimum the lender prints.
    assert _baitiao(8_642, 60_467) == [(60_467, 0, 0, 0)]
    assert _baitiao(None, 60_467) == [(60_467, 0, 0, 0)]


def test_a_printed_minimum_is_never_below_the_periods_it_must_hold() -> None:
    # A typed ¥50.00 cannot be the statement's minimum (a lender always asks the period in
    # full): the minimum is the period's ¥518.25, and ¥50.00 paid leaves it unmet — 21
    # days past due on 31 Jan, reported.
    assert _baitiao(5_000, 5_000) == [(51_825, 0, 21, 1)]


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

    # Blank (None; an older file saved the rule on the whole amount, 10 % × 525.50 =
    # 5,255): the engine's split of the bill, 5,000 + 2,550 + 9,000 + 10,000 = 26,550 —
    # the same figure. (It asked 5,255 + 9,000 + 10,000 = 24,255: paid, the engine said
    # February was on time, where the bank charges a late fee and reports a "2".)
    assert feb(None, 0)[1][0] == 26_550
    assert feb(5_255, 0)[1][0] == 26_550
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
    assert bills.default_minimum(store, "卡", 52_250, feb, due) == 7_250
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


def test_editing_a_bill_with_a_blank_minimum_keeps_it_blank(store) -> None:  # type: ignore[no-untyped-def]
    # The bill above, its amount corrected to ¥622.50 (600.00 of spending + the 22.50
    # charged): 10 % × 600.00 + 22.50 = ¥82.50, still blank. A file saved before blank
    # minimums were saved as None holds the rule on the whole amount for a blank field
    # (10 % × 522.50 = 5,225): read as blank too, and shown blank in the dialog.
    from tracker.service import payments

    products.add_product(store, "卡", "cn-credit-card", {"statement_day": "1"})
    bills.add_bill(store, "卡", date(2026, 1, 1), date(2026, 1, 20), "1000", date(2026, 1, 2))
    payments.add_payment(store, "卡", date(2026, 1, 26), "1000", date(2026, 1, 26))
    feb, due = date(2026, 2, 1), date(2026, 2, 20)
    saved = bills.add_bill(store, "卡", feb, due, "522.50", date(2026, 2, 2))
    edited = bills.edit_bill(store, saved.source_id, feb, due, "622.50", date(2026, 2, 2))
    assert edited.minimum is None and bills.typed_minimum(store, edited) is None
    assert store.bill_due_minimums(1)[edited.id] == 8_250
    older = bills.edit_bill(store, edited.id, feb, due, "522.50", date(2026, 2, 2), "52.25")
    assert older.minimum == 5_225 and bills.typed_minimum(store, older) is None
    assert store.bill_due_minimums(1)[older.id] == 7_250
    # A typed figure of its own is kept, and is the statement's whole minimum.
    typed = bills.edit_bill(store, edited.id, feb, due, "522.50", date(2026, 2, 2), "80")
    assert bills.typed_minimum(store, typed) == 8_000
