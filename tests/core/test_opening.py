"""Opening and creating data files: read-only files and folders, killed set-ups, odd headers.

Each test here was run against the code before issue 13 and failed there (see the
commit message); they use only the CLI and Store.open, which both versions have.
"""

from __future__ import annotations

import io
import sqlite3
import stat
from contextlib import redirect_stderr, redirect_stdout
from pathlib import Path

import pytest

from tracker.cli.main import main
from tracker.errors import StorageError
from tracker.storage import Store
from tracker.storage.schema import APPLICATION_ID


def cli(db: Path, *argv: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    with redirect_stdout(out), redirect_stderr(err):
        status = main(["--db", str(db), "--today", "2026-12-01", *argv])
    return status, out.getvalue(), err.getvalue()


@pytest.fixture
def read_only_folder(tmp_path: Path):  # type: ignore[no-untyped-def]
    folder = tmp_path / "ro"
    folder.mkdir()
    db = folder / "d.db"
    assert cli(db, "init", "--demo")[0] == 0
    folder.chmod(0o555)
    yield db
    folder.chmod(0o755)


def test_a_read_only_folder_still_lets_the_file_be_read(read_only_folder: Path) -> None:
    before = read_only_folder.read_bytes()
    status, out, err = cli(read_only_folder, "product", "list")
    assert (status, err) == (0, "")  # was: "attempt to write a readonly database"
    assert "花呗" in out
    status, out, err = cli(read_only_folder, "product", "add", "X", "--preset", "huabei")
    assert status == 2
    assert err == (
        "debt-tracker-cli: error: not saved: the data file is open read-only "
        "(its folder is read-only)\n"
    )
    assert read_only_folder.read_bytes() == before
    assert [p.name for p in read_only_folder.parent.iterdir()] == ["d.db"]  # no -wal, -shm


def test_a_read_only_file_opens_read_only_and_says_why_changes_fail(tmp_path: Path) -> None:
    db = tmp_path / "d.db"
    assert cli(db, "init", "--demo")[0] == 0
    db.chmod(0o444)
    before = db.read_bytes()
    assert cli(db, "due")[0] == 0
    status, _out, err = cli(db, "pay", "花呗", "--date", "2026-12-01", "--amount", "10")
    assert status == 2
    assert "open read-only (the file is read-only)" in err
    assert db.read_bytes() == before


def test_an_existing_0644_data_file_is_made_private(tmp_path: Path) -> None:
    db = tmp_path / "d.db"
    assert cli(db, "init")[0] == 0
    db.chmod(0o644)  # copied in by another tool, or made by an old version
    assert cli(db, "product", "list")[0] == 0
    assert stat.S_IMODE(db.stat().st_mode) == 0o600


def test_a_failed_init_demo_leaves_no_file_and_can_be_run_again(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from tracker.service import products

    db = tmp_path / "d.db"
    real_add = products.add_product
    added: list[str] = []

    def add_then_die(store: object, name: str, *args: object) -> object:
        if len(added) == 2:
            raise KeyboardInterrupt  # like a kill part-way through the demo data
        added.append(name)
        return real_add(store, name, *args)  # type: ignore[arg-type]

    monkeypatch.setattr(products, "add_product", add_then_die)
    with pytest.raises(KeyboardInterrupt):
        cli(db, "init", "--demo")
    monkeypatch.undo()
    assert added and list(tmp_path.iterdir()) == []  # no file, no hidden leftovers
    status, _out, err = cli(db, "init", "--demo")
    assert (status, err) == (0, "")
    assert cli(db, "product", "list")[1].count("\n") == 5  # all five demo products


def test_a_blank_file_left_by_a_killed_init_can_be_initialised(tmp_path: Path) -> None:
    db = tmp_path / "d.db"
    conn = sqlite3.connect(db)
    conn.execute("PRAGMA journal_mode = WAL")  # what the old init wrote first: 4 KB, nothing else
    conn.close()
    status, _out, err = cli(db, "due")
    assert status == 2 and "not set up yet" in err and "run `init`" in err
    assert cli(db, "init")[0] == 0
    assert cli(db, "product", "list")[0] == 0


def test_user_version_0_with_our_tables_is_explained(tmp_path: Path) -> None:
    db = tmp_path / "d.db"
    Store.open(db, create=True).close()
    conn = sqlite3.connect(db)
    conn.execute("PRAGMA user_version = 0")
    conn.commit()
    conn.close()
    before = db.read_bytes()
    with pytest.raises(StorageError) as caught:
        Store.open(db)
    assert "table products already exists" not in str(caught.value)
    assert "holds Debt Tracker tables but no schema version" in str(caught.value)
    assert db.read_bytes() == before


def test_a_newer_sqlite_write_version_is_explained(tmp_path: Path) -> None:
    db = tmp_path / "d.db"
    Store.open(db, create=True).close()
    data = bytearray(db.read_bytes())
    data[18] = 3  # a file format this SQLite can read but must not write
    db.write_bytes(bytes(data))
    with pytest.raises(StorageError) as caught:
        Store.open(db)
    assert "readonly" not in str(caught.value)
    assert "newer SQLite file format (3)" in str(caught.value)
    assert conn_app_id(db) == APPLICATION_ID  # untouched


def conn_app_id(db: Path) -> int:
    data = db.read_bytes()
    return int.from_bytes(data[68:72], "big")
