"""The main window's pages, each built — and its module imported — when first shown.

A start shows one page (the dashboard, or ``--page``); the others cost nothing until the
user goes to them: their widgets, their first refresh and their modules (QtCharts for
the payoff and simulator charts, the product page and its dialogs, the backups panel)
wait for the first click, shortcut or menu item that shows them. Anything that asks for
a page by name (``window.pages["payoff"]``, :meth:`PageStack.show`) builds it the same
way, so the pages are reached through one path.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QStackedWidget, QWidget

from ui.context import AppContext
from ui.pages.base import Page

PageFactory = Callable[[AppContext, QWidget], Page]


def _dashboard(ctx: AppContext, parent: QWidget) -> Page:
    from ui.pages.dashboard import DashboardPage

    return DashboardPage(ctx, parent)


def _products(ctx: AppContext, parent: QWidget) -> Page:
    from ui.pages.products import ProductsPage

    return ProductsPage(ctx, parent)


def _simulator(ctx: AppContext, parent: QWidget) -> Page:
    from ui.pages.simulator import SimulatorPage  # QtCharts: first imported here

    return SimulatorPage(ctx, parent)


def _payoff(ctx: AppContext, parent: QWidget) -> Page:
    from ui.pages.payoff import PayoffPage  # QtCharts too

    return PayoffPage(ctx, parent)


def _settings(ctx: AppContext, parent: QWidget) -> Page:
    from ui.pages.settings import SettingsPage

    return SettingsPage(ctx, parent)


#: Page keys, as ``--page`` and the navigation know them, in navigation order, with
#: what builds each page.
PAGES: tuple[tuple[str, PageFactory], ...] = (
    ("dashboard", _dashboard),
    ("products", _products),
    ("simulator", _simulator),
    ("payoff", _payoff),
    ("settings", _settings),
)
KEYS: tuple[str, ...] = tuple(key for key, _factory in PAGES)


def page_title(key: str) -> str:
    """The page's name in the navigation, translated, without building the page.

    The same text and translation context as each page's own ``title()`` (``self.tr``
    in the page's class), so both read the one translation.
    """
    if key == "dashboard":
        return QCoreApplication.translate("DashboardPage", "Dashboard")
    if key == "products":
        return QCoreApplication.translate("ProductsPage", "Products")
    if key == "simulator":
        return QCoreApplication.translate("SimulatorPage", "Simulator")
    if key == "payoff":
        return QCoreApplication.translate("PayoffPage", "Payoff")
    if key == "settings":
        return QCoreApplication.translate("SettingsPage", "Settings")
    raise KeyError(key)


class PageStack(Mapping[str, Page]):
    """The pages by key: looking one up builds it (once) and adds it to the stack.

    Iterating, ``len`` and ``in`` see every key and build nothing; :meth:`built` lists
    the pages that exist so far.
    """

    def __init__(self, ctx: AppContext, stack: QStackedWidget) -> None:
        self._ctx = ctx
        # Pages are made children of the stack, not of the window: holding the window
        # here would make a cycle (window → pages → window) that keeps a window whose
        # first page failed to build (a damaged file) alive until the garbage collector.
        self._stack = stack
        self._factories = dict(PAGES)
        self._built: dict[str, Page] = {}

    def __getitem__(self, key: str) -> Page:
        page = self._built.get(key)
        if page is None:
            page = self._factories[key](self._ctx, self._stack)
            self._built[key] = page
            self._stack.addWidget(page)
        return page

    def __contains__(self, key: Any) -> bool:
        return key in self._factories

    def __iter__(self) -> Iterator[str]:
        return iter(KEYS)

    def __len__(self) -> int:
        return len(KEYS)

    def built(self) -> dict[str, Page]:
        """The pages built so far, by key (nothing is built by asking)."""
        return dict(self._built)

    def show(self, key: str) -> Page:
        """Build ``key`` if it is not yet, and make it the stack's current page."""
        page = self[key]
        self._stack.setCurrentWidget(page)
        return page

    def show_row(self, row: int) -> None:
        """The navigation's row ``row`` was chosen (-1: none, when the list is cleared)."""
        if 0 <= row < len(KEYS):
            self.show(KEYS[row])
