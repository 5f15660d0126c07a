"""The main window: wires pages, actions and menus; holds no business rules."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QByteArray, QEvent, Slot
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QMainWindow,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from ui import dialog_openers as openers
from ui import formatting
from ui.context import AppContext, Change
from ui.page_stack import KEYS, PAGES, PageStack, page_title
from ui.pages.base import Page
from ui.recent_files import RecentFilesMenu
from ui.record_actions import NEED_A_PRODUCT, RecordActions
from ui.widgets.demo_banner import DemoBanner
from ui.widgets.file_banner import with_banner

GEOMETRY_KEY = "window/geometry"  # QSettings: the window's size and place, kept for next time
#: PAGES (re-exported): the page keys in navigation order, with what builds each page.
__all__ = ["GEOMETRY_KEY", "PAGES", "MainWindow"]


class MainWindow(QMainWindow):
    """Debt Tracker's main window: navigation, pages, menus, status bar."""

    def __init__(self, ctx: AppContext) -> None:
        super().__init__()
        self.ctx = ctx
        self.setObjectName("mainWindow")
        self.resize(1280, 800)
        if isinstance(saved := ctx.settings.value(GEOMETRY_KEY), QByteArray):
            self.restoreGeometry(saved)  # an empty one is ignored
        self.nav = QListWidget(objectName="navigation")
        self.nav.setFixedWidth(150)
        self.nav.setStyleSheet(
            "QListWidget { font-size: 12pt; } QListWidget::item { padding: 8px; }"
        )
        self.stack = QStackedWidget(objectName="pages")
        # The computer's currency display, chosen on the settings page (built when shown).
        formatting.set_currency_display(ctx.setting(formatting.CURRENCY_DISPLAY_KEY, "symbol"))
        # Each page is built (its module imported) when first shown: see ui.page_stack.
        self.pages = PageStack(ctx, self.stack)
        # The first page is built before any action or menu: those hold slots that refer
        # to the window, which would keep it alive when building the page fails.
        self.pages.show(KEYS[0])
        for key in KEYS:
            self.nav.addItem(page_title(key))
        self.nav.currentRowChanged.connect(self.pages.show_row)
        self.demo_banner = DemoBanner(ctx)
        right = QVBoxLayout()
        right.addWidget(self.demo_banner)
        right.addWidget(self.stack, 1)
        body = QWidget()
        row = QHBoxLayout(body)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.nav)
        row.addLayout(right, 1)
        centre, self.banner = with_banner(ctx, body)
        self.setCentralWidget(centre)
        self.status_label = QLabel(objectName="statusLabel")
        self.statusBar().addPermanentWidget(self.status_label)
        self.actions_: dict[str, QAction] = {}
        #: The reminder scheduler (ui.reminders.scheduler.attach), once started.
        self.reminders: Any = None
        self._build_actions()
        self._build_menus()
        self.record_actions = RecordActions(ctx, [self.actions_[k] for k in NEED_A_PRODUCT], self)
        ctx.announced.connect(lambda text: self.statusBar().showMessage(text, 8000))
        ctx.storeReplaced.connect(self.retranslate)
        ctx.changed.connect(self._changed)
        ctx.simulateDueRequested.connect(self.simulate_due)
        self.retranslate()
        self.nav.setCurrentRow(0)

    # -- navigation --------------------------------------------------------------------
    def show_page(self, key: str) -> Page:
        """Switch to the page ``key`` (dashboard, products, simulator, payoff, settings)."""
        if key not in self.pages:
            raise KeyError(f"no page {key!r} (pages: {', '.join(self.pages)})")
        # Built here, not in the navigation's slot, so that an error building it (a
        # damaged row met) reaches the caller instead of Qt's slot handler.
        page = self.pages.show(key)
        self.nav.setCurrentRow(KEYS.index(key))
        return page

    # -- actions -----------------------------------------------------------------------
    def _action(
        self, key: str, slot: Callable[[], object], shortcut: QKeySequence | str | None = None
    ) -> QAction:
        action = QAction(self, objectName=key)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        action.triggered.connect(slot)
        self.actions_[key] = action
        return action

    def _build_actions(self) -> None:
        self._action("addPaymentAction", self.add_payment, "Ctrl+P")
        for key, opener, shortcut in (
            ("addChargeAction", openers.add_charge, "Ctrl+N"),
            ("addBillAction", openers.add_bill, "Ctrl+B"),
            ("addPlanAction", openers.add_plan, "Ctrl+I"),
        ):
            self._action(
                key,
                lambda _on=False, o=opener: o(self.ctx, self, self.viewed_product_id()),
                shortcut,
            )
        self._action(
            "addProductAction", lambda: openers.add_product(self.ctx, self), "Ctrl+Shift+N"
        )
        self._action(
            "exportStatementAction", lambda: openers.export_statement(self.ctx, self), "Ctrl+E"
        )
        self._action("exportCalendarAction", lambda: openers.export_calendar(self.ctx, self))
        self._action("importAction", lambda: openers.import_file(self.ctx, self), "Ctrl+Shift+I")
        self._action("undoImportAction", lambda: openers.undo_import(self.ctx, self))
        self._action("quitAction", self.quit, QKeySequence.StandardKey.Quit)
        self._action("aboutAction", lambda: openers.about(self.ctx, self))
        self._action("helpAction", lambda: openers.help_page(self.ctx, self), "F1")
        for n, key in enumerate(KEYS, start=1):
            self._action(
                f"show_{key}Action", lambda _=False, k=key: self.show_page(k), f"Ctrl+{n}"
            )

    def _build_menus(self) -> None:
        bar = self.menuBar()
        self.file_menu = bar.addMenu("")
        self.recent_menu = RecentFilesMenu(
            self.ctx.settings,
            lambda: self.ctx.data_path,
            lambda name: self.pages["settings"].switch_to(name, create=False),  # type: ignore[attr-defined]
            self,
        )
        self.file_menu.addMenu(self.recent_menu)
        self.file_menu.addSeparator()
        self.file_menu.addAction(self.actions_["importAction"])
        self.file_menu.addAction(self.actions_["undoImportAction"])
        self.file_menu.addAction(self.actions_["exportStatementAction"])
        self.file_menu.addAction(self.actions_["exportCalendarAction"])
        self.file_menu.addSeparator()
        self.file_menu.addAction(self.actions_["quitAction"])
        self.record_menu = bar.addMenu("")
        self.record_menu.setToolTipsVisible(True)  # why an item is disabled
        for key in ("addPaymentAction", "addChargeAction", "addBillAction", "addPlanAction"):
            self.record_menu.addAction(self.actions_[key])
        self.record_menu.addSeparator()
        self.record_menu.addAction(self.actions_["addProductAction"])
        self.view_menu = bar.addMenu("")
        for key in KEYS:
            self.view_menu.addAction(self.actions_[f"show_{key}Action"])
        self.help_menu = bar.addMenu("")
        self.help_menu.addAction(self.actions_["helpAction"])
        self.help_menu.addAction(self.actions_["aboutAction"])

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Debt Tracker"))
        for i, key in enumerate(KEYS):
            self.nav.item(i).setText(page_title(key))
            self.actions_[f"show_{key}Action"].setText(page_title(key))
        self.file_menu.setTitle(self.tr("&File"))
        self.record_menu.setTitle(self.tr("&Record"))
        self.view_menu.setTitle(self.tr("&View"))
        self.help_menu.setTitle(self.tr("&Help"))
        self.recent_menu.retranslate()
        self.actions_["addPaymentAction"].setText(self.tr("Record &payment…"))
        self.actions_["addChargeAction"].setText(self.tr("New &charge…"))
        self.actions_["addBillAction"].setText(self.tr("New &bill…"))
        self.actions_["addPlanAction"].setText(self.tr("Existing &instalment plan…"))
        self.actions_["addProductAction"].setText(self.tr("New p&roduct…"))
        self.record_actions.update()  # their tips, in this language
        self.actions_["exportStatementAction"].setText(self.tr("&Export statement…"))
        self.actions_["exportCalendarAction"].setText(self.tr("Export &calendar…"))
        self.actions_["importAction"].setText(self.tr("&Import…"))
        self.actions_["undoImportAction"].setText(self.tr("&Undo last import…"))
        self.actions_["quitAction"].setText(self.tr("&Quit"))
        self.actions_["aboutAction"].setText(self.tr("&About Debt Tracker"))
        self.actions_["helpAction"].setText(self.tr("Debt Tracker &Help"))
        self.status_label.setText(
            self.tr("Data file: {path}    Today: {today}").format(
                path=self.ctx.data_path.name, today=self.ctx.today.isoformat()
            )
        )

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    @Slot(object)
    def _changed(self, change: Change) -> None:
        if "today" in change.kinds and not self.ctx.closed:
            self.retranslate()  # the status bar shows today's date

    @Slot()
    def add_payment(self) -> None:
        openers.add_payment(self.ctx, self, self.viewed_product_id())

    def viewed_product_id(self) -> int | None:
        """The product the current page is about (a new record starts on it), if any."""
        viewed = getattr(self.stack.currentWidget(), "viewed_product_id", None)
        return viewed() if viewed else None

    @Slot(int)
    def simulate_due(self, due_id: int) -> None:
        """Show the simulator with every option for one due."""
        page = self.show_page("simulator")
        if hasattr(page, "simulate_due"):
            page.simulate_due(due_id)

    @Slot()
    def quit(self) -> None:
        """File → Quit: really quit, even when closing the window only hides it."""
        if self.reminders is not None:
            self.reminders.quitting = True
        self.close()

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.reminders is not None:
            if self.reminders.keep_in_tray():
                event.ignore()
                self.hide()
                return
            self.reminders.stop()
        self.ctx.settings.setValue(GEOMETRY_KEY, self.saveGeometry())  # reopened as left
        self.ctx.close()
        super().closeEvent(event)
