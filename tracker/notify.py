"""Native desktop notifications without Qt: freedesktop ``org.freedesktop.Notifications``.

Sent with jeepney (pure-Python D-Bus) because PySide6's QtDBus cannot send ``Notify``
(it has no uint32 and the call goes out with the wrong signature) and desktop-notifier
needs an asyncio loop that QtAsyncio breaks (TESTING.md § Notifications).

Nothing here raises on a missing bus, a missing server, an error or a server that never
answers: every call returns a :class:`Outcome` saying what happened, within a hard time
limit, because the caller may be a systemd timer or the GUI's worker thread.

Only Linux (and other freedesktop systems) is tried. On Windows and macOS nothing is
sent and the outcome says so; the desktop-notifier package would be the route there,
and it is not used because it was not tested on those systems.
"""

from __future__ import annotations

import contextlib
import os
import sys
import threading
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from tracker import desktop
from tracker.appinfo import APP_ID

#: Seconds any one D-Bus exchange may take before we give up on the server.
TIMEOUT = 3.0
APP_NAME = "Debt Tracker"
#: The ``desktop-entry`` hint: the desktop entry's file name without ".desktop"
#: (``<APP_ID>.desktop``, tracker/desktop.py), by which GNOME lists the app's notifications.
DESKTOP_ENTRY = APP_ID
#: A stock icon for when the app's own is missing (a broken install).
FALLBACK_ICON = "appointment-soon"
_PATH = "/org/freedesktop/Notifications"
_NAME = "org.freedesktop.Notifications"


@dataclass(frozen=True)
class Notification:
    """One notification to show. ``urgency``: 0 low, 1 normal, 2 critical.

    ``actions``: (key, label) pairs; the key ``"default"`` is the click on the
    notification itself. They are sent only when the server has the "actions"
    capability. ``tag`` is the caller's handle, returned with an action.
    """

    summary: str
    body: str = ""
    urgency: int = 1
    actions: tuple[tuple[str, str], ...] = ()
    tag: Any = None
    resident: bool = False


@dataclass(frozen=True)
class Outcome:
    """What happened to a batch: ``delivered`` notification ids (one per notification
    shown, in order), or ``reason`` (English) why nothing was delivered."""

    delivered: tuple[int, ...] = ()
    reason: str = ""
    capabilities: tuple[str, ...] = field(default=())

    @property
    def ok(self) -> bool:
        return bool(self.delivered) and not self.reason

    @property
    def cause(self) -> str:
        """Why it failed, as a code for translated messages: "" (delivered),
        "unsupported", "no-bus", "no-server", "timeout" or "refused"."""
        if not self.reason:
            return ""
        for words, code in (
            ("not tried on", "unsupported"),
            ("no session bus", "no-bus"),
            ("no notification server", "no-server"),
            ("did not answer", "timeout"),
        ):
            if words in self.reason:
                return code
        return "refused"


def app_icon() -> str:
    """The notification's icon: the app's 128 px PNG as a file URI (found whether or not
    --install-desktop-entry put it in the icon theme), else a stock icon name."""
    path = desktop.icon_file(128)
    return path.resolve().as_uri() if path.is_file() else FALLBACK_ICON


def session_bus_address() -> str | None:
    """The session bus address: ``$DBUS_SESSION_BUS_ADDRESS``, else the systemd user bus
    ``$XDG_RUNTIME_DIR/bus`` when it exists (cron sets neither)."""
    addr = os.environ.get("DBUS_SESSION_BUS_ADDRESS", "").strip()
    if addr:
        return addr
    runtime = os.environ.get("XDG_RUNTIME_DIR")
    if runtime and Path(runtime, "bus").exists():
        return f"unix:path={Path(runtime, 'bus')}"
    return None


def unsupported_reason() -> str | None:
    """Why this platform gets no native notification from us (None on freedesktop)."""
    names = {"win32": "Windows", "darwin": "macOS"}
    if sys.platform in names:
        return (
            f"native notifications are not tried on {names[sys.platform]}"
            " (desktop-notifier would be the route)"
        )
    return None


def send(notifications: Sequence[Notification], timeout: float = TIMEOUT) -> Outcome:
    """Show ``notifications`` and return at the latest after about ``timeout`` × 2 s.

    The exchange runs in a daemon thread that is abandoned if the bus or the server
    hangs, so the caller is never held longer than that.
    """
    reason = unsupported_reason()
    if reason:
        return Outcome(reason=f"not delivered: {reason}")
    box: list[Outcome] = []
    worker = threading.Thread(
        target=lambda: box.append(_send_now(notifications, timeout)),
        name="notify-send",
        daemon=True,
    )
    worker.start()
    worker.join(timeout * 2 + 0.5)
    if not box:
        return Outcome(reason=f"not delivered: {_no_answer(timeout)}")
    return box[0]


def _send_now(notifications: Sequence[Notification], timeout: float) -> Outcome:
    try:
        with Connection.open(timeout) as conn:
            return conn.notify_all(notifications, timeout)
    except NotDelivered as exc:
        return Outcome(reason=f"not delivered: {exc}")


def _no_answer(timeout: float) -> str:
    return f"the notification server did not answer in {timeout:g} s"


class NotDelivered(Exception):
    """Why a notification could not be shown (plain English)."""


class Connection:
    """One session-bus connection to the notification server (blocking, jeepney)."""

    def __init__(self, conn: Any) -> None:
        self.conn = conn
        self._caps: tuple[str, ...] | None = None

    @classmethod
    def open(cls, timeout: float = TIMEOUT) -> Connection:
        """Connect to the session bus. Raises :class:`NotDelivered` (no bus, refused)."""
        from jeepney.io.blocking import DBusConnection, prep_socket

        addr = session_bus_address()
        if addr is None:
            raise NotDelivered("no session bus (DBUS_SESSION_BUS_ADDRESS is not set)")
        try:
            from jeepney.bus import get_connectable_addresses

            sock = prep_socket(next(get_connectable_addresses(addr)), False, timeout=timeout)
            return cls(DBusConnection(sock, False))
        except (OSError, StopIteration, ValueError, KeyError, TimeoutError) as exc:
            raise NotDelivered(f"no session bus at {addr} ({exc})") from None

    def __enter__(self) -> Connection:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        with contextlib.suppress(OSError):
            self.conn.close()

    def call(
        self, method: str, signature: str | None, body: tuple[Any, ...], timeout: float
    ) -> Any:
        """Call a method of the notification server; returns the reply's body."""
        from jeepney import DBusAddress, new_method_call
        from jeepney.wrappers import DBusErrorResponse, unwrap_msg

        addr = DBusAddress(_PATH, bus_name=_NAME, interface=_NAME)
        try:
            reply = self.conn.send_and_get_reply(
                new_method_call(addr, method, signature, body), timeout=timeout
            )
            return unwrap_msg(reply)
        except TimeoutError:
            raise NotDelivered(_no_answer(timeout)) from None
        except DBusErrorResponse as exc:
            if "ServiceUnknown" in str(exc.name):
                raise NotDelivered("no notification server on the session bus") from None
            raise NotDelivered(f"the notification server refused: {exc.name}") from None
        except OSError as exc:
            raise NotDelivered(f"the session bus connection failed ({exc})") from None

    def capabilities(self, timeout: float = TIMEOUT) -> tuple[str, ...]:
        """The server's capabilities ("actions", "body", …), asked once."""
        if self._caps is None:
            self._caps = tuple(self.call("GetCapabilities", None, (), timeout)[0])
        return self._caps

    def notify(self, note: Notification, timeout: float = TIMEOUT) -> int:
        """Show one notification; returns the server's id for it."""
        actions: list[str] = []
        if "actions" in self.capabilities(timeout):
            for key, label in note.actions:
                actions += [key, label]
        hints = {
            "urgency": ("y", max(0, min(2, note.urgency))),
            "category": ("s", "x-debt-tracker.reminder"),
            "desktop-entry": ("s", DESKTOP_ENTRY),
        }
        if note.resident:
            hints["resident"] = ("b", True)
        body = (APP_NAME, 0, app_icon(), note.summary, note.body, actions, hints, -1)
        return int(self.call("Notify", "susssasa{sv}i", body, timeout)[0])

    def notify_all(self, notes: Sequence[Notification], timeout: float) -> Outcome:
        ids: list[int] = []
        try:
            caps = self.capabilities(timeout)
            for note in notes:
                ids.append(self.notify(note, timeout))
        except NotDelivered as exc:
            return Outcome(tuple(ids), f"not delivered: {exc}")
        return Outcome(tuple(ids), "", caps)

    def watch_actions(self) -> None:
        """Receive ``ActionInvoked`` and ``NotificationClosed`` from the server."""
        from jeepney import MatchRule, message_bus

        rule = MatchRule(type="signal", interface=_NAME, path=_PATH)
        self.conn.send_and_get_reply(message_bus.AddMatch(rule), timeout=TIMEOUT)

    def next_signal(self, timeout: float) -> tuple[str, tuple[Any, ...]] | None:
        """The next signal from the server (member name, body), or None after ``timeout``."""
        from jeepney import HeaderFields, MessageType

        try:
            msg = self.conn.receive(timeout=timeout)
        except TimeoutError:
            return None
        if msg.header.message_type != MessageType.signal:
            return None
        if msg.header.fields.get(HeaderFields.interface) != _NAME:
            return None
        return str(msg.header.fields.get(HeaderFields.member)), tuple(msg.body)


ActionHandler = Callable[[Any, str], None]
OutcomeHandler = Callable[[Any, Outcome], None]


class Notifier:
    """A long-lived sender for the GUI: one daemon thread owns the connection, sends what
    is queued and hands every ``ActionInvoked`` to ``on_action(tag, action_key)``.

    Callbacks run on the worker thread: the caller must move them to its own thread
    (the GUI wraps them in a Qt signal) and must not touch the data file from them.
    """

    def __init__(self, on_action: ActionHandler, on_outcome: OutcomeHandler) -> None:
        self._on_action = on_action
        self._on_outcome = on_outcome
        self._queue: list[tuple[Any, Sequence[Notification]]] = []
        self._lock = threading.Condition()
        self._stopped = False
        self._tags: dict[int, Any] = {}
        self._thread = threading.Thread(target=self._run, name="notifier", daemon=True)
        self._thread.start()

    def post(self, batch_tag: Any, notes: Sequence[Notification]) -> None:
        """Queue ``notes``; ``on_outcome(batch_tag, outcome)`` reports the result."""
        with self._lock:
            self._queue.append((batch_tag, tuple(notes)))
            self._lock.notify()

    def stop(self) -> None:
        with self._lock:
            self._stopped = True
            self._lock.notify()

    def _run(self) -> None:
        conn: Connection | None = None
        while True:
            with self._lock:
                if self._stopped:
                    break
                if not self._queue:
                    self._lock.wait(0.2 if conn else 1.0)
                jobs, self._queue = self._queue, []
            for tag, notes in jobs:
                conn = self._deliver(conn, tag, notes)
            if conn is not None:
                conn = self._listen(conn)
        if conn is not None:
            conn.close()

    def _deliver(
        self, conn: Connection | None, tag: Any, notes: Sequence[Notification]
    ) -> Connection | None:
        reason = unsupported_reason()
        if reason:
            self._on_outcome(tag, Outcome(reason=f"not delivered: {reason}"))
            return conn
        try:
            if conn is None:
                conn = Connection.open()
                conn.watch_actions()
            outcome = conn.notify_all(notes, TIMEOUT)
        except (NotDelivered, OSError, TimeoutError) as exc:
            if conn is not None:
                conn.close()
            self._on_outcome(tag, Outcome(reason=f"not delivered: {exc}"))
            return None
        for note, nid in zip(notes, outcome.delivered, strict=False):
            self._tags[nid] = note.tag
        self._on_outcome(tag, outcome)
        return conn

    def _listen(self, conn: Connection) -> Connection | None:
        try:
            signal = conn.next_signal(0.05)
        except OSError:
            conn.close()
            return None
        if signal is not None:
            member, body = signal
            if member == "ActionInvoked" and body and body[0] in self._tags:
                self._on_action(self._tags[body[0]], str(body[1]))
            elif member == "NotificationClosed" and body:
                self._tags.pop(body[0], None)
        return conn
