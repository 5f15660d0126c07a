"""Opening the data file safely: identify it, refuse what we do not understand, migrate.

A file that is not SQLite, is not ours, is damaged or has a newer schema is refused
before anything writes to it. Migrations run in one transaction after a backup.
"""

from __future__ import annotations

import os
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import sqlite_utils

from tracker.errors import StorageError, unusable
from tracker.storage.backup import backup_before
from tracker.storage.schema import APPLICATION_ID, MIGRATIONS, SCHEMA_VERSION

SQLITE_MAGIC = b"SQLite format 3\x00"
#: How long a writer waits for another process's write to finish (milliseconds).
BUSY_TIMEOUT_MS = 10_000


def inspect_file(path: Path) -> int:
    """Check an existing file without writing to it; return its schema version.

    Raises:
        StorageError: not SQLite, not a Debt Tracker file, damaged, or newer schema.
    """
    try:
        with path.open("rb") as fh:
            header = fh.read(len(SQLITE_MAGIC))
    except OSError as exc:
        raise StorageError(f"cannot read {path}: {exc.strerror}") from None
    if header != SQLITE_MAGIC:
        raise StorageError(f"{path} is not a Debt Tracker data file (not an SQLite database)")
    try:
        conn = sqlite3.connect(_read_only_uri(path), uri=True)
        try:
            app_id = conn.execute("PRAGMA application_id").fetchone()[0]
            version = conn.execute("PRAGMA user_version").fetchone()[0]
            check = conn.execute("PRAGMA quick_check").fetchone()[0]
        finally:
            conn.close()
    except sqlite3.DatabaseError as exc:
        raise StorageError(f"{path} is damaged or unreadable: {exc}") from None
    if app_id != APPLICATION_ID:
        raise StorageError(f"{path} is an SQLite file but not a Debt Tracker data file")
    if check != "ok":
        raise StorageError(f"{path} is damaged ({check}); restore a backup")
    if version > SCHEMA_VERSION:
        raise StorageError(
            f"{path} was written by a newer Debt Tracker (schema {version}; this version "
            f"understands up to {SCHEMA_VERSION}); please upgrade the app"
        )
    return int(version)


def _read_only_uri(path: Path) -> str:
    """A URI that reads ``path`` without creating anything beside it.

    ``mode=ro`` alone still makes -wal/-shm files for a WAL-mode file, even one we then
    refuse. ``immutable=1`` reads the file as it is, with no locks and no side files;
    it is used only when there is no -wal file, i.e. no connection has changes that the
    main file does not hold yet (a live WAL must be read through, so plain ``mode=ro``).
    """
    uri = f"{path.resolve().as_uri()}?mode=ro"
    if not Path(f"{path}-wal").exists():
        uri += "&immutable=1"
    return uri


def connect(path: Path, *, create: bool = False) -> sqlite_utils.Database:
    """Open (or create) the data file and bring its schema up to date.

    Args:
        path: the data file.
        create: create a new file (mode 0600) when none exists.

    Returns:
        A sqlite-utils Database in WAL mode with foreign keys on.

    Raises:
        StorageError: see :func:`inspect_file`; or no file and ``create`` is False.
    """
    path = Path(path)
    if path.exists() and path.stat().st_size > 0:
        version = inspect_file(path)
    elif create:
        _create_empty(path)
        version = 0
    elif path.exists():
        raise StorageError(f"{path} is empty: not set up yet (run `init` to initialise it)")
    else:
        raise StorageError(f"{path} does not exist (run `init` to create it)")
    db = _open(path)
    if version < SCHEMA_VERSION:
        if version > 0:
            backup_before(db.conn, path, f"v{version}-migration")
        _migrate(db, version)
    return db


def _create_empty(path: Path) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    try:
        fd = os.open(path, os.O_CREAT | os.O_WRONLY | os.O_TRUNC, 0o600)
        try:
            # O_CREAT's mode applies only to a new file; an existing empty one (e.g.
            # made by `touch`) must become private too.
            os.fchmod(fd, 0o600)
        finally:
            os.close(fd)
    except OSError as exc:
        raise StorageError(f"cannot create {path}: {exc.strerror}") from None


def _open(path: Path) -> sqlite_utils.Database:
    try:
        conn = sqlite3.connect(
            path, timeout=BUSY_TIMEOUT_MS / 1000, isolation_level=None, check_same_thread=False
        )
        conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        conn.execute("PRAGMA foreign_keys = ON")
        mode = conn.execute("PRAGMA journal_mode = WAL").fetchone()[0]
        conn.execute("PRAGMA synchronous = FULL")
    except sqlite3.DatabaseError as exc:
        raise StorageError(f"cannot open {path}: {exc}") from None
    if str(mode).lower() != "wal":
        raise StorageError(f"cannot switch {path} to WAL mode (got {mode})")
    return sqlite_utils.Database(conn, execute_plugins=False)


def _migrate(db: sqlite_utils.Database, version: int) -> None:
    """Apply every missing migration in one transaction, then stamp the version."""
    try:
        with write_transaction(db.conn):
            for script in MIGRATIONS[version:]:
                for statement in _statements(script):
                    db.execute(statement)
            db.execute(f"PRAGMA application_id = {APPLICATION_ID}")
            db.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")
    except sqlite3.DatabaseError as exc:
        raise StorageError(f"could not upgrade the data file: {exc}") from None


def _statements(script: str) -> list[str]:
    # executescript() would COMMIT the open transaction, so split and run one by one.
    parts, buf = [], ""
    for line in script.splitlines(keepends=True):
        buf += line.split("--", 1)[0] + ("\n" if "--" in line else "")
        if sqlite3.complete_statement(buf):
            parts.append(buf.strip())
            buf = ""
    return [p for p in parts if p]


@contextmanager
def write_transaction(conn: sqlite3.Connection) -> Iterator[None]:
    """One transaction that will write: ``BEGIN IMMEDIATE`` … ``COMMIT`` (or ROLLBACK).

    IMMEDIATE takes the write lock at the start, waiting up to the busy timeout for
    another writer. A deferred ``BEGIN`` that reads first and then writes cannot wait:
    SQLite fails its upgrade at once with "database is locked" (TESTING.md § SQLite).
    Nested use is a savepoint inside the outer transaction.
    """
    if conn.in_transaction:
        conn.execute("SAVEPOINT nested")
        try:
            yield
        except BaseException:
            if conn.in_transaction:
                conn.execute("ROLLBACK TO SAVEPOINT nested")
                conn.execute("RELEASE SAVEPOINT nested")
            raise
        conn.execute("RELEASE SAVEPOINT nested")
        return
    conn.execute("BEGIN IMMEDIATE")
    try:
        yield
    except BaseException:
        if conn.in_transaction:
            conn.execute("ROLLBACK")
        raise
    conn.execute("COMMIT")


def write_failure(exc: sqlite3.OperationalError, path: Path) -> StorageError:
    """What a user is told when SQLite could not save a change (nothing was saved)."""
    text = str(exc).lower()
    if "locked" in text or "busy" in text:
        return unusable("another copy of Debt Tracker is saving; try again")
    if "full" in text:
        return unusable(
            "not saved: the disk holding {path} is full; free some space and try again",
            path=path,
        )
    if "readonly" in text or "read-only" in text:
        return unusable("not saved: {path} is read-only", path=path)
    return unusable("not saved: {error}", error=exc)
