"""What every page shares: the AppContext, live retranslation and lazy refresh."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Slot
from PySide6.QtGui import QAction, QKeySequence, QShowEvent
from PySide6.QtWidgets import QLabel, QLineEdit, QWidget

from ui.context import ALL_KINDS, AppContext, Change

TITLE_STYLE = "font-size: 16pt; font-weight: 600;"


class Page(QWidget):
    """A page of the main window.

    Subclasses build their widgets in ``__init__`` (then call ``self.retranslate()`` and
    ``self.refresh()``, or :meth:`refresh_when_shown` when the first refresh is costly),
    set every visible text in :meth:`retranslate` (called again on each language change)
    and re-read data in :meth:`refresh`. A page that is not visible when data changes
    refreshes when it is next shown. :attr:`watches` lists the kinds of change it shows
    (see :class:`ui.context.Change`), :meth:`shown_product` the one product it is about,
    if any: other changes leave it alone.
    """

    watches: frozenset[str] = ALL_KINDS

    def __init__(self, ctx: AppContext, object_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName(object_name)
        self._stale = False
        ctx.changed.connect(self._changed)
        # Ctrl+F (the platform's Find) on the page on show: only a visible page's
        # window shortcut is live, so the pages of the stack never compete for it.
        find = QAction(self, objectName=f"{object_name}FindAction")
        find.setShortcut(QKeySequence(QKeySequence.StandardKey.Find))
        find.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        find.triggered.connect(self.focus_search)
        self.addAction(find)

    def search_field(self) -> QLineEdit | None:
        """The page's search or filter box, if it has one (Ctrl+F focuses it)."""
        return None

    @Slot()
    def focus_search(self) -> None:
        """Put the cursor in the page's search box, its text selected for typing over."""
        box = self.search_field()
        if box is not None and box.isVisible():
            box.setFocus(Qt.FocusReason.ShortcutFocusReason)
            box.selectAll()

    def title(self) -> str:
        """The page's name in the navigation, translated."""
        raise NotImplementedError

    def retranslate(self) -> None:
        """Set every visible text (labels, headers, placeholders) with ``tr()``."""

    def refresh(self) -> None:
        """Re-read what the page shows from the service."""

    def refresh_when_shown(self) -> None:
        """Refresh now if the page is on screen, else when it is first shown: a page
        behind another costs nothing at start-up (its first refresh waits for it)."""
        if self.isVisible():
            self.refresh()
        else:
            self._stale = True

    def shown_product(self) -> int | None:
        """The product this page is about (None: every product)."""
        return None

    @Slot(object)
    def _changed(self, change: Change) -> None:
        if self.ctx.closed or not change.touches(self.watches, self.shown_product()):
            return
        if self.isVisible():
            self.refresh()
        else:
            self._stale = True

    def showEvent(self, event: QShowEvent) -> None:
        if self._stale:
            self._stale = False
            self.refresh()
        super().showEvent(event)

    def changeEvent(self, event: QEvent) -> None:
        # A closed window still gets LanguageChange; its data file is gone by then.
        if event.type() == QEvent.Type.LanguageChange and not self.ctx.closed:
            self.retranslate()
        super().changeEvent(event)


def title_label(object_name: str = "") -> QLabel:
    label = QLabel(objectName=object_name) if object_name else QLabel()
    label.setStyleSheet(TITLE_STYLE)
    return label
