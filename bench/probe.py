"""One benchmark measurement in a fresh process, printed as one JSON line (bench/run.py).

``python bench/probe.py start-app FILE`` / ``start-bare`` / ``start-table``: start the app
(its real ``ui.app.main``), a bare PySide6 QMainWindow, or that window holding one
QTableView on a Python table model (what any window with a table of its own rows pays
beyond the bare one: PySide6 makes the ``Qt`` namespace's ~100 enums the first time a
Python model is asked for data or headers), and at the first event-loop tick after the
window is shown print the peak RSS and quit; the caller times the whole process.

``python bench/probe.py NAME FILE RUNS`` for NAME in ``dashboard``, ``ledger``, ``payoff``,
``simulator``: time the app's work and its baseline alternately ``RUNS`` times in this
process and print ``{"app": [s…], "base": [s…], …}``.
"""

from __future__ import annotations

import json
import os
import resource
import sys
import time
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

TODAY = date(2026, 12, 1)


def rss_mb() -> float:
    """Peak resident memory of this process so far (ru_maxrss is KiB on Linux)."""
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def current_rss_mb() -> float:
    with open("/proc/self/statm") as f:
        return int(f.read().split()[1]) * os.sysconf("SC_PAGE_SIZE") / 2**20


def report_at_first_tick(extra: Callable[[], dict[str, Any]] | None = None) -> None:
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    def done() -> None:
        print(json.dumps({"rss_mb": rss_mb(), **(extra() if extra else {})}), flush=True)
        QApplication.instance().exit(0)

    QTimer.singleShot(0, done)


def start_bare() -> int:
    from PySide6.QtWidgets import QApplication, QMainWindow

    app = QApplication([sys.argv[0]])
    window = QMainWindow()
    window.resize(1280, 800)
    window.show()
    report_at_first_tick()
    return app.exec()


def start_table() -> int:
    """The bare window with a 6-column, 60-row table of text from a Python model."""
    from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
    from PySide6.QtWidgets import QApplication, QMainWindow, QTableView

    Index = QModelIndex | QPersistentModelIndex

    class Model(QAbstractTableModel):
        def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
            return 0 if parent.isValid() else 60

        def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
            return 0 if parent.isValid() else 6

        def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
            if role == Qt.ItemDataRole.DisplayRole:
                return f"{index.row()}.{index.column()}"
            return None

        def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> Any:
            if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
                return f"column {section}"
            return None

    app = QApplication([sys.argv[0]])
    window = QMainWindow()
    view = QTableView()
    model = Model(view)
    view.setModel(model)
    window.setCentralWidget(view)
    window.resize(1280, 800)
    window.show()
    report_at_first_tick()
    return app.exec()


def start_app(path: str) -> int:
    """The app as a user starts it (``debt-tracker --db FILE``), stopped at first idle."""
    from PySide6.QtWidgets import QApplication

    QApplication([sys.argv[0]])
    report_at_first_tick()  # queued first: runs once main() has shown the window
    from ui import app

    return app.main(["--db", path, "--today", TODAY.isoformat(), "--lang", "en"])


def alternate(runs: int, app: Callable[[], object], base: Callable[[], object]) -> dict[str, Any]:
    times: dict[str, list[float]] = {"app": [], "base": []}
    for _ in range(runs):
        for key, work in (("app", app), ("base", base)):
            began = time.perf_counter()
            work()
            times[key].append(time.perf_counter() - began)
    return times


def dashboard(path: str, runs: int) -> dict[str, Any]:
    """A dashboard refresh with nothing changed (warm), and one right after a change,
    against the bare SQL that reads the same dues and the payments that pay them."""
    from PySide6.QtWidgets import QApplication

    from ui.app import create_main_window

    QApplication([sys.argv[0]])
    window = create_main_window(path, TODAY)
    window.show()
    page = window.pages["dashboard"]
    store = window.ctx.store
    db = store.db.conn

    def bare() -> None:
        db.execute(
            "SELECT d.id, d.product_id, d.due_date, d.principal, d.fee, d.interest, d.penalty,"
            " d.minimum, d.kind FROM dues d JOIN products p ON p.id = d.product_id"
            " WHERE p.archived = 0 ORDER BY d.due_date, d.id"
        ).fetchall()
        db.execute("SELECT product_id, sum(amount) FROM payments GROUP BY product_id").fetchall()

    warm = alternate(runs, page.refresh, bare)

    def changed() -> None:  # a new row elsewhere in the file: every cache is stale
        with store.transaction():
            store.set_setting("bench", str(time.perf_counter()))
        page.refresh()

    after = alternate(runs, changed, bare)
    return {**warm, "changed": after["app"], "changed_base": after["base"]}


def ledger(path: str, runs: int) -> dict[str, Any]:
    """The product with the most charges: its page opened (first paint) and its charges
    table scrolled to the end, against a bare QAbstractTableModel on the same query."""
    from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt, QThreadPool
    from PySide6.QtWidgets import QApplication, QTableView

    from ui.app import create_main_window

    qapp = QApplication([sys.argv[0]])
    ROOT_INDEX = QModelIndex()
    window = create_main_window(path, TODAY)
    window.show()
    db = window.ctx.store.db.conn
    pid, count = db.execute(
        "SELECT product_id, count(*) FROM charges GROUP BY product_id ORDER BY 2 DESC LIMIT 1"
    ).fetchone()
    page = window.show_page("products")
    qapp.processEvents()
    tab = page.detail.ledgers["charges"]
    bills_model = page.detail.ledgers["bills"].view.model()

    class Bare(QAbstractTableModel):
        def __init__(self) -> None:
            super().__init__()
            self.rows = db.execute(
                "SELECT date, amount, description FROM charges WHERE product_id = ?"
                " ORDER BY date DESC, id DESC",
                (pid,),
            ).fetchall()

        def rowCount(self, parent: Any = ROOT_INDEX) -> int:
            return 0 if parent.isValid() else len(self.rows)

        def columnCount(self, parent: Any = ROOT_INDEX) -> int:
            return 3

        def data(self, index: Any, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
            if role == Qt.ItemDataRole.DisplayRole:
                return str(self.rows[index.row()][index.column()])
            return None

    bare_view = QTableView()
    bare_view.resize(900, 600)
    bare_view.show()

    def open_first() -> None:  # as a user opens it: its first tab (Bills) painted
        page.open_product(pid)
        qapp.processEvents()

    def open_app() -> None:
        page.open_product(pid)
        page.detail.tabs.setCurrentWidget(tab)
        qapp.processEvents()

    def open_bare() -> None:
        bare_view.resize(tab.view.size())  # the same cells to paint as the page's table
        bare_view.setModel(Bare())
        qapp.processEvents()

    def scroll(view: QTableView) -> Callable[[], None]:
        def run() -> None:
            model = view.model()
            while True:
                view.scrollToBottom()
                qapp.processEvents()
                if not model.canFetchMore(QModelIndex()):
                    break
            qapp.processEvents()

        return run

    opened: dict[str, list[float]] = {"app": [], "base": [], "first": [], "filled": []}
    scrolled: dict[str, list[float]] = {"app": [], "base": []}
    memory: list[float] = []
    for _ in range(runs):
        # A change elsewhere in the file first: no result kept from the open before.
        with window.ctx.store.transaction():
            window.ctx.store.set_setting("bench", str(time.perf_counter()))
        page.detail.tabs.setCurrentIndex(0)  # the page keeps the tab it was left on
        qapp.processEvents()
        began = time.perf_counter()
        open_first()
        opened["first"].append(time.perf_counter() - began)
        # Until its Difference column is filled in (after the first paint, by a worker).
        while getattr(bills_model, "found", {}) is None:
            QThreadPool.globalInstance().waitForDone(5)
            qapp.processEvents()
        opened["filled"].append(time.perf_counter() - began)
        page.detail.tabs.setCurrentWidget(tab)  # the next open's figure as before: on Charges
        page.show_list()
        qapp.processEvents()
        for key, open_, view in (("app", open_app, tab.view), ("base", open_bare, bare_view)):
            began = time.perf_counter()
            open_()
            opened[key].append(time.perf_counter() - began)
            before = current_rss_mb()
            began = time.perf_counter()
            scroll(view)()
            scrolled[key].append(time.perf_counter() - began)
            if key == "app":
                memory.append(current_rss_mb() - before)
        # The next open starts at the top again, as a first one does — both views: a
        # view given a new model of as many rows keeps its scroll position, so a bare
        # view left at the bottom "scrolled" without painting a row (its 1–2 ms before).
        tab.view.scrollToTop()
        bare_view.scrollToTop()
        qapp.processEvents()
        page.show_list()
    return {
        "charges": count,
        "app": opened["app"],
        "base": opened["base"],
        "first": opened["first"],
        "filled": opened["filled"],
        "scroll": scrolled["app"],
        "scroll_base": scrolled["base"],
        "scroll_mb": memory,
    }


def payoff(path: str, runs: int) -> dict[str, Any]:
    """``payoff --budget`` (three strategies) on a freshly opened file, as the CLI does
    (opened to read only: :mod:`tracker.service.reading`)."""
    from tracker.service import payoff as payoff_service
    from tracker.service import reading

    def plan() -> None:
        with reading.reading(Path(path)) as store:
            payoff_service.payoff(store, TODAY, 3_000_000)

    return {"app": alternate(runs, plan, lambda: None)["app"]}


def simulator(path: str, runs: int) -> dict[str, Any]:
    """Every option for the first open due, on a freshly opened file (opened to read
    only, as the CLI opens it for a command that reads)."""
    from tracker.service import reading, simulation

    def simulate() -> None:
        with reading.reading(Path(path)) as store:
            due = simulation.simulatable_dues(store, TODAY)[0]
            simulation.simulate_due(store, due.due.id, TODAY)

    return {"app": alternate(runs, simulate, lambda: None)["app"]}


def main(argv: list[str]) -> int:
    name = argv[0]
    if name == "start-bare":
        return start_bare()
    if name == "start-table":
        return start_table()
    if name == "start-app":
        return start_app(argv[1])
    probes = {"dashboard": dashboard, "ledger": ledger, "payoff": payoff, "simulator": simulator}
    print(json.dumps(probes[name](argv[1], int(argv[2]))), flush=True)
    os._exit(0)  # skip Qt's teardown of big windows: not what is measured


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
