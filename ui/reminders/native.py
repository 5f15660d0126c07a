"""Native notifications from the GUI: :class:`tracker.notify.Notifier` (its own daemon
thread, jeepney) with its callbacks turned into Qt signals.

The callbacks run on the notifier's thread; emitting a signal of this object (which
lives in the GUI thread) queues the call, so the slots run on the GUI thread, where the
store may be used. The thread never touches the store or a widget.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QObject, Signal

from tracker import notify


class NativeNotifications(QObject):
    """Sends notifications off the GUI thread; reports outcomes and clicked actions."""

    #: (batch tag, :class:`tracker.notify.Outcome`) once a batch was sent or refused.
    outcome = Signal(object, object)
    #: (notification tag, action key: "default", "mark-paid", "snooze") from the server.
    actionInvoked = Signal(object, str)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._notifier: notify.Notifier | None = None

    def post(self, tag: Any, notes: Sequence[notify.Notification]) -> None:
        """Queue ``notes`` for the worker thread (started on first use); returns at once."""
        if self._notifier is None:
            self._notifier = notify.Notifier(self.actionInvoked.emit, self.outcome.emit)
        self._notifier.post(tag, notes)

    def stop(self) -> None:
        if self._notifier is not None:
            self._notifier.stop()
            self._notifier = None
