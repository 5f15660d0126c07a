"""Pages built when first shown (issue 12, cold start): a start builds the dashboard alone
and loads neither QtCharts nor QtNetwork; a click on the navigation builds a page; what
the settings page chooses still holds from the start."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QTableView
from pytestqt.qtbot import QtBot

from tracker.service import products
from ui import formatting
from ui.main_window import MainWindow

ROOT = Path(__file__).resolve().parents[2]

#: Starts the app's own main() on a demo file and, at its first event-loop tick, prints
#: what is built and loaded (the probe the benchmark uses stops at the same tick).
START = """
import gc, json, linecache, sys
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
from tracker.storage import checks
app = QApplication([sys.argv[0]])
quick = []  # SQLite quick checks run before the first tick
real = checks.quick_problems
checks.quick_problems = lambda conn: quick.append(1) or real(conn)
from tracker.service import dues
whole = []  # ledgers of every due of the file (dues.due_views) made before the first tick
real_whole = dues._compute_due_views
dues._compute_due_views = lambda *a: whole.append(a[2]) or real_whole(*a)
def tick():
    from ui.main_window import MainWindow
    (window,) = [w for w in app.topLevelWidgets() if isinstance(w, MainWindow)]
    loaded = [m for m in ("PySide6.QtCharts", "PySide6.QtNetwork", "ui.pages.payoff",
              "ui.pages.simulator", "ui.pages.products", "ui.pages.settings",
              "ui.dialogs.import_file", "ui.dialogs.payment", "ui.reminders.scheduler",
              "tracker.service.demo_data", "tracker.service.charges", "_hashlib",
              "ui.dialogs.restore_offer")
              if m in sys.modules]
    # Whose source was read (PySide6 reads every module imported after it, unless
    # ui.feature_marks spares it): none of the app's own.
    read = [f for f in linecache.cache if "/tracker/" in f or "/ui/" in f]
    seen = {"built": list(window.pages.built()), "loaded": loaded, "read": read,
            "quick_checks": len(quick), "whole_ledgers": len(whole),
            "collector_at_first_tick": gc.isenabled()}

    def next_tick():
        seen["collector_after_it"] = gc.isenabled()
        print(json.dumps(seen), flush=True)
        app.exit(0)
    QTimer.singleShot(0, next_tick)
QTimer.singleShot(0, tick)
from ui import app as ui_app
ui_app.main(["--db", sys.argv[1], "--demo", "--today", "2026-12-01", "--lang", "en"])
print(json.dumps({"collector_after_main": gc.isenabled()}), flush=True)
"""


def test_a_start_builds_the_dashboard_alone_and_loads_no_charts(tmp_path: Path) -> None:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "HOME": str(tmp_path)}

    def start() -> dict[str, Any]:
        done = subprocess.run(
            [sys.executable, "-c", START, str(tmp_path / "start.db")], cwd=ROOT, env=env,
            capture_output=True, text=True, timeout=120, check=True,
        )  # fmt: skip
        lines = done.stdout.splitlines()
        return {**json.loads(lines[0]), **json.loads(lines[1])}

    first = start()  # the first start: a new file, filled with the demo data
    assert first["built"] == ["dashboard"]
    # Not one of them before the first tick: charts and network, the hidden pages, the
    # menus' dialogs, the reminder scheduler (attached after the first paint) and
    # OpenSSL's hashes (ui/single_instance.py names its socket with CPython's SHA-256),
    # and the damaged file's restore offer with QMessageBox (~1.7 ms of PySide6 types).
    assert first["loaded"] == ["tracker.service.demo_data", "tracker.service.charges"]
    assert first["read"] == []  # no module's source read at import (ui/feature_marks.py)
    again = start()  # the same file, now there: what every later start does
    assert again["built"] == ["dashboard"]
    assert again["loaded"] == []  # nor what fills the demo data
    assert again["read"] == []
    # SQLite's quick check of the file waits for the background check after the first
    # paint (tests/ui/test_check_after_paint.py for what that must keep safe).
    assert again["quick_checks"] == 0
    # The dashboard's due list and its estimated rows read the open dues only: no view
    # of every due of ten years (tracker/service/estimated_dues.py asks one indexed
    # query whether an account has dues at all).
    assert again["whole_ledgers"] == 0
    # Python's cyclic collector is off while the window is built (ui.app.main), on again
    # from the first tick, and on when main() has returned.
    for seen in (first, again):
        assert seen["collector_at_first_tick"] is False
        assert seen["collector_after_it"] is True
        assert seen["collector_after_main"] is True


def test_a_click_in_the_navigation_builds_and_shows_the_page(
    window: MainWindow, qtbot: QtBot
) -> None:
    assert "payoff" not in window.pages.built()
    item = window.nav.item(3)  # Dashboard, Products, Simulator, Payoff, Settings
    assert item.text() == "Payoff"
    centre = window.nav.visualItemRect(item).center()
    qtbot.mouseClick(window.nav.viewport(), Qt.MouseButton.LeftButton, pos=centre)
    page = window.pages.built()["payoff"]
    assert window.stack.currentWidget() is page
    assert page.objectName() == "payoffPage"
    qtbot.keyClick(window, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    assert window.stack.currentWidget() is window.pages.built()["products"]
    # Built once: going back shows the same page, and the stack holds one of each.
    window.show_page("payoff")
    assert window.stack.currentWidget() is page
    assert window.stack.count() == 3


def test_a_page_built_after_a_change_shows_it(window: MainWindow) -> None:
    # A product added before the products page exists (no page got the change).
    products.add_product(window.ctx.store, "Late page card", "huabei", {})
    window.ctx.notify({"products"})
    page = window.show_page("products")  # first built now
    view = page.findChild(QTableView, "productsView")
    names = [view.model().index(r, 0).data() for r in range(view.model().rowCount())]
    assert "Late page card" in names


def test_the_currency_display_chosen_before_holds_from_the_start(make_window) -> None:  # type: ignore[no-untyped-def]
    QSettings().setValue(formatting.CURRENCY_DISPLAY_KEY, "code")
    try:
        window: MainWindow = make_window()
        assert "settings" not in window.pages.built()  # where it is chosen: not built
        dues = window.findChild(QTableView, "upcomingDuesView").model()
        assert dues.index(0, 3).data() == "CNY 864.20"  # ¥864.20 with the symbol
    finally:
        formatting.set_currency_display("symbol")  # app-wide: as other tests expect it
