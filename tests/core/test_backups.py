"""Backups: one file's never touch another's, kept per kind, private, whole or absent."""

from __future__ import annotations

import datetime as dt
import os
import sqlite3
import stat
from pathlib import Path

import pytest

from tracker.errors import StorageError
from tracker.products import from_preset
from tracker.storage import Store


def new_store(path: Path, products: int = 1) -> Store:
    store = Store.open(path, create=True)
    with store.transaction():
        for i in range(products):
            store.insert_product(from_preset("huabei", f"p{i}"))
    return store


def test_backups_of_debt_db_leave_debt_2024_db_alone(tmp_path: Path) -> None:
    old = new_store(tmp_path / "debt-2024.db")
    theirs = [old.backup_before(f"step{i}") for i in range(3)]
    old.close()
    store = new_store(tmp_path / "debt.db")
    # 12 of debt.db's own: its rotation keeps 10 of them and must not see the 3 others.
    mine = [store.backup_before(f"step{i}") for i in range(12)]
    store.close()
    assert all(p.exists() for p in theirs)
    assert sum(p.exists() for p in mine) == 10


def test_a_file_with_brackets_in_its_name_rotates(tmp_path: Path) -> None:
    store = new_store(tmp_path / "debts[1].db")
    made = [store.backup_before(f"step{i}") for i in range(15)]
    store.close()
    # "debts[1]-*.db" as a glob pattern means "debts1-…": nothing matched, nothing rotated.
    assert sum(p.exists() for p in made) == 10
    assert all(p.exists() for p in made[5:])  # the newest 10


def test_risky_step_backups_do_not_evict_the_daily_one(tmp_path: Path) -> None:
    store = new_store(tmp_path / "t.db")
    daily = store.daily_backup()
    assert daily is not None
    for i in range(12):
        store.backup_before(f"import{i}")
    store.close()
    assert daily.exists()


def test_the_backup_is_private_from_its_first_byte(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    store = new_store(tmp_path / "t.db")
    modes: list[int] = []
    real_connect = sqlite3.connect

    def spying_connect(target: object, *args: object, **kwargs: object) -> sqlite3.Connection:
        conn = real_connect(target, *args, **kwargs)  # type: ignore[arg-type]
        if isinstance(target, (str, Path)) and "backups" in str(target):
            modes.append(stat.S_IMODE(os.stat(target).st_mode))  # the file exists now
        return conn

    old_umask = os.umask(0o022)
    monkeypatch.setattr(sqlite3, "connect", spying_connect)
    try:
        made = store.backup_before("test")
    finally:
        os.umask(old_umask)
        monkeypatch.undo()
    store.close()
    assert modes == [0o600]  # as soon as SQLite opened it, before any page was copied
    assert stat.S_IMODE(made.stat().st_mode) == 0o600


def test_backups_folder_is_private_even_under_umask_000(tmp_path: Path) -> None:
    store = new_store(tmp_path / "t.db")
    old_umask = os.umask(0)
    try:
        made = store.daily_backup()
    finally:
        os.umask(old_umask)
    store.close()
    assert made is not None
    folder = made.parent
    while folder != tmp_path:  # backups/ and anything under it
        assert stat.S_IMODE(folder.stat().st_mode) == 0o700, folder
        folder = folder.parent


def test_a_failed_copy_leaves_no_part_file_and_says_why(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    store = new_store(tmp_path / "t.db")
    real_connect = sqlite3.connect

    def read_only_target(target: object, *args: object, **kwargs: object) -> sqlite3.Connection:
        if isinstance(target, (str, Path)) and str(target).endswith(".part"):
            # The copy cannot be written (as on a full or failing disk).
            uri = f"{Path(target).resolve().as_uri()}?mode=ro"
            return real_connect(uri, uri=True)
        return real_connect(target, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(sqlite3, "connect", read_only_target)
    with pytest.raises(StorageError, match="not backed up"):
        store.backup_before("test")
    monkeypatch.undo()
    store.close()
    left = [p.name for p in (tmp_path / "backups").rglob("*") if p.is_file()]
    assert left == []


def test_rotation_over_400_days_keeps_each_kind_and_nothing_else(tmp_path: Path) -> None:
    from tracker.storage import backup

    neighbour = new_store(tmp_path / "debt-2024.db")
    theirs = [neighbour.backup_before("x"), neighbour.daily_backup()]
    neighbour.close()
    store = new_store(tmp_path / "debt.db")
    start = dt.datetime(2025, 1, 1, 9, 0)  # a Wednesday
    for day in range(400):
        now = start + dt.timedelta(days=day)
        assert backup.daily_backup(store.db.conn, store.path, now=now) is not None
        assert backup.daily_backup(store.db.conn, store.path, now=now) is None  # once a day
        if day % 7 == 0:
            backup.take(store.db.conn, store.path, "before", "import", now=now)
    store.close()
    kept = backup.list_backups(tmp_path / "debt.db")
    by_kind = {k: [b.taken.date() for b in kept if b.kind == k] for k in backup.KEEP}
    last = (start + dt.timedelta(days=399)).date()  # 2026-02-04, a Wednesday
    assert last == dt.date(2026, 2, 4)
    # 7 daily: the last 7 days, newest first.
    assert by_kind["daily"] == [last - dt.timedelta(days=d) for d in range(7)]
    # 4 weekly: taken on each ISO week's first run (a Monday from week 2 on).
    assert by_kind["weekly"] == [dt.date(2026, 2, 2), dt.date(2026, 1, 26),
                                 dt.date(2026, 1, 19), dt.date(2026, 1, 12)]  # fmt: skip
    # 12 monthly: the 1st of each month from 2025-03 to 2026-02 (2025-01 and -02 rotated).
    assert by_kind["monthly"] == [dt.date(2026, 2, 1), dt.date(2026, 1, 1)] + [
        dt.date(2025, m, 1) for m in range(12, 2, -1)
    ]
    # 58 "before" backups taken (days 0, 7, …, 399), the newest 10 kept.
    assert len(by_kind["before"]) == 10 and by_kind["before"][0] == dt.date(2026, 2, 4)
    assert by_kind["manual"] == []
    assert all(p is not None and p.exists() for p in theirs)
