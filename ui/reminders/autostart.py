"""Start at login: an XDG autostart entry on Linux that starts the app in the tray.

Windows (a shortcut in the Startup folder or the Run registry key) and macOS (a login
item or a LaunchAgent) are not done: they were not tried, so the setting says so there.
"""

from __future__ import annotations

import os
import shlex
import sys
from pathlib import Path

from tracker.appinfo import APP_ID

FILE_NAME = "debt-tracker.desktop"


def supported() -> bool:
    """Whether start at login is offered on this system (Linux and other XDG systems)."""
    return sys.platform not in ("win32", "darwin")


def entry_path() -> Path:
    """``$XDG_CONFIG_HOME/autostart/debt-tracker.desktop`` (default ``~/.config``)."""
    config = os.environ.get("XDG_CONFIG_HOME") or str(Path.home() / ".config")
    return Path(config) / "autostart" / FILE_NAME


def command(db_path: Path | None = None) -> list[str]:
    """How the session starts the app, hidden in the tray: the bundle's own executable
    when frozen (PyInstaller), else this Python running ``ui.app``."""
    frozen = getattr(sys, "frozen", False)
    argv = [sys.executable, "--hidden"] if frozen else [sys.executable, "-m", "ui.app", "--hidden"]
    if db_path is not None:
        argv += ["--db", str(db_path)]
    return argv


def is_enabled() -> bool:
    return entry_path().exists()


def set_enabled(enabled: bool, db_path: Path | None = None) -> Path:
    """Write or remove the autostart entry; returns its path."""
    path = entry_path()
    if not enabled:
        path.unlink(missing_ok=True)
        return path
    path.parent.mkdir(parents=True, exist_ok=True)
    exec_line = " ".join(shlex.quote(part) for part in command(db_path))
    path.write_text(
        "[Desktop Entry]\n"
        "Type=Application\n"
        "Name=Debt Tracker\n"
        "Comment=Due-date reminders\n"
        f"Exec={exec_line}\n"
        f"Icon={APP_ID}\n"
        "Terminal=false\n"
        "X-GNOME-Autostart-enabled=true\n"
        "X-GNOME-UsesNotifications=true\n",
        encoding="utf-8",
    )
    return path
