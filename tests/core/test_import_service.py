"""Import use cases: round trip of our statement, each profile into a product, duplicates,
identical real rows, bad files refused without a change, payments matched, undo."""

from __future__ import annotations

import csv
import hashlib
import io
import tempfile
from datetime import date, timedelta
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tracker import csvio
from tracker.errors import InputError
from tracker.service import bills, charges, files, imports, payments, plans, products, statement
from tracker.storage import Store

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures" / "import"
TODAY = date(2026, 12, 1)
START, END = date(2000, 1, 1), date(2100, 12, 31)
FAR = date(2030, 1, 1)  # "today" for bills, so that any statement date may be entered


def export(store: Store, folder: Path, name: str) -> bytes:
    path = folder / name
    statement.export_statement(store, path, START, END)
    return path.read_bytes()


def hash_of(path: Path) -> str:
    digest = hashlib.sha256(path.read_bytes())
    for side in (Path(f"{path}-wal"), Path(f"{path}-journal")):
        if side.exists():
            digest.update(side.read_bytes())
    return digest.hexdigest()


# -- round trip ----------------------------------------------------------------------
_TEXT = st.text(
    st.characters(blacklist_categories=("Cs", "Cc", "Zl", "Zp")), min_size=0, max_size=10
).map(str.strip) | st.sampled_from(["=SUM(A1)", "+1", "-x", "@me", "咖啡", "a, b", '"q"'])
_DAY = st.integers(0, 700).map(lambda n: date(2025, 1, 1) + timedelta(days=n))
_AMOUNT = st.integers(1, 5_000_000)
_EVENT = st.one_of(
    st.tuples(st.just("charge"), _DAY, _AMOUNT, _TEXT),
    st.tuples(st.just("bill"), _DAY, _AMOUNT, st.just("")),
    st.tuples(st.just("plan"), _DAY, st.integers(1_000, 5_000_000), _TEXT),
    st.tuples(st.just("payment"), _DAY, _AMOUNT, _TEXT),
)
PRODUCTS = (("花呗", "huabei"), ("Card", "cn-credit-card"), ("Klarna", "pay-in-4"))


def build(store: Store, events: list[tuple[str, date, int, str]]) -> None:
    for name, preset in PRODUCTS:
        products.add_product(store, name, preset, {})
    for n, (kind, day, amount, text) in enumerate(events):
        name = PRODUCTS[n % len(PRODUCTS)][0]
        try:
            if kind == "charge":
                charges.add_charge(store, name, min(day, TODAY), amount, TODAY, text)
            elif kind == "bill":
                bills.add_bill(store, name, day, day + timedelta(days=9), amount, FAR)
            elif kind == "plan":
                periods = 4 if name == "Klarna" else 3
                plans.add_plan(store, name, amount, periods, day, text)
            else:
                payments.add_payment(store, name, min(day, TODAY), amount, TODAY, text)
        except InputError:
            pass  # a second bill on one statement date: refused as when typed


@settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(_EVENT, max_size=14))
def test_export_import_export_is_byte_identical(events: list[tuple[str, date, int, str]]) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        first = files.open_store(folder / "a.db", create=True)
        build(first, events)
        exported = export(first, folder, "a.csv")
        first.close()
        second = files.open_store(folder / "b.db", create=True)
        for name, preset in PRODUCTS:  # an empty file with the same products
            products.add_product(second, name, preset, {})
        plan = imports.preview(second, folder / "a.csv", TODAY)
        assert plan.bad == []
        imports.commit(second, plan)
        assert export(second, folder, "b.csv") == exported
        # and the same statement imported again adds nothing
        again = imports.preview(second, folder / "a.csv", TODAY)
        assert again.new == 0 and again.duplicates == exported.count(b"\n") - 1
        second.close()


def test_round_trip_of_the_demo(tmp_path: Path) -> None:
    from tracker.service import demo

    first = files.open_store(tmp_path / "a.db", create=True)
    demo.populate(first, TODAY)
    exported = export(first, tmp_path, "a.csv")
    second = files.open_store(tmp_path / "b.db", create=True)
    for p in first.list_products():  # the same products, rules and all
        second.insert_product(p)
    result = imports.commit(second, imports.preview(second, tmp_path / "a.csv", TODAY))
    assert result.added == exported.count(b"\n") - 1  # every line but the header
    assert export(second, tmp_path, "b.csv") == exported
    # Plans come back as plans: 京东白条's 12-period phone plan of 6,999.00.
    plans = second.list_plans(second.find_product("京东白条").id)
    assert [(p.periods, p.principal, p.description) for p in plans] == [
        (12, 699900, "iPhone 12 期")
    ]


# -- profiles into a product ---------------------------------------------------------
@pytest.fixture
def store(empty_store: Store) -> Store:
    products.add_product(empty_store, "花呗", "huabei", {})
    products.add_product(empty_store, "白条", "baitiao", {})
    products.add_product(empty_store, "招行", "cn-credit-card", {})
    products.add_product(empty_store, "Chase", "us-credit-card", {})
    return empty_store


@pytest.mark.parametrize(
    ("name", "product", "kinds", "total"),
    [
        # Alipay: 18.00 + 18.00 + 256.50 − 500.00 − 18.00 = −225.50
        ("alipay.csv", "花呗", {"charge": 3, "payment": 1, "refund": 1}, -22550),
        # JD: 131.77 − 89.84 + 59.90 + 293.10 − 293.10 − 500.00 + 258.00 = −140.17
        ("jd.csv", "白条", {"charge": 4, "refund": 2, "payment": 1}, -14017),
        # CMB: 1,288.00 + 35.00 − 8,000.00 + 35.00 + 35.00 − 88.00 = −6,695.00
        ("cmb.csv", "招行", {"charge": 4, "payment": 1, "refund": 1}, -669500),
        # ICBC: 300.00 + 1,134.56 − 8,000.00 − 200.00 = −6,765.44
        ("icbc.csv", "招行", {"charge": 2, "payment": 1, "refund": 1}, -676544),
        # WeChat (every method): 28.16 + 35.00 + 26.00 − 300.00 + 300.00 − 28.16 − 300.00
        ("wechat.csv", "招行", {"charge": 4, "payment": 1, "refund": 2}, -23900),
        # Chase: 45.99 + 5.25 + 5.25 − 500.00 − 12.00 = −455.51
        ("chase.csv", "Chase", {"charge": 3, "payment": 1, "refund": 1}, -45551),
        # OFX: 45.99 + 5.25 − 500.00 − 12.00 = −460.76
        ("card.qfx", "Chase", {"charge": 2, "payment": 1, "refund": 1}, -46076),
    ],
)
def test_each_profile_imports_once(
    store: Store, name: str, product: str, kinds: dict[str, int], total: int
) -> None:
    today = date(2027, 2, 1)  # after every fixture's last row (CMB's statement is Jan 2027)
    plan = imports.preview(store, FIXTURES / name, today, product=product)
    assert plan.bad == []
    assert dict(__import__("collections").Counter(
        x.row.kind for x in plan.lines if x.status == "new" and x.row)) == kinds  # fmt: skip
    assert sum(plan.totals().values()) == total
    result = imports.commit(store, plan)
    pid = store.find_product(product).id
    charges, payments = store.list_charges(pid), store.list_payments(pid)
    assert len(charges) + len(payments) == result.added == sum(kinds.values())
    # charges are + and refunds −; payments are stored positive
    assert sum(c.amount for c in charges) - sum(p.amount for p in payments) == total
    again = imports.preview(store, FIXTURES / name, today, product=product)
    assert (again.new, again.duplicates) == (0, result.added)
    assert imports.commit(store, again).added == 0


def test_chinese_text_and_identical_real_rows_survive(store: Store) -> None:
    plan = imports.preview(store, FIXTURES / "cmb.csv", date(2027, 2, 1), product="招行")
    imports.commit(store, plan)
    charges = store.list_charges(store.find_product("招行").id)
    coffees = [c for c in charges if c.date == date(2027, 1, 3)]
    # Two 35.00 coffees on 3 Jan 2027, same text, no id: both arrive.
    assert [(c.amount, c.description) for c in coffees] == [(3500, "星巴克咖啡")] * 2
    assert charges[0].description == "某某商场, 上海"


def test_overlapping_export_adds_only_the_new_days(store: Store, tmp_path: Path) -> None:
    lines = (FIXTURES / "chase.csv").read_text().splitlines()
    (tmp_path / "first.csv").write_text("\n".join(lines[:4]) + "\n")  # 3 Nov, 5 Nov ×2
    (tmp_path / "second.csv").write_text("\n".join(lines[:1] + lines[2:]) + "\n")  # 5 Nov on
    imports.commit(store, imports.preview(store, tmp_path / "first.csv", TODAY, product="Chase"))
    plan = imports.preview(store, tmp_path / "second.csv", TODAY, product="Chase")
    assert (plan.new, plan.duplicates) == (2, 2)  # payment and return new; coffees known


def test_a_bad_line_refuses_the_file_and_changes_nothing(store: Store) -> None:
    before = hash_of(store.path)
    plan = imports.preview(store, FIXTURES / "amex_bad.csv", TODAY, product="Chase")
    assert [(x.line, str(x.reason)) for x in plan.bad] == [
        (3, "date '11/31/2026' does not match %m/%d/%Y"),
        (4, "Amount '12.3.4' is not a number like 1234.56"),
    ]
    with pytest.raises(
        InputError, match=r"^line 3: date '11/31/2026' .* \(and 1 more bad lines\); "
    ):
        imports.commit(store, plan)
    assert hash_of(store.path) == before
    assert imports.last_import(store) is None
    # skipping the bad lines is the user's choice: the one good row is written
    assert imports.commit(store, plan, skip_bad=True).added == 1


def test_future_payment_is_a_bad_line(store: Store) -> None:
    plan = imports.preview(store, FIXTURES / "chase.csv", date(2026, 11, 9), product="Chase")
    # the 10 Nov payment is after "today" (9 Nov), refused as when typed
    assert [(x.line, str(x.reason)) for x in plan.bad] == [
        (5, "payment date 2026-11-10 is in the future (today is 2026-11-09)")
    ]


def test_payment_is_matched_to_the_due_it_pays(store: Store) -> None:
    bills.add_bill(store, "花呗", date(2026, 10, 26), date(2026, 11, 4), 30000, TODAY)
    bills.add_bill(store, "花呗", date(2026, 11, 25), date(2026, 12, 4), 40000, TODAY)
    plan = imports.preview(store, FIXTURES / "alipay.csv", TODAY, product="花呗")
    (pay,) = [x for x in plan.lines if x.row and x.row.kind == "payment"]
    # 500.00 pays October's 300.00 bill, then 200.00 of November's
    assert pay.pays == ("Statement 2026-10-26 (¥300.00)", "Statement 2026-11-25 (¥200.00)")


def test_undo_removes_exactly_the_last_import(store: Store) -> None:
    charges.add_charge(store, "花呗", date(2026, 11, 1), 999, TODAY, "by hand")
    first = imports.commit(store, imports.preview(store, FIXTURES / "alipay.csv", TODAY,
                                                  product="花呗"))  # fmt: skip
    pid = store.find_product("花呗").id
    assert len(store.list_charges(pid)) == 1 + 4  # 3 charges and a refund
    assert imports.undo_last_import(store).id == first.import_id
    assert [c.description for c in store.list_charges(pid)] == ["by hand"]
    assert store.list_payments(pid) == []
    # its rows are no longer known: importing again adds them again
    assert imports.preview(store, FIXTURES / "alipay.csv", TODAY, product="花呗").new == 5
    with pytest.raises(InputError, match="no import to undo"):
        imports.undo_last_import(store)


def test_saved_mapping_with_its_encoding_is_reused(store: Store, tmp_path: Path) -> None:
    text = "Datum;Text;Betrag\n03.11.2026;Café;-3,50\n"
    (tmp_path / "eu.csv").write_bytes(text.encode("cp1252"))
    mapping = ("date=Datum,amount=Betrag,description=Text,date_format=%d.%m.%Y,decimal=,,"
               "delimiter=;,sign=spending_negative")  # fmt: skip
    with pytest.raises(imports.imports.EncodingUnknown):
        imports.preview(store, tmp_path / "eu.csv", TODAY, product="Chase", mapping=mapping)
    plan = imports.preview(store, tmp_path / "eu.csv", TODAY, product="Chase",
                           mapping=mapping, encoding="cp1252")  # fmt: skip
    imports.commit(store, plan)
    saved = imports.saved_mapping(store, "Chase")
    assert saved is not None and (saved.profile, saved.encoding) == ("generic", "cp1252")
    (tmp_path / "eu2.csv").write_bytes(text.replace("03.11", "04.11").encode("cp1252"))
    again = imports.preview(store, tmp_path / "eu2.csv", TODAY, product="Chase")
    assert [(x.row.date, x.row.amount, x.row.description) for x in again.lines if x.row] == [
        (date(2026, 11, 4), 350, "Café")
    ]


def test_statement_rows_for_another_product_are_bad(store: Store, tmp_path: Path) -> None:
    (tmp_path / "s.csv").write_text(
        "date,product,kind,description,amount,balance,currency,due_date\n"
        "2026-11-01,Nope,charge,x,1.00,1.00,CNY,\n"
        "2026-11-01,Chase,charge,x,1.00,1.00,CNY,\n"
        "2026-11-02,花呗,charge,ok,1.00,1.00,CNY,\n"
    )
    plan = imports.preview(store, tmp_path / "s.csv", TODAY, product="花呗")
    assert [(x.line, str(x.reason)) for x in plan.bad] == [
        (2, "no product named 'Nope'"),
        (3, "the row is for 'Chase', not '花呗'"),
    ]
    assert plan.new == 1


def test_chinese_statement_reads_back_like_the_english_one(tmp_path: Path) -> None:
    from tracker.service import demo

    first = files.open_store(tmp_path / "a.db", create=True)
    demo.populate(first, TODAY)
    english = export(first, tmp_path, "en.csv")
    statement.export_statement(first, tmp_path / "zh.csv", START, END, chinese=True)
    zh = list(csv.reader(io.StringIO((tmp_path / "zh.csv").read_text(encoding="utf-8"))))
    en = list(csv.reader(io.StringIO(english.decode())))
    assert zh[0] == ["日期", "产品", "类型", "说明", "金额", "余额", "币种", "到期日"]

    # the same rows, the kind (third cell) in Chinese: bill → 账单, payment → 还款…, and
    # a bill's generated description too: "Statement 2026-11-17" → "2026-11-17 账单"
    # (the demo's payments all have their own text, written as typed).
    def chinese(row: list[str]) -> list[str]:
        day, name, kind, text, *rest = row
        if kind == "bill" and text == f"Statement {day}":
            text = f"{day} 账单"
        return [day, name, csvio.KIND_ZH[kind], text, *rest]

    assert [chinese(r) for r in en[1:]] == zh[1:]
    assert ["2026-11-17", "京东白条", "账单", "2026-11-17 账单"] in [r[:4] for r in zh]
    assert not any("Statement" in r[3] for r in zh)
    assert {r[2] for r in zh[1:]} >= {"账单", "还款", "分期", "手续费", "消费"}
    second = files.open_store(tmp_path / "b.db", create=True)
    for p in first.list_products():
        second.insert_product(p)
    imports.commit(second, imports.preview(second, tmp_path / "zh.csv", TODAY))
    assert export(second, tmp_path, "b.csv") == english


def test_round_trip_keeps_scheduled_instalments_scheduled(tmp_path: Path) -> None:
    from tracker.service import demo

    # Exported on 1 Dec 2026: 京东白条's periods 5–12 and Klarna's 2–4 are scheduled
    # (8 × 2 rows + 3 rows = 19 lines marked); import strips the marker, so the second
    # file's export on the same day is the same bytes, marker and balances included.
    first = files.open_store(tmp_path / "a.db", create=True)
    demo.populate(first, TODAY)
    statement.export_statement(first, tmp_path / "a.csv", START, END, today=TODAY)
    exported = (tmp_path / "a.csv").read_bytes()
    assert exported.count(b" (scheduled)") == 19
    second = files.open_store(tmp_path / "b.db", create=True)
    for p in first.list_products():
        second.insert_product(p)
    imports.commit(second, imports.preview(second, tmp_path / "a.csv", TODAY))
    statement.export_statement(second, tmp_path / "b.csv", START, END, today=TODAY)
    assert (tmp_path / "b.csv").read_bytes() == exported
    plans = second.list_plans(second.find_product("京东白条").id)
    assert [(p.periods, p.description) for p in plans] == [(12, "iPhone 12 期")]


def test_file_currency_of_each_format() -> None:
    """The import dialog refuses a yuan statement for a dollar product by these."""
    assert {n: imports.file_currency(n) for n, _t in imports.profile_choices()} == {
        "statement": None,
        "alipay": "CNY",
        "wechat": "CNY",
        "jd": "CNY",
        "cmb": "CNY",
        "icbc": "CNY",
        "chase": "USD",
        "amex": "USD",
        "ofx": None,
    }
    assert imports.file_currency("generic") is None


def test_commit_refuses_a_file_in_another_currency(store: Store) -> None:
    """The check the CLI and the dialog share: Alipay's yuan onto the dollar card, Chase's
    dollars onto 花呗 — refused by commit itself, nothing written."""
    before = hash_of(store.path)
    yuan = imports.preview(store, FIXTURES / "alipay.csv", TODAY, product="Chase")
    dollars = imports.preview(store, FIXTURES / "chase.csv", TODAY, product="花呗")
    assert str(imports.wrong_currency(yuan)) == (
        "the amounts in alipay.csv are in CNY, and Chase keeps USD: choose the product this "
        "file is for; nothing was imported"
    )
    for plan in (yuan, dollars):
        with pytest.raises(InputError, match=r"^the amounts in \w+\.csv are in "):
            imports.commit(store, plan, skip_bad=True)
    assert hash_of(store.path) == before
    assert imports.last_import(store) is None
    # the right product: no refusal
    assert imports.wrong_currency(imports.preview(store, FIXTURES / "chase.csv", TODAY,
                                                  product="Chase")) is None  # fmt: skip


def test_a_pay_in_4_payment_is_matched_with_its_fee(empty_store: Store, tmp_path: Path) -> None:
    # Pay-in-4, $100.00 on 1 Jan: $25.00 due 1, 15, 29 Jan, 12 Feb; A1 paid, A2 missed.
    # Its $7.00 late fee (retries over on 25 Jan) is asked with A3 (DESIGN.md § Presets;
    # docs/engine.md § Where the due list shows them). A $57.00 payment imported on
    # 29 Jan pays A2 ($25.00) and A3 with the fee ($32.00) — as the due list will show
    # it — not A2, A3 and $7.00 of A4.
    products.add_product(empty_store, "Klarna", "pay-in-4", {})
    plans.add_plan(empty_store, "Klarna", 10_000, 4, date(2026, 1, 1), "Shoes")
    payments.add_payment(empty_store, "Klarna", date(2026, 1, 1), 2_500, date(2026, 1, 1))
    export = tmp_path / "chase.csv"
    export.write_text(
        "Transaction Date,Post Date,Description,Category,Type,Amount,Memo\n"
        "01/29/2026,01/29/2026,Payment Thank You,,Payment,57.00,\n"
    )
    plan = imports.preview(empty_store, export, date(2026, 1, 29), product="Klarna")
    (pay,) = [x for x in plan.lines if x.row and x.row.kind == "payment"]
    assert [(p.due.due_date, p.amount) for p in pay.paid] == [
        (date(2026, 1, 15), 2_500),
        (date(2026, 1, 29), 3_200),
    ]
