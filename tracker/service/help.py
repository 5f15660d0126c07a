"""What Help → Help shows about the files: where the data file and its backups live."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from tracker.paths import default_db_path
from tracker.storage import Store
from tracker.storage.backup import KEEP, backups_dir


@dataclass(frozen=True)
class FileFacts:
    """Paths the help page names (absolute).

    Attributes:
        data_file: the file open now.
        backups: the folder its automatic copies go to (daily, and before migrations).
        kept: how many backups of each kind are kept (daily, weekly, monthly, …).
        default_file: where a new install keeps its data (``DEBT_TRACKER_DB`` if set).
    """

    data_file: Path
    backups: Path
    kept: dict[str, int]
    default_file: Path


def file_facts(store: Store) -> FileFacts:
    """The open data file, its backups folder and the default data file's path."""
    path = store.path.resolve()
    return FileFacts(path, backups_dir(path), dict(KEEP), default_db_path().resolve())
