"""Backups of a data file: a private folder per file, named by time and kind, rotated per kind.

Each data file ``NAME`` has its own folder ``backups/NAME/`` (0700) next to it; nothing
there can belong to another file, so rotating one never deletes another's backups. A
backup is ``YYYYmmdd-HHMMSS-ffffff-KIND[-REASON].db`` (0600 from its first byte),
written with SQLite's backup API under a hidden ``.part`` name and renamed when whole,
after a full integrity check of the source (a damaged file is never copied over good
backups). Kinds and how many of each are kept: :data:`KEEP`.
"""

from __future__ import annotations

import datetime as dt
import errno
import os
import re
import shutil
import sqlite3
from dataclasses import dataclass
from pathlib import Path

from tracker.errors import StorageError, os_reason, unusable
from tracker.storage import checks

#: Backups kept per kind: one a day, a week, a month; before a risky step; by hand.
KEEP = {"daily": 7, "weekly": 4, "monthly": 12, "before": 10, "manual": 10}
_NAME = re.compile(
    r"(?P<stamp>\d{8}-\d{6}-\d{6})-(?P<kind>daily|weekly|monthly|before|manual)"
    r"(?:-(?P<reason>[a-z0-9-]+))?\.db"
)
_STAMP = "%Y%m%d-%H%M%S-%f"
#: Room left on the disk besides the copy itself (bytes), for SQLite's journal.
_SPARE = 64 * 1024


@dataclass(frozen=True)
class BackupFile:
    """One backup of a data file."""

    path: Path
    taken: dt.datetime
    kind: str
    reason: str
    size: int


def backups_dir(path: Path) -> Path:
    """The folder of ``path``'s backups: ``backups/<file name>/`` next to it."""
    path = Path(path).resolve()
    return path.parent / "backups" / path.name


def list_backups(path: Path) -> list[BackupFile]:
    """Every backup of the data file ``path``, newest first."""
    folder = backups_dir(path)
    found = []
    try:
        entries = list(folder.iterdir())
    except OSError:
        return []
    for entry in entries:
        match = _NAME.fullmatch(entry.name)
        if match is None or not entry.is_file():
            continue
        taken = dt.datetime.strptime(match["stamp"], _STAMP)
        size = entry.stat().st_size
        found.append(BackupFile(entry, taken, match["kind"], match["reason"] or "", size))
    return sorted(found, key=lambda b: (b.taken, b.kind), reverse=True)


def copy_to(conn: sqlite3.Connection, source: Path, dest: Path) -> Path:
    """Write a consistent copy of the open database ``conn`` (the file ``source``) to ``dest``.

    Checks the whole database first; the copy is private from its first byte and appears
    under ``dest`` only when complete. Never overwrites ``dest``.

    Raises:
        StorageError: the database is damaged, ``dest`` exists, the disk is full or the
            copy fails; no ``.part`` file is left behind.
    """
    dest = Path(dest)
    problems = checks.integrity_problems(conn)
    if problems:
        raise unusable(
            "not backed up: {path} is damaged ({problems}); restore a backup instead",
            path=source,
            problems=checks.describe(problems),
        )
    if dest.exists():
        raise unusable("not backed up: {dest} already exists", dest=dest)
    _need_space(conn, dest.parent)
    tmp = dest.with_name(f".{dest.name}.part")
    try:
        _write_private(conn, tmp)
        os.replace(tmp, dest)
    except (OSError, sqlite3.Error) as exc:
        for leftover in (tmp, Path(f"{tmp}-journal")):
            leftover.unlink(missing_ok=True)
        raise _failure(exc, dest.parent) from None
    return dest


def _write_private(conn: sqlite3.Connection, tmp: Path) -> None:
    tmp.unlink(missing_ok=True)  # a .part of ours from a copy that was killed
    os.close(os.open(tmp, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o600))
    target = sqlite3.connect(tmp)
    try:
        conn.backup(target)
    finally:
        target.close()
    fd = os.open(tmp, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _need_space(conn: sqlite3.Connection, folder: Path) -> None:
    pages = conn.execute("PRAGMA page_count").fetchone()[0]
    page_size = conn.execute("PRAGMA page_size").fetchone()[0]
    private_folder(folder)
    free = shutil.disk_usage(folder).free
    if free < pages * page_size + _SPARE:
        raise _no_space(folder)


def _no_space(folder: Path) -> StorageError:
    return unusable(
        "not backed up: not enough free space on the disk holding {folder}", folder=folder
    )


def _failure(exc: BaseException, folder: Path) -> StorageError:
    text = str(exc).lower()
    if getattr(exc, "errno", None) == errno.ENOSPC or "full" in text:
        return _no_space(folder)
    if isinstance(exc, OSError):
        return unusable(
            "not backed up: cannot write in {folder}: {reason}",
            folder=folder,
            reason=os_reason(exc),
        )
    return unusable("not backed up: {error}", error=exc)


def private_folder(folder: Path) -> None:
    """Make ``folder`` (and the ``backups`` folder above it) exist, readable only by us."""
    try:
        for level in (folder.parent, folder):
            level.mkdir(exist_ok=True)
            os.chmod(level, 0o700)  # mkdir's mode is masked by the umask (000 → 0777)
    except OSError as exc:
        raise _failure(exc, folder) from None


def take(
    conn: sqlite3.Connection,
    path: Path,
    kind: str,
    reason: str = "",
    now: dt.datetime | None = None,
) -> Path:
    """Back up the data file ``path`` (open as ``conn``) as ``kind``, then rotate."""
    dest = backups_dir(path) / _name(now or dt.datetime.now(), kind, reason)
    copy_to(conn, path, dest)
    rotate(path)
    return dest


def _name(when: dt.datetime, kind: str, reason: str = "") -> str:
    if kind not in KEEP:
        raise ValueError(f"unknown backup kind {kind}")
    tail = re.sub(r"[^a-z0-9-]+", "-", reason.lower()).strip("-")
    return f"{when.strftime(_STAMP)}-{kind}" + (f"-{tail}" if tail else "") + ".db"


def backup_before(conn: sqlite3.Connection, path: Path, reason: str) -> Path:
    """Back up before a risky step (migration, restore, import)."""
    return take(conn, path, "before", reason)


def daily_backup(
    conn: sqlite3.Connection, path: Path, now: dt.datetime | None = None
) -> Path | None:
    """Take today's backup unless there is one, and this week's and month's likewise.

    The week's and the month's are the day's copy under a second name (a hard link where
    the disk allows, else a copy), so that each kind rotates on its own. Uses the wall
    clock, not the app's ``--today``: backups are about the file's real history.

    Returns:
        The new daily backup, or None when today's existed already.
    """
    now = now or dt.datetime.now()
    have = list_backups(path)
    made: Path | None = None

    def has(kind: str, period: tuple[int, ...]) -> bool:
        return any(b.kind == kind and _period(kind, b.taken) == period for b in have)

    for kind in ("daily", "weekly", "monthly"):
        if has(kind, _period(kind, now)):
            continue
        dest = backups_dir(path) / _name(now, kind)
        if made is None:
            copy_to(conn, path, dest)
        else:
            _second_name(made, dest)
        made = made or dest
    rotate(path)
    return made if made is not None and made.name.endswith("-daily.db") else None


def _period(kind: str, when: dt.datetime) -> tuple[int, ...]:
    if kind == "daily":
        return (when.year, when.month, when.day)
    if kind == "weekly":
        year, week, _day = when.isocalendar()
        return (year, week)
    return (when.year, when.month)


def _second_name(src: Path, dest: Path) -> None:
    try:
        os.link(src, dest)
    except OSError:
        tmp = dest.with_name(f".{dest.name}.part")
        try:
            shutil.copyfile(src, tmp)
            os.chmod(tmp, 0o600)
            os.replace(tmp, dest)
        except OSError as exc:
            tmp.unlink(missing_ok=True)
            raise _failure(exc, dest.parent) from None


def rotate(path: Path) -> None:
    """Delete the oldest backups of ``path`` beyond each kind's count in :data:`KEEP`.

    Only names this module writes, in this file's own folder, are ever considered.
    """
    by_kind: dict[str, list[BackupFile]] = {}
    for b in list_backups(path):  # newest first
        by_kind.setdefault(b.kind, []).append(b)
    for kind, files in by_kind.items():
        for old in files[KEEP[kind] :]:
            old.path.unlink(missing_ok=True)
