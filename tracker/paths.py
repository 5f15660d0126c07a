"""Where the data file lives by default (the same folder Qt's AppDataLocation names)."""

from __future__ import annotations

import os
import sys
from pathlib import Path

APP_NAME = "debt-tracker"
DB_NAME = "debt-tracker.db"


def default_data_dir() -> Path:
    """The platform's application-data folder for this app.

    Linux: ``$XDG_DATA_HOME/debt-tracker`` (``~/.local/share/debt-tracker``); macOS:
    ``~/Library/Application Support/debt-tracker``; Windows: ``%APPDATA%/debt-tracker``.
    """
    if sys.platform == "win32":
        base = Path(os.environ.get("APPDATA", Path.home() / "AppData" / "Roaming"))
    elif sys.platform == "darwin":
        base = Path.home() / "Library" / "Application Support"
    else:
        base = Path(os.environ.get("XDG_DATA_HOME") or Path.home() / ".local" / "share")
    return base / APP_NAME


def default_db_path() -> Path:
    """``DEBT_TRACKER_DB`` if set, else the data file in :func:`default_data_dir`."""
    env = os.environ.get("DEBT_TRACKER_DB")
    return Path(env) if env else default_data_dir() / DB_NAME
