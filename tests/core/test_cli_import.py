"""debt-tracker-cli import: text and JSON summaries, dry run, bad files exit 2 unchanged,
the encoding asked for, our statement without --product, undo."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

import pytest

from tracker.cli import main

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures" / "import"
TODAY = "2026-12-01"


def run(db: Path, *args: str, capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    code = main(["--db", str(db), "--today", TODAY, *args])
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def db(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> Path:
    path = tmp_path / "x.db"
    assert run(path, "init", capsys=capsys)[0] == 0
    assert run(path, "product", "add", "花呗", "--preset", "huabei", capsys=capsys)[0] == 0
    bill = ("bill", "add", "花呗", "--statement-date", "2026-10-26", "--due-date", "2026-11-04")
    assert run(path, *bill, "--amount", "300", capsys=capsys)[0] == 0
    return path


def digest(path: Path) -> str:
    wal = Path(f"{path}-wal")
    extra = wal.read_bytes() if wal.exists() else b""
    return hashlib.sha256(path.read_bytes() + extra).hexdigest()


def test_import_json_summary_then_nothing_twice(
    db: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    alipay = str(FIXTURES / "alipay.csv")
    code, out, err = run(db, "--json", "import", alipay, "--product", "花呗", capsys=capsys)
    assert (code, err) == (0, "")
    doc = json.loads(out)
    assert (doc["added"], doc["duplicates"], doc["profile"], doc["encoding"]) == (
        5, 0, "alipay", "gb18030",
    )  # fmt: skip
    assert [s["line"] for s in doc["skipped"]] == [28, 29, 31, 33]
    (pay,) = [r for r in doc["rows"] if r["kind"] == "payment"]
    # 500.00 repays 花呗: 300.00 to the October bill, the rest is credit
    assert (pay["amount"], pay["pays"]) == ("-500.00", ["Statement 2026-10-26 (¥300.00)"])
    doc = json.loads(run(db, "--json", "import", alipay, "--product", "花呗", capsys=capsys)[1])
    assert (doc["added"], doc["duplicates"]) == (0, 5)


def test_import_text_and_dry_run_writes_nothing(
    db: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    before = digest(db)
    code, out, _ = run(
        db, "import", str(FIXTURES / "jd.csv"), "--product", "花呗", "--profile", "jd",
        "--dry-run", capsys=capsys,
    )  # fmt: skip
    assert code == 0
    assert out.splitlines()[0] == (
        f"Would import 7 rows into 花呗 from {FIXTURES / 'jd.csv'} (jd, utf-8-sig): "
        "charge × 4, payment × 1, refund × 2."
    )
    assert "  line 26: paid with 招商银行信用卡(1234), not 白条/先享后付" in out
    assert digest(db) == before


def test_bad_file_exits_2_with_one_line_and_changes_nothing(
    db: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # an Amex export is in dollars: into a dollar card (花呗 keeps yuan: refused)
    assert run(db, "product", "add", "Amex", "--preset", "us-credit-card", capsys=capsys)[0] == 0
    before = digest(db)
    code, out, err = run(db, "import", str(FIXTURES / "amex_bad.csv"), "--product", "Amex",
                         capsys=capsys)  # fmt: skip
    assert (code, out) == (2, "")
    assert err == (
        "debt-tracker-cli: error: line 3: date '11/31/2026' does not match %m/%d/%Y "
        "(and 1 more bad lines); nothing was imported\n"
    )
    assert digest(db) == before


def test_unknown_encoding_asks_for_one(
    db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    latin = tmp_path / "latin.csv"
    latin.write_bytes("Date,Description,Amount\n11/02/2026,Café crème,4.50\n".encode("cp1252"))
    # Amex's header: dollars, so a dollar card
    assert run(db, "product", "add", "Amex", "--preset", "us-credit-card", capsys=capsys)[0] == 0
    code, _, err = run(db, "import", str(latin), "--product", "Amex", capsys=capsys)
    assert code == 2 and "give one with --encoding" in err and err.count("\n") == 1
    code, out, _ = run(db, "--json", "import", str(latin), "--product", "Amex",
                       "--encoding", "cp1252", capsys=capsys)  # fmt: skip
    assert code == 0
    assert json.loads(out)["rows"][0]["description"] == "Café crème"


def test_generic_map_and_undo(
    db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    f = tmp_path / "plain.csv"
    f.write_text("when|what|how much\n2026-11-02|面包|12,50\n2026-11-03|面包|12,50\n")
    args = ("import", str(f), "--product", "花呗", "--map", "date=0,description=1,amount=2",
            "--map", "decimal=,,delimiter=|")  # fmt: skip
    doc = json.loads(run(db, "--json", *args, capsys=capsys)[1])
    assert [(r["date"], r["amount"]) for r in doc["rows"]] == [
        ("2026-11-02", "12.50"), ("2026-11-03", "12.50"),
    ]  # fmt: skip
    code, out, _ = run(db, "import", "--undo", capsys=capsys)
    assert (code, out) == (0, "Undid import 1 of plain.csv: 2 rows removed.\n")
    code, _, err = run(db, "import", "--undo", capsys=capsys)
    assert (code, err) == (2, "debt-tracker-cli: error: there is no import to undo\n")


def test_our_statement_needs_no_product(
    db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "s.csv"
    assert run(db, "statement", "--from", "2026-01-01", "--to", "2026-12-31", "-o", str(out),
               capsys=capsys)[0] == 0  # fmt: skip
    code, _, err = run(db, "import", str(out), capsys=capsys)
    # the bill was entered by hand, not imported: the file's bill is for a taken date
    assert code == 2
    assert err == (
        "debt-tracker-cli: error: line 2: a bill with statement date 2026-10-26 is already "
        "recorded; nothing was imported\n"
    )
    code, _, err = run(db, "import", str(FIXTURES / "chase.csv"), capsys=capsys)
    assert (code, err) == (2, "debt-tracker-cli: error: choose the product this file is for\n")


def test_a_dollar_file_onto_a_yuan_product_is_refused_and_changes_nothing(
    db: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # chase.csv is a US card's export (amounts in USD); 花呗 keeps CNY: the GUI refuses
    # it, and so does the command line, with or without --dry-run
    before = digest(db)
    for extra in ((), ("--dry-run",)):
        code, out, err = run(db, "import", str(FIXTURES / "chase.csv"), "--product", "花呗",
                             *extra, capsys=capsys)  # fmt: skip
        assert (code, out) == (2, "")
        assert err == (
            "debt-tracker-cli: error: the amounts in chase.csv are in USD, and 花呗 keeps "
            "CNY: choose the product this file is for; nothing was imported\n"
        )
    assert digest(db) == before


def test_a_header_only_file_says_there_are_no_rows(
    db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # our own statement's header and nothing under it (an export of an empty month)
    empty = tmp_path / "empty.csv"
    empty.write_text("date,product,kind,description,amount,balance,currency,due_date\n")
    before = digest(db)
    for extra in ((), ("--dry-run",)):
        code, out, err = run(db, "import", str(empty), *extra, capsys=capsys)
        assert (code, out, err) == (0, f"No rows to import in {empty}.\n", "")
    doc = json.loads(run(db, "--json", "import", str(empty), capsys=capsys)[1])
    assert (doc["empty"], doc["added"]) == (True, 0)
    assert digest(db) == before
