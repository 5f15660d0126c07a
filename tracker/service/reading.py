"""The data file opened for one command that only reads it (issue 12): ``payoff``,
``due``, ``product list``, ``simulate --product`` — without SQLite's quick check before
the first read when opening writes nothing to the file, as the GUI opens it before its
first paint (:func:`tracker.service.files.open_or_create`, ``check_later``).

The quick check reads every page of the file (~0.17 s at 1M charges) to find damage; a
read-only command reads only the pages of what is open. The safety is the GUI's:

- Nothing is written before a check. Opening is left unchecked only for a file that
  opening and closing do not write to (ours, this schema, WAL mode, no -wal holding
  changes: :func:`tracker.storage.database.inspect_file`); any other file (one that
  needs a migration, say) is quick-checked first, as always. The commands that use this
  write nothing (no stored cycle, no migration, no backup: tests/core/test_reading.py
  compares the file's bytes before and after), and a write through the store would run
  the full integrity check first all the same (:meth:`Store.transaction`).
- A read that fails — a row that does not decode, SQLite's "database disk image is
  malformed", anything else raised on the way — is damage named as the quick check at
  open would have named it: the quick check runs then (:func:`files.unchecked_damage`)
  and its finding is raised instead, so the CLI says "damaged; restore a backup" and
  exits 2, never a traceback.

What this gives up: damage on a page the command does not read is not reported by it
(the next change, or the GUI's background check, finds it), and a damaged value that
SQLite and our decoding both accept is read as it is — which the quick check does not
find either (it checks the structure of pages, not the values in them).
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from tracker.errors import InputError, NotFoundError, damaged
from tracker.service import files
from tracker.storage import Store


@contextmanager
def reading(path: Path | str) -> Iterator[Store]:
    """The data file at ``path`` open for reading only, then closed (see the module).

    Raises:
        StorageError: as :meth:`Store.open` (missing, not ours, newer, damaged…);
            :class:`DamagedFileError` for a read that failed on a damaged file.
    """
    target = Path(path)
    store = None
    if target.exists() and target.stat().st_size > 0:
        store = Store.open_unless_blank(target, quick_check=False)
    if store is None:  # none, empty or blank: refused with the words opening always had
        store = Store.open(target)
    try:
        yield store
    except (InputError, NotFoundError):
        raise  # a refusal of what was asked, made from rows read whole
    except Exception as exc:
        store.close()
        damage = files.unchecked_damage(store)  # the quick check, now (None: passes)
        if damage is not None:
            try:
                raise damage from exc
            finally:
                del damage
        if _is_damage(exc):  # e.g. in an index, which the quick check skips
            raise damaged(
                "the data file is damaged ({error}); restore a backup", error=exc
            ) from exc
        raise
    finally:
        store.close()


def _is_damage(exc: Exception) -> bool:
    """Whether SQLite's error says the file is damaged (not "locked", say)."""
    if not isinstance(exc, sqlite3.DatabaseError):
        return False
    text = str(exc).lower()
    return not isinstance(exc, sqlite3.OperationalError) or any(
        word in text for word in ("malformed", "corrupt", "not a database")
    )
