"""Render what the first run added, in English and Chinese, as it looks on a 1024×640
and a 1920×1080 screen: docs/screenshots/firstrun-*.png — the first-run question, the
demo-data banner (before and after Remove), the product delete's question and undo bar,
and File → Open recent.

    .venv/bin/python scripts/first_run_screenshots.py
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

from PySide6.QtCore import QCoreApplication, QPoint, QSettings  # noqa: E402
from PySide6.QtGui import QPainter, QPixmap  # noqa: E402
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget  # noqa: E402

from tracker.service import demo, products  # noqa: E402
from ui import recent_files  # noqa: E402
from ui.app import create_main_window  # noqa: E402
from ui.first_run import FirstRunDialog  # noqa: E402
from ui.i18n import apply_language  # noqa: E402
from ui.pages import product_detail  # noqa: E402
from ui.widgets import demo_banner  # noqa: E402

SIZES = ((1024, 640), (1920, 1080))
OUT = ROOT / "docs" / "screenshots"


def settle() -> None:
    for _ in range(5):
        QApplication.processEvents()


def over(window: QWidget, top: QWidget, shot: QPixmap | None = None) -> QPixmap:
    """The window (or ``shot`` of it) with ``top`` over its middle, as a dialog opens."""
    top.show()
    top.adjustSize()
    settle()
    shot = shot or window.grab()
    card = top.grab()
    painter = QPainter(shot)
    where = QPoint((shot.width() - card.width()) // 2, (shot.height() - card.height()) // 2)
    painter.drawPixmap(where, card)
    painter.end()
    top.hide()
    return shot


def question_box(parent: QWidget, title: str, text: str) -> QMessageBox:
    box = QMessageBox(QMessageBox.Icon.Question, title, text, parent=parent)
    box.setStandardButtons(QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No)
    return box


def main() -> int:
    app = QApplication([sys.argv[0]])
    app.setApplicationName("debt-tracker-screenshots")
    work = Path(tempfile.mkdtemp(prefix="firstrun-shots-"))
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(work))
    OUT.mkdir(parents=True, exist_ok=True)
    asked: list[tuple[str, str]] = []
    before: list[QPixmap] = []

    def confirm(parent: QWidget, title: str, text: str) -> bool:
        asked.append((title, text))
        before.append(parent.window().grab())  # the window as the question opens over it
        return True

    demo_banner.confirm = confirm  # type: ignore[assignment]
    product_detail.confirm = confirm  # type: ignore[assignment]
    count = 0
    for lang in ("en", "zh_CN"):
        for width, height in SIZES:
            name = f"{lang}-{width}x{height}"
            apply_language(lang)
            db = work / f"{name}.db"
            window = create_main_window(db, date(2026, 12, 1), demo_if_new=True)
            window.resize(width, height)
            window.show()
            settle()
            dialog = FirstRunDialog(work / "debt-tracker" / "debt-tracker.db", window)
            over(window, dialog).save(str(OUT / f"firstrun-question-{name}.png"))
            window.grab().save(str(OUT / f"firstrun-banner-{name}.png"))
            # Products → Delete… on 京东白条: the question, then the undo bar.
            page = window.show_page("products")
            page.select(1)  # type: ignore[attr-defined]
            settle()
            asked.clear()
            page.delete_selected()  # type: ignore[attr-defined]
            settle()
            title, text = asked[0]
            over(window, question_box(window, title, text), before[-1]).save(
                str(OUT / f"firstrun-delete-question-{name}.png")
            )
            window.grab().save(str(OUT / f"firstrun-deleted-{name}.png"))
            page.undo.undo()  # type: ignore[attr-defined]
            # Remove demo data (one user product kept), the question and the banner after.
            products.add_product(window.ctx.store, "My card", "cn-credit-card", {})
            window.ctx.notify({"products"})
            window.show_page("dashboard")
            asked.clear()
            window.demo_banner.remove()
            settle()
            title, text = asked[0]
            over(window, question_box(window, title, text), before[-1]).save(
                str(OUT / f"firstrun-remove-question-{name}.png")
            )
            window.grab().save(str(OUT / f"firstrun-removed-{name}.png"))
            # File → Open recent with one missing file.
            for other in ("old.db", "gone.db"):
                (work / other).touch()
                recent_files.remember(window.ctx.settings, work / other)
            (work / "gone.db").unlink()
            recent_files.remember(window.ctx.settings, db)
            window.file_menu.popup(window.mapToGlobal(QPoint(0, 0)))
            settle()
            window.recent_menu.popup(window.mapToGlobal(QPoint(window.file_menu.width(), 0)))
            settle()
            shot = window.grab()
            painter = QPainter(shot)
            painter.drawPixmap(QPoint(0, window.menuBar().height()), window.file_menu.grab())
            painter.drawPixmap(
                QPoint(window.file_menu.width(), window.menuBar().height()),
                window.recent_menu.grab(),
            )
            painter.end()
            shot.save(str(OUT / f"firstrun-recent-{name}.png"))
            window.recent_menu.hide()
            window.file_menu.hide()
            assert not demo.has_demo_data(window.ctx.store)
            window.close()
            QCoreApplication.processEvents()
            count += 7
    print(f"first_run_screenshots.py: {count} pictures in docs/screenshots/")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
