"""Use cases about the data file itself: open another, create a new one, back it up."""

from __future__ import annotations

import contextlib
import datetime as dt
import os
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

from tracker.errors import DamagedFileError, StorageError, TrackerError, refuse
from tracker.storage import Store, database
from tracker.storage import backup as backup_mod

#: How many backups of each kind are kept (older ones of that kind are deleted).
BACKUPS_KEPT = dict(backup_mod.KEEP)


def open_store(path: Path | str, *, create: bool = False) -> Store:
    """Open the data file (refusing foreign, damaged or newer files); ``create`` makes a
    new one when none is there."""
    return Store.open(path, create=create)


@contextmanager
def opened(path: Path | str) -> Iterator[Store]:
    """The data file open for one piece of work (e.g. in a worker thread), then closed."""
    store = Store.open(path)
    try:
        yield store
    finally:
        store.close()


def open_data_file(path: Path | str) -> Store:
    """Open an existing data file.

    Raises:
        StorageError: the file is missing, not SQLite, not ours, damaged or newer; the
            file is left untouched.
    """
    return Store.open(path)


def create_data_file(path: Path | str) -> Store:
    """Create a new, empty data file at ``path``.

    Raises:
        InputError: something non-empty is already at ``path`` (it is never overwritten;
            open it instead).
        StorageError: the file cannot be created there.
    """
    target = Path(path)
    if target.exists() and target.stat().st_size > 0:
        raise refuse("{target} already exists; open it instead of creating it", target=target)
    return Store.open(target, create=True)


def is_new(path: Path | str) -> bool:
    """Whether :func:`open_or_create` would make a new data file at ``path``: none is there,
    an empty one, or a blank SQLite file (a set-up that never ran: no tables). A file that
    cannot be used (not SQLite, damaged…) is not new: opening it says why."""
    target = Path(path)
    if not target.exists() or target.stat().st_size == 0:
        return True
    try:
        return Store.is_blank(target, quick_check=False)  # no read of every page
    except (StorageError, OSError):
        return False


def open_or_create(
    path: Path | str, fill: Callable[[Store], None] | None = None, *, check_later: bool = False
) -> Store:
    """Open the data file; when there is none yet, create it with ``fill(store)`` in it.

    A new file appears only when complete (``fill`` included, in one transaction): a
    first start that is killed half-way leaves no file behind.

    ``check_later``: leave SQLite's quick check of a file that opening does not write to
    for the caller's background check (the GUI's, after its first paint; the quick check
    reads every page, ~0.2 s at 1M charges). A file that needs a migration (or is not
    ours, or not yet in WAL mode) is still checked before anything touches it, and the
    first change runs the full check first (:meth:`Store.transaction`). A read that
    fails before the check: :func:`unchecked_damage`.
    """
    target = Path(path)
    if target.exists() and target.stat().st_size > 0:
        # One quick check, not two (or none yet, with check_later).
        store = Store.open_unless_blank(target, quick_check=not check_later)
        if store is not None:
            return store
    return Store.create(target, fill)


def unchecked_damage(store: Store) -> DamagedFileError | None:
    """For a file opened with ``check_later`` whose first reads failed before any check
    (``store`` may be closed by then): the damage SQLite's quick check finds in it, as
    the error opening it with the check would have raised. None when the check passes,
    or when it was not left out (the failure is not damage it can name).
    """
    if not store.quick_check_skipped or store.checked:
        return None
    try:
        database.inspect_file(store.path)
    except DamagedFileError as exc:
        return exc
    except TrackerError:
        return None  # not damage (unreadable now, …): the original failure stands
    return None


def close_store(store: Store) -> None:
    """Close the data file (the window is going away, or another file was opened)."""
    store.close()


def data_path(store: Store) -> Path:
    """The open data file's path."""
    return store.path


def daily_backup(store: Store) -> Path | None:
    """Today's backup of the open data file, if none was taken yet today (None then)."""
    return store.daily_backup()


def backups_folder(store: Store) -> Path:
    """Where the backups of the open data file go (``backups/<file name>/`` next to it)."""
    return backup_mod.backups_dir(store.path)


def back_up_now(store: Store, now: dt.datetime | None = None) -> Path:
    """Copy the open data file into its backups folder now; returns the new file.

    The copy is consistent even while the app writes (SQLite backup API), and is made
    only from a file that passes a full integrity check. Manual copies are named
    ``<YYYYmmdd-HHMMSS-ffffff>-manual.db``; the newest 10 are kept.

    Args:
        store: the open data file.
        now: the wall-clock time for the name (default: now; backups record real time,
            not the app's ``--today``).

    Raises:
        StorageError: the file is damaged, or the copy could not be written (disk full…).
    """
    return backup_mod.take(store.db.conn, store.path, "manual", now=now)


def refuse_own_files(store: Store, target: Path, given: Path) -> None:
    """Refuse writing an export to the data file itself or its -wal/-shm/-journal (also
    through a symlink or a hard link): an export must never overwrite the record.

    Raises:
        InputError: naming ``given`` as the user typed it.
    """
    data = Path(os.path.realpath(store.path))
    for own in (data, Path(f"{data}-wal"), Path(f"{data}-shm"), Path(f"{data}-journal")):
        same = target == own
        with contextlib.suppress(OSError):
            same = same or (target.exists() and own.exists() and os.path.samefile(target, own))
        if same:
            raise refuse(
                "{given} is the data file (or its -wal/-shm); choose another file", given=given
            )
