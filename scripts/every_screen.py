"""Render every page and every dialog, in English and Chinese, as they look on a 1024×640
and a 1920×1080 screen, to check by eye that nothing is clipped, broken across lines or
left untranslated (issue 15, acceptance 2).

    .venv/bin/python scripts/every_screen.py [OUT_FOLDER]   (default: /tmp/debt-tracker-screens)

The window gets the screen's size less a window frame and a task bar (1000×600 on a
1024×640 screen), so what is drawn is what such a screen shows. Dialogs are drawn over the
window where they open, at the size they open with. The demo file, today = 2026-12-01,
offscreen. Writes ``<lang>-<screen>-<what>.png`` and prints each file name.
"""

from __future__ import annotations

import os
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ["DBUS_SESSION_BUS_ADDRESS"] = "unix:path=/nonexistent"  # no notifications

from PySide6.QtCore import QCoreApplication, QPoint, QSettings, QSize  # noqa: E402
from PySide6.QtGui import QPainter, QPixmap  # noqa: E402
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget  # noqa: E402

from tracker.errors import damaged  # noqa: E402
from tracker.service import about as about_mod  # noqa: E402
from tracker.service import payments  # noqa: E402
from ui.dialogs.about import about_text  # noqa: E402
from ui.dialogs.bill import BillDialog  # noqa: E402
from ui.dialogs.charge import ChargeDialog  # noqa: E402
from ui.dialogs.entry import EntryDialog  # noqa: E402
from ui.dialogs.export import ExportDialog  # noqa: E402
from ui.dialogs.help import HelpDialog  # noqa: E402
from ui.dialogs.import_file import ImportDialog  # noqa: E402
from ui.dialogs.payment import PaymentDialog  # noqa: E402
from ui.dialogs.plan import PlanDialog  # noqa: E402
from ui.dialogs.product import GROUPS, ProductDialog  # noqa: E402
from ui.dialogs.restore_offer import RestoreOffer  # noqa: E402
from ui.errors import error_text  # noqa: E402
from ui.first_run import FirstRunDialog  # noqa: E402
from ui.i18n import apply_language  # noqa: E402
from ui.main_window import MainWindow  # noqa: E402

#: Screens and the window each shows (less a frame and a task bar).
SCREENS = {"1024x640": QSize(1000, 600), "1920x1080": QSize(1896, 1030)}
LANGS = ("en", "zh_CN")
BAITIAO = 1


def settle() -> None:
    for _ in range(5):
        QApplication.processEvents()


def over(window: QWidget, top: QWidget) -> QPixmap:
    """The window with ``top`` drawn over its middle, as a dialog opens over it."""
    top.show()
    settle()
    shot = window.grab()
    card = top.grab()
    painter = QPainter(shot)
    where = QPoint(
        max(0, (shot.width() - card.width()) // 2), max(0, (shot.height() - card.height()) // 2)
    )
    painter.drawPixmap(where, card)
    painter.end()
    top.hide()
    return shot


def pages(window: MainWindow) -> dict[str, Callable[[], QWidget]]:
    """Each page (and the product detail's tabs) made current; returns what to grab."""

    def page(key: str) -> Callable[[], QWidget]:
        def show() -> QWidget:
            page = window.show_page(key)
            if key == "payoff":  # the plan is worked out in a worker: wait for it
                deadline = time.monotonic() + 10
                while page.result is None and time.monotonic() < deadline:  # type: ignore[attr-defined]
                    QApplication.processEvents()
                    time.sleep(0.02)
            return window

        return show

    def detail(tab: str) -> Callable[[], QWidget]:
        def show() -> QWidget:
            products = window.show_page("products")
            products.select(BAITIAO)  # type: ignore[attr-defined]
            products.open_selected()  # type: ignore[attr-defined]
            detail = products.detail  # type: ignore[attr-defined]
            detail.tabs.setCurrentWidget(detail.ledgers[tab])
            return window

        return show

    def settings_bottom() -> QWidget:
        settings = window.show_page("settings")
        scroll = settings.findChild(QWidget, "settingsScroll")
        settle()
        bar = scroll.verticalScrollBar()  # type: ignore[attr-defined]
        bar.setValue(bar.maximum())
        return window

    shown: dict[str, Callable[[], QWidget]] = {
        key: page(key) for key in ("dashboard", "products", "simulator", "payoff", "settings")
    }
    shown["settings-bottom"] = settings_bottom
    for tab in ("bills", "charges", "plans", "payments"):
        shown[f"product-{tab}"] = detail(tab)
    return shown


def dialogs(window: MainWindow, work: Path) -> dict[str, Callable[[], QWidget]]:
    """Every dialog, built as its menu entry or button builds it."""
    ctx = window.ctx

    def product_tab(index: int) -> Callable[[], QWidget]:
        def make() -> QWidget:
            dialog = ProductDialog(ctx, BAITIAO, parent=window)
            dialog.tabs.setCurrentIndex(index)
            return dialog

        return make

    def about() -> QWidget:
        box = QMessageBox(window)
        box.setWindowTitle(QCoreApplication.translate("AboutDialog", "About Debt Tracker"))
        box.setText(about_text(about_mod.about(ctx.store)))
        return box

    made: dict[str, Callable[[], QWidget]] = {
        "dialog-new-product": lambda: ProductDialog(ctx, parent=window),
        **{f"dialog-product-{g}": product_tab(i) for i, (g, _k) in enumerate(GROUPS)},
        "dialog-new-bill": lambda: BillDialog(ctx, BAITIAO, parent=window),
        "dialog-edit-bill": lambda: BillDialog(ctx, parent=window, bill_id=2),
        "dialog-new-charge": lambda: ChargeDialog(ctx, BAITIAO, parent=window),
        "dialog-payment": lambda: PaymentDialog(ctx, BAITIAO, parent=window),
        "dialog-edit-payment": lambda: EntryDialog(
            ctx, "payment", payments.payments(ctx.store, BAITIAO)[-1].id, parent=window
        ),
        "dialog-plan": lambda: PlanDialog(ctx, BAITIAO, parent=window),
        "dialog-export": lambda: ExportDialog(ctx, parent=window),
        "dialog-import": lambda: ImportDialog(ctx, parent=window),
        "dialog-help": lambda: HelpDialog(ctx, parent=window),
        "dialog-about": about,
        "dialog-first-run": lambda: FirstRunDialog(work / "debt-tracker.db", window),
        "dialog-restore-offer": lambda: RestoreOffer(
            error_text(  # as the app says it: SQLite's own words only as the detail
                damaged(
                    "{path} is damaged ({problems}); restore a backup",
                    path=work / "debt-tracker.db",
                    problems="database disk image is malformed",
                )
            ),
            None,
            window,
        ),
    }
    return made


def split_charge(dialog: ChargeDialog) -> ChargeDialog:
    dialog.show()  # the preview is worked out for a shown dialog only
    dialog.amount.setText("3000")
    dialog.split.setChecked(True)
    return dialog


def main() -> int:
    out = (
        Path(sys.argv[1])
        if len(sys.argv) > 1
        else Path(tempfile.gettempdir()) / ("debt-tracker-screens")
    )
    out.mkdir(parents=True, exist_ok=True)
    app = QApplication([sys.argv[0]])
    app.setApplicationName("debt-tracker-screenshots")
    work = Path(tempfile.mkdtemp(prefix="every-screen-"))
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(work))
    from ui.app import create_main_window

    only = os.environ.get("EVERY_SCREEN_ONLY", "")  # e.g. "en-1024x640", to check one
    count = 0
    for lang in LANGS:
        for screen, size in SCREENS.items():
            if only and only != f"{lang}-{screen}":
                continue
            apply_language(lang)
            db = work / f"{lang}-{screen}.db"
            window = create_main_window(db, date(2026, 12, 1), demo_if_new=True, reminders=True)
            window.resize(size)
            window.show()
            settle()
            popup = window.reminders.popup
            popup.fit_to(size)
            shots: dict[str, Callable[[], QPixmap]] = {
                "reminder-popup": lambda w=window, p=popup: over(w, p)
            }
            popup.hide()
            for name, show in pages(window).items():
                shots[name] = lambda s=show, w=window: (s(), settle(), w.grab())[-1]
            for name, make in dialogs(window, work).items():
                shots[name] = lambda m=make, n=name, w=window: over(
                    w, split_charge(m()) if n == "dialog-new-charge" else m()
                )
            for name, shoot in shots.items():
                window.show_page("dashboard")
                settle()
                target = out / f"{lang}-{screen}-{name}.png"
                shoot().save(str(target))
                print(target)
                count += 1
            window.close()
            QCoreApplication.processEvents()
    print(f"every_screen.py: {count} pictures in {out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
