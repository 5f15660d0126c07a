"""Fixtures: a private D-Bus session bus and a fake notification server on it.

The fake server (``fake_notifications.py``) runs in its own process, as TESTING.md
asks: inside the Qt test process the bus calls stall.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

FAKE = Path(__file__).with_name("fake_notifications.py")


@pytest.fixture
def session_bus(monkeypatch: pytest.MonkeyPatch) -> Iterator[str]:
    """A fresh ``dbus-daemon --session``; ``DBUS_SESSION_BUS_ADDRESS`` points at it."""
    if shutil.which("dbus-daemon") is None:
        pytest.skip("dbus-daemon is not installed (scripts/bootstrap.sh installs 'dbus')")
    proc = subprocess.Popen(
        ["dbus-daemon", "--session", "--nofork", "--print-address=1"],
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
    )
    assert proc.stdout is not None
    address = proc.stdout.readline().strip()
    assert address.startswith("unix:"), address
    monkeypatch.setenv("DBUS_SESSION_BUS_ADDRESS", address)
    try:
        yield address
    finally:
        proc.terminate()
        proc.wait(timeout=5)


@dataclass
class FakeServer:
    """A running fake server; ``calls()`` reads the Notify calls it recorded."""

    record: Path
    proc: subprocess.Popen[str]

    def calls(self) -> list[dict]:
        if not self.record.exists():
            return []
        return [json.loads(line) for line in self.record.read_text("utf-8").splitlines()]

    def wait_for_calls(self, count: int, timeout: float = 10.0) -> list[dict]:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            calls = self.calls()
            if len(calls) >= count:
                return calls
            time.sleep(0.05)
        return self.calls()


@pytest.fixture
def fake_notifications(session_bus: str, tmp_path: Path) -> Iterator[Callable[..., FakeServer]]:
    """Start the fake server with options (``"--hang"``, ``"--invoke", "mark-paid"``)."""
    started: list[FakeServer] = []

    def start(*options: str) -> FakeServer:
        record = tmp_path / f"notify-{len(started)}.jsonl"
        proc = subprocess.Popen(
            [sys.executable, str(FAKE), str(record), *options],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
            env={**os.environ, "DBUS_SESSION_BUS_ADDRESS": session_bus},
        )
        assert proc.stdout is not None
        line = proc.stdout.readline().strip()  # "ready" once it owns the name
        assert line == "ready", (line, proc.stderr.read() if proc.poll() is not None else "")
        server = FakeServer(record, proc)
        started.append(server)
        return server

    try:
        yield start
    finally:
        for server in started:
            server.proc.kill()
            server.proc.wait(timeout=5)
