"""Backups of the data file: on demand, before risky steps, and rotating daily copies."""

from __future__ import annotations

import datetime as dt
import os
import sqlite3
from pathlib import Path

import sqlite_utils

KEEP = 10


def backups_dir(path: Path) -> Path:
    """Default backups folder: ``backups/`` next to the data file."""
    return Path(path).resolve().parent / "backups"


def copy_to(db: sqlite_utils.Database, dest: Path) -> Path:
    """Write a consistent copy of the open database to ``dest`` (SQLite backup API)."""
    dest = Path(dest)
    dest.parent.mkdir(parents=True, exist_ok=True)
    tmp = dest.with_name(dest.name + ".part")
    target = sqlite3.connect(tmp)
    try:
        db.conn.backup(target)
    finally:
        target.close()
    os.chmod(tmp, 0o600)
    os.replace(tmp, dest)
    return dest


def backup_before(db: sqlite_utils.Database, path: Path, reason: str) -> Path:
    """Back up before a risky step (migration, restore, import); keeps the newest KEEP."""
    stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S-%f")
    folder = backups_dir(path)
    dest = copy_to(db, folder / f"{Path(path).stem}-{stamp}-{reason}.db")
    rotate(folder, Path(path).stem)
    return dest


def daily_backup(db: sqlite_utils.Database, path: Path) -> Path | None:
    """Make today's rotating backup unless one exists; return it (None if already done).

    Uses the wall clock, not the app's ``--today``: backups are about real file history.
    """
    today = dt.date.today()
    folder = backups_dir(path)
    stem = Path(path).stem
    if any(folder.glob(f"{stem}-{today:%Y%m%d}-*daily.db")):
        return None
    return backup_before(db, path, "daily")


def rotate(folder: Path, stem: str, keep: int = KEEP) -> None:
    """Delete all but the newest ``keep`` backups of ``stem`` in ``folder``."""
    files = sorted(folder.glob(f"{stem}-*.db"), key=lambda p: p.name)
    for old in files[:-keep]:
        old.unlink(missing_ok=True)
