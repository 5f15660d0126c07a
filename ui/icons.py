"""The app icon as Qt wants it: one QIcon with every rendered size.

Used by the main window (``setWindowIcon``), the tray and anything else that shows the
app. The files come from ``resources/icons/`` (see :mod:`tracker.desktop`); notifications
take :func:`tracker.desktop.notification_icon` (a name or a file path) instead.
"""

from __future__ import annotations

from PySide6.QtGui import QIcon

from tracker.desktop import ICON_SIZES, icon_file

_cache: list[QIcon] = []


def app_icon() -> QIcon:
    """Debt Tracker's icon at 16–512 px (PNG, so no SVG plugin is needed)."""
    if not _cache:
        icon = QIcon()
        for size in ICON_SIZES:
            icon.addFile(str(icon_file(size)))
        _cache.append(icon)
    return QIcon(_cache[0])
