"""Long work off the GUI thread: run a function in the thread pool, get its result back."""

from __future__ import annotations

import contextlib
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal


class _Signals(QObject):
    finished = Signal(object)
    failed = Signal(object)


class Job(QRunnable):
    """One call of ``work()`` in :class:`QThreadPool`; signals arrive on the GUI thread.

    ``work`` must not touch widgets or the GUI's Store connection (SQLite connections
    belong to their thread): pass it plain inputs, e.g. the payoff debts, not the store.
    """

    def __init__(self, work: Callable[[], Any]) -> None:
        super().__init__()
        self.work = work
        self.signals = _Signals()

    def run(self) -> None:
        try:
            result = self.work()
        except Exception as exc:  # delivered to the GUI, which shows it
            self._deliver(self.signals.failed, exc)
        else:
            self._deliver(self.signals.finished, result)

    @staticmethod
    def _deliver(signal: Any, value: object) -> None:
        """Emit, unless the app quit while the work ran: Python then deletes the signals'
        QObject with the window before the pool's thread ends, and the emit raised
        "Signal source has been deleted" on stderr at every quit during the background
        check. Nobody is left to receive the result, so there is nothing to deliver."""
        with contextlib.suppress(RuntimeError):
            signal.emit(value)


def start(
    work: Callable[[], Any],
    on_done: Callable[[Any], None],
    on_error: Callable[[Exception], None],
) -> Job:
    """Run ``work`` in the global pool; call ``on_done(result)`` or ``on_error(exc)``."""
    job = Job(work)
    job.signals.finished.connect(on_done)
    job.signals.failed.connect(on_error)
    QThreadPool.globalInstance().start(job)
    return job
