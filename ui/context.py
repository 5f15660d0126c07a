"""The app's shared state: the open data file, "today", and one data-changed signal."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import TypeVar

from PySide6.QtCore import QObject, QSettings, Signal

from tracker.storage import Store

T = TypeVar("T")


class AppContext(QObject):
    """What every page needs: the store, today's date and change notification.

    Pages never talk to each other: a change goes through :meth:`change`, which runs one
    :mod:`tracker.service` call and then emits :attr:`dataChanged` once, so every view
    refreshes itself (Anki's "operation → change hook" pattern).
    """

    dataChanged = Signal()
    #: Emitted after another data file was opened (pages must drop cached ids).
    storeReplaced = Signal()
    #: A page asks to see the simulator's options for a due (its id).
    simulateDueRequested = Signal(int)

    def __init__(self, store: Store, today: date, settings: QSettings | None = None) -> None:
        super().__init__()
        self.store = store
        self.today = today
        self.settings = settings or QSettings()
        #: True once the window closed the data file: pages must not read it any more.
        self.closed = False

    def change(self, work: Callable[[Store], T]) -> T:
        """Run ``work(store)`` (a service call that writes), then tell every view.

        Raises whatever ``work`` raises (TrackerError subclasses for refused input);
        nothing is emitted then, because the service wrote nothing.
        """
        result = work(self.store)
        self.dataChanged.emit()
        return result

    def replace_store(self, store: Store) -> None:
        """Switch to another data file (Settings → open / new)."""
        old, self.store = self.store, store
        old.close()
        self.storeReplaced.emit()
        self.dataChanged.emit()

    def close(self) -> None:
        """Close the data file (the window is going away)."""
        self.closed = True
        self.store.close()

    def setting(self, key: str, default: str = "") -> str:
        value = self.settings.value(key, default)
        return str(value) if value is not None else default
