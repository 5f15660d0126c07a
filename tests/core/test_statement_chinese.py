"""The statement exported in Chinese: every text it generates is Chinese (a bill's
description, a payment's without one, the engine's estimates, the scheduled mark), what
the user typed is as typed; both writers (the SQL one and the row-by-row one) write the
same bytes; English is as before; the Chinese file reads back as the English one; and
``init --demo --lang zh_CN`` / ``statement --lang zh_CN`` on the command line."""

from __future__ import annotations

import io
from datetime import date
from pathlib import Path

import pytest

from tracker import csvio
from tracker.cli import main
from tracker.service import (
    bills,
    charges,
    demo,
    files,
    imports,
    payments,
    plans,
    products,
    statement,
)
from tracker.storage import Store, statement_csv

TODAY = date(2026, 12, 1)
START, END = date(2026, 10, 1), date(2026, 12, 31)

# 招行 (a Chinese card, statement day 5): a charge of 100.00 on 20 Oct, the 5 Nov bill of
# 300.00 (its row lists 300.00 − 100.00 = 200.00 not already listed as the charge), paid
# 200.00 on 20 Nov with no description and 50.00 on 21 Nov as "工资还款": 50.00 is still
# owed after the 25 Nov due date, so the engine charges interest (its own figure, 3.35;
# its amounts are tests/core/test_statement_estimates.py's) up to today.
# 分期 (pay-in-4, USD): 80.00 in 4 periods of 20.00 every two weeks from 15 Nov, "耳机";
# period 1 unpaid: the engine's late fee of 7.00 on 25 Nov; periods 3 and 4 are after
# today: scheduled. Balances: 100 + 200 = 300; −200 → 100; −50 → 50; +3.35 → 53.35.
# 20; +7 → 27; +20 → 47; +20 → 67; +20 → 87.
ENGLISH = [
    "date,product,kind,description,amount,balance,currency,due_date",
    "2026-10-20,招行,charge,超市,100.00,100.00,CNY,2026-11-25",
    "2026-11-05,招行,bill,Statement 2026-11-05,200.00,300.00,CNY,2026-11-25",
    "2026-11-15,分期,installment,耳机 1/4,20.00,20.00,USD,2026-11-15",
    "2026-11-20,招行,payment,Payment,-200.00,100.00,CNY,",
    "2026-11-21,招行,payment,工资还款,-50.00,50.00,CNY,",
    "2026-11-25,分期,fee,Late fee (estimated),7.00,27.00,USD,",
    "2026-11-29,分期,installment,耳机 2/4,20.00,47.00,USD,2026-11-29",
    "2026-12-01,招行,interest,Interest (estimated),3.35,53.35,CNY,",
    "2026-12-13,分期,installment,耳机 3/4 (scheduled),20.00,67.00,USD,2026-12-13",
    "2026-12-27,分期,installment,耳机 4/4 (scheduled),20.00,87.00,USD,2026-12-27",
]
# The same rows: header, kinds and the generated texts in Chinese; 超市, 工资还款 and the
# plan's 耳机 as typed.
CHINESE = [
    "日期,产品,类型,说明,金额,余额,币种,到期日",
    "2026-10-20,招行,消费,超市,100.00,100.00,CNY,2026-11-25",
    "2026-11-05,招行,账单,2026-11-05 账单,200.00,300.00,CNY,2026-11-25",
    "2026-11-15,分期,分期,耳机 1/4,20.00,20.00,USD,2026-11-15",
    "2026-11-20,招行,还款,还款,-200.00,100.00,CNY,",
    "2026-11-21,招行,还款,工资还款,-50.00,50.00,CNY,",
    "2026-11-25,分期,手续费,滞纳金（估算）,7.00,27.00,USD,",
    "2026-11-29,分期,分期,耳机 2/4,20.00,47.00,USD,2026-11-29",
    "2026-12-01,招行,利息,利息（估算）,3.35,53.35,CNY,",
    "2026-12-13,分期,分期,耳机 3/4（未到期）,20.00,67.00,USD,2026-12-13",
    "2026-12-27,分期,分期,耳机 4/4（未到期）,20.00,87.00,USD,2026-12-27",
]


def fill(store: Store) -> None:
    products.add_product(store, "招行", "cn-credit-card", {"statement_day": "5"})
    charges.add_charge(store, "招行", date(2026, 10, 20), 10_000, TODAY, "超市")
    bills.add_bill(store, "招行", date(2026, 11, 5), date(2026, 11, 25), 30_000, TODAY)
    payments.add_payment(store, "招行", date(2026, 11, 20), 20_000, TODAY)
    payments.add_payment(store, "招行", date(2026, 11, 21), 5_000, TODAY, "工资还款")
    products.add_product(store, "分期", "pay-in-4", {})
    plans.add_plan(store, "分期", 8_000, 4, date(2026, 11, 15), "耳机")


@pytest.fixture
def store(tmp_path: Path) -> Store:
    s = files.open_store(tmp_path / "a.db", create=True)
    fill(s)
    return s


def sql_text(
    store: Store, folder: Path, chinese: bool, name: str = "sql.csv", end: date = END
) -> str:
    """The statement as the app exports it (the SQL writer: nothing odd in the file)."""
    assert statement_csv.clean(store, [p.saved_id for p in store.list_products()])
    statement.export_statement(store, folder / name, START, end, chinese=chinese, today=TODAY)
    return (folder / name).read_bytes().decode("utf-8")


def decoded_text(store: Store, chinese: bool, end: date = END) -> str:
    """The statement as the row-by-row writer writes it."""
    buffer = io.StringIO(newline="")
    rows = statement.stream_rows(store, START, end, None, TODAY, chinese)
    csvio.write_statement(rows, buffer, chinese=chinese)
    return buffer.getvalue()


def test_english_statement_is_as_before(store: Store, tmp_path: Path) -> None:
    want = "\r\n".join(ENGLISH) + "\r\n"
    assert sql_text(store, tmp_path, chinese=False) == want
    assert decoded_text(store, chinese=False) == want


def test_chinese_statement_says_its_own_texts_in_chinese(store: Store, tmp_path: Path) -> None:
    want = "\r\n".join(CHINESE) + "\r\n"
    assert sql_text(store, tmp_path, chinese=True) == want
    assert decoded_text(store, chinese=True) == want
    assert "Statement" not in want and "estimated" not in want and "scheduled" not in want


def test_an_edited_bill_is_named_by_its_new_date_in_chinese(store: Store, tmp_path: Path) -> None:
    # Store.update_bill renames the due "Statement 2026-11-04": the Chinese row follows.
    bill_id = store.list_bills(store.find_product("招行").saved_id)[0].id
    bills.edit_bill(store, bill_id, date(2026, 11, 4), date(2026, 11, 25), 30_000, TODAY)
    row = "2026-11-04,招行,账单,2026-11-04 账单,200.00,300.00,CNY,2026-11-25"
    assert row in sql_text(store, tmp_path, chinese=True).split("\r\n")
    assert row in decoded_text(store, chinese=True).split("\r\n")


def test_a_bills_own_fee_row_and_a_takeover_follow_the_language(tmp_path: Path) -> None:
    # An imported bill with an interest row of its own (the bill's description on both),
    # and an adjustment as an agreed plan's takeover names it: generated texts, so Chinese.
    first = files.open_store(tmp_path / "a.db", create=True)
    products.add_product(first, "卡", "cn-credit-card", {"statement_day": "5"})
    (tmp_path / "in.csv").write_text(
        "date,product,kind,description,amount,balance,currency,due_date\n"
        "2026-11-05,卡,bill,Statement 2026-11-05,100.00,100.00,CNY,2026-11-25\n"
        "2026-11-05,卡,interest,Statement 2026-11-05,2.00,102.00,CNY,2026-11-25\n"
        "2026-11-25,卡,adjustment,Taken over by the agreed plan,-10.00,92.00,CNY,2026-11-25\n",
        encoding="utf-8",
    )
    imports.commit(first, imports.preview(first, tmp_path / "in.csv", TODAY))
    want = [
        "日期,产品,类型,说明,金额,余额,币种,到期日",
        "2026-11-05,卡,账单,2026-11-05 账单,100.00,100.00,CNY,2026-11-25",
        "2026-11-05,卡,利息,2026-11-05 账单,2.00,102.00,CNY,2026-11-25",  # 100 + 2
        "2026-11-25,卡,调整,已由协商还款接管,-10.00,92.00,CNY,2026-11-25",  # 102 − 10
    ]
    # (to 30 Nov: the engine's interest on the 92.00 unpaid is today's, 1 Dec)
    last = date(2026, 11, 30)
    assert sql_text(first, tmp_path, chinese=True, end=last).split("\r\n")[:-1] == want
    assert decoded_text(first, chinese=True, end=last).split("\r\n")[:-1] == want


def test_the_chinese_file_reads_back_as_the_english_one(store: Store, tmp_path: Path) -> None:
    # Import strips the Chinese scheduled mark, skips the estimates, and stores the bill
    # ("2026-11-05 账单") and the payment ("还款") as the app does: both exports of the
    # second file are then the first's, byte for byte.
    zh = sql_text(store, tmp_path, chinese=True, name="zh.csv")
    second = files.open_store(tmp_path / "b.db", create=True)
    for p in store.list_products():
        second.insert_product(p)
    plan = imports.preview(second, tmp_path / "zh.csv", TODAY)
    assert plan.profile == "statement"
    imports.commit(second, plan)
    assert sql_text(second, tmp_path, chinese=False, name="b.csv") == "\r\n".join(ENGLISH) + "\r\n"
    assert sql_text(second, tmp_path, chinese=True, name="b.csv") == zh
    pid = second.find_product("招行").saved_id
    assert [p.description for p in second.list_payments(pid)] == ["", "工资还款"]


def test_cli_demo_and_statement_in_chinese(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = str(tmp_path / "d.db")
    assert main(["--db", db, "--today", "2026-12-01", "init", "--demo", "--lang", "zh_CN"]) == 0
    capsys.readouterr()
    argv = ["--db", db, "--today", "2026-12-01", "statement", "--from", "2026-11-01"]
    assert main([*argv, "--to", "2026-11-30", "--lang", "zh_CN"]) == 0
    lines = capsys.readouterr().out.splitlines()
    # 花呗's October bill paid on 2 Nov (2,103.30), 京东白条's 17 Nov bill (864.20) and
    # Klarna's first period of 240.00 / 4 = 60.00, paid the day it was bought (21 Nov).
    assert lines[0] == "日期,产品,类型,说明,金额,余额,币种,到期日"
    assert "2026-11-02,花呗,还款,账单还款,-2103.30,0.00,CNY," in lines
    assert "2026-11-17,京东白条,账单,2026-11-17 账单,864.20,864.20,CNY,2026-11-26" in lines
    assert "2026-11-21,Klarna,分期,耳机分 4 期 1/4,60.00,60.00,USD,2026-11-21" in lines
    assert "2026-11-21,Klarna,还款,第 1 期还款,-60.00,0.00,USD," in lines
    # Without --lang: English, as before.
    assert main([*argv, "--to", "2026-11-30"]) == 0
    english = capsys.readouterr().out.splitlines()
    assert english[0] == "date,product,kind,description,amount,balance,currency,due_date"
    assert "2026-11-17,京东白条,bill,Statement 2026-11-17,864.20,864.20,CNY,2026-11-26" in english


def test_demo_data_in_chinese_and_in_english(tmp_path: Path) -> None:
    zh = files.open_store(tmp_path / "zh.db", create=True)
    demo.populate(zh, TODAY, chinese=True)
    en = files.open_store(tmp_path / "en.db", create=True)
    demo.populate(en, TODAY)
    names = ["京东白条", "花呗", "招商银行信用卡", "Chase Freedom", "Klarna"]  # as added
    assert sorted(zh.list_products(), key=lambda p: p.saved_id) == sorted(
        en.list_products(), key=lambda p: p.saved_id
    )  # the same products, settings, notes (Chinese already); the brands keep their names
    assert [p.name for p in sorted(zh.list_products(), key=lambda p: p.saved_id)] == names

    def texts(s: Store) -> set[str]:
        found = {p.description for p in s.list_payments()}
        found |= {d.description for d in s.list_dues() if d.kind != "bill"}
        return found | {c.description for c in s.list_charges()}

    assert texts(zh) == {
        "账单还款", "分期还款", "第 1 期还款", "超市购物",
        *(f"iPhone 12 期 {k}/12" for k in range(1, 13)),
        *(f"耳机分 4 期 {k}/4" for k in range(1, 5)),
    }  # fmt: skip
    assert texts(en) == {
        "Repayment", "Instalment", "Instalment 1", "超市购物",
        *(f"iPhone 12 期 {k}/12" for k in range(1, 13)),
        *(f"Headphones, pay in 4 {k}/4" for k in range(1, 5)),
    }  # fmt: skip
    # The same records otherwise: amounts and dates are the language's no business.
    assert [(p.date, p.amount) for p in zh.list_payments()] == [
        (p.date, p.amount) for p in en.list_payments()
    ]
    # And the Chinese demo is demo data, removed as the English one is.
    assert demo.has_demo_data(zh)
    assert sorted(demo.remove(zh).removed) == sorted(names)
