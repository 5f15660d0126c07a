"""Render the Negotiate view and "Record the agreed plan", in English and Chinese, as they
look on a 1024×640 and a 1920×1080 screen: docs/screenshots/negotiate-*.png.

The demo file with today = 2026-12-01: 京东白条 is 5 days overdue; the view is opened
from the dashboard's overdue card and a budget of 300 a month typed. Offscreen; each
dialog is drawn over the main window where it opens.

    .venv/bin/python scripts/negotiate_screenshots.py
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

from PySide6.QtCore import QCoreApplication, QPoint  # noqa: E402
from PySide6.QtGui import QPainter, QPixmap  # noqa: E402
from PySide6.QtWidgets import QApplication, QPushButton, QWidget  # noqa: E402

from ui.app import create_main_window  # noqa: E402
from ui.dialogs.negotiate import NegotiateDialog  # noqa: E402
from ui.i18n import apply_language  # noqa: E402

SIZES = ((1024, 640), (1920, 1080))
OUT = ROOT / "docs" / "screenshots"


def _settle(app: QApplication) -> None:
    for _ in range(5):
        app.processEvents()


def _over(window: QWidget, dialog: QWidget) -> QPixmap:
    """The main window with ``dialog`` drawn centred on it."""
    shot = window.grab()
    painter = QPainter(shot)
    card = dialog.grab()
    painter.drawPixmap(
        QPoint((shot.width() - card.width()) // 2, (shot.height() - card.height()) // 2), card
    )
    painter.end()
    return shot


def main() -> int:
    app = QApplication([sys.argv[0]])
    app.setApplicationName("debt-tracker-screenshots")
    work = Path(tempfile.mkdtemp(prefix="negotiate-shots-"))
    os.environ["XDG_CONFIG_HOME"] = str(work / "config")
    OUT.mkdir(parents=True, exist_ok=True)
    for lang in ("en", "zh_CN"):
        for width, height in SIZES:
            apply_language(lang)
            db = work / f"{lang}-{width}.db"
            window = create_main_window(db, date(2026, 12, 1), demo_if_new=True)
            window.resize(width, height)
            window.show()
            dash = window.show_page("dashboard")
            _settle(app)
            dash.findChild(QPushButton, "overdueNegotiate0").click()
            _settle(app)
            dialog = next(w for w in app.topLevelWidgets() if isinstance(w, NegotiateDialog))
            dialog.resize(min(1200, width - 40), min(760, height - 40))
            dialog.budget.setText("300")
            dialog.update_proposals()
            _settle(app)
            _over(window, dialog).save(str(OUT / f"negotiate-{lang}-{width}x{height}.png"))
            agree = dialog.record_agreement()
            _settle(app)
            shot = _over(window, dialog)
            painter = QPainter(shot)
            card = agree.grab()
            painter.drawPixmap(
                QPoint((width - card.width()) // 2, (height - card.height()) // 2), card
            )
            painter.end()
            shot.save(str(OUT / f"negotiate-record-{lang}-{width}x{height}.png"))
            agree.reject()
            dialog.reject()
            window.close()
            QCoreApplication.processEvents()
    print(f"negotiate_screenshots.py: {len(SIZES) * 4} pictures in docs/screenshots/")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
