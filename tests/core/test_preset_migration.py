"""The preset migration (issue 11): a file made before DESIGN.md's current presets gets
the new values, and every value the user edited stays (a stored value that differs from
the OLD preset value was edited)."""

from __future__ import annotations

import json
import sqlite3
from decimal import Decimal
from pathlib import Path

from tracker.products import PRESETS
from tracker.service import files
from tracker.storage import schema

#: The presets' values that changed, as files stored them before (git 19a9d1b^1).
OLD = {
    "loan": {"penalty_daily_rate": "0.0005"},
    "us-credit-card": {
        "due_rule": "offset_days", "due_days": 25, "penalty_daily_rate": "0.0006846575",
    },
    "huabei": {
        "allowed_periods": "3,6,12", "installment_total_rates": "3:0.025,6:0.045,12:0.088",
    },
    "pay-in-4": {},
}  # fmt: skip
#: Fields the old files did not have at all.
NEW_FIELDS = ("late_fee_repeat", "late_fee_after_days", "penalty_after_days", "jurisdiction")


def _old_file(path: Path, rows: list[tuple[str, str, str, dict[str, object]]]) -> None:
    """A data file at the version before the migration, with products stored the old
    way: ``(name, kind, currency, rules)``."""
    conn = sqlite3.connect(path)
    version = schema.MIGRATIONS.index(schema._PRESETS_2026)
    for script in schema.MIGRATIONS[:version]:
        conn.executescript(script)
    for name, kind, cur, rules in rows:
        conn.execute(
            "INSERT INTO products (name, kind, currency, rules) VALUES (?, ?, ?, ?)",
            (name, kind, cur, json.dumps(rules)),
        )
    conn.execute(f"PRAGMA application_id = {schema.APPLICATION_ID}")
    conn.execute(f"PRAGMA user_version = {version}")
    conn.commit()
    conn.close()


def _old_rules(preset: str, **edited: object) -> dict[str, object]:
    from tracker.products import from_preset, to_record

    rec = to_record(from_preset(preset, "x"))
    for key in ("name", "kind", "currency", "archived", "id", *NEW_FIELDS):
        rec.pop(key, None)
    rec.update(OLD[preset])
    rec.update(edited)
    return rec


def test_old_presets_take_the_new_values_and_edits_stay(tmp_path: Path) -> None:
    path = tmp_path / "old.db"
    _old_file(
        path,
        [
            ("loan", "loan", "CNY", _old_rules("loan")),
            # The user set their own penalty rate: kept.
            ("loan2", "loan", "CNY", _old_rules("loan", penalty_daily_rate="0.0004")),
            ("chase", "credit_card", "USD", _old_rules("us-credit-card")),
            # Due 21 days after the statement, as this user's card is: kept (rule and days).
            ("amex", "credit_card", "USD", _old_rules("us-credit-card", due_days=21)),
            ("huabei", "bnpl", "CNY", _old_rules("huabei")),
            ("huabei2", "bnpl", "CNY", _old_rules("huabei", allowed_periods="3,6")),
            ("klarna", "pay_in_n", "USD", _old_rules("pay-in-4")),
        ],
    )
    store = files.open_store(path)
    assert store.db.execute("PRAGMA user_version").fetchone()[0] == schema.SCHEMA_VERSION
    by_name = {p.name: p for p in store.list_products()}
    # Loan: 0.05%/day → the contract rate + 50%, 6% × 1.5 / 360 = 0.025%.
    assert by_name["loan"].penalty_daily_rate == Decimal("0.00025")
    assert by_name["loan2"].penalty_daily_rate == Decimal("0.0004")
    # US card: the same day every month (Reg Z 1026.7(b)(11)), penalty APR 29.99% from
    # 60 days, $41 repeat late fee.
    chase = by_name["chase"]
    assert (chase.due_rule, chase.due_days) == ("day_of_month", 10)
    assert chase.penalty_daily_rate == PRESETS["us-credit-card"]["penalty_daily_rate"]
    assert (chase.penalty_after_days, chase.late_fee_repeat) == (60, 4100)
    assert chase.jurisdiction == "us"
    amex = by_name["amex"]
    assert (amex.due_rule, amex.due_days) == ("offset_days", 21)
    assert amex.late_fee_repeat == 4100  # a field the old file did not have: the preset's
    # Huabei: 9 periods at 6.5% in all.
    assert by_name["huabei"].allowed_periods == (3, 6, 9, 12)
    assert by_name["huabei"].installment_total_rates[9] == Decimal("0.065")
    assert by_name["huabei2"].allowed_periods == (3, 6)
    # Pay-in-4: the late fee comes after the 10-day retry (DESIGN.md § Presets).
    assert by_name["klarna"].late_fee_after_days == 10
    store.close()


def test_a_current_file_is_not_changed(tmp_path: Path) -> None:
    from tracker.service import products

    store = files.open_store(tmp_path / "new.db", create=True)
    products.add_product(store, "chase", "us-credit-card", {"late_fee_repeat": "0"})
    before = store.db.execute("SELECT rules FROM products").fetchall()
    store.close()
    # Running the migration's statements again changes nothing on a current file: the
    # user's 0 repeat fee is a value of the field, not a missing one.
    conn = sqlite3.connect(tmp_path / "new.db")
    conn.executescript(schema._PRESETS_2026)
    assert conn.execute("SELECT rules FROM products").fetchall() == before
    conn.close()
