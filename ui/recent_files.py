"""The data files the user chose (Settings → open / new, File → Open recent), remembered
in QSettings: the last one is reopened at the next start; up to :data:`MAX_RECENT` are
offered under File → Open recent, a missing one shown disabled."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QSettings, Slot
from PySide6.QtWidgets import QMenu, QWidget

#: QSettings keys: the file open when the app last chose one, and the recent list.
LAST_FILE_KEY = "data_file/last"
RECENT_KEY = "data_file/recent"
MAX_RECENT = 8


def remember(settings: QSettings, path: Path | str) -> None:
    """``path`` is the data file now: reopen it next time, first in the recent list."""
    chosen = str(Path(path).resolve())
    settings.setValue(LAST_FILE_KEY, chosen)
    others = [p for p in recent_names(settings) if p != chosen]
    settings.setValue(RECENT_KEY, [chosen, *others][:MAX_RECENT])


def recent_names(settings: QSettings) -> list[str]:
    """The remembered files, newest first (missing ones too)."""
    value = settings.value(RECENT_KEY, [])
    if isinstance(value, str):  # QSettings gives a one-item list back as a str
        value = [value]
    return [str(v) for v in value or [] if str(v)][:MAX_RECENT]


def last_file(settings: QSettings) -> Path | None:
    """The file to reopen at start: the last one chosen, if it still exists."""
    name = str(settings.value(LAST_FILE_KEY, "") or "")
    return Path(name) if name and Path(name).is_file() else None


class RecentFilesMenu(QMenu):
    """File → Open recent: rebuilt each time it opens; ``open_file(name)`` switches."""

    def __init__(
        self,
        settings: QSettings,
        current: Callable[[], Path],
        open_file: Callable[[str], object],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("recentFilesMenu")
        self._settings = settings
        self._current = current
        self._open = open_file
        self.aboutToShow.connect(self.rebuild)
        self.retranslate()
        self.rebuild()

    def retranslate(self) -> None:
        self.setTitle(self.tr("Open &recent"))

    @Slot()
    def rebuild(self) -> None:
        self.clear()
        names = recent_names(self._settings)
        current = str(self._current().resolve())
        for n, name in enumerate(names, start=1):
            action = self.addAction(f"&{n}  {name}")
            action.setObjectName(f"recentFile{n}")
            action.setData(name)
            exists = Path(name).is_file()
            action.setEnabled(exists and name != current)
            if not exists:
                action.setText(self.tr("&{n}  {name} (missing)").format(n=n, name=name))
            action.triggered.connect(lambda _=False, f=name: self._open(f))
        if not names:
            empty = self.addAction(self.tr("No recent files"))
            empty.setEnabled(False)
