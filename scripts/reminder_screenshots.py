"""Render the reminder popup and Settings → Reminders, in English and Chinese, as they
look on a 1024×640 and a 1920×1080 screen: docs/screenshots/reminders-*.png.

The demo file with today = 2026-12-01 (four reminders fire at start). Offscreen; the
popup is drawn over the main window where it opens.

    .venv/bin/python scripts/reminder_screenshots.py
"""

from __future__ import annotations

import os
import sys
import tempfile
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ["DBUS_SESSION_BUS_ADDRESS"] = "unix:path=/nonexistent"  # no notifications

from PySide6.QtCore import QCoreApplication, QPoint, QSize  # noqa: E402
from PySide6.QtGui import QPainter  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from ui.app import create_main_window  # noqa: E402
from ui.i18n import apply_language  # noqa: E402

SIZES = ((1024, 640), (1920, 1080))
OUT = ROOT / "docs" / "screenshots"


def main() -> int:
    app = QApplication([sys.argv[0]])
    app.setApplicationName("debt-tracker-screenshots")
    work = Path(tempfile.mkdtemp(prefix="reminder-shots-"))
    os.environ["XDG_CONFIG_HOME"] = str(work / "config")
    OUT.mkdir(parents=True, exist_ok=True)
    for lang in ("en", "zh_CN"):
        for width, height in SIZES:
            db = work / f"{lang}-{width}.db"
            apply_language(lang)
            window = create_main_window(db, date(2026, 12, 1), demo_if_new=True, reminders=True)
            window.resize(width, height)
            window.show()
            popup = window.reminders.popup
            popup.fit_to(QSize(width, height))
            for _ in range(5):
                app.processEvents()
            shot = window.grab()
            painter = QPainter(shot)
            card = popup.grab()
            painter.drawPixmap(
                QPoint((width - card.width()) // 2, (height - card.height()) // 2), card
            )
            painter.end()
            shot.save(str(OUT / f"reminders-popup-{lang}-{width}x{height}.png"))
            popup.hide()
            window.show_page("settings")
            for _ in range(5):
                app.processEvents()
            window.grab().save(str(OUT / f"reminders-settings-{lang}-{width}x{height}.png"))
            window.reminders.quitting = True
            window.close()
            QCoreApplication.processEvents()
    print(f"reminder_screenshots.py: {len(SIZES) * 4} pictures in docs/screenshots/")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
