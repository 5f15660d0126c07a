"""service.files: open/create data files and back them up, refusing instead of overwriting."""

from __future__ import annotations

import datetime as dt
import sqlite3
from pathlib import Path

import pytest

from tracker.errors import InputError, StorageError
from tracker.service import files


def test_create_then_open_and_back_up(tmp_path: Path) -> None:
    path = tmp_path / "mine.db"
    store = files.create_data_file(path)
    store.close()
    store = files.open_data_file(path)
    try:
        folder = tmp_path.resolve() / "backups" / "mine.db"  # its own folder
        assert files.backups_folder(store) == folder
        copy = files.back_up_now(store, now=dt.datetime(2026, 12, 1, 9, 30, 5, 7))
        assert copy == folder / "20261201-093005-000007-manual.db"
        files.open_data_file(copy).close()  # the copy is a valid data file itself
    finally:
        store.close()


def test_create_never_overwrites_and_open_refuses_foreign_files(tmp_path: Path) -> None:
    notes = tmp_path / "notes.txt"
    notes.write_bytes(b"not a database")
    with pytest.raises(InputError, match="already exists; open it instead"):
        files.create_data_file(notes)
    with pytest.raises(StorageError, match="not an SQLite database"):
        files.open_data_file(notes)
    with pytest.raises(StorageError, match="does not exist"):
        files.open_data_file(tmp_path / "missing.db")
    assert notes.read_bytes() == b"not a database"


def test_manual_backups_rotate(tmp_path: Path) -> None:
    store = files.create_data_file(tmp_path / "r.db")
    try:
        for second in range(files.BACKUPS_KEPT["manual"] + 2):
            files.back_up_now(store, now=dt.datetime(2026, 12, 1, 10, 0, second))
    finally:
        store.close()
    kept = sorted(p.name for p in (tmp_path / "backups" / "r.db").glob("*-manual.db"))
    # 12 made, the newest 10 kept: seconds 02 … 11.
    assert len(kept) == files.BACKUPS_KEPT["manual"] == 10
    assert kept[0] == "20261201-100002-000000-manual.db"


def test_the_app_opening_a_file_checks_it_once(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # open_or_create (the app's start) inspects an existing file once: its SQLite quick
    # check reads every page (~0.2 s of a 1M-charge file's start, issue 12), and it ran
    # twice (blank or not, then again to open it).
    from tracker.storage import checks

    path = tmp_path / "mine.db"
    files.create_data_file(path).close()
    calls: list[object] = []
    real = checks.quick_problems
    monkeypatch.setattr(checks, "quick_problems", lambda conn: calls.append(conn) or real(conn))
    store = files.open_or_create(path)
    try:
        assert len(calls) == 1
        assert store.list_products() == []
    finally:
        store.close()
    # A blank SQLite file (a set-up that never ran) is still set up, with the fill in it.
    blank = tmp_path / "blank.db"
    conn = sqlite3.connect(blank)
    conn.execute("CREATE TABLE t (x)")
    conn.execute("DROP TABLE t")
    conn.close()
    assert blank.stat().st_size > 0
    filled: list[object] = []
    store = files.open_or_create(blank, fill=filled.append)
    try:
        assert len(filled) == 1
    finally:
        store.close()


def test_is_new_says_what_opening_would_make_anew(tmp_path: Path) -> None:
    """The first-run question is asked before opening a file that is new by this: one not
    there, an empty one, a blank SQLite file (no tables: a set-up that never ran)."""
    blank = tmp_path / "blank.db"
    conn = sqlite3.connect(blank)
    conn.execute("CREATE TABLE t (x)")
    conn.execute("DROP TABLE t")
    conn.commit()
    conn.close()
    assert blank.stat().st_size > 0
    (tmp_path / "empty.db").write_bytes(b"")
    (tmp_path / "text.db").write_text("not a database\n", encoding="utf-8")
    files.create_data_file(tmp_path / "ours.db").close()
    assert {name: files.is_new(tmp_path / name) for name in
            ("missing.db", "empty.db", "blank.db", "text.db", "ours.db")} == {
        "missing.db": True, "empty.db": True, "blank.db": True,
        "text.db": False,  # opening it says it is not a data file
        "ours.db": False,
    }  # fmt: skip
