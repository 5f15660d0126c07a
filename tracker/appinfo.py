"""Who the app is to the operating system: its id, display name and version.

Defined once here and used everywhere the desktop needs them to match: the Linux
desktop entry's file name and ``QGuiApplication.setDesktopFileName``, the hicolor icon
name, the AppStream component id, the notifications' ``desktop-entry`` hint, the
Windows AppUserModelID and the macOS bundle identifier.
"""

from __future__ import annotations

from tracker import __version__

#: Reverse-DNS application id (freedesktop.org / AppStream / Flatpak style).
APP_ID = "io.github.debttracker.DebtTracker"
#: The name people see (menus, About, window title in English).
DISPLAY_NAME = "Debt Tracker"
#: The installed commands (pyproject.toml [project.scripts] / [project.gui-scripts]).
GUI_COMMAND = "debt-tracker"
CLI_COMMAND = "debt-tracker-cli"
VERSION = __version__
#: The day :data:`VERSION` was released (AppStream ``<release date>``); change it with
#: ``tracker.__version__``.
RELEASE_DATE = "2026-12-01"
#: The project's home (its GitHub name matches the reverse-DNS id io.github.debttracker).
HOMEPAGE = "https://github.com/debttracker/debt-tracker"
