"""A product's record ids sorted and searched in SQL (issue 12 goal 4b,
``tracker.service.record_order``): the order a stable sort of the newest-first rows
gives, and the rows whose shown date, amount or description contains the search."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from tracker.money import CURRENCIES, format_money
from tracker.service import files, products
from tracker.service.record_order import MoneyDisplay, record_ids, searchable, sortable
from tracker.storage import Store
from tracker.storage.record_order import money_text_sql

_MEMORY = sqlite3.connect(":memory:")


@given(st.integers(min_value=-(10**13), max_value=10**13), st.sampled_from(sorted(CURRENCIES)))
def test_money_text_in_sql_is_format_money(minor: int, code: str) -> None:
    cur = CURRENCIES[code]
    text = _MEMORY.execute(
        f"SELECT {money_text_sql('amount', cur.symbol, cur.digits)} FROM (SELECT ? AS amount)",
        (minor,),
    ).fetchone()[0]
    assert text == format_money(minor, code)


def test_money_text_by_hand() -> None:
    one = _MEMORY.execute
    expr = money_text_sql("amount", "¥", 2)
    rows = [one(f"SELECT {expr} FROM (SELECT ? AS amount)", (m,)).fetchone()[0]
            for m in (0, 5, -5, 123456, -123456789, 100)]  # fmt: skip
    assert rows == ["¥0.00", "¥0.05", "-¥0.05", "¥1,234.56", "-¥1,234,567.89", "¥1.00"]
    code = money_text_sql("amount", "CNY ", 2)
    assert one(f"SELECT {code} FROM (SELECT -99 AS amount)").fetchone()[0] == "-CNY 0.99"
    yen = money_text_sql("amount", "¥", 0)  # a currency without minor digits
    assert one(f"SELECT {yen} FROM (SELECT 1234567 AS amount)").fetchone()[0] == "¥1,234,567"


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Store]:
    s = files.open_store(tmp_path / "o.db", create=True)
    yield s
    s.close()


#: (date, amount, description) in the order inserted: ids 1 … 7.
CHARGES = [
    ("2026-11-01", 5_000, "Coffee"),  # 1
    ("2026-11-03", 120_000, "淘宝 100% cotton"),  # 2
    ("2026-11-03", 5_000, "coffee beans"),  # 3
    ("2026-10-20", 99, "Éclair"),  # 4
    ("2026-11-03", 5_000, "a_b"),  # 5
    ("2026-10-20", 1_234_567, "Coffee"),  # 6
    ("2026-11-05", 12_00, "TEA"),  # 7
]


@pytest.fixture
def card(store: Store) -> int:
    pid = products.add_product(store, "花呗", "huabei", {"statement_day": "25"}).saved_id
    assert pid is not None
    with store.transaction():
        for day, amount, text in CHARGES:
            store.insert_charge(pid, date.fromisoformat(day), amount, text)
    return pid


def test_newest_first_then_sorted_with_ties_newest_first(store: Store, card: int) -> None:
    # Newest first: by date descending, then id descending within a day (7; 5, 3, 2 on
    # 3 Nov; 1; 6, 4 on 20 Oct).
    assert record_ids(store, "charge", card) == [7, 5, 3, 2, 1, 6, 4]
    # Amount up: 0.99 (4); 12.00 (7); the three 50.00 in newest-first order 5, 3, 1;
    # 1,200.00 (2); 12,345.67 (6).
    assert record_ids(store, "charge", card, ("amount", False)) == [4, 7, 5, 3, 1, 2, 6]
    # Down: the ties keep their newest-first order too (5, 3, 1), as a stable sort does.
    assert record_ids(store, "charge", card, ("amount", True)) == [6, 2, 5, 3, 1, 7, 4]
    # Dates up: 20 Oct (6 then 4: newest first among equals), 1 Nov, 3 Nov (5, 3, 2), 5 Nov.
    assert record_ids(store, "charge", card, ("date", False)) == [6, 4, 1, 5, 3, 2, 7]
    # Text by code point, capitals first (as the proxy's case-sensitive compare): "Coffee"
    # (1, 6: 1 first, it is newer), "TEA", "a_b", "coffee beans", "Éclair" (É is U+00C9,
    # after ASCII), "淘宝…".
    assert record_ids(store, "charge", card, ("description", False)) == [1, 6, 7, 5, 3, 4, 2]


def test_search_any_column_any_case(store: Store, card: int) -> None:
    def found(text: str, display: MoneyDisplay = "symbol") -> list[int]:
        return record_ids(store, "charge", card, search=text, money_display=display)  # type: ignore[arg-type]

    assert found("COFFEE") == [3, 1, 6]  # any case, newest first
    assert found("50.00") == [5, 3, 1]  # the amount as shown: ¥50.00
    assert found("¥1,2") == [2]  # ¥1,200.00, with the thousands comma
    assert found("¥12,") == [6]  # ¥12,345.67
    assert found("12") == [7, 6]  # ¥12.00 and ¥12,345.67 (¥1,200.00 has a comma in it)
    assert found("2026-10") == [6, 4]  # the date as shown
    assert found("%") == [2]  # LIKE's wildcards are plain text
    assert found("_") == [5]
    assert found("éCLAIR") == [4]  # a cased letter beyond ASCII folds too
    assert found("cny 0.99", "code") == [4]  # the code display: CNY 0.99
    assert found("cny 0.99") == []  # not in the symbol display: ¥0.99
    assert found("淘宝") == [2]
    assert found("nothing") == []
    # Sorted and searched at once: the coffees by amount down, 12,345.67 then the two
    # 50.00 (3 newer than 1).
    assert record_ids(store, "charge", card, ("amount", True), "coffee") == [6, 3, 1]


def test_what_is_sorted_and_searched_in_sql() -> None:
    assert sortable("charge") == sortable("payment") == {"date", "amount", "description"}
    assert sortable("bill") == {"statement_date", "due_date", "amount", "minimum"}
    assert sortable("plan") == {"description", "first_due", "principal"}
    # Bills and plans show states and progress worked out from the ledger: searched in
    # Python by the table (ui.models.ledger).
    assert searchable("charge") and searchable("payment")
    assert not searchable("bill") and not searchable("plan")


def test_a_bill_without_a_minimum_sorts_as_zero(store: Store) -> None:
    pid = products.add_product(store, "招行", "cn-credit-card", {"statement_day": "5"}).saved_id
    assert pid is not None
    with store.transaction():
        first = store.insert_bill(pid, date(2026, 9, 5), date(2026, 9, 23), 10_000, 1_000)
        second = store.insert_bill(pid, date(2026, 10, 5), date(2026, 10, 23), 20_000, None)
        third = store.insert_bill(pid, date(2026, 11, 5), date(2026, 11, 23), 30_000, 500)
    # Minimum up: none (0) for the October bill, then 5.00, then 10.00.
    assert record_ids(store, "bill", pid, ("minimum", False)) == [second, third, first]
    assert record_ids(store, "bill", pid) == [third, second, first]
