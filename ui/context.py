"""The app's shared state: the open data file, "today", and one change signal with a payload."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any, TypeVar

from PySide6.QtCore import QObject, QSettings, QTimer, Signal, Slot

from tracker.service import files

T = TypeVar("T")

#: Kinds of record a change may touch.
RECORD_KINDS = frozenset({"products", "bills", "charges", "payments", "plans"})
#: Everything a change can be about: records, "today" (the date rolled over), "display"
#: (how amounts are shown; nothing in the file changed), "file" (another data file) and
#: "settings" (settings kept in the data file).
ALL_KINDS = RECORD_KINDS | {"today", "display", "file", "settings"}
#: How often the context looks whether the local date has changed (ms): after a night
#: or a sleep, the first tick after waking sees the new date.
ROLLOVER_CHECK_MS = 30_000


@dataclass(frozen=True)
class Change:
    """What a change touched, and who made it (Anki's OpChanges).

    Attributes:
        kinds: subset of :data:`ALL_KINDS`.
        product_id: the one product it is about, or None (several, or all).
        initiator: the widget that made it (it may skip refreshing itself), or None.
    """

    kinds: frozenset[str]
    product_id: int | None = None
    initiator: object | None = None

    def touches(self, kinds: Iterable[str], product_id: int | None = None) -> bool:
        """Whether a view showing ``kinds`` (of ``product_id``, None: of every product)
        must refresh."""
        if not self.kinds & frozenset(kinds):
            return False
        if product_id is None or self.product_id is None:
            return True
        return self.product_id == product_id or bool(self.kinds & {"today", "display", "file"})


class AppContext(QObject):
    """What every page needs: the store, today's date and change notification.

    Pages never talk to each other: a change goes through :meth:`change`, which runs one
    :mod:`tracker.service` call and then emits :attr:`changed` once with a :class:`Change`,
    so every view decides whether it must refresh (Anki's "operation → change hook").
    ``ui/`` passes :attr:`store` to service functions only; it never calls it itself.
    """

    changed = Signal(object)  # Change
    #: Emitted after another data file was opened (pages must drop cached ids).
    storeReplaced = Signal()
    #: A page asks to see the simulator's options for a due (its id).
    simulateDueRequested = Signal(int)
    #: A short line for the status bar: what was just saved (ui.saved_messages).
    announced = Signal(str)

    def __init__(
        self,
        store: Any,
        today: date | None = None,
        settings: QSettings | None = None,
        *,
        clock: Callable[[], date] = date.today,
    ) -> None:
        """``today`` None: the real date, rolled over at local midnight by a timer; a
        given ``today`` (``--today``, tests) stays fixed."""
        super().__init__()
        self.store = store
        self._clock = clock
        self.follows_clock = today is None
        self.today = today or clock()
        self.settings = settings or QSettings()
        #: True once the window closed the data file: pages must not read it any more.
        self.closed = False
        self._timer = QTimer(self)
        self._timer.setInterval(ROLLOVER_CHECK_MS)
        self._timer.timeout.connect(self.check_today)
        if self.follows_clock:
            self._timer.start()

    @property
    def data_path(self) -> Path:
        """The open data file."""
        return files.data_path(self.store)

    def change(
        self,
        work: Callable[[Any], T],
        kinds: Iterable[str] = RECORD_KINDS,
        product_id: int | None = None,
        initiator: object | None = None,
    ) -> T:
        """Run ``work(store)`` (a service call that writes), then tell every view.

        Raises whatever ``work`` raises (TrackerError subclasses for refused input);
        nothing is emitted then, because the service wrote nothing.
        """
        result = work(self.store)
        self.notify(kinds, product_id, initiator)
        return result

    def notify(
        self,
        kinds: Iterable[str],
        product_id: int | None = None,
        initiator: object | None = None,
    ) -> None:
        """Tell every view that ``kinds`` changed (no service call of its own)."""
        self.changed.emit(Change(frozenset(kinds), product_id, initiator))

    def announce(self, text: str) -> None:
        """Say ``text`` (translated already) in the main window's status bar."""
        self.announced.emit(text)

    @Slot()
    def check_today(self) -> bool:
        """Roll ``today`` over when the local date has changed; True when it did."""
        if not self.follows_clock or self.closed:
            return False
        now = self._clock()
        if now == self.today:
            return False
        self.today = now
        self.notify({"today"})
        return True

    def replace_store(self, store: Any) -> None:
        """Switch to another data file (Settings → open / new)."""
        old, self.store = self.store, store
        files.close_store(old)
        self.storeReplaced.emit()
        self.notify(ALL_KINDS)

    def close(self) -> None:
        """Close the data file (the window is going away)."""
        self.closed = True
        self._timer.stop()
        files.close_store(self.store)

    def setting(self, key: str, default: str = "") -> str:
        value = self.settings.value(key, default)
        return str(value) if value is not None else default
