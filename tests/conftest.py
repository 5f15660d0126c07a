"""Shared test set-up: Qt runs offscreen and gets a private runtime folder."""

from __future__ import annotations

import atexit
import os
import shutil
import tempfile

# Without a screen (and without this) Qt aborts at QApplication(); a real display is
# still used when the caller asks for one explicitly.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

if not os.environ.get("XDG_RUNTIME_DIR"):
    # mkdtemp creates the folder 0700, which is what Qt checks; silences its warning.
    _runtime_dir = tempfile.mkdtemp(prefix="debt-tracker-runtime-")
    os.chmod(_runtime_dir, 0o700)
    os.environ["XDG_RUNTIME_DIR"] = _runtime_dir
    atexit.register(shutil.rmtree, _runtime_dir, ignore_errors=True)


# Tests never reach the machine's own session bus: the ones that need a bus start a
# private one (tests/support/dbus_session.py); the others see none.
os.environ["DBUS_SESSION_BUS_ADDRESS"] = "unix:path=/nonexistent/debt-tracker-tests/bus"

pytest_plugins = ["tests.support.dbus_session"]
