"""What Help → About shows: the app's version and the open data file's path and schema."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from tracker.appinfo import APP_ID, VERSION
from tracker.storage import SCHEMA_VERSION, Store


@dataclass(frozen=True)
class AboutInfo:
    """The facts About shows (everything a bug report needs to start with)."""

    version: str
    app_id: str
    data_file: Path
    #: The open file's ``PRAGMA user_version`` (equal to :attr:`schema_supported` once
    #: the file is open: opening migrates it).
    schema_version: int
    #: The newest schema this version of the app understands.
    schema_supported: int


def about(store: Store) -> AboutInfo:
    """The version, the open data file's absolute path and the schema version it is at."""
    version = int(store.db.execute("PRAGMA user_version").fetchone()[0])
    return AboutInfo(
        version=VERSION,
        app_id=APP_ID,
        data_file=store.path.resolve(),
        schema_version=version,
        schema_supported=SCHEMA_VERSION,
    )
