"""A second start of the app for the same data file brings the first forward and exits 0."""

from __future__ import annotations

import hashlib
import os
import subprocess
import sys
import time
from pathlib import Path

from PySide6.QtNetwork import QLocalSocket

from ui.single_instance import server_name

ROOT = Path(__file__).resolve().parents[2]


def start(db: Path, env: dict[str, str], *more: str) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, "-m", "ui.app", "--db", str(db), "--today", "2026-12-01", *more],
        cwd=ROOT,
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        text=True,
    )


def listening(db: Path) -> bool:
    socket = QLocalSocket()
    socket.connectToServer(server_name(db))
    ok = socket.waitForConnected(200)
    socket.abort()
    return ok


def test_the_second_start_hands_over_and_exits_0(tmp_path: Path, qapp: object) -> None:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "HOME": str(tmp_path)}
    db = tmp_path / "d.db"
    # --demo: a new file is otherwise asked about first (demo data or empty), and nobody
    # answers here.
    first = start(db, env, "--demo")
    try:
        deadline = time.monotonic() + 60
        while not listening(db):
            assert first.poll() is None, "the first instance ended"
            assert time.monotonic() < deadline, "the first instance never listened"
            time.sleep(0.2)
        began = time.monotonic()
        second = start(tmp_path / "." / "d.db", env)  # the same file, written another way
        assert second.wait(timeout=60) == 0
        assert time.monotonic() - began < 30
        assert first.poll() is None  # the first is still running
    finally:
        first.kill()
        first.wait(timeout=30)


def test_a_start_that_raced_another_does_not_take_its_socket(tmp_path: Path, qapp: object) -> None:
    # Two starts of one file at nearly the same moment: neither found the other listening
    # (each listens only after its first paint), so the later one, when it comes to
    # listen, finds the earlier one there — it asks it forward and does not remove its
    # socket as a stale one (the earlier one stays the instance).
    from ui.single_instance import SingleInstance

    db = tmp_path / "race.db"
    first, second = SingleInstance(db), SingleInstance(db)
    try:
        assert first.listen() and not first.raced
        assert not second.listen()
        assert second.raced and second.server is None
        assert listening(db)  # the first instance's socket is still there
    finally:
        if first.server is not None:
            first.server.close()


def test_the_socket_is_named_by_the_sha256_of_the_resolved_path(tmp_path: Path) -> None:
    db = tmp_path / "d.db"
    digest = hashlib.sha256(str(db.resolve()).encode("utf-8")).hexdigest()
    assert server_name(db) == f"debt-tracker-{digest[:24]}"
    # another spelling of the same file: the same socket
    assert server_name(tmp_path / "sub" / ".." / "d.db") == server_name(db)
