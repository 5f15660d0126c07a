"""The Linux bundle: packaging/build.sh builds it, and the archive works anywhere.

Slow (a PyInstaller build: ~25 s of CPU, ~175 MB): not in the default run. Run it with
``pytest -m slow tests/packaging`` before a release (packaging/README.md).
"""

from __future__ import annotations

import os
import subprocess
import tarfile
from collections.abc import Callable
from pathlib import Path

import pytest

from tests.support.dbus_session import FakeServer
from tracker.appinfo import APP_ID, VERSION

ROOT = Path(__file__).resolve().parents[2]
pytestmark = pytest.mark.slow


def test_build_script_makes_a_working_versioned_archive(
    tmp_path: Path, fake_notifications: Callable[..., FakeServer]
) -> None:
    done = subprocess.run(
        ["bash", "packaging/build.sh"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=900,
        check=False,
        stdin=subprocess.DEVNULL,
    )
    assert done.returncode == 0, done.stdout[-3000:] + done.stderr[-3000:]
    assert "self-test passed" in done.stdout
    # build.sh runs the self-test against its own private bus and fake server.
    assert "ok notification: delivered (id 1; server capabilities: actions, body)" in done.stdout
    archives = sorted((ROOT / "dist").glob(f"debt-tracker-{VERSION}-linux-*.tar.gz"))
    assert len(archives) == 1

    # Unpacked somewhere else, the bundle still passes its self-test: it is relocatable
    # and carries its translations, icons and templates.
    with tarfile.open(archives[0]) as tar:
        tar.extractall(tmp_path, filter="tar")
    binary = tmp_path / f"debt-tracker-{VERSION}" / "debt-tracker"
    runtime = tmp_path / "runtime"
    runtime.mkdir(mode=0o700)
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "XDG_RUNTIME_DIR": str(runtime)}
    env["XDG_DATA_HOME"] = str(tmp_path / "share")
    server = fake_notifications()  # sets DBUS_SESSION_BUS_ADDRESS for this test
    env["DBUS_SESSION_BUS_ADDRESS"] = os.environ["DBUS_SESSION_BUS_ADDRESS"]
    run = subprocess.run(
        [str(binary), "--self-test"],
        cwd=tmp_path,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert run.returncode == 0, run.stdout + run.stderr
    lines = run.stdout.splitlines()
    assert lines[-1] == "self-test passed"
    assert f"ok icons: 8 sizes 16-512 px, window icon, {APP_ID}.desktop" in lines
    assert any(line.startswith("ok translations: en ") for line in lines)
    assert any(line.startswith("ok charts: ") for line in lines)
    # The dataclass methods came from the cache made at build time (a bundle cannot
    # write one): every text the start needed was found in it.
    (cache,) = [line for line in lines if line.startswith("ok start-up cache: ")]
    found, _, needed = cache.removeprefix("ok start-up cache: ").split()[:3]
    assert int(found) == int(needed) > 50, cache
    # The frozen jeepney reached the fake server in its own process.
    assert "ok notification: delivered (id 1; server capabilities: actions, body)" in lines
    assert [call["summary"] for call in server.calls()] == ["Debt Tracker self-test"]

    version = subprocess.run(
        [str(binary), "--version"], env=env, capture_output=True, text=True, check=False
    )
    assert version.stdout == f"debt-tracker {VERSION}\n"

    # The entry it installs starts this unpacked copy.
    subprocess.run([str(binary), "--install-desktop-entry"], env=env, check=True)
    entry = tmp_path / "share" / "applications" / f"{APP_ID}.desktop"
    assert f"Exec={binary}\n" in entry.read_text(encoding="utf-8")
