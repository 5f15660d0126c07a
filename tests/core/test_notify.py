"""tracker.notify against a fake notification server in its own process: the full
Notify signature, actions only where the server has the "actions" capability, and
every failure returned as an outcome, never raised."""

from __future__ import annotations

import time
from collections.abc import Callable

import pytest

from tests.support.dbus_session import FakeServer
from tracker import desktop, notify
from tracker.appinfo import APP_ID

NOTE = notify.Notification(
    "花呗: ¥3,245.60 due in 3 days",
    "Due date 2026-12-04",
    urgency=2,
    actions=(("default", "Open"), ("mark-paid", "Mark paid")),
)


def test_actions_are_sent_when_the_server_offers_them(
    fake_notifications: Callable[..., FakeServer],
) -> None:
    server = fake_notifications()
    outcome = notify.send([NOTE])
    assert outcome.ok and outcome.delivered == (1,) and outcome.cause == ""
    (call,) = server.calls()
    assert call["signature"] == "susssasa{sv}i"
    assert call["actions"] == ["default", "Open", "mark-paid", "Mark paid"]
    assert call["hints"] == {
        "urgency": 2,
        "category": "x-debt-tracker.reminder",
        # The desktop entry's file name without ".desktop" (tracker/desktop.py installs
        # <APP_ID>.desktop): GNOME lists and groups the app's notifications by it.
        "desktop-entry": APP_ID,
    }
    # The app's own icon (resources/icons), not a stock one.
    assert call["icon"] == desktop.icon_file(128).as_uri()


def test_no_actions_for_a_server_without_them(
    fake_notifications: Callable[..., FakeServer],
) -> None:
    server = fake_notifications("--no-actions")
    assert notify.send([NOTE]).ok
    assert server.calls()[0]["actions"] == []


def test_an_action_comes_back_to_the_notifier(
    fake_notifications: Callable[..., FakeServer],
) -> None:
    fake_notifications("--invoke", "mark-paid")
    got: list[tuple[object, str]] = []
    outcomes: list[notify.Outcome] = []
    notifier = notify.Notifier(
        lambda tag, key: got.append((tag, key)), lambda _t, o: outcomes.append(o)
    )
    try:
        notifier.post("batch", [notify.Notification("x", tag=("due", 16))])
        deadline = time.monotonic() + 10
        while not got and time.monotonic() < deadline:
            time.sleep(0.05)
    finally:
        notifier.stop()
    assert outcomes and outcomes[0].ok
    assert got == [(("due", 16), "mark-paid")]


@pytest.mark.parametrize(
    ("address", "cause"),
    [("unix:path=/nonexistent/bus", "no-bus"), ("nonsense", "no-bus")],
)
def test_no_bus_is_an_outcome_not_an_exception(
    monkeypatch: pytest.MonkeyPatch, address: str, cause: str
) -> None:
    monkeypatch.setenv("DBUS_SESSION_BUS_ADDRESS", address)
    outcome = notify.send([NOTE])
    assert not outcome.ok and outcome.cause == cause
    assert outcome.reason.startswith("not delivered: no session bus")


def test_a_bus_without_a_server(session_bus: str) -> None:
    outcome = notify.send([NOTE])
    assert outcome.cause == "no-server"


def test_a_hanging_server_costs_the_timeout_only(
    fake_notifications: Callable[..., FakeServer],
) -> None:
    fake_notifications("--hang")
    started = time.monotonic()
    outcome = notify.send([NOTE], timeout=1.0)
    assert time.monotonic() - started < 3
    assert outcome.cause == "timeout"
    assert outcome.reason == "not delivered: the notification server did not answer in 1 s"
