"""Checking a data file for damage: SQLite's own checks and whole pages on disk."""

from __future__ import annotations

import sqlite3
from pathlib import Path

#: At most this many problems are listed (a badly damaged file has thousands).
MAX_PROBLEMS = 5


def quick_problems(conn: sqlite3.Connection) -> list[str]:
    """``PRAGMA quick_check``: fast, but it skips indexes; [] when it finds nothing."""
    return _problems(conn, "quick_check")


def integrity_problems(conn: sqlite3.Connection) -> list[str]:
    """``PRAGMA integrity_check``: tables *and* indexes; [] when the file is sound."""
    return _problems(conn, "integrity_check")


def _problems(conn: sqlite3.Connection, pragma: str) -> list[str]:
    try:
        rows = conn.execute(f"PRAGMA {pragma}({MAX_PROBLEMS})").fetchall()
    except sqlite3.DatabaseError as exc:
        return [str(exc)]
    found = [str(r[0]) for r in rows]
    return [] if found == ["ok"] else found


def truncation(path: Path, page_size: int) -> str | None:
    """Why the file on disk cannot be whole, or None.

    A database file is always a whole number of pages; one cut short (a copy that
    stopped, a disk that filled) is not, and SQLite's checks may not notice.
    """
    size = Path(path).stat().st_size
    if page_size > 0 and size % page_size:
        return f"the file ends part-way through a page ({size} bytes, pages of {page_size})"
    return None


def live_wal(path: Path) -> bool:
    """Whether ``path`` has a -wal file holding changes (of another connection, or of
    one that ended without a checkpoint): opening the file would checkpoint them into it.
    """
    try:
        return Path(f"{path}-wal").stat().st_size > 0
    except FileNotFoundError:
        return False


def describe(problems: list[str]) -> str:
    """The problems as one line for a message (the first few, then how many more)."""
    # SQLite's own lines may hold newlines ("*** in database main ***\nPage 10: …").
    shown = "; ".join(" ".join(p.split()) for p in problems[:3])
    more = len(problems) - 3
    return shown + (f"; and {more} more" if more > 0 else "")
