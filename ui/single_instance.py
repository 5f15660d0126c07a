"""One app per data file: a second start hands over to the first (which comes forward).

The first instance listens on a local socket named after the data file's resolved path;
a second start for the same file connects, asks the first to show its window, and ends.

QtNetwork is imported only when a socket is needed: a start where no other instance
listens (on Linux and macOS, no socket file in Qt's temporary directory) does not load
it before its first paint, and the app listens after that paint (``ui.app``).
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QDir, QObject, Signal, Slot

# SHA-256 from CPython's own module (what hashlib falls back to without OpenSSL): the
# same digest, without loading OpenSSL's _hashlib before the first paint (~3 ms of a
# start). tests/ui/test_second_start.py compares it with hashlib's.
try:
    from _sha2 import sha256  # Python 3.12+
except ImportError:
    try:
        from _sha256 import sha256  # Python 3.11
    except ImportError:
        from hashlib import sha256

if TYPE_CHECKING:
    from PySide6.QtNetwork import QLocalServer

CONNECT_MS = 500
HELLO = b"show\n"


def server_name(path: Path) -> str:
    """The socket name for ``path``: the same for every way of writing the same file."""
    digest = sha256(str(Path(path).resolve()).encode("utf-8")).hexdigest()
    return f"debt-tracker-{digest[:24]}"


class SingleInstance(QObject):
    """Either the first instance for a file (it listens) or a later one (it hands over)."""

    #: Another start for the same file asked this one to come forward.
    activated = Signal()

    def __init__(self, path: Path, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.name = server_name(path)
        self.server: QLocalServer | None = None
        #: Another instance of the same file was found listening by :meth:`listen`.
        self.raced = False

    def hand_over(self) -> bool:
        """True when another instance has this file open and was asked to come forward."""
        if os.name == "posix" and not Path(QDir.tempPath(), self.name).exists():
            # Qt's local server is a socket file there (Windows: a named pipe, tried
            # below): none, no one listens — and QtNetwork need not be loaded at all.
            return False
        from PySide6.QtNetwork import QLocalSocket

        socket = QLocalSocket()
        socket.connectToServer(self.name)
        if not socket.waitForConnected(CONNECT_MS):
            return False
        socket.write(HELLO)
        socket.waitForBytesWritten(CONNECT_MS)
        socket.disconnectFromServer()
        return True

    def listen(self) -> bool:
        """Become the instance for this file; False if the socket cannot be made, or if
        another start of the same file began listening while this one was opening (it
        was asked to come forward: :attr:`raced`, and this one should end)."""
        from PySide6.QtNetwork import QLocalServer

        # This start listens only after its first paint: another started at nearly the
        # same moment may be listening by now — its socket is not a stale one to remove.
        if self.hand_over():
            self.raced = True
            return False
        QLocalServer.removeServer(self.name)  # a stale socket left by a killed instance
        self.server = QLocalServer(self)
        self.server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        self.server.newConnection.connect(self._connected)
        return self.server.listen(self.name)

    @Slot()
    def _connected(self) -> None:
        # Connecting is the whole message: whoever connects wants this window in front.
        assert self.server is not None
        while self.server.hasPendingConnections():
            self.server.nextPendingConnection().deleteLater()
            self.activated.emit()


def bring_forward(window: object) -> None:
    """Show ``window`` in front, restored if minimised."""
    window.showNormal()  # type: ignore[attr-defined]
    window.raise_()  # type: ignore[attr-defined]
    window.activateWindow()  # type: ignore[attr-defined]
