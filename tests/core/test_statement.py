"""CSV statement: rows of the demo data by hand, BOM, formula guard, round trip, refusals."""

from __future__ import annotations

import csv
import errno
import hashlib
import io
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest

from tracker import csvio
from tracker.cli import main
from tracker.errors import InputError, NotFoundError
from tracker.service import bills, charges, demo, files, overview, payments, products, statement
from tracker.storage import Store

TODAY = date(2026, 12, 1)
HEADER = "date,product,kind,description,amount,balance,currency,due_date"


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Store]:
    s = files.open_store(tmp_path / "statement.db", create=True)
    demo.populate(s, TODAY)
    yield s
    s.close()


def lines(store: Store, start: date, end: date, product: str | None = None) -> list[str]:
    buffer = io.StringIO(newline="")
    csvio.write_statement(statement.statement_rows(store, start, end, product), buffer)
    return buffer.getvalue().split("\r\n")[:-1]


def test_huabei_statement_by_hand(store: Store) -> None:
    # 花呗 (demo): October's bill (statement 26 Oct = due 4 Nov − 9) of 2,103.30 paid on
    # 2 Nov; November's bill (statement 25 Nov) of 3,245.60 due 4 Dec, unpaid.
    assert lines(store, date(2026, 10, 1), date(2026, 12, 31), "花呗") == [
        HEADER,
        "2026-10-26,花呗,bill,Statement 2026-10-26,2103.30,2103.30,CNY,2026-11-04",
        "2026-11-02,花呗,payment,Repayment,-2103.30,0.00,CNY,",  # 2,103.30 − 2,103.30
        "2026-11-25,花呗,bill,Statement 2026-11-25,3245.60,3245.60,CNY,2026-12-04",
    ]


def test_window_carries_the_balance_brought_forward(store: Store) -> None:
    # 京东白条: the 17 Nov bill (864.20, unpaid) is before the window but in the balance;
    # period 4 of the phone plan: principal 699,900 / 12 = 583.25, fee 0.5 % = 35.00.
    # 864.20 + 583.25 = 1,447.45; + 35.00 = 1,482.45.
    assert lines(store, date(2026, 11, 20), date(2026, 11, 30), "京东白条") == [
        HEADER,
        "2026-11-26,京东白条,installment,iPhone 12 期 4/12,583.25,1447.45,CNY,2026-11-26",
        "2026-11-26,京东白条,fee,iPhone 12 期 4/12,35.00,1482.45,CNY,2026-11-26",
    ]


def test_all_products_interleave_by_date_with_their_own_balances(store: Store) -> None:
    got = lines(store, date(2026, 11, 21), date(2026, 11, 29))
    # Klarna's first of 4 × 60.00 falls due and is paid the same day (debt listed first);
    # the card's bill 8,560.00 then the 458.00 charge after its 22 Nov statement (unbilled,
    # so no due date): 8,560.00 + 458.00 = 9,018.00.
    assert got == [
        HEADER,
        '2026-11-21,Klarna,installment,"Headphones, pay in 4 1/4",60.00,60.00,USD,2026-11-21',
        "2026-11-21,Klarna,payment,Instalment 1,-60.00,0.00,USD,",
        "2026-11-22,招商银行信用卡,bill,Statement 2026-11-22,8560.00,8560.00,CNY,2026-12-11",
        "2026-11-24,Chase Freedom,bill,Statement 2026-11-24,1234.56,1234.56,USD,2026-12-19",
        "2026-11-25,花呗,bill,Statement 2026-11-25,3245.60,3245.60,CNY,2026-12-04",
        "2026-11-26,京东白条,installment,iPhone 12 期 4/12,583.25,1447.45,CNY,2026-11-26",
        "2026-11-26,京东白条,fee,iPhone 12 期 4/12,35.00,1482.45,CNY,2026-11-26",
        "2026-11-29,招商银行信用卡,charge,超市购物,458.00,9018.00,CNY,",
    ]


def test_charges_are_not_counted_twice_by_their_bill(tmp_path: Path) -> None:
    s = files.open_store(tmp_path / "c.db", create=True)
    products.add_product(s, "Card", "cn-credit-card", {"statement_day": "22"})
    charges.add_charge(s, "Card", date(2026, 11, 10), 10_000, TODAY, "Books")
    with s.transaction():  # a refund, as an import or a split's reversal writes it
        s.insert_charge(products.find_product(s, "Card").saved_id, date(2026, 11, 12), -2_500,
                        "Refund")  # fmt: skip
    bills.add_bill(s, "Card", date(2026, 11, 22), date(2026, 12, 11), 15_000, TODAY)
    charges.add_charge(s, "Card", date(2026, 11, 23), 700, TODAY, "Coffee")
    got = lines(s, date(2026, 11, 1), date(2026, 11, 30))
    s.close()
    # Charges of the cycle: 100.00 − 25.00 = 75.00, both due with the 22 Nov bill; the bill
    # adds only the rest, 150.00 − 75.00 = 75.00 (interest, fees, older balance …), so the
    # balance after it is the statement's 150.00. The 23 Nov coffee is next cycle.
    assert got == [
        HEADER,
        "2026-11-10,Card,charge,Books,100.00,100.00,CNY,2026-12-11",
        "2026-11-12,Card,charge,Refund,-25.00,75.00,CNY,2026-12-11",
        "2026-11-22,Card,bill,Statement 2026-11-22,75.00,150.00,CNY,2026-12-11",
        "2026-11-23,Card,charge,Coffee,7.00,157.00,CNY,",
    ]


@pytest.mark.parametrize(
    ("text", "cell"),
    [
        ('=HYPERLINK("http://x")', '\'=HYPERLINK("http://x")'),
        ("+1-1", "'+1-1"),
        ("-2+3", "'-2+3"),
        ("@SUM(A1)", "'@SUM(A1)"),
        ("Groceries = food", "Groceries = food"),
        ("超市购物", "超市购物"),
    ],
)
def test_formula_guard(tmp_path: Path, text: str, cell: str) -> None:
    s = files.open_store(tmp_path / "g.db", create=True)
    products.add_product(s, "=Card", "cn-credit-card", {"statement_day": "22"})
    charges.add_charge(s, "=Card", date(2026, 11, 23), 700, TODAY, text)
    payments.add_payment(s, "=Card", date(2026, 11, 24), 700, TODAY)
    out = tmp_path / "g.csv"
    assert statement.export_statement(s, out, date(2026, 11, 1), date(2026, 11, 30)) == 2
    s.close()
    with out.open(encoding="utf-8", newline="") as f:
        _header, charge, payment = csv.reader(f)
    assert charge[1] == "'=Card" and charge[3] == cell
    assert payment[4] == "-7.00"  # numbers are never prefixed: a payment is negative


def test_formula_guard_on_tab_and_carriage_return() -> None:
    # The service strips descriptions, so these only reach the CSV from other sources.
    row = csvio.StatementRow(TODAY, "\tP", "fee", "\rx", 5, -5, "CNY", None)
    assert csvio.csv_cells(row) == [
        "2026-12-01",
        "'\tP",
        "fee",
        "'\rx",
        "0.05",
        "-0.05",
        "CNY",
        "",
    ]
    assert csvio.guard("") == "" and csvio.guard("a=b") == "a=b"


def test_round_trip_through_the_csv_module_and_bom(store: Store, tmp_path: Path) -> None:
    out = tmp_path / "all.csv"
    rows = statement.statement_rows(store, date(2026, 1, 1), date(2027, 12, 31))
    count = statement.export_statement(
        store, out, date(2026, 1, 1), date(2027, 12, 31), None, True
    )
    raw = out.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf" + HEADER.encode())  # BOM, then the header
    with out.open(encoding="utf-8-sig", newline="") as f:
        read = list(csv.reader(f))
    assert read[0] == HEADER.split(",")
    assert read[1:] == [csvio.csv_cells(r) for r in rows]
    assert count == len(rows) == len(read) - 1
    # Every product's last balance is what it still owes on recorded dues plus charges.
    last = {r.product: r.balance for r in rows}
    assert last["花呗"] == 324_560 and last["Klarna"] == 18_000  # 3 × 6,000 still open
    plain = tmp_path / "plain.csv"
    statement.export_statement(store, plain, date(2026, 1, 1), date(2027, 12, 31))
    assert plain.read_bytes() == raw[3:]  # the same file without the BOM


def test_product_by_id_and_unknown_product(store: Store) -> None:
    huabei = products.find_product(store, "花呗")
    by_id = statement.statement_rows(store, date(2026, 10, 1), date(2026, 12, 31), huabei.id)
    assert [r.product for r in by_id] == ["花呗"] * 3
    with pytest.raises(NotFoundError):
        statement.statement_rows(store, TODAY, TODAY, "Nobody")


def test_refusals_leave_no_file(store: Store, tmp_path: Path) -> None:
    out = tmp_path / "x.csv"
    with pytest.raises(InputError, match="starts on 2026-12-31, after it ends on 2026-12-01"):
        statement.export_statement(store, out, date(2026, 12, 31), TODAY)
    with pytest.raises(InputError, match="does not exist"):
        statement.export_statement(store, tmp_path / "no" / "x.csv", TODAY, TODAY)
    assert list(tmp_path.glob("*.csv*")) == []


def test_a_failure_part_way_leaves_the_old_file_and_no_temp(
    store: Store, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    out = tmp_path / "keep.csv"
    out.write_text("old statement\n", encoding="utf-8")

    def broken(store: Store, file: io.TextIOBase, *args: object) -> int:
        file.write("date,product,half a row")
        raise OSError("disk full")

    # The writer export_statement uses (SQL-built rows, issue 12) fails part-way.
    monkeypatch.setattr(statement, "_write", broken)
    # said as a refusal of the file, with the system's reason (no errno: its own words)
    with pytest.raises(InputError, match=r"^cannot write a statement in .*: disk full$"):
        statement.export_statement(store, out, date(2026, 1, 1), date(2026, 12, 31))
    assert out.read_text(encoding="utf-8") == "old statement\n"
    assert [p.name for p in tmp_path.iterdir() if ".db" not in p.name] == ["keep.csv"]


# -- CLI -----------------------------------------------------------------------------
def run(db: Path, *args: str, capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    code = main(["--db", str(db), "--today", "2026-12-01", *args])
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def demo_db(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> Path:
    db = tmp_path / "cli.db"
    assert run(db, "init", "--demo", capsys=capsys)[0] == 0
    return db


def test_cli_statement_to_stdout_and_file(
    demo_db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, _ = run(demo_db, "statement", "花呗", "--from", "2026-11-01", "--to", "2026-11-30",
                       capsys=capsys)  # fmt: skip
    assert code == 0
    assert out.splitlines() == [
        HEADER,
        "2026-11-02,花呗,payment,Repayment,-2103.30,0.00,CNY,",
        "2026-11-25,花呗,bill,Statement 2026-11-25,3245.60,3245.60,CNY,2026-12-04",
    ]
    target = tmp_path / "out.csv"
    code, out, _ = run(demo_db, "statement", "--from", "2026-11-01", "--to", "2026-11-30",
                       "-o", str(target), "--excel", capsys=capsys)  # fmt: skip
    assert code == 0 and "rows: " in out
    assert target.read_bytes().startswith(b"\xef\xbb\xbf")


def test_cli_statement_marks_periods_after_its_today(
    demo_db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # --today 2026-12-01: Klarna's 5 Dec period (2 of 4, 60.00) is scheduled; period 1 was
    # paid on 21 Nov, so the balance is 0.00 + 60.00 = 60.00; to stdout and to a file alike.
    code, out, _ = run(demo_db, "statement", "Klarna", "--from", "2026-12-01", "--to",
                       "2026-12-10", capsys=capsys)  # fmt: skip
    assert code == 0
    line = (
        '2026-12-05,Klarna,installment,"Headphones, pay in 4 2/4 (scheduled)",'
        "60.00,60.00,USD,2026-12-05"
    )
    assert out.splitlines() == [HEADER, line]
    target = tmp_path / "k.csv"
    run(demo_db, "statement", "Klarna", "--from", "2026-12-01", "--to", "2026-12-10",
        "-o", str(target), capsys=capsys)  # fmt: skip
    assert target.read_text(encoding="utf-8").splitlines() == [HEADER, line]


@pytest.mark.parametrize(
    ("args", "says"),
    [
        (["--from", "2026-12-31", "--to", "2026-12-01"], "--from 2026-12-31 is after --to"),
        (["--from", "2026-02-30", "--to", "2026-12-01"], "that month has 28 days"),
        (["--from", "01/12/2026", "--to", "2026-12-31"], "YYYY-MM-DD"),
        (["--to", "2026-12-31"], "--from"),
        (["Nobody", "--from", "2026-12-01", "--to", "2026-12-31"], "no product named"),
        (
            ["--from", "2026-12-01", "--to", "2026-12-31", "-o", "/no/such/dir/x.csv"],
            "does not exist",
        ),
    ],
)
def test_cli_bad_statement_requests_exit_2(
    demo_db: Path, capsys: pytest.CaptureFixture[str], args: list[str], says: str
) -> None:
    before = hashlib.sha256(demo_db.read_bytes()).hexdigest()
    code, out, err = run(demo_db, "statement", *args, capsys=capsys)
    assert (code, out) == (2, "")
    assert len(err.strip().splitlines()) == 1 and says in err
    assert hashlib.sha256(demo_db.read_bytes()).hexdigest() == before


@pytest.mark.parametrize(
    ("where", "says"),
    [
        ("data", "is the data file"),
        ("wal", "is the data file"),
        ("shm", "is the data file"),
        ("link-to-data", "is the data file"),
        ("folder", "is a folder"),
        ("/dev/null", "not a regular file"),
        ("/proc/self/status", "cannot write a statement in /proc"),
        ("", "-o needs a file name"),
        ("   ", "-o needs a file name"),
    ],
)
def test_cli_statement_refuses_unsafe_outputs(
    demo_db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], where: str, says: str
) -> None:
    link = tmp_path / "link.csv"
    link.symlink_to(demo_db)
    target = {
        "data": str(demo_db),
        "wal": f"{demo_db}-wal",
        "shm": f"{demo_db}-shm",
        "link-to-data": str(link),
        "folder": str(tmp_path),
    }.get(where, where)
    siblings = sorted(p.name for p in tmp_path.iterdir())
    before = {p: p.read_bytes() for p in tmp_path.iterdir() if p.is_file()}
    code, out, err = run(demo_db, "statement", "--from", "2026-01-01", "--to", "2026-12-31",
                         "-o", target, capsys=capsys)  # fmt: skip
    assert (code, out) == (2, "")
    assert len(err.strip().splitlines()) == 1 and says in err
    assert sorted(p.name for p in tmp_path.iterdir()) == siblings  # no temp file left
    assert {p: p.read_bytes() for p in tmp_path.iterdir() if p.is_file()} == before


def test_refused_outputs_in_the_service(store: Store, tmp_path: Path) -> None:
    with pytest.raises(InputError, match="is the data file"):
        statement.export_statement(store, store.path, TODAY, TODAY)
    with pytest.raises(InputError, match="file name is empty"):
        statement.export_statement(store, "", TODAY, TODAY)
    with pytest.raises(InputError, match="is a folder"):
        statement.export_statement(store, tmp_path, TODAY, TODAY)


def test_an_unwritable_place_is_refused_with_the_real_reason(
    store: Store, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Found by a QA pass: /proc was said to have "no such file or folder", a file used as
    the folder "does not exist". Each refusal names the reason, of the file field."""
    if Path("/proc").is_dir():  # a new file there fails with ENOENT: not the reason
        with pytest.raises(InputError) as got:
            statement.export_statement(store, "/proc/x.csv", TODAY, TODAY)
        assert str(got.value) == (
            "cannot write a statement in /proc: files cannot be created in this folder"
        )
        assert got.value.field == "file"
    plain = tmp_path / "notes.txt"
    plain.write_text("x", encoding="utf-8")
    with pytest.raises(InputError) as got:
        statement.export_statement(store, plain / "x.csv", TODAY, TODAY)
    assert str(got.value) == f"cannot write {plain / 'x.csv'}: {plain} is not a folder"
    assert got.value.field == "file"

    def denied(**_kw: object) -> None:  # a folder without write permission (tests run as root)
        raise PermissionError(errno.EACCES, "Permission denied")

    monkeypatch.setattr(statement.tempfile, "mkstemp", denied)
    with pytest.raises(InputError) as got:
        statement.export_statement(store, tmp_path / "x.csv", TODAY, TODAY)
    assert str(got.value) == f"cannot write a statement in {tmp_path}: permission denied"
    assert got.value.field == "file"
    assert [p.name for p in tmp_path.iterdir() if ".db" not in p.name] == ["notes.txt"]


def test_statement_through_a_symlink_writes_the_target_and_keeps_the_link(
    store: Store, tmp_path: Path
) -> None:
    real = tmp_path / "real.csv"
    real.write_text("old\n", encoding="utf-8")
    link = tmp_path / "link.csv"
    link.symlink_to(real)
    # 花呗 in November: the 2 Nov payment and the 25 Nov bill = 2 rows.
    assert (
        statement.export_statement(store, link, date(2026, 11, 1), date(2026, 11, 30), "花呗") == 2
    )
    assert link.is_symlink() and link.resolve() == real.resolve()
    assert real.read_text(encoding="utf-8").startswith(HEADER)


def test_scheduled_instalments_are_marked_as_scheduled(store: Store) -> None:
    # Today is 1 Dec 2026. 京东白条 owes 1,482.45 charged so far (864.20 bill + period
    # 4's 583.25 + 35.00 fee). Periods 5 (26 Dec) and 6 (26 Jan) are not yet due: listed
    # on their due date, marked "(scheduled)", and owed (as on the products page). Today
    # the account engine's penalty so far is a row of its own, marked estimated: 0.05% ×
    # 1,482.45 × 5 days = 3.706 → 3.71 (1,486.16). The balance runs on: + 583.25 =
    # 2,069.41; + 35.00 = 2,104.41; + 583.25 = 2,687.66; + 35.00 = 2,722.66.
    rows = statement.statement_rows(store, TODAY, date(2027, 1, 31), "京东白条", today=TODAY)
    buffer = io.StringIO(newline="")
    csvio.write_statement(rows, buffer)
    p5, p6 = "iPhone 12 期 5/12 (scheduled)", "iPhone 12 期 6/12 (scheduled)"
    assert buffer.getvalue().split("\r\n")[:-1] == [
        HEADER,
        "2026-12-01,京东白条,penalty,Penalty (estimated),3.71,1486.16,CNY,",
        f"2026-12-26,京东白条,installment,{p5},583.25,2069.41,CNY,2026-12-26",
        f"2026-12-26,京东白条,fee,{p5},35.00,2104.41,CNY,2026-12-26",
        f"2027-01-26,京东白条,installment,{p6},583.25,2687.66,CNY,2027-01-26",
        f"2027-01-26,京东白条,fee,{p6},35.00,2722.66,CNY,2027-01-26",
    ]
    # Once 26 Dec has come, period 5 is charged (no mark); period 6 is still scheduled.
    later = statement.statement_rows(
        store, TODAY, date(2027, 1, 31), "京东白条", today=date(2026, 12, 26)
    )
    recorded = [r for r in later if not r.description.endswith(csvio.ESTIMATED)]
    assert [(r.description, r.scheduled) for r in recorded] == [
        ("iPhone 12 期 5/12", False),
        ("iPhone 12 期 5/12", False),
        ("iPhone 12 期 6/12", True),
        ("iPhone 12 期 6/12", True),
    ]
    # Without a today (the old call), nothing is marked.
    plain = statement.statement_rows(store, TODAY, date(2027, 1, 31), "京东白条")
    assert not any(r.scheduled for r in plain)


def test_last_balance_agrees_with_the_products_page_for_every_product(store: Store) -> None:
    # Both show what is owed on the day: every due (scheduled instalment periods too) and
    # unbilled charge, less payments, + the engine's interest, fees and penalty so far
    # (estimated rows in the statement); a credit balance below zero.
    # By hand on 1 Dec 2026: Chase 1,234.56; 招商 8,560.00 + 458.00 = 9,018.00; 花呗
    # 3,245.60; Klarna 3 scheduled × 60.00 = 180.00; 京东白条 1,482.45 + periods 5–12
    # 8 × (583.25 + 35.00) = 4,946.00 → 6,428.45, + its penalty so far 0.05% × 1,482.45
    # × 5 days = 3.706 → 3.71: 6,432.16.
    by_hand = {
        "Chase Freedom": 123456, "招商银行信用卡": 901800, "花呗": 324560,
        "Klarna": 18000, "京东白条": 643216,
    }  # fmt: skip
    got = {}
    for p in store.list_products():
        rows = statement.statement_rows(store, date(2000, 1, 1), date(2100, 1, 1), p.id, TODAY)
        got[p.name] = rows[-1].balance
        assert got[p.name] == overview.product_summary(store, TODAY, p.saved_id).balance
    assert got == by_hand


def test_a_credit_balance_reads_negative_as_on_the_products_page(tmp_path: Path) -> None:
    # A 100.00 bill paid with 150.00: 100.00 − 150.00 = −50.00 on both.
    s = files.open_store(tmp_path / "credit.db", create=True)
    products.add_product(s, "Card", "cn-credit-card", {"statement_day": "22"})
    bills.add_bill(s, "Card", date(2026, 11, 22), date(2026, 12, 11), 10000, TODAY)
    payments.add_payment(s, "Card", date(2026, 11, 25), 15000, TODAY, allow_credit=True)
    pid = s.find_product("Card").saved_id
    rows = statement.statement_rows(s, date(2026, 1, 1), TODAY, pid, TODAY)
    assert rows[-1].balance == -5000
    assert overview.product_summary(s, TODAY, pid).balance == -5000
