"""Import parsing (tracker/imports): every profile's fixture by hand, encodings, bad lines,
dedupe keys, and property tests for the amount, date, encoding and statement parsers."""

from __future__ import annotations

import csv
import io
from datetime import date, timedelta
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from tracker import imports
from tracker.errors import InputError
from tracker.imports import values
from tracker.imports.generic import Mapping
from tracker.imports.records import ImportRow, with_keys

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures" / "import"


def parsed(name: str, **options: object) -> imports.Parsed:
    return imports.read((FIXTURES / name).read_bytes(), **options)  # type: ignore[arg-type]


def summary(p: imports.Parsed) -> list[tuple[int, date, str, int]]:
    return [(r.line, r.date, r.kind, r.amount) for r in p.rows]


def test_alipay_gbk_huabei_rows_repayments_and_skips() -> None:
    p = parsed("alipay.csv")
    # GBK bytes, no BOM, not UTF-8: read as GB18030 without asking; header on line 24
    # after a 23-line preamble, its cells padded with spaces.
    assert (p.profile, p.encoding, p.header_line) == ("alipay", "gb18030", 24)
    assert summary(p) == [
        (25, date(2026, 11, 3), "charge", 1800),  # two coffees, each its own order id
        (26, date(2026, 11, 3), "charge", 1800),
        (27, date(2026, 11, 5), "charge", 25650),
        (30, date(2026, 11, 10), "payment", -50000),  # 信用借还: 花呗主动还款 500.00
        (32, date(2026, 11, 14), "refund", -1800),  # 退款成功 of the second coffee
    ]
    assert p.rows[0].description == "瑞幸咖啡 · 生椰拿铁"
    assert p.rows[0].source_id == "2026110322001400000001"  # the tab after the id is gone
    assert [(s.line, s.reason) for s in p.skipped] == [
        (28, "paid with 余额宝, not 花呗"),
        (29, "neither income nor spending (不计收支)"),
        (31, "trade closed (交易关闭)"),
        (33, "repays another credit line (借呗 · 借呗还款)"),
    ]
    assert p.bad == ()


def test_wechat_utf8_yuan_sign_and_card_repayment() -> None:
    p = parsed("wechat.csv", method="招商银行信用卡")
    assert (p.profile, p.encoding, p.header_line) == ("wechat", "utf-8", 17)
    assert summary(p) == [
        (18, date(2026, 11, 2), "charge", 2816),  # ¥28.16
        (20, date(2026, 11, 9), "charge", 2600),
        (21, date(2026, 11, 15), "payment", -30000),  # 信用卡还款 to 招商银行 (a / row)
        (22, date(2026, 11, 16), "charge", 30000),
        (23, date(2026, 11, 17), "refund", -2816),
        (24, date(2026, 11, 18), "refund", -30000),
    ]
    assert p.rows[2].description == "信用卡还款 · 招商银行"
    assert [s.line for s in p.skipped] == [19]  # paid from 零钱, not the card


def test_jd_bom_refund_inside_the_amount_and_baitiao_rows() -> None:
    p = parsed("jd.csv")
    assert (p.profile, p.encoding, p.header_line) == ("jd", "utf-8-sig", 22)
    assert summary(p) == [
        (23, date(2026, 11, 1), "charge", 13177),  # 131.77(已退款89.84)
        (23, date(2026, 11, 1), "refund", -8984),
        (24, date(2026, 11, 7), "charge", 5990),  # 先享后付 counts as Baitiao
        (25, date(2026, 11, 11), "charge", 29310),  # 293.10(已全额退款)
        (25, date(2026, 11, 11), "refund", -29310),
        (27, date(2026, 11, 15), "payment", -50000),  # 白条还款
        (28, date(2026, 11, 20), "charge", 25800),
    ]
    assert p.rows[-1].description == "京东商城平台商户 · 抽纸, 3提"  # a quoted comma
    assert [s.line for s in p.skipped] == [26]  # paid by bank card
    # One order id, two records: the keys still differ by kind.
    assert p.rows[0].key != p.rows[1].key


def test_cmb_month_day_dates_cross_the_year_and_grouped_amounts() -> None:
    p = parsed("cmb.csv")
    # Title "2027年01月": December rows are 2026; the repayment has no 交易日, so its
    # 记账日 01/05 is used; "-8,000.00" → −800,000 fen.
    assert (p.profile, p.encoding) == ("cmb", "gb18030")
    assert summary(p) == [
        (5, date(2026, 12, 20), "charge", 128800),
        (6, date(2026, 12, 28), "charge", 3500),
        (7, date(2027, 1, 5), "payment", -800000),
        (8, date(2027, 1, 3), "charge", 3500),
        (9, date(2027, 1, 3), "charge", 3500),
        (10, date(2027, 1, 10), "refund", -8800),
    ]
    # Two identical real coffees on 3 Jan have no id: the occurrence count tells them apart.
    assert p.rows[3].key.endswith("#1") and p.rows[4].key.endswith("#2")
    assert p.rows[3].key[:-2] == p.rows[4].key[:-2]


def test_icbc_income_and_spending_columns_and_the_totals_footer() -> None:
    p = parsed("icbc.csv")
    assert summary(p) == [
        (5, date(2026, 11, 2), "charge", 30000),
        (6, date(2026, 11, 9), "charge", 113456),  # "1,134.56" in 记账金额(支出)
        (7, date(2026, 11, 15), "payment", -800000),  # 记账金额(收入) 8,000.00, 还款
        (8, date(2026, 11, 20), "refund", -20000),
    ]
    assert p.bad == ()  # the 合计 line after the data is a footer, not a bad line


def test_us_cards_sign_conventions() -> None:
    chase = parsed("chase.csv")  # purchases written negative
    assert [(r.kind, r.amount) for r in chase.rows] == [
        ("charge", 4599), ("charge", 525), ("charge", 525), ("payment", -50000),
        ("refund", -1200),
    ]  # fmt: skip
    amex = parsed("amex.csv")  # purchases written positive
    assert [(r.kind, r.amount, r.description) for r in amex.rows] == [
        ("charge", 8210, "WHOLE FOODS MARKET"),
        ("charge", 2345, "UBER, TRIP"),
        ("payment", -30000, "AUTOPAY PAYMENT - THANK YOU"),
    ]


def test_generic_mapping_semicolons_and_decimal_commas() -> None:
    m = Mapping.parse(
        "date=Datum,amount=Betrag,description=Beschreibung,date_format=%d.%m.%Y,"
        "decimal=,,delimiter=;,sign=spending_negative"
    )
    p = parsed("generic_semicolon.csv", mapping=m)
    # −3,50 spent → +350 on the debt; −1.234,00 → +123,400; 500,00 back → −50,000.
    assert summary(p) == [
        (2, date(2026, 11, 3), "charge", 350),
        (3, date(2026, 11, 5), "charge", 123400),
        (4, date(2026, 11, 10), "payment", -50000),
    ]
    assert Mapping.parse(m.to_text()) == m  # a saved mapping reads back the same


def test_generic_mapping_by_index_skips_the_header() -> None:
    m = Mapping.parse("date=0,amount=2,description=1,date_format=%m/%d/%Y")
    p = parsed("amex.csv", mapping=m)
    assert [r.amount for r in p.rows] == [8210, 2345, -30000]
    assert p.bad == ()  # the header line before the first date is not a bad line


def test_every_bad_line_with_its_number_and_reason() -> None:
    p = parsed("amex_bad.csv")
    assert [r.line for r in p.rows] == [2]
    assert [(b.line, b.reason) for b in p.bad] == [
        (3, "date '11/31/2026' does not match %m/%d/%Y"),
        (4, "Amount '12.3.4' is not a number like 1234.56"),
    ]


def test_profile_detection_and_refusals() -> None:
    for name in ("alipay", "wechat", "jd", "cmb", "icbc", "chase", "amex"):
        assert parsed(f"{name}.csv").profile == name
    with pytest.raises(InputError, match="not one the app knows"):
        imports.read(b"a,b,c\n1,2,3\n")
    with pytest.raises(InputError, match="unknown profile 'nope'"):
        imports.read(b"a\n", profile="nope")
    with pytest.raises(InputError, match="no header row with the columns"):
        parsed("amex.csv", profile="alipay")
    with pytest.raises(InputError, match="mapping 'colour=red'"):
        Mapping.parse("date=0,colour=red")


def test_encodings_without_asking_and_asking_when_unsure() -> None:
    text = "交易日,记账日,交易摘要,人民币金额\n"
    assert imports.decode(text.encode("gb18030")) == (text, "gb18030")
    assert imports.decode(b"\xef\xbb\xbf" + text.encode()) == (text, "utf-8-sig")
    assert imports.decode(text.encode()) == (text, "utf-8")
    latin = "Date,Description\n01/02/2026,Caf\xe9 cr\xe8me\n".encode("cp1252")
    with pytest.raises(imports.EncodingUnknown, match="cannot tell the file's encoding"):
        imports.decode(latin)  # é then space is not GB18030; è+m would be, but not Chinese
    assert imports.decode(latin, "cp1252")[0].endswith("Café crème\n")
    # "Date,Description\n" (17) + "01/02/2026," (11) + "Caf" (3): é is byte 31.
    with pytest.raises(InputError, match="the file is not utf-8: byte 31 "):
        imports.decode(latin, "utf-8")


# -- properties ------------------------------------------------------------------------
@given(st.integers(-(10**11), 10**11), st.sampled_from(["", "¥", "￥"]), st.booleans())
def test_amount_reads_back_every_way_sources_write_it(minor: int, sign: str, group: bool) -> None:
    whole, cents = divmod(abs(minor), 100)
    digits = f"{whole:,}" if group else str(whole)
    text = f"  {'-' if minor < 0 else ''}{sign}{digits}.{cents:02d}\t"
    assert values.amount(text) == minor
    european = f"{'-' if minor < 0 else ''}{whole:,}".replace(",", ".") + f",{cents:02d}"
    assert values.amount(european, decimal=",") == minor


@given(st.dates(date(1990, 1, 1), date(2099, 12, 31)), st.sampled_from(["-", "/"]))
def test_dates_in_every_separator_and_with_a_time(day: date, sep: str) -> None:
    text = f"{day.year}{sep}{day.month}{sep}{day.day:02d} 12:34:56"
    assert values.day(text) == day
    assert values.day(day.strftime("%Y%m%d")) == day


@given(st.dates(date(2001, 1, 1), date(2098, 12, 31)), st.integers(0, 330))
def test_month_day_lies_within_a_year_before_the_statement(stated: date, back: int) -> None:
    day = stated - timedelta(days=back)
    assert values.month_day(f"{day.month:02d}/{day.day:02d}", stated.year, stated.month) == (
        day if (day.year, day.month) <= (stated.year, stated.month) else None
    )


_CJK = st.text(st.characters(min_codepoint=0x4E00, max_codepoint=0x9FA5), min_size=1)


@given(_CJK)
def test_chinese_text_reads_right_in_each_encoding(text: str) -> None:
    gb = text.encode("gb18030")
    try:
        gb.decode("utf-8")
    except UnicodeDecodeError:
        assert imports.decode(gb) == (text, "gb18030")
    assert imports.decode(b"\xef\xbb\xbf" + text.encode()) == (text, "utf-8-sig")
    assert imports.decode(text.encode()) == (text, "utf-8")


_TEXT = st.text(st.characters(blacklist_categories=("Cs", "Cc")), max_size=12)
_ROW = st.tuples(
    st.dates(date(2020, 1, 1), date(2030, 12, 31)),
    st.sampled_from(["charge", "bill", "installment", "fee", "payment"]),
    st.integers(1, 10**9),
    _TEXT,
)


@given(st.lists(_ROW, max_size=20))
def test_statement_rows_read_back(rows: list[tuple[date, str, int, str]]) -> None:
    from tracker import csvio
    from tracker.money import plain

    buffer = io.StringIO(newline="")
    writer = csv.writer(buffer)
    writer.writerow(csvio.HEADER)
    for day, kind, amount, text in rows:
        signed = -amount if kind == "payment" else amount
        writer.writerow([day, "卡", kind, csvio.guard(text), plain(signed), "0.00", "CNY", ""])
    p = imports.read(buffer.getvalue().encode())
    assert p.bad == ()
    got = [(r.date, r.kind, r.amount, r.description) for r in p.rows]
    want = [(d, k, -a if k == "payment" else a, t.strip()) for d, k, a, t in rows]
    assert got == want


@given(st.lists(st.tuples(st.integers(0, 5), st.integers(1, 3)), min_size=1, max_size=30))
def test_keys_unique_and_stable_for_whole_days(spec: list[tuple[int, int]]) -> None:
    start = date(2026, 1, 1)
    rows = sorted(
        (ImportRow(n, start + timedelta(days=d), "charge", a * 100, "咖啡")
         for n, (d, a) in enumerate(spec)),
        key=lambda r: r.date,
    )  # fmt: skip
    full = [r.key for r in with_keys(rows, "x")]
    assert len(set(full)) == len(full)  # identical rows still get their own keys
    first_day = rows[0].date
    later = [r for r in rows if r.date > first_day]
    assert {r.key for r in with_keys(later, "x")} <= set(full)  # an overlapping export


def test_ofx_card_statement_signs_ids_and_a_bad_date() -> None:
    p = parsed("card.qfx")
    # OFX signs from the holder's side: −45.99 spent is +4,599 on the debt.
    assert (p.profile, p.encoding) == ("ofx", "utf-8")
    assert [(r.line, r.date, r.kind, r.amount, r.source_id) for r in p.rows] == [
        (16, date(2026, 11, 3), "charge", 4599, "2026110300001"),
        (23, date(2026, 11, 5), "charge", 525, "2026110500002"),
        (31, date(2026, 11, 10), "payment", -50000, "2026111000003"),
        (38, date(2026, 11, 12), "refund", -1200, "2026111200004"),
    ]
    assert p.rows[1].description == "STARBUCKS STORE 1234 · coffee"
    assert p.bad == ()
    broken = (
        (FIXTURES / "card.qfx").read_bytes().replace(b"<DTPOSTED>20261105", b"<DTPOSTED>20261131")
    )
    assert [(b.line, b.reason) for b in imports.read(broken).bad] == [
        (23, "'20261131' is not a date")
    ]
