"""Which preset fields the user set is recorded (issue 11, "still left"), so a preset
change keeps exactly those — also a value the user set equal to the old preset value,
which the first preset migration (``_PRESETS_2026``) could not tell from an untouched one.

DESIGN.md § Presets: every preset value is a starting value, editable; issue 11: "a
migration for existing files that keeps what the user edited".
"""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

from tracker.products import from_preset
from tracker.service import files, products
from tracker.storage import Store, schema
from tracker.storage.preset_changes import preset_change


def _rules(store: Store, pid: int) -> dict[str, object]:
    row = store.db.execute("SELECT rules FROM products WHERE id = ?", (pid,)).fetchone()
    rules: dict[str, object] = json.loads(row[0])
    return rules


def test_adding_and_editing_record_the_fields_the_user_set(tmp_path: Path) -> None:
    store = files.open_store(tmp_path / "p.db", create=True)
    # The product form sends every field, filled with the preset's values: of these only
    # the one that differs from the Huabei preset (3,6,9,12) was set by the user.
    preset = from_preset("huabei", "x")
    assert preset.allowed_periods == (3, 6, 9, 12) and preset.grace_days == 0
    hb = products.add_product(
        store, "花呗", "huabei", {"allowed_periods": "3,6", "grace_days": "0"}
    ).saved_id
    assert store.edited_fields(hb) == {"allowed_periods"}
    # Edited later: grace 0 → 2 → 0 (back to the preset's value, the user's choice now);
    # a field sent unchanged is not marked.
    products.edit_product(store, hb, {"grace_days": "2", "due_days": "9"})
    products.edit_product(store, hb, {"grace_days": "0"})
    assert store.edited_fields(hb) == {"allowed_periods", "grace_days"}
    assert _rules(store, hb)["grace_days"] == 0
    store.close()


def test_a_preset_change_keeps_every_value_the_user_set(tmp_path: Path) -> None:
    # A future preset change, as a migration would write it: Huabei's grace days 0 → 1.
    change = preset_change("huabei", "grace_days", 0, 1)
    store = files.open_store(tmp_path / "p.db", create=True)
    untouched = products.add_product(store, "A", "huabei", {}).saved_id
    # B set its grace days to 2 and back to 0 — equal to the old preset value, yet the
    # user's: it must stay 0 (the value test alone would have moved it to 1).
    set_back = products.add_product(store, "B", "huabei", {}).saved_id
    products.edit_product(store, set_back, {"grace_days": "2"})
    products.edit_product(store, set_back, {"grace_days": "0"})
    # C set another value: kept, edited or not.
    other = products.add_product(store, "C", "huabei", {"grace_days": "3"}).saved_id
    # D is a card: not this preset's product.
    card = products.add_product(store, "D", "cn-credit-card", {}).saved_id
    with store.transaction():
        store.db.execute(change)
    grace = {pid: _rules(store, pid)["grace_days"] for pid in (untouched, set_back, other, card)}
    assert grace == {untouched: 1, set_back: 0, other: 3, card: 3}
    store.close()


def test_an_older_file_gets_the_column_with_nothing_recorded(tmp_path: Path) -> None:
    # A file one migration before: its products have no record of what was edited, so
    # for them a value equal to the old preset value still counts as untouched (the
    # assumption docs/engine.md § Preset changes states).
    path = tmp_path / "old.db"
    conn = sqlite3.connect(path)
    version = schema.MIGRATIONS.index(schema._PRODUCTS_EDITED)
    for script in schema.MIGRATIONS[:version]:
        conn.executescript(script)
    rules = {"preset": "huabei", "grace_days": 0}
    conn.execute(
        "INSERT INTO products (name, kind, currency, rules) VALUES ('E', 'bnpl', 'CNY', ?)",
        (json.dumps(rules),),
    )
    conn.execute(f"PRAGMA application_id = {schema.APPLICATION_ID}")
    conn.execute(f"PRAGMA user_version = {version}")
    conn.commit()
    conn.close()
    store = files.open_store(path)
    assert store.db.execute("PRAGMA user_version").fetchone()[0] == schema.SCHEMA_VERSION
    (pid,) = [p.saved_id for p in store.list_products()]
    assert store.edited_fields(pid) == frozenset()
    with store.transaction():
        store.db.execute(preset_change("huabei", "grace_days", 0, 1))
    assert _rules(store, pid)["grace_days"] == 1
    store.close()
