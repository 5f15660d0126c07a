"""``debt-tracker --self-test``: prove that a build works, end to end, without a screen.

Meant for the frozen bundle (``scripts/package.sh``), where a missing resource, Qt plugin
or Python module only shows up at run time. Each check prints one line (``ok <name>: …``);
the first failure prints ``FAIL <name>: …`` and its traceback, and the exit status is 1.

The checks use a temporary data file with demo data and private settings, so the user's
own data file and preferences are never touched.
"""

from __future__ import annotations

import sys
import tempfile
import traceback
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import TextIO

from PySide6.QtCharts import QChartView, QLineSeries
from PySide6.QtCore import QCoreApplication, QEventLoop, QSettings, QTimer, QTranslator
from PySide6.QtGui import QFontDatabase, QGuiApplication, QPixmap
from PySide6.QtWidgets import QApplication, QMessageBox

from tracker import desktop, fastclass, notify
from tracker.appinfo import APP_ID
from tracker.errors import InputError
from tracker.money import parse_amount
from tracker.service import demo, files, simulation
from tracker.service import products as products_service
from ui.context import AppContext
from ui.errors import error_text
from ui.i18n import apply_language, qm_bytes
from ui.icons import app_icon
from ui.main_window import PAGES, MainWindow
from ui.reminders.native import NativeNotifications

#: Main-window actions that open a dialog.
DIALOG_ACTIONS = (
    "addPaymentAction",
    "addChargeAction",
    "addBillAction",
    "addPlanAction",
    "addProductAction",
    "exportStatementAction",
)
#: One of Qt's own strings (from qtbase_<lang>.qm). Passed as variables, so that lupdate
#: does not take it for one of the app's strings.
QT_STRING = ("QPlatformTheme", "Cancel")
#: How long the payoff worker may take before the check fails, in milliseconds.
PAYOFF_TIMEOUT_MS = 30_000
#: How long the notification worker may take to report, ms: two exchanges of
#: notify.TIMEOUT s each (capabilities, Notify) and a margin.
NOTIFY_TIMEOUT_MS = int(notify.TIMEOUT * 2 * 1000) + 3_000
#: The self-test's notification (English, like the rest of the self-test).
SELF_TEST_NOTE = notify.Notification(
    "Debt Tracker self-test",
    "Desktop notifications work: reminders of due dates will show here.",
    urgency=0,
)
#: Outcomes that say this desktop has no (working) notification service, or that the
#: platform is not tried: not the build's fault, so the check passes and says it was
#: skipped. A refusal (e.g. UnknownMethod: a wrong signature) is ours, and fails.
SKIPPED_CAUSES = ("unsupported", "no-bus", "no-server", "timeout")

Check = Callable[[MainWindow], str]


def run(today: date, out: TextIO | None = None) -> int:
    """Run every check against a fresh demo data file (``today`` = the demo's today).

    Args:
        out: where the ``ok``/``FAIL`` lines go (default: standard output).

    Returns:
        0 when every check passed, 1 at the first failure (what failed is printed).
    """
    out = out or sys.stdout
    with tempfile.TemporaryDirectory(prefix="debt-tracker-self-test-") as tmp:
        name = "translations"
        window: MainWindow | None = None
        try:
            print(f"ok {name}: {check_translations()}", file=out, flush=True)
            name = "data"
            window = _demo_window(Path(tmp), today)
            print(f"ok {name}: {_describe_data(window)}", file=out, flush=True)
            for name, check in CHECKS:
                print(f"ok {name}: {check(window)}", file=out, flush=True)
        except Exception as exc:
            print(f"FAIL {name}: {exc}", file=out, flush=True)
            if sys.stderr is not None:  # None in a windowed Windows build
                traceback.print_exc()
            return 1
        finally:
            if window is not None:
                window.close()  # closes the data file before its folder goes
                window.deleteLater()
            apply_language("en")
    print(f"ok fonts: {check_fonts()}", file=out, flush=True)
    print(f"ok start-up cache: {fastclass.status()}", file=out, flush=True)
    print("self-test passed", file=out, flush=True)
    return 0


def check_translations() -> str:
    """Both compiled translations are in the package resources and Qt accepts them."""
    sizes = []
    for lang in ("en", "zh_CN"):
        data = qm_bytes(lang)
        if not data:
            raise AssertionError(f"resources/i18n/debt_tracker_{lang}.qm is missing or empty")
        if not QTranslator().load(data):
            raise AssertionError(f"Qt cannot read debt_tracker_{lang}.qm")
        sizes.append(f"{lang} {len(data)} bytes")
    return ", ".join(sizes)


def _demo_window(folder: Path, today: date) -> MainWindow:
    """A shown main window on a new demo data file in ``folder``, English interface."""
    store = files.open_store(folder / "self-test.db", create=True)
    demo.populate(store, today)
    settings = QSettings(str(folder / "settings.ini"), QSettings.Format.IniFormat)
    apply_language("en")
    window = MainWindow(AppContext(store, today, settings))
    window.show()
    QCoreApplication.processEvents()
    return window


def _describe_data(window: MainWindow) -> str:
    ctx = window.ctx
    products = products_service.list_products(ctx.store)
    dues = simulation.simulatable_dues(ctx.store, ctx.today)
    if not products or not dues:
        raise AssertionError("the demo data has no products or no open dues")
    return f"{len(products)} products, {len(dues)} open dues on {ctx.today.isoformat()}"


def check_pages(window: MainWindow) -> str:
    """Every page opens, becomes visible and paints."""
    for key, _cls in PAGES:
        page = window.show_page(key)
        QCoreApplication.processEvents()
        if not page.isVisible() or page.grab().isNull():
            raise AssertionError(f"page {key!r} did not show")
    return ", ".join(key for key, _cls in PAGES)


def check_simulation(window: MainWindow) -> str:
    """The simulator page simulates the oldest open due."""
    ctx = window.ctx
    view = simulation.simulatable_dues(ctx.store, ctx.today)[0]
    page = window.show_page("simulator")
    page.simulate_due(view.due.id)  # type: ignore[attr-defined]
    sim = page.sim  # type: ignore[attr-defined]
    if sim is None or not sim.options or page.model.rowCount() == 0:  # type: ignore[attr-defined]
        raise AssertionError(f"no options for due {view.due.id}")
    return f"{len(sim.options)} options for {view.product.name} due {view.due.due_date}"


def check_payoff(window: MainWindow) -> str:
    """The payoff page plans in its worker thread and shows all three strategies."""
    page = window.show_page("payoff")
    if page.result is None:  # type: ignore[attr-defined]
        loop = QEventLoop()
        page.planned.connect(loop.quit)  # type: ignore[attr-defined]
        QTimer.singleShot(PAYOFF_TIMEOUT_MS, loop.quit)
        loop.exec()
    result = page.result  # type: ignore[attr-defined]
    if result is None or len(result.plans) != 3:
        raise AssertionError(f"no payoff plan within {PAYOFF_TIMEOUT_MS // 1000} s")
    months = ", ".join(f"{key} {len(plan.months)} months" for key, plan in result.plans.items())
    return f"{result.currency}: {months}"


def check_dialogs(window: MainWindow) -> str:
    """Each dialog action opens its dialog (closed again at once, nothing saved).

    The dialogs' modules are imported by name when first used, which a bundler cannot
    see: this is where a module left out of the bundle would show.
    """
    names = []
    for action in DIALOG_ACTIONS:
        seen: list[str] = []

        def close_modal(seen: list[str] = seen) -> None:
            widget = QApplication.activeModalWidget()
            if widget is not None:
                seen.append(widget.objectName() or type(widget).__name__)
                if not isinstance(widget, QMessageBox):
                    widget.close()

        timer = QTimer()
        timer.timeout.connect(close_modal)
        timer.start(10)
        window.actions_[action].trigger()
        timer.stop()
        if not seen or seen[0] == "QMessageBox":
            raise AssertionError(f"{action} opened no dialog")
        names.append(seen[0])
    return ", ".join(names)


def check_language_switch(window: MainWindow) -> str:
    """Switching to Chinese retitles the pages and translates Qt's own buttons.

    Proves both .qm files are really installed: the app's (from the package resources)
    and Qt's ``qtbase_zh_CN.qm`` (from Qt's translations folder, which a bundle must carry).
    """
    english = window.pages["dashboard"].title()
    apply_language("zh_CN")
    QCoreApplication.processEvents()
    chinese = window.pages["dashboard"].title()
    if chinese == english:
        raise AssertionError(f"the dashboard is still called {english!r} in zh_CN")
    cancel = QCoreApplication.translate(*QT_STRING)
    if cancel == QT_STRING[1]:
        raise AssertionError("Qt's own translation (qtbase_zh_CN.qm) did not load")
    try:
        parse_amount("12,34.5")
        refusal = english_refusal = ""
    except InputError as exc:
        refusal, english_refusal = error_text(exc), str(exc)
    if refusal == english_refusal or "金额" not in refusal:
        raise AssertionError(f"a core error is not translated: {refusal!r}")
    return f"{english!r} -> {chinese!r}, Qt's 'Cancel' -> {cancel!r}, {refusal!r}"


def check_charts(window: MainWindow) -> str:
    """QtCharts is in the build: the payoff page's chart has drawn its lines."""
    views = window.findChildren(QChartView)
    chart = window.findChild(QChartView, "payoffChart")
    if chart is None:
        raise AssertionError(f"no payoff chart among {len(views)} chart views")
    lines = [s for s in chart.chart().series() if isinstance(s, QLineSeries)]
    points = sum(line.count() for line in lines)
    if not points or chart.grab().isNull():
        raise AssertionError("the payoff chart has no points")
    return f"{len(views)} chart views, payoff chart {len(lines)} lines, {points} points"


def check_icons(window: MainWindow) -> str:
    """Every icon size is in the build and Qt reads it; the window shows the icon; the
    desktop entry and metainfo templates are there (``--install-desktop-entry``)."""
    for size in desktop.ICON_SIZES:
        pixmap = QPixmap(str(desktop.icon_file(size)))
        if pixmap.isNull() or (pixmap.width(), pixmap.height()) != (size, size):
            raise AssertionError(f"icon {desktop.icon_file(size)} is missing or not {size} px")
    if not desktop.icon_file().is_file():
        raise AssertionError(f"{desktop.icon_file()} is missing")
    if app_icon().isNull() or window.windowIcon().isNull():
        raise AssertionError("the window has no icon")
    if QGuiApplication.desktopFileName() != APP_ID:
        raise AssertionError(f"desktop file name is {QGuiApplication.desktopFileName()!r}")
    entry, meta = desktop.desktop_entry(), desktop.metainfo()
    if f"Icon={APP_ID}" not in entry or f"<id>{APP_ID}</id>" not in meta:
        raise AssertionError("the desktop entry or metainfo does not name the app id")
    sizes = desktop.ICON_SIZES
    return f"{len(sizes)} sizes {sizes[0]}-{sizes[-1]} px, window icon, {APP_ID}.desktop"


def check_notification(window: MainWindow) -> str:
    """One notification through the GUI's own delivery (worker thread, jeepney, the
    Qt signal back): "delivered" when a server answered; where there is no session bus,
    no server, or a server that does not answer, it says so and is skipped."""
    import jeepney.io.blocking  # noqa: F401  (a bundle without jeepney fails here, loudly)

    native = NativeNotifications()
    box: list[notify.Outcome] = []
    loop = QEventLoop()
    native.outcome.connect(lambda _tag, outcome: (box.append(outcome), loop.quit()))
    QTimer.singleShot(NOTIFY_TIMEOUT_MS, loop.quit)
    native.post("self-test", [SELF_TEST_NOTE])
    if not box:
        loop.exec()
    native.stop()
    if not box:
        raise AssertionError(f"no outcome from the notification worker in {NOTIFY_TIMEOUT_MS} ms")
    outcome = box[0]
    if outcome.ok:
        caps = ", ".join(outcome.capabilities) or "none"
        return f"delivered (id {outcome.delivered[0]}; server capabilities: {caps})"
    if outcome.cause == "no-bus":
        return "no session bus — skipped"
    if outcome.cause in SKIPPED_CAUSES:
        return f"{outcome.reason.removeprefix('not delivered: ')} — skipped"
    raise AssertionError(outcome.reason)


def check_fonts() -> str:
    """Whether Chinese can be drawn; a missing font is a warning (system, not bundle)."""
    families = QFontDatabase.families(QFontDatabase.WritingSystem.SimplifiedChinese)
    if not families:
        return "WARNING no Simplified Chinese font installed: Chinese shows as boxes"
    return f"{len(families)} Simplified Chinese font(s), e.g. {families[0]}"


CHECKS: tuple[tuple[str, Check], ...] = (
    ("pages", check_pages),
    ("simulation", check_simulation),
    ("payoff", check_payoff),
    ("charts", check_charts),
    ("dialogs", check_dialogs),
    ("language", check_language_switch),
    ("icons", check_icons),
    ("notification", check_notification),
)
