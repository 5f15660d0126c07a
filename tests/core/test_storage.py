"""The data file: created 0600 in WAL, refuses what it does not understand, never half-writes."""

from __future__ import annotations

import hashlib
import sqlite3
import stat
from pathlib import Path

import pytest

from tracker.errors import InputError, StorageError
from tracker.products import from_preset
from tracker.storage import SCHEMA_VERSION, Store
from tracker.storage.schema import APPLICATION_ID


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_new_file_is_private_wal_and_current(tmp_path: Path) -> None:
    path = tmp_path / "new.db"
    store = Store.open(path, create=True)
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert store.db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert store.db.execute("PRAGMA foreign_keys").fetchone()[0] == 1
    assert store.db.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
    store.close()


def test_missing_file_without_create_is_refused(tmp_path: Path) -> None:
    with pytest.raises(StorageError, match="does not exist"):
        Store.open(tmp_path / "nope.db")
    assert not (tmp_path / "nope.db").exists()


def test_an_existing_empty_file_is_made_private_by_init(tmp_path: Path) -> None:
    path = tmp_path / "touched.db"
    path.touch(mode=0o644)
    path.chmod(0o644)  # touch's mode is masked by the umask; make it plainly 0644
    with pytest.raises(StorageError, match="is empty: not set up yet"):
        Store.open(path)  # `due` on it: not "does not exist"
    assert path.read_bytes() == b""
    Store.open(path, create=True).close()  # `init`
    assert stat.S_IMODE(path.stat().st_mode) == 0o600


def test_not_sqlite_is_refused_and_untouched(tmp_path: Path) -> None:
    path = tmp_path / "notes.db"
    path.write_text("my shopping list\n" * 20)
    before = digest(path)
    with pytest.raises(StorageError, match="not an SQLite database"):
        Store.open(path, create=True)
    assert digest(path) == before


def test_foreign_sqlite_file_is_refused_and_untouched(tmp_path: Path) -> None:
    path = tmp_path / "other.db"
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE t (x)")
    conn.commit()
    conn.close()
    before = digest(path)
    with pytest.raises(StorageError, match="not a Debt Tracker data file"):
        Store.open(path, create=True)
    assert digest(path) == before


def test_newer_schema_is_refused_and_untouched(tmp_path: Path) -> None:
    path = tmp_path / "future.db"
    Store.open(path, create=True).close()
    conn = sqlite3.connect(path)
    conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    conn.commit()
    conn.close()
    before = digest(path)
    with pytest.raises(StorageError, match="newer Debt Tracker"):
        Store.open(path)
    assert digest(path) == before


def test_damaged_file_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "broken.db"
    store = Store.open(path, create=True)
    with store.transaction():
        for i in range(200):
            store.insert_product(from_preset("huabei", f"p{i}"))
    store.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    store.close()
    data = bytearray(path.read_bytes())
    data[4096 : 4096 + 64] = b"\xff" * 64  # scribble over the second page's header
    path.write_bytes(bytes(data))
    with pytest.raises(StorageError, match=r"damaged|unreadable"):
        Store.open(path)


def test_a_failed_change_saves_nothing(tmp_path: Path) -> None:
    store = Store.open(tmp_path / "t.db", create=True)
    with pytest.raises(InputError, match="already exists"), store.transaction():
        store.insert_product(from_preset("huabei", "花呗"))
        store.insert_product(from_preset("baitiao", "花呗"))
    assert store.list_products() == []
    store.close()


def test_products_round_trip_with_every_field(tmp_path: Path) -> None:
    store = Store.open(tmp_path / "t.db", create=True)
    original = from_preset("us-credit-card", "Chase", credit_limit=800_000, notes="n")
    with store.transaction():
        pid = store.insert_product(original)
    assert store.get_product(pid) == original.with_changes(id=pid)
    assert store.find_product("chase").id == pid
    assert store.find_product(str(pid)).name == "Chase"
    store.close()


def test_old_schema_is_migrated_after_a_backup(tmp_path: Path) -> None:
    # A file at version 0 that is ours (application id set, no tables yet) is upgraded.
    path = tmp_path / "old.db"
    conn = sqlite3.connect(path)
    conn.execute(f"PRAGMA application_id = {APPLICATION_ID}")
    conn.execute("CREATE TABLE placeholder (x)")
    conn.commit()
    conn.close()
    store = Store.open(path)
    assert store.db.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
    assert "products" in store.db.table_names()
    store.close()


def test_daily_backup_rotates(tmp_path: Path) -> None:
    store = Store.open(tmp_path / "t.db", create=True)
    first = store.daily_backup()
    assert first is not None and first.exists()
    assert store.daily_backup() is None  # once a day
    for i in range(15):
        store.backup_before(f"step{i}")
    # 10 "before" backups kept, and the day's (also this week's and month's: 3 names).
    assert len(list(first.parent.glob("*-before-step*.db"))) == 10
    assert first.exists()
    store.close()


def _foreign_wal(path: Path) -> None:
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA journal_mode = WAL")
    conn.execute("CREATE TABLE t (x)")
    conn.commit()
    conn.close()


def _newer(path: Path) -> None:
    Store.open(path, create=True).close()
    conn = sqlite3.connect(path)
    conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    conn.commit()
    conn.close()


def _truncated(path: Path) -> None:
    store = Store.open(path, create=True)
    with store.transaction():
        for i in range(200):
            store.insert_product(from_preset("huabei", f"p{i}"))
    store.close()
    path.write_bytes(path.read_bytes()[:6000])  # cut part-way through page 2


@pytest.mark.parametrize("make", [_foreign_wal, _newer, _truncated])
def test_inspecting_a_refused_file_creates_no_sibling_files(tmp_path: Path, make: object) -> None:
    path = tmp_path / "refused.db"
    make(path)  # type: ignore[operator]
    assert [p.name for p in tmp_path.iterdir()] == ["refused.db"]
    before = digest(path)
    with pytest.raises(StorageError):
        Store.open(path)
    with pytest.raises(StorageError):
        Store.open(path, create=True)  # `init` on it
    assert [p.name for p in tmp_path.iterdir()] == ["refused.db"]  # no -wal, no -shm
    assert digest(path) == before
