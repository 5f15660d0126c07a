"""Use cases about backups: take one, list them with their health, restore one.

These work on the data file's path, not on an open Store: a damaged file cannot be
opened, and it is exactly then that the user needs the list and ``restore``.
"""

from __future__ import annotations

import datetime as dt
import os
import shutil
import sqlite3
from dataclasses import dataclass
from pathlib import Path

from tracker.bounds import shown
from tracker.errors import TrackerError, os_reason, unusable
from tracker.storage import Store, checks, database
from tracker.storage import backup as backup_mod
from tracker.storage.backup import BackupFile

__all__ = ["BackupFile", "BackupHealth", "Restored", "Upkeep"]


@dataclass(frozen=True)
class BackupHealth:
    """A backup and what a full check of it found ([] = good)."""

    backup: BackupFile
    problems: list[str]

    @property
    def good(self) -> bool:
        return not self.problems


@dataclass(frozen=True)
class Restored:
    """What :func:`restore` did."""

    path: Path
    source: Path
    #: The backup of the replaced file (when it was sound), or None.
    previous: Path | None
    #: Where the replaced file was kept when it was damaged, or None.
    kept_aside: Path | None


def check_file(path: Path) -> list[str]:
    """Every problem a full check finds in the data file (or backup) ``path``; [] = good.

    Reads only: header, SQLite's integrity check (tables and indexes) and every row.
    """
    try:
        store = Store.open_read_only(path)
    except TrackerError as exc:
        return [str(exc)]
    try:
        return store.check_integrity()
    finally:
        store.close()


def list_backups(path: Path, check: bool = True) -> list[BackupHealth]:
    """The backups of ``path``, newest first, each with what a full check found."""
    return [
        BackupHealth(b, check_file(b.path) if check else [])
        for b in backup_mod.list_backups(Path(path))
    ]


def newest_good_backup(path: Path) -> BackupFile | None:
    """The newest backup of ``path`` that passes the full check, or None."""
    for b in backup_mod.list_backups(Path(path)):
        if not check_file(b.path):
            return b
    return None


def back_up(path: Path, dest: Path | None = None) -> Path:
    """Back up the data file ``path`` now: into its backups folder, or to ``dest``.

    Raises:
        StorageError: the file is damaged or unusable, ``dest`` exists, the disk is full.
    """
    store = Store.open_read_only(path, "backing it up")
    try:
        if dest is None:
            return backup_mod.take(store.db.conn, store.path, "manual")
        return backup_mod.copy_to(store.db.conn, store.path, Path(dest))
    finally:
        store.close()


def find_backup(path: Path, name: str) -> Path:
    """``name`` as given (a file), or the backup of ``path`` with that file name."""
    given = Path(name)
    own = backup_mod.backups_dir(Path(path)) / name
    for candidate in (given, own):
        try:
            if candidate.is_file():
                return candidate
        except OSError:  # a name too long for the file system, …
            break
    raise unusable("no backup {name} (see `backups` for the list)", name=shown(name))


def restore(path: Path, source: Path, now: dt.datetime | None = None) -> Restored:
    """Replace the data file ``path`` by the backup ``source``, keeping what it replaces.

    The backup is checked first (a bad one is refused, nothing changes). A sound current
    file is backed up ("before-restore"); a damaged one is kept aside, next to it, as
    ``NAME.damaged-YYYYmmdd-HHMMSS``. The swap is one rename: the data file is always
    either the old file or the whole backup. Nothing may have the file open.

    Raises:
        StorageError: the backup is not good, the file is read-only, or the copy failed.
    """
    path, source = Path(path), Path(source)
    problems = check_file(source)
    if problems:
        raise unusable(
            "not restored: {source} is not a good backup ({problems})",
            source=source,
            problems=checks.describe(problems),
        )
    now = now or dt.datetime.now()
    previous = kept = None
    if path.exists() and path.stat().st_size > 0:
        reason = database.read_only_reason(path)
        if reason:
            raise unusable(
                "not restored: {path} cannot be replaced ({reason})", path=path, reason=reason
            )
        if check_file(path):
            kept = _keep_aside(path, now)
        else:
            previous = back_up_before_restore(path)
    _swap_in(source, path)
    Store.open(path).close()  # it opens as a data file again
    return Restored(path, source, previous, kept)


def back_up_before_restore(path: Path) -> Path:
    store = Store.open_read_only(path, "backing it up")
    try:
        return backup_mod.backup_before(store.db.conn, path, "restore")
    finally:
        store.close()


def _keep_aside(path: Path, now: dt.datetime) -> Path:
    aside = path.with_name(f"{path.name}.damaged-{now:%Y%m%d-%H%M%S}")
    try:
        for suffix in ("", "-wal"):
            src = Path(f"{path}{suffix}")
            if src.exists():
                shutil.copy2(src, Path(f"{aside}{suffix}"))
                os.chmod(Path(f"{aside}{suffix}"), 0o600)
    except OSError as exc:
        raise unusable(
            "not restored: cannot keep the damaged file aside as {aside}: {reason}",
            aside=aside,
            reason=os_reason(exc),
        ) from None
    return aside


def _swap_in(source: Path, path: Path) -> None:
    tmp = path.resolve().parent / f".{path.name}.restore-{os.getpid()}.tmp"
    try:
        tmp.unlink(missing_ok=True)
        os.close(os.open(tmp, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o600))
        src = sqlite3.connect(database.read_only_uri(source), uri=True)
        target = sqlite3.connect(tmp)
        try:
            src.backup(target)
        finally:
            target.close()
            src.close()
        database.fsync(tmp)
        for side in ("-wal", "-shm"):  # the replaced file's: they must not meet the new one
            Path(f"{path}{side}").unlink(missing_ok=True)
        os.replace(tmp, path)
        database.fsync(path.resolve().parent)
    except (OSError, sqlite3.Error) as exc:
        tmp.unlink(missing_ok=True)
        raise unusable("not restored: {error}", error=exc) from None


@dataclass(frozen=True)
class Upkeep:
    """What the background check found, and the day's backup it took (or why not)."""

    problems: list[str]
    backup: Path | None
    backup_error: TrackerError | None


def upkeep(path: Path, now: dt.datetime | None = None) -> Upkeep:
    """The full check of ``path``, then the day's backup if it is sound (for a worker).

    Uses connections of its own, so it may run in another thread than the app's Store.
    """
    problems = check_file(Path(path))
    if problems:
        return Upkeep(problems, None, None)
    try:
        store = Store.open_read_only(path, "backing it up")
        try:
            made = backup_mod.daily_backup(store.db.conn, Path(path), now)
        finally:
            store.close()
    except TrackerError as exc:
        return Upkeep([], None, exc)
    return Upkeep([], made, None)


def record_check(store: Store, problems: list[str]) -> None:
    """Tell the open file what a check made elsewhere found (damage stops every write)."""
    store.record_check(problems)


def damage(store: Store) -> str | None:
    """What is known to be damaged in the open file, or None."""
    return store.damage


def read_only_reason(store: Store) -> str | None:
    """Why the open file may not be changed (it or its folder is read-only), or None."""
    return store.read_only


def restore_open(store: Store, source: Path) -> tuple[Store, Restored | TrackerError]:
    """Restore the open data file from ``source``; return it opened again, and the outcome.

    ``source`` is checked while ``store`` is still open (a bad backup changes nothing);
    then ``store`` is closed (nothing may hold the file during the swap) and the file is
    opened again, restored — or, when the swap failed, as it was, with the error.
    """
    problems = check_file(Path(source))
    if problems:
        raise unusable(
            "not restored: {source} is not a good backup ({problems})",
            source=source,
            problems=checks.describe(problems),
        )
    path = store.path
    store.close()
    try:
        outcome: Restored | TrackerError = restore(path, Path(source))
    except TrackerError as exc:
        outcome = exc
    return Store.open(path), outcome
