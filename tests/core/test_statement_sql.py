"""The statement SQLite writes (storage/statement_csv.py) is byte for byte the one the
decoded rows give: random files of every preset, with refunds, payments (and credit),
plans, split purchases, agreed repayment plans, archived products, Chinese text, text
a spreadsheet would run as a formula, commas, quotes and line breaks in descriptions,
each exported whole and through random windows, in English and Chinese, with and
without the Excel BOM. The references are the row-by-row writer the SQL replaced
(``csvio.write_statement`` of ``statement.stream_rows``) and, for the files without an
agreed plan, the list-building implementation before it
(``tests/core/test_statement_stream.py``, which did not know agreed plans yet)."""

from __future__ import annotations

import io
import tempfile
from dataclasses import replace
from datetime import date, timedelta
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tracker import csvio
from tracker.errors import DamagedFileError, InputError
from tracker.products import PRESETS
from tracker.service import bills, charges, files, negotiate, payments, plans, products, statement
from tracker.storage import Store, statement_csv

from .test_statement_stream import TODAY, old_bytes

_TRICKY = st.sampled_from(
    [
        "", "=SUM(A1)", "+1", "-x", "@me", "\tTab first", "\rCR first", "咖啡 星巴克",
        "a, b", 'He said "hi"', "two\nlines", "cr\r\nlf", "'quoted already", " spaced ",
        "京东, \"订单\"\n第二行", "=", ",", '"',
    ]
)  # fmt: skip
_TEXT = _TRICKY | st.text(
    st.characters(blacklist_categories=("Cs",), blacklist_characters="\x00"), max_size=8
)
_DAY = st.integers(0, 900).map(lambda n: date(2024, 6, 1) + timedelta(days=n))
_AMOUNT = st.integers(1, 3_000_000)
_EVENT = st.one_of(
    st.tuples(st.just("charge"), _DAY, _AMOUNT, _TEXT),
    st.tuples(st.just("refund"), _DAY, _AMOUNT, _TEXT),
    st.tuples(st.just("split"), _DAY, st.integers(3_000, 3_000_000), _TEXT),
    st.tuples(st.just("bill"), _DAY, _AMOUNT, _TEXT),
    st.tuples(st.just("plan"), _DAY, st.integers(1_000, 3_000_000), _TEXT),
    st.tuples(st.just("payment"), _DAY, _AMOUNT, _TEXT),
    st.tuples(st.just("credit"), _DAY, _AMOUNT, _TEXT),
    st.tuples(st.just("agree"), _DAY, st.integers(1, 99), _TEXT),
)
#: One product of every preset; names with a comma, a formula start and Chinese.
NAMES = {
    "baitiao": "京东白条", "huabei": "花呗, 借呗", "cn-credit-card": "=招行",
    "us-credit-card": "Chase \"Sapphire\"", "pay-in-4": "-Klarna", "loan": "Loan @bank",
}  # fmt: skip


def build(store: Store, events: list[tuple[str, date, int, str]], archived: int) -> None:
    """Products of every preset and ``events`` spread over them (what the service
    refuses, as when typed, is left out); the product number ``archived`` (if any)
    archived."""
    names = [NAMES[preset] for preset in PRESETS]
    for preset in PRESETS:
        products.add_product(store, NAMES[preset], preset, {})
    for n, (kind, day, amount, text) in enumerate(events):
        name = names[n % len(names)]
        pid = store.find_product(name).saved_id
        on = min(day, TODAY)
        try:
            if kind == "charge":
                charges.add_charge(store, name, on, amount, TODAY, text)
            elif kind == "refund":  # as an import writes one: a negative charge
                with store.transaction():
                    store.insert_charge(pid, on, -amount, text)
            elif kind == "split":
                charges.add_charge(store, name, on, amount, TODAY, text, periods=3)
            elif kind == "bill":
                bills.add_bill(store, name, on, on + timedelta(days=9), amount, TODAY)
            elif kind == "plan":
                periods = 4 if "Klarna" in name else 3
                plans.add_plan(store, name, amount, periods, day, text)
            elif kind == "payment":
                payments.add_payment(store, name, on, amount, TODAY, text)
            elif kind == "credit":
                payments.add_payment(store, name, on, amount, TODAY, text, allow_credit=True)
            else:  # an agreed repayment plan for part of what is owed today
                owed = negotiate.owed_today(store, store.find_product(name), TODAY)
                total = max(owed * amount // 100, 1)
                negotiate.record_agreement(
                    store, name, total, 3, TODAY + timedelta(days=20), TODAY, text
                )
        except InputError:
            pass
    if archived < len(names):  # archived as stored (the app asks it to be paid off first)
        product = store.find_product(names[archived])
        with store.transaction():
            store.update_product(product.saved_id, replace(product, archived=True))


def decoded_bytes(
    store: Store, start: date, end: date, pid: int | None, excel: bool, chinese: bool
) -> bytes:
    """The statement as the row-by-row writer the SQL replaced writes it."""
    buffer = io.StringIO(newline="")
    rows = statement.stream_rows(store, start, end, pid, TODAY, chinese)
    csvio.write_statement(rows, buffer, excel=excel, chinese=chinese)
    return buffer.getvalue().encode("utf-8")


def sql_bytes(
    store: Store, folder: Path, start: date, end: date, pid: int | None, excel: bool,
    chinese: bool,
) -> bytes:  # fmt: skip
    out = folder / "sql.csv"
    statement.export_statement(store, out, start, end, pid, excel, chinese, TODAY)
    return out.read_bytes()


_WINDOW = st.tuples(_DAY, st.integers(0, 400)).map(lambda t: (t[0], t[0] + timedelta(t[1])))


@settings(
    max_examples=40,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
@given(
    st.lists(_EVENT, max_size=40),
    st.integers(0, 9),
    _WINDOW,
    st.booleans(),
    st.booleans(),
)
def test_sql_statement_is_the_decoded_one(
    events: list[tuple[str, date, int, str]],
    archived: int,
    window: tuple[date, date],
    excel: bool,
    chinese: bool,
) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        store = files.open_store(folder / "a.db", create=True)
        build(store, events, archived)
        # The SQL path is the one taken: nothing in these files is odd.
        assert statement_csv.clean(store, [p.saved_id for p in store.list_products(True)])
        ids: list[int | None] = [None, *(p.saved_id for p in store.list_products(True))]
        whole = (date(2000, 1, 1), date(2100, 1, 1))
        for pid in ids:
            for start, end in (whole, window):
                want = decoded_bytes(store, start, end, pid, excel, chinese)
                assert sql_bytes(store, folder, start, end, pid, excel, chinese) == want
            # And the list-building implementation before the stream (which did not
            # know agreed plans yet: what they took over is not in it).
            if pid is None and all(kind != "agree" for kind, *_ in events):
                want = decoded_bytes(store, *whole, pid, excel, chinese)
                assert old_bytes(store, *whole, pid, excel, chinese) == want
        store.close()


def test_tricky_text_is_guarded_and_quoted_as_the_csv_module_does(tmp_path: Path) -> None:
    store = files.open_store(tmp_path / "a.db", create=True)
    products.add_product(store, '=Card, "one"', "cn-credit-card", {})
    texts = ["=1+1", "-2", "+3", "@A1", "\tt", "\rr", 'say "x"', "a,b", "l1\nl2", "咖啡"]
    pid = store.find_product('=Card, "one"').saved_id
    with store.transaction():  # as stored (the form strips a leading tab or CR)
        for n, text in enumerate(texts):
            store.insert_charge(pid, date(2026, 11, 1 + n), 100 + n, text)
    out = tmp_path / "s.csv"
    statement.export_statement(store, out, date(2026, 11, 1), date(2026, 11, 30), today=TODAY)
    lines = out.read_bytes().decode("utf-8").split("\r\n")
    name = '"\'=Card, ""one"""'  # guarded, then quoted: it holds a comma and quotes
    # Amounts 1.00 + n/100; balances 1.00, 2.01, 3.03, 4.06, 5.10, 6.15, 7.21, 8.28,
    # 9.36, 10.45 (each the one before plus the amount).
    assert lines[1] == f"2026-11-01,{name},charge,'=1+1,1.00,1.00,CNY,"
    assert lines[2] == f"2026-11-02,{name},charge,'-2,1.01,2.01,CNY,"
    assert lines[3] == f"2026-11-03,{name},charge,'+3,1.02,3.03,CNY,"
    assert lines[4] == f"2026-11-04,{name},charge,'@A1,1.03,4.06,CNY,"
    assert lines[5] == f"2026-11-05,{name},charge,'\tt,1.04,5.10,CNY,"
    assert lines[6] == f'2026-11-06,{name},charge,"\'\rr",1.05,6.15,CNY,'
    assert lines[7] == f'2026-11-07,{name},charge,"say ""x""",1.06,7.21,CNY,'
    assert lines[8] == f'2026-11-08,{name},charge,"a,b",1.07,8.28,CNY,'
    assert lines[9] == f'2026-11-09,{name},charge,"l1\nl2",1.08,9.36,CNY,'
    assert lines[10] == f"2026-11-10,{name},charge,咖啡,1.09,10.45,CNY,"
    assert len(lines) == 1 + len(texts) + 1  # the header, a row each, "" after the last
    want = decoded_bytes(store, date(2026, 11, 1), date(2026, 11, 30), None, False, False)
    assert out.read_bytes() == want
    store.close()


@pytest.mark.parametrize("text", ["nul\x00inside", "ok"])
def test_a_nul_in_a_description_goes_the_decoded_way(tmp_path: Path, text: str) -> None:
    # GLOB and substr() stop at a NUL, so such a file is written row by row: the same.
    store = files.open_store(tmp_path / "a.db", create=True)
    products.add_product(store, "Card", "cn-credit-card", {})
    charges.add_charge(store, "Card", date(2026, 11, 2), 1234, TODAY, text)
    assert statement_csv.clean(store, [store.find_product("Card").saved_id]) == (
        "\x00" not in text
    )
    want = decoded_bytes(store, date(2026, 1, 1), date(2026, 12, 31), None, False, False)
    assert (
        sql_bytes(store, tmp_path, date(2026, 1, 1), date(2026, 12, 31), None, False, False)
        == want
    )
    assert text.encode() in want
    store.close()


@pytest.mark.parametrize(
    ("table", "column", "value"),
    [("charges", "date", "2026-02-30"), ("charges", "amount", "12.5"),
     ("payments", "date", "yesterday"), ("dues", "kind", "gift"),
     ("dues", "due_date", "2026-04-31"), ("dues", "fee", "x")],
)  # fmt: skip
def test_a_damaged_row_is_reported_as_before(
    tmp_path: Path, table: str, column: str, value: str
) -> None:
    # The SQL would write such a row as it is; the decoded way refuses the file. SQLite's
    # date() keeps "2026-02-30" and gives NULL for "yesterday": both must be caught.
    store = files.open_store(tmp_path / "a.db", create=True)
    products.add_product(store, "Card", "cn-credit-card", {})
    charges.add_charge(store, "Card", date(2026, 10, 2), 1234, TODAY, "coffee")
    bills.add_bill(store, "Card", date(2026, 10, 5), date(2026, 10, 25), 1234, TODAY)
    payments.add_payment(store, "Card", date(2026, 10, 20), 1234, TODAY)
    store.db.conn.execute(f"UPDATE {table} SET {column} = ?", (value,))  # a flipped value
    store.db.conn.commit()
    assert not statement_csv.clean(store, [store.find_product("Card").saved_id])
    out = tmp_path / "s.csv"
    with pytest.raises(DamagedFileError, match=f"{table} row"):
        statement.export_statement(store, out, date(2026, 1, 1), date(2026, 12, 31))
    assert not out.exists()
    store.close()


@pytest.mark.parametrize("excel", [False, True])
def test_a_charge_the_sql_cannot_write_after_many_rows_rewrites_the_file(
    tmp_path: Path, excel: bool
) -> None:
    # More rows than one chunk (statement_csv.CHUNK) before the charge with a NUL, so
    # the SQL has written part of the file when it stops: the file is then the decoded
    # one, from its first byte (the BOM and the header once), and so is a buffer that
    # already held text before the statement.
    store = files.open_store(tmp_path / "a.db", create=True)
    products.add_product(store, "Card", "cn-credit-card", {})
    pid = store.find_product("Card").saved_id
    with store.transaction():  # as stored: 5,000 charges of 0.01 … 50.00, then the NUL
        for n in range(5000):
            store.insert_charge(pid, date(2025, 1, 1) + timedelta(days=n % 600), n + 1, "x")
        store.insert_charge(pid, date(2026, 11, 20), 99, "nul\x00here")
    assert statement_csv.CHUNK < 5001
    assert statement_csv.clean(store, [pid], charges=False)  # left to the query
    assert not statement_csv.clean(store, [pid])
    whole = (date(2000, 1, 1), date(2100, 1, 1))
    want = decoded_bytes(store, *whole, None, excel, False)
    assert b"nul\x00here" in want and want.count(b"date,product,kind") == 1
    assert sql_bytes(store, tmp_path, *whole, None, excel, False) == want
    buffer = io.StringIO(newline="")
    buffer.write("before\r\n")
    rows = statement.write_statement(store, buffer, *whole, excel=excel, today=TODAY)
    assert rows == want.count(b"\r\n") - 1  # every data line (5,001 charges + estimates)
    assert buffer.getvalue().encode("utf-8") == b"before\r\n" + want
    store.close()
