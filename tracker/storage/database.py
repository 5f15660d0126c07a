"""Opening the data file safely: identify it, refuse what we do not understand, migrate.

A file that is not SQLite, is not ours, is damaged or has a newer schema is refused
before anything writes to it. Migrations run in one transaction after a backup.

Longer than 400 lines on purpose: what may be written to a file, and after which check,
is decided here in one sequence (inspect, refuse, open, migrate, create), read as one.
"""

from __future__ import annotations

import os
import shutil
import sqlite3
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from tracker.errors import StorageError, damaged, os_reason, unusable
from tracker.storage import checks
from tracker.storage.backup import backup_before
from tracker.storage.connection import Database
from tracker.storage.schema import APPLICATION_ID, MIGRATIONS, SCHEMA_VERSION

SQLITE_MAGIC = b"SQLite format 3\x00"
#: How long a writer waits for another process's write to finish (milliseconds).
BUSY_TIMEOUT_MS = 10_000


@dataclass(frozen=True)
class Inspection:
    """What :func:`inspect_file` found: the schema version, or a blank SQLite file."""

    version: int
    #: An SQLite file with nothing in it (a set-up that was killed before it began).
    blank: bool = False
    unchecked: bool = False  #: the quick check was left to the caller (quick=False)


@dataclass(frozen=True)
class Opened:
    """An open data file and, when it may not be changed, why."""

    db: Database
    read_only: str | None = None
    #: The schema version the file was upgraded from as it opened (None: not upgraded).
    migrated_from: int | None = None


def inspect_file(path: Path, *, quick: bool = True) -> Inspection:
    """Check an existing file without writing to it.

    ``quick=False`` leaves SQLite's quick check (every page: ~0.2 s at 1M charges) to the
    caller for a file that opening and closing do not write to (ours, this schema, WAL,
    no -wal holding changes); any other file is quick-checked here, as always.

    Raises:
        StorageError: not SQLite, not a Debt Tracker file, from a newer version, or
            unreadable; :class:`DamagedFileError` when damaged (cut short, failing
            SQLite's quick check).
    """
    try:
        with path.open("rb") as fh:
            header = fh.read(100)
    except OSError as exc:
        raise unusable("cannot read {path}: {reason}", path=path, reason=os_reason(exc)) from None
    if header[: len(SQLITE_MAGIC)] != SQLITE_MAGIC:
        raise unusable(
            "{path} is not a Debt Tracker data file (not an SQLite database)", path=path
        )
    if len(header) < 100:
        raise damaged("{path} is damaged (it is cut short); restore a backup", path=path)
    if header[18] > 2 or header[19] > 2:
        raise unusable(
            "{path} was written in a newer SQLite file format ({version}) than this app can "
            "change; it was left unchanged",
            path=path,
            version=max(header[18], header[19]),
        )
    wal = header[18] == 2 and header[19] == 2 and not checks.live_wal(path)
    page_size = int.from_bytes(header[16:18], "big")
    cut = checks.truncation(path, 65536 if page_size == 1 else page_size)
    if cut:
        raise damaged("{path} is damaged ({problems}); restore a backup", path=path, problems=cut)
    try:
        conn = sqlite3.connect(read_only_uri(path), uri=True)
        try:
            app_id = conn.execute("PRAGMA application_id").fetchone()[0]
            version = conn.execute("PRAGMA user_version").fetchone()[0]
            tables = conn.execute("SELECT count(*) FROM sqlite_master").fetchone()[0]
            ours = conn.execute(
                "SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = 'products'"
            ).fetchone()[0]
            plain = app_id == APPLICATION_ID and version == SCHEMA_VERSION and wal
            problems = checks.quick_problems(conn) if quick or not plain else []
        finally:
            conn.close()
    except sqlite3.DatabaseError as exc:
        raise damaged(
            "{path} is damaged ({problems}); restore a backup", path=path, problems=exc
        ) from None
    if problems:
        raise damaged(
            "{path} is damaged ({problems}); restore a backup",
            path=path,
            problems=checks.describe(problems),
        )
    if app_id == 0 and version == 0 and tables == 0:
        return Inspection(0, blank=True)
    if app_id != APPLICATION_ID:
        if version == 0 and tables:
            raise unusable(
                "{path} is not a Debt Tracker data file: it holds tables but not our mark "
                "(another program's database, or a set-up that did not finish); it was left "
                "unchanged",
                path=path,
            )
        raise unusable("{path} is an SQLite file but not a Debt Tracker data file", path=path)
    if version == 0 and ours:
        raise unusable(
            "{path} holds Debt Tracker tables but no schema version (user_version 0): it was "
            "not made by this app as it is; it was left unchanged (restore a backup)",
            path=path,
        )
    if version > SCHEMA_VERSION:
        raise unusable(
            "{path} was written by a newer Debt Tracker (schema {version}; this version "
            "understands up to {known}); please upgrade the app",
            path=path,
            version=version,
            known=SCHEMA_VERSION,
        )
    return Inspection(int(version), unchecked=not quick and plain)


def read_only_uri(path: Path) -> str:
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


def read_only_reason(path: Path) -> str | None:
    """Why ``path`` cannot be changed here (file or folder read-only), or None.

    A file or folder without any write permission counts as read-only even for a user
    who could override that (root): the owner said so.
    """
    path = Path(path)
    folder = path.resolve().parent
    if not os.access(path, os.W_OK) or not path.stat().st_mode & 0o222:
        return "the file is read-only"
    if not os.access(folder, os.W_OK) or not folder.stat().st_mode & 0o222:
        return "its folder is read-only"
    return None


def connect(path: Path, *, create: bool = False, found: Inspection | None = None) -> Opened:
    """Open (or create) the data file and bring its schema up to date.

    Args:
        path: the data file.
        create: create a new file (mode 0600) when none exists (see :func:`create_file`).
        found: what :func:`inspect_file` found of ``path`` just before, so that it is not
            inspected twice (its quick check reads the whole file: ~0.2 s at 1M charges).

    Returns:
        The database in WAL mode with foreign keys on; or, for a file or folder that is
        read-only, a read-only connection and the reason.

    Raises:
        StorageError: see :func:`inspect_file`; or no file and ``create`` is False.
    """
    path = Path(path)
    if path.exists() and path.stat().st_size > 0:
        found = found or inspect_file(path)
        if found.blank and create:
            create_file(path)
            return Opened(_open(path))
        if found.blank:
            raise unusable(
                "{path} is not set up yet (an earlier set-up did not finish): run `init`",
                path=path,
            )
        version = found.version
    elif create:
        create_file(path)
        return Opened(_open(path))
    elif path.exists():
        raise unusable("{path} is empty: not set up yet (run `init` to initialise it)", path=path)
    else:
        raise unusable("{path} does not exist (run `init` to create it)", path=path)
    reason = read_only_reason(path)
    if reason:
        if version < SCHEMA_VERSION:
            raise unusable(
                "{path} needs an upgrade to be used by this version, but {reason}",
                path=path,
                reason=reason,
            )
        return Opened(open_read_only(path), reason)
    _make_private(path)
    db = _open(path)
    if version < SCHEMA_VERSION:
        if version > 0:
            backup_before(db.conn, path, f"v{version}-migration")
        _migrate(db, version)
        return Opened(db, migrated_from=version)
    return Opened(db)


def create_file(path: Path, fill: Callable[[Database, Path], None] | None = None) -> None:
    """Make a new data file at ``path``: under a temporary name, renamed only when complete.

    A set-up that is killed or fails leaves no file at ``path`` (only a hidden temporary
    one, removed by the next attempt). ``fill(db, temp_path)`` may add rows (demo data)
    before the rename. Replaces an empty or blank file at ``path``, never anything else.

    Raises:
        StorageError: the file cannot be made there, or something else appeared at
            ``path`` meanwhile.
    """
    path = Path(path)
    folder = path.resolve().parent
    try:
        folder.mkdir(parents=True, exist_ok=True)
        _remove_stale_setups(folder, path.name)
        tmp = folder / f".{path.name}.init-{os.getpid()}.tmp"
        os.close(os.open(tmp, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o600))
    except OSError as e:
        raise unusable("cannot create {path}: {reason}", path=path, reason=os_reason(e)) from None
    try:
        db = _open(tmp)
        try:
            _migrate(db, 0)
            if fill is not None:
                fill(db, tmp)
        finally:
            db.close()  # the last connection: checkpoints the WAL into the file
        fsync(tmp)
        _move_into_place(tmp, path)
    except BaseException:
        for leftover in (tmp, Path(f"{tmp}-wal"), Path(f"{tmp}-shm")):
            leftover.unlink(missing_ok=True)
        raise


def _remove_stale_setups(folder: Path, name: str) -> None:
    prefix = f".{name}.init-"
    for entry in folder.iterdir():
        if entry.name.startswith(prefix) and entry.name.endswith((".tmp", ".tmp-wal", ".tmp-shm")):
            pid = entry.name[len(prefix) :].split(".", 1)[0]
            if not (pid.isdigit() and _alive(int(pid))):
                entry.unlink(missing_ok=True)


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return pid != os.getpid()  # our own pid: left by an earlier attempt of this process


def _move_into_place(tmp: Path, path: Path) -> None:
    """``tmp`` → ``path`` atomically; replaces only an empty or blank file."""
    try:
        if path.exists():
            if path.stat().st_size > 0 and not inspect_file(path).blank:
                raise unusable("{path} already exists; it was left unchanged", path=path)
            os.replace(tmp, path)
        else:
            os.link(tmp, path)  # fails if another set-up got there first
            tmp.unlink()
    except FileExistsError:
        raise unusable("{path} already exists; it was left unchanged", path=path) from None
    except OSError as e:
        raise unusable("cannot create {path}: {reason}", path=path, reason=os_reason(e)) from None
    fsync(path.resolve().parent)


def fsync(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _make_private(path: Path) -> None:
    """Tighten a data file others may read (0644 from another tool or an old version)."""
    try:
        if path.stat().st_mode & 0o077:
            os.chmod(path, 0o600)
    except OSError:
        pass  # not our file to change (another owner): it still opens


def _open(path: Path) -> Database:
    try:
        conn = sqlite3.connect(
            path, timeout=BUSY_TIMEOUT_MS / 1000, isolation_level=None, check_same_thread=False
        )
        conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        conn.execute("PRAGMA foreign_keys = ON")
        mode = conn.execute("PRAGMA journal_mode = WAL").fetchone()[0]
        conn.execute("PRAGMA synchronous = FULL")
    except sqlite3.DatabaseError as exc:
        raise unusable("cannot open {path}: {error}", path=path, error=exc) from None
    if str(mode).lower() != "wal":
        raise unusable("cannot switch {path} to WAL mode (got {mode})", path=path, mode=mode)
    return Database(conn)


def open_read_only(path: Path) -> Database:
    """A read-only connection that creates nothing beside the file (see _read_only_uri)."""
    try:
        conn = sqlite3.connect(
            read_only_uri(path), uri=True, isolation_level=None, check_same_thread=False
        )
        conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
    except sqlite3.DatabaseError as exc:
        raise unusable("cannot open {path}: {error}", path=path, error=exc) from None
    return Database(conn)


def _migrate(db: Database, version: int) -> None:
    """Apply every missing migration in one transaction, then stamp the version."""
    try:
        with write_transaction(db.conn):
            for script in MIGRATIONS[version:]:
                for statement in _statements(script):
                    db.execute(statement)
            db.execute(f"PRAGMA application_id = {APPLICATION_ID}")
            db.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")
    except sqlite3.DatabaseError as exc:
        raise unusable("could not upgrade the data file: {error}", error=exc) from None


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
    if "full" in text or ("i/o error" in text and _nearly_full(path)):
        return unusable(
            "not saved: the disk holding {path} is full; free some space and try again",
            path=path,
        )
    if "readonly" in text or "read-only" in text:
        return unusable("not saved: {path} is read-only", path=path)
    return unusable("not saved: {error}", error=exc)


def _nearly_full(path: Path) -> bool:
    """SQLite may report a full disk as a plain "disk I/O error": check the disk."""
    try:
        return shutil.disk_usage(Path(path).resolve().parent).free < 64 * 1024
    except OSError:
        return False
