"""Windows and macOS packaging files (not buildable here): they take the version and the
id from tracker/ instead of repeating them, and carry the AppUserModelID / bundle id."""

from __future__ import annotations

import ctypes
import re
import sys
from pathlib import Path

import pytest

from tracker.appinfo import APP_ID, VERSION
from ui import app

ROOT = Path(__file__).resolve().parents[2]
ISS = ROOT / "packaging" / "windows" / "debt-tracker.iss"
PS1 = ROOT / "packaging" / "windows" / "build.ps1"
SPEC = ROOT / "packaging" / "debt-tracker.spec"


def test_inno_script_repeats_neither_the_id_nor_the_version() -> None:
    text = ISS.read_text(encoding="utf-8")
    assert APP_ID not in text and VERSION not in text
    # Every shortcut carries the AppUserModelID (toasts need it on the Start-menu one).
    shortcuts = [line for line in text.splitlines() if line.startswith('Name: "{auto')]
    assert len(shortcuts) == 2
    assert all('AppUserModelID: "{#AppUserModelID}"' in line for line in shortcuts)
    assert shortcuts[0].startswith('Name: "{autoprograms}\\')
    # ... and the build script passes both values from tracker/.
    ps1 = PS1.read_text(encoding="utf-8")
    assert "/DAppVersion=$Version /DAppUserModelID=$AppId" in ps1
    assert "tracker.__version__" in ps1 and "tracker.appinfo import APP_ID" in ps1


def test_spec_names_the_bundle_with_the_version_and_the_mac_bundle_with_the_id() -> None:
    text = SPEC.read_text(encoding="utf-8")
    assert 'name=f"{GUI_COMMAND}-{VERSION}"' in text
    assert "bundle_identifier=APP_ID" in text
    assert re.search(r"^from tracker\.appinfo import .*APP_ID", text, re.M)


def test_windows_sets_the_app_user_model_id(monkeypatch: pytest.MonkeyPatch) -> None:
    calls: list[str] = []

    class Shell32:
        def SetCurrentProcessExplicitAppUserModelID(self, app_id: str) -> int:
            calls.append(app_id)
            return 0

    class WinDLL:
        shell32 = Shell32()

    monkeypatch.setattr(ctypes, "windll", WinDLL(), raising=False)
    monkeypatch.setattr(sys, "platform", "linux")
    app.set_windows_app_id()
    assert calls == []  # only on Windows
    monkeypatch.setattr(sys, "platform", "win32")
    app.set_windows_app_id()
    assert calls == [APP_ID]


def test_install_is_refused_off_linux(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path))
    monkeypatch.setattr(sys, "platform", "win32")
    assert app.desktop_entry_command(install=True) == 2
    assert capsys.readouterr().err == (
        "debt-tracker: error: desktop entries are for Linux; use the installer\n"
    )
    assert list(tmp_path.iterdir()) == []  # nothing written
