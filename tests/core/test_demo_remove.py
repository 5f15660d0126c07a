"""Demo data is marked in the file; ``demo remove`` deletes it and keeps what the user added;
a product is deleted with all its records and comes back exactly on undo."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest

from tracker.cli import main
from tracker.errors import InputError
from tracker.service import charges, demo, files, payments, products, records
from tracker.storage import Store

TODAY = date(2026, 12, 1)
DEMO_NAMES = ["京东白条", "花呗", "招商银行信用卡", "Chase Freedom", "Klarna"]
# What populate adds (see tracker/service/demo.py):
#   京东白条: 2 bills, 1 plan (first due 2026-08-26; the 08-26, 09-26 and 10-26 periods
#             are before 2026-11-26 and paid: 3 payments) + the paid last bill = 4 payments
#   花呗 2 bills, 1 payment; 招商 2 bills, 1 charge, 1 payment; Chase 2 bills, 1 payment;
#   Klarna 1 plan, 1 payment (instalment 1)
# → 8 bills, 1 charge, 2 plans, 4 + 1 + 1 + 1 + 1 = 8 payments.
DEMO_COUNTS = {"bills": 8, "charges": 1, "plans": 2, "payments": 8}


@pytest.fixture
def demo_store(tmp_path: Path) -> Store:
    store = files.open_store(tmp_path / "demo.db", create=True)
    demo.populate(store, TODAY)
    yield store
    store.close()


def snapshot(store: Store) -> dict[str, list[tuple]]:
    tables = ("products", "bills", "plans", "charges", "payments", "dues", "reminders")
    return {t: store.db.execute(f"SELECT * FROM {t} ORDER BY id").fetchall() for t in tables}


def test_populate_marks_every_demo_product_in_the_same_file(demo_store: Store) -> None:
    mark = json.loads(demo_store.get_setting(demo.DEMO_KEY) or "{}")
    ids = demo.demo_products(demo_store)
    names = [products.get_product(demo_store, pid).name for pid in ids]
    assert sorted(names) == sorted(DEMO_NAMES)
    assert {t: len(mark[t]) for t in products.RECORD_TABLES} == DEMO_COUNTS
    assert demo.has_demo_data(demo_store)


def test_a_file_without_the_mark_has_no_demo_data_even_with_demo_names(tmp_path: Path) -> None:
    store = files.open_store(tmp_path / "own.db", create=True)
    products.add_product(store, "花呗", "huabei", {})  # same name, but the user's own
    assert not demo.has_demo_data(store)
    with pytest.raises(InputError, match="no demo data"):
        demo.remove(store)
    assert [p.name for p in products.list_products(store)] == ["花呗"]
    store.close()


def test_remove_deletes_demo_products_and_keeps_the_users(demo_store: Store) -> None:
    own = products.add_product(demo_store, "My card", "cn-credit-card", {})
    charges.add_charge(demo_store, own.saved_id, date(2026, 11, 30), 1000, TODAY, "")
    removal = demo.remove(demo_store)
    assert sorted(removal.removed) == sorted(DEMO_NAMES)
    assert removal.kept == ()
    assert removal.counts == DEMO_COUNTS
    assert [p.name for p in products.list_products(demo_store, True)] == ["My card"]
    assert len(demo_store.list_charges(own.saved_id)) == 1
    assert demo_store.list_dues() == []  # every demo due went with its bill or plan
    assert demo_store.get_setting(demo.DEMO_KEY) is None
    assert not demo.has_demo_data(demo_store)


def test_a_demo_product_the_user_added_a_record_to_is_kept_whole(demo_store: Store) -> None:
    huabei = products.find_product(demo_store, "花呗").saved_id
    before = len(demo_store.list_payments(huabei))  # 1 demo payment
    payments.add_payment(demo_store, huabei, date(2026, 11, 30), 5000, TODAY, "mine")
    removal = demo.remove(demo_store)
    assert removal.kept == ("花呗",)
    assert "花呗" not in removal.removed and len(removal.removed) == 4
    # 花呗's 2 bills and 1 payment are not counted: 8 − 2 bills, 8 − 1 payments.
    assert removal.counts == {"bills": 6, "charges": 1, "plans": 2, "payments": 7}
    assert [p.name for p in products.list_products(demo_store)] == ["花呗"]
    assert len(demo_store.list_payments(huabei)) == before + 1
    assert not demo.has_demo_data(demo_store), "the kept product is the user's now"


def test_a_reused_id_is_not_taken_for_demo_data(demo_store: Store) -> None:
    """SQLite hands the highest id out again after its row is deleted."""
    klarna = products.find_product(demo_store, "Klarna").saved_id
    (last,) = [p.id for p in demo_store.list_payments(klarna)]
    assert last == max(p.id for p in demo_store.list_payments())
    payments.delete_payment(demo_store, last)
    # The user's new payment gets the same id, but a later creation time.
    demo_store.db.execute(
        "INSERT INTO payments (id, product_id, date, amount, description, created_at)"
        " VALUES (?, ?, '2026-11-30', 100, 'mine', '2099-01-01 00:00:00')",
        (last, klarna),
    )
    assert demo.remove(demo_store).kept == ("Klarna",)


def test_restore_puts_the_demo_data_back_exactly(demo_store: Store) -> None:
    before = snapshot(demo_store)
    mark = demo_store.get_setting(demo.DEMO_KEY)
    removal = demo.remove(demo_store)
    assert snapshot(demo_store)["products"] == []
    demo.restore(demo_store, removal)
    assert snapshot(demo_store) == before
    assert demo_store.get_setting(demo.DEMO_KEY) == mark
    assert demo.has_demo_data(demo_store)


def test_delete_product_takes_every_record_and_undo_restores_them(demo_store: Store) -> None:
    before = snapshot(demo_store)
    baitiao = products.find_product(demo_store, "京东白条").saved_id
    # 2 bills, no charge, 1 plan, 4 payments (see DEMO_COUNTS)
    assert products.record_counts(demo_store, baitiao) == {
        "bills": 2,
        "charges": 0,
        "plans": 1,
        "payments": 4,
    }
    deleted = products.delete_product(demo_store, "京东白条")
    assert deleted.kind == "product"
    assert "京东白条" not in [p.name for p in products.list_products(demo_store)]
    assert demo_store.list_dues(baitiao) == []
    assert demo_store.list_payments(baitiao) == []
    records.restore(demo_store, deleted)
    assert snapshot(demo_store) == before


def test_delete_product_keeps_its_reminders_for_undo(demo_store: Store) -> None:
    huabei = products.find_product(demo_store, "花呗").saved_id
    due = demo_store.list_dues(huabei)[-1]
    demo_store.db.execute(
        "INSERT INTO reminders (due_id, due_date, lead, delivered_at, channel)"
        " VALUES (?, ?, 3, '2026-12-01T09:00:00+08:00', 'popup')",
        (due.id, due.due_date.isoformat()),
    )
    before = snapshot(demo_store)
    deleted = products.delete_product(demo_store, huabei)
    assert snapshot(demo_store)["reminders"] == []
    records.restore(demo_store, deleted)
    assert snapshot(demo_store) == before


def cli(db: Path, capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(["--db", str(db), "--today", TODAY.isoformat(), *args])
    out, err = capsys.readouterr()
    return code, out, err


def test_cli_demo_remove_text_json_and_a_second_time(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = tmp_path / "x.db"
    assert cli(db, capsys, "init", "--demo")[0] == 0
    assert cli(db, capsys, "product", "add", "Mine", "--preset", "huabei")[0] == 0
    code, out, err = cli(db, capsys, "demo", "remove")
    assert (code, err) == (0, "")
    assert out.startswith("Removed the demo data: ")
    assert "8 bills, 1 charge, 2 plans, 8 payments" in out
    code, out, err = cli(db, capsys, "--json", "product", "list")
    assert [p["name"] for p in json.loads(out)["products"]] == ["Mine"]
    # A file with no demo data left: one clear line, exit 2, nothing written.
    code, out, err = cli(db, capsys, "demo", "remove")
    assert (code, out) == (2, "")
    assert err == "debt-tracker-cli: error: this data file has no demo data\n"


def test_cli_demo_remove_json_names_kept_products(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = tmp_path / "x.db"
    cli(db, capsys, "init", "--demo")
    code, _out, err = cli(db, capsys, "pay", "Klarna", "--date", "2026-11-30", "--amount", "10.00")
    assert code == 0, err
    code, out, err = cli(db, capsys, "demo", "remove", "--json")
    assert code == 0, err
    doc = json.loads(out)
    assert doc["kept"] == ["Klarna"]
    assert sorted(doc["removed"]) == sorted(n for n in DEMO_NAMES if n != "Klarna")
    # Klarna's 1 plan and 1 payment stay: 2 − 1 plans, 8 − 1 payments.
    assert doc["deleted"] == {"bills": 8, "charges": 1, "plans": 1, "payments": 7}
    assert "Kept Klarna: you added records to it." in doc["message"]


def test_cli_product_delete(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = tmp_path / "x.db"
    cli(db, capsys, "init", "--demo")
    code, out, err = cli(db, capsys, "product", "delete", "招商银行信用卡")
    assert (code, err) == (0, "")
    assert out == "Deleted 招商银行信用卡 with 2 bills, 1 charge, 0 plans, 1 payment.\n"
    code, out, err = cli(db, capsys, "product", "delete", "招商银行信用卡")
    assert code == 2 and "no product named '招商银行信用卡'" in err
