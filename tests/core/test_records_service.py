"""Editing, deleting and restoring one product's records; plan previews (no Qt)."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest

from tracker.errors import InputError, NotFoundError
from tracker.products import from_preset
from tracker.service import (
    bills,
    charges,
    demo,
    files,
    overview,
    payments,
    plans,
    products,
    records,
)
from tracker.storage import Store

TODAY = date(2026, 12, 1)
BAITIAO = 1  # demo product ids, in the order demo.populate adds them
CN_CARD = 3


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Store]:
    s = files.open_store(tmp_path / "r.db", create=True)
    demo.populate(s, TODAY)
    yield s
    s.close()


def balance(store: Store, pid: int) -> int:
    return overview.product_summary(store, TODAY, pid).balance


def test_demo_baitiao_position(store: Store) -> None:
    # Plan 6,999.00 / 12 at 0.5% flat: 583.25 principal + round(34.995) = 35.00 fee = 618.25;
    # 3 periods paid → 9 × 618.25 = 5,564.25 open, plus the unpaid bill 864.20 = 6,428.45.
    (plan,) = plans.plan_views(store, TODAY, BAITIAO)
    assert (plan.payment, plan.total_fee, plan.periods_paid) == (61_825, 42_000, 3)
    assert plan.outstanding == 556_425
    assert plan.next_due == date(2026, 11, 26)
    # + the engine's penalty so far: (864.20 + 618.25) × 0.05% × 5 days = 3.706 → 3.71.
    assert balance(store, BAITIAO) == 642_845 + 371
    views = bills.bill_views(store, TODAY, BAITIAO)
    assert [(b.bill.amount, b.outstanding, b.state) for b in views] == [
        (128_850, 0, "paid"),
        (86_420, 86_420, "overdue"),
    ]
    assert views[1].days_past_due == 5


def test_delete_payment_then_restore_brings_the_balance_back(store: Store) -> None:
    before = balance(store, BAITIAO)
    pay = next(p for p in payments.payments(store, BAITIAO) if p.amount == 128_850)
    deleted = payments.delete_payment(store, pay.id)
    # The 1,288.50 repayment is gone, so the October bill is open again; its minimum was
    # missed, so the penalty so far is no longer 3.71 but, from the 17 Nov bill (the
    # lender's truth before it) to today, (1,288.50 + 864.20 + 618.25) × 0.05% × 14 days
    # = 19.39665 → 19.40 (tests/ui/test_products.py shows the same on the page).
    assert balance(store, BAITIAO) == before - 371 + 128_850 + 1_940
    assert pay.id not in [p.id for p in payments.payments(store, BAITIAO)]
    records.restore(store, deleted)
    assert balance(store, BAITIAO) == before
    assert payments.payment(store, pay.id) == pay


def test_delete_bill_takes_its_due_and_restore_puts_both_back(store: Store) -> None:
    bill = bills.bill_views(store, TODAY, BAITIAO)[1].bill
    dues_before = len(store.list_dues(BAITIAO))
    deleted = bills.delete_bill(store, bill.id)
    assert [t for t, _rows in deleted.tables] == ["bills", "dues"]
    assert len(store.list_dues(BAITIAO)) == dues_before - 1
    # Without the bill only the 26 Nov period (618.25) is late: 618.25 × 0.05% × 5 days
    # = 1.545625 → 1.55 so far.
    assert balance(store, BAITIAO) == 642_845 - 86_420 + 155
    records.restore(store, deleted)
    assert len(store.list_dues(BAITIAO)) == dues_before
    assert balance(store, BAITIAO) == 642_845 + 371


def test_delete_plan_takes_its_twelve_dues(store: Store) -> None:
    (plan,) = plans.plan_views(store, TODAY, BAITIAO)
    deleted = plans.delete_plan(store, plan.id)
    assert len(dict(deleted.tables)["dues"]) == 12
    assert plans.plan_views(store, TODAY, BAITIAO) == []
    records.restore(store, deleted)
    assert plans.plan_views(store, TODAY, BAITIAO) == [plan]


def test_delete_charge_and_restore(store: Store) -> None:
    (ch,) = charges.charges(store, CN_CARD)
    assert (ch.amount, ch.description) == (45_800, "超市购物")
    deleted = charges.delete_charge(store, ch.id)
    assert charges.charges(store, CN_CARD) == []
    records.restore(store, deleted)
    assert charges.charges(store, CN_CARD) == [ch]


def test_delete_missing_record_is_refused(store: Store) -> None:
    with pytest.raises(NotFoundError):
        payments.delete_payment(store, 999)


def test_edit_payment_and_charge(store: Store) -> None:
    pay = payments.payments(store, BAITIAO)[0]
    saved = payments.edit_payment(store, pay.id, date(2026, 8, 25), 50_000, TODAY, " fixed ")
    assert payments.payment(store, pay.id) == saved
    assert (saved.amount, saved.description) == (50_000, "fixed")
    (ch,) = charges.charges(store, CN_CARD)
    charges.edit_charge(store, ch.id, date(2026, 11, 28), 12_345, TODAY, "groceries")
    assert charges.charge(store, ch.id).amount == 12_345


def test_bad_edits_change_nothing(store: Store) -> None:
    pay = payments.payments(store, BAITIAO)[0]
    with pytest.raises(InputError) as err:
        payments.edit_payment(store, pay.id, date(2026, 12, 2), 100, TODAY)
    assert err.value.field == "date"
    with pytest.raises(InputError):
        payments.edit_payment(store, pay.id, TODAY, 0, TODAY)
    with pytest.raises(InputError):
        charges.edit_charge(store, charges.charges(store, CN_CARD)[0].id, TODAY, 0, TODAY)
    assert payments.payment(store, pay.id) == pay


def test_restore_refuses_when_the_id_is_taken_again(store: Store) -> None:
    pay = payments.payments(store, BAITIAO)[-1]
    deleted = payments.delete_payment(store, pay.id)
    store.reinsert("payments", dict(deleted.tables)["payments"])  # someone else took it back
    with pytest.raises(InputError, match="not saved"):
        records.restore(store, deleted)


def test_plan_preview_matches_the_worked_example() -> None:
    # DESIGN.md: 12,000.00 over 12 at 0.6% flat → 1,072.00 a month, fees 864.00,
    # APR 13.03% (EAR 13.84%).
    card = from_preset("cn-credit-card", "card")
    preview = plans.plan_preview(card, 1_200_000, 12, date(2027, 1, 5))
    assert preview.payment == 107_200
    assert preview.schedule.total_fee == 86_400
    assert (preview.apr, preview.ear) == (Decimal("0.130342"), Decimal("0.138418"))
    with pytest.raises(InputError, match="offers"):
        plans.plan_preview(card, 1_200_000, 7, date(2027, 1, 5))


def test_period_choices() -> None:
    # DESIGN.md presets: Huabei offers 9 periods too.
    assert products.period_choices(from_preset("huabei", "h")) == [3, 6, 9, 12]
    assert (
        products.period_choices(from_preset("baitiao", "b").with_changes(allowed_periods=()))[-1]
        == 60
    )


def test_archived_products_are_listed_only_on_request(store: Store) -> None:
    # archive_product now refuses a product that owes money; a file written before that
    # rule may still hold one, so archive it directly as such a file would have it.
    huabei = store.find_product("花呗")
    with store.transaction():
        store.update_product(huabei.id or 0, huabei.with_changes(archived=True))
    names = [s.product.name for s in overview.product_rows(store, TODAY)]
    assert "花呗" not in names
    rows = overview.product_rows(store, TODAY, include_archived=True)
    huabei = next(s for s in rows if s.product.name == "花呗")
    # Still owes the 3,245.60 bill, archived or not.
    assert (huabei.balance, huabei.product.archived, huabei.next_due) == (324_560, True, None)


def test_repayment_record_counts_reported_cycles(tmp_path: Path) -> None:
    s = files.open_store(tmp_path / "history.db", create=True)
    try:
        p = products.add_product(s, "白条", "baitiao", {})  # reported after 1 day
        us = products.add_product(s, "Card", "us-credit-card", {})  # after 30 days
        pid, uid = p.id or 0, us.id or 0
        # Seven monthly Baitiao bills of 100.00 due on the 10th, May … November 2026.
        for month in range(5, 12):
            due = date(2026, month, 10)
            bills.add_bill(s, pid, date(2026, month, 1), due, 10_000, TODAY)
        # paid: May on time, June 2 days late, July–September 1 day late each,
        # October on time, November still unpaid.
        for month, late in ((5, 0), (6, 2), (7, 1), (8, 1), (9, 1), (10, 0)):
            payments.add_payment(s, pid, date(2026, month, 10 + late), 10_000, TODAY)
        record = overview.repayment_record(s, TODAY, pid)
        # missed cycles: June, July, August, September (a run of 4) and November
        # (21 days late today) → 5 in total; 4 in a row crosses the red line.
        assert (record.longest_run, record.total_missed, record.crossed) == (4, 5, True)
        # A US card paid 20 days late is not reported (30 days): no mark at all.
        bills.add_bill(s, uid, date(2026, 10, 1), date(2026, 10, 25), 5_000, TODAY)
        payments.add_payment(s, uid, date(2026, 11, 14), 5_000, TODAY)
        assert overview.repayment_record(s, TODAY, uid) == overview.repayment_record(
            s, date(2026, 10, 1), uid
        )
        assert overview.repayment_record(s, TODAY, uid).total_missed == 0
    finally:
        s.close()


def test_demo_baitiao_has_one_reported_cycle(store: Store) -> None:
    # The bill and the plan period both due 26 Nov are one cycle, 5 days late today.
    record = overview.repayment_record(store, TODAY, BAITIAO)
    assert (record.longest_run, record.total_missed, record.crossed) == (1, 1, False)


def test_all_digit_names_are_refused_on_add_edit_and_draft(tmp_path: Path) -> None:
    s = files.open_store(tmp_path / "digits.db", create=True)
    card = products.add_product(s, "Card 2", "cn-credit-card", {})
    with pytest.raises(InputError, match="all digits") as caught:
        products.add_product(s, "3", "huabei", {})
    assert caught.value.field == "name"
    with pytest.raises(InputError, match="all digits"):
        products.edit_product(s, "Card 2", {"name": "１２"})  # full-width digits too
    with pytest.raises(InputError, match="all digits") as caught:
        products.product_draft("42", "huabei", {})
    assert caught.value.field == "name"
    # Letters and digits together are fine; nothing was saved by the refusals.
    products.edit_product(s, "Card 2", {"name": "2 Card"})
    assert [p.name for p in s.list_products()] == ["2 Card"]
    assert products.find_product(s, str(card.id)).name == "2 Card"
    s.close()


@pytest.mark.parametrize("record", ["bill", "charge", "payment", "plan"])
def test_currency_changes_only_while_a_product_has_no_records(tmp_path: Path, record: str) -> None:
    s = files.open_store(tmp_path / "cur.db", create=True)
    products.add_product(s, "Card", "cn-credit-card", {})
    # No records yet: the currency may change (and back).
    assert products.edit_product(s, "Card", {"currency": "USD"}).currency == "USD"
    assert products.edit_product(s, "Card", {"currency": "CNY"}).currency == "CNY"
    day = date(2026, 11, 20)
    if record == "bill":
        bills.add_bill(s, "Card", day, date(2026, 12, 9), 10_000, TODAY)
    elif record == "charge":
        charges.add_charge(s, "Card", day, 10_000, TODAY)
    elif record == "payment":
        payments.add_payment(s, "Card", day, 10_000, TODAY, allow_credit=True)  # owes nothing
    else:
        plans.add_plan(s, "Card", 60_000, 3, date(2026, 12, 9))
    with pytest.raises(InputError, match="already has records in CNY") as caught:
        products.edit_product(s, "Card", {"currency": "USD"})
    assert caught.value.field == "currency"
    assert products.find_product(s, "Card").currency == "CNY"
    # The same currency, or other settings, are still fine.
    assert products.edit_product(s, "Card", {"currency": "CNY", "grace_days": "2"}).grace_days == 2
    s.close()


def test_archive_is_refused_while_money_is_owed(tmp_path: Path) -> None:
    s = files.open_store(tmp_path / "arch.db", create=True)
    demo.populate(s, TODAY)
    # 花呗 (demo): October's 2,103.30 was paid; November's bill of 3,245.60 is open.
    with pytest.raises(InputError, match=r"花呗 still owes ¥3,245\.60"):
        products.archive_product(s, "花呗")
    assert not products.find_product(s, "花呗").archived
    payments.add_payment(s, "花呗", TODAY, 324_560, TODAY)
    assert products.archive_product(s, "花呗").archived
    assert products.archive_product(s, "花呗", archived=False).archived is False
    # Spending not yet on a bill is owed too: 12.34 charged, nothing billed.
    products.add_product(s, "Fresh", "huabei", {})
    charges.add_charge(s, "Fresh", TODAY, 1_234, TODAY)
    with pytest.raises(InputError, match=r"Fresh still owes ¥12\.34"):
        products.archive_product(s, "Fresh")
    s.close()


def test_a_plan_needs_a_minor_unit_per_period(store: Store) -> None:
    # 0.11 over 12 periods would leave at least one period at 0.00; 0.12 gives 0.01 each.
    with pytest.raises(InputError, match=r"at least ¥0\.12") as caught:
        plans.add_plan(store, "花呗", 11, 12, date(2026, 12, 20))
    assert caught.value.field == "principal"
    dues = plans.add_plan(store, "花呗", 12, 12, date(2026, 12, 20))
    assert [d.principal for d in dues] == [1] * 12
    # The GUI's split of a purchase refuses the same, before anything is saved.
    with pytest.raises(InputError, match=r"at least ¥0\.03"):
        charges.preview_split(store, 2, 2, 3, TODAY)


def test_add_bill_refuses_a_second_bill_for_the_same_statement_date(store: Store) -> None:
    # 花呗 (demo) has its November statement of 2026-11-25 already; the same date on
    # another product is fine.
    before = len(store.list_bills())
    with pytest.raises(InputError, match="2026-11-25 is already recorded") as caught:
        bills.add_bill(store, "花呗", date(2026, 11, 25), date(2026, 12, 4), 1_000, TODAY)
    assert caught.value.field == "statement"
    assert len(store.list_bills()) == before
    products.add_product(store, "Other", "huabei", {})
    bills.add_bill(store, "Other", date(2026, 11, 25), date(2026, 12, 4), 1_000, TODAY)
    assert len(store.list_bills()) == before + 1
