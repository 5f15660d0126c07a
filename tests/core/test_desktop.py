"""The Linux desktop entry, AppStream metainfo and --install/--uninstall-desktop-entry."""

from __future__ import annotations

import configparser
import os
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from tracker import desktop
from tracker.appinfo import APP_ID, VERSION

ROOT = Path(__file__).resolve().parents[2]
XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"


def _entry(text: str) -> dict[str, str]:
    parser = configparser.RawConfigParser(interpolation=None, strict=True)
    parser.optionxform = str  # type: ignore[assignment,method-assign]  # keep Name[zh_CN]
    parser.read_string(text)
    return dict(parser["Desktop Entry"])


def _write(tmp_path: Path, name: str, text: str) -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def test_the_entry_names_the_app_in_both_languages() -> None:
    entry = _entry(desktop.desktop_entry(["/opt/debt-tracker/debt-tracker"]))
    assert entry["Name"] == "Debt Tracker"
    assert entry["Name[zh_CN]"] == "债务管家"
    assert entry["Comment[zh_CN]"].startswith("不再错过还款日")
    assert entry["Categories"] == "Office;Finance;"
    assert entry["StartupNotify"] == "true"
    assert entry["X-GNOME-UsesNotifications"] == "true"
    assert entry["Icon"] == APP_ID
    assert entry["Exec"] == "/opt/debt-tracker/debt-tracker"


@pytest.mark.parametrize(
    ("argv", "line"),
    [
        (["/usr/bin/debt-tracker"], "/usr/bin/debt-tracker"),
        # A space: the argument is quoted.
        (["/home/a b/debt-tracker"], '"/home/a b/debt-tracker"'),
        # Inside quotes $ gets a backslash; then every backslash is doubled (string value).
        (["/srv/$x y/bin"], '"/srv/\\\\$x y/bin"'),
        # % is the field-code character: written %%.
        (["/srv/100%/python", "-m", "ui.app"], "/srv/100%%/python -m ui.app"),
    ],
)
def test_exec_is_quoted_per_the_spec(argv: list[str], line: str) -> None:
    assert desktop.exec_line(argv) == line


validator = pytest.mark.skipif(
    shutil.which("desktop-file-validate") is None or shutil.which("appstreamcli") is None,
    reason="needs desktop-file-utils and appstream (scripts/bootstrap.sh installs them)",
)


@validator
def test_desktop_file_validate_passes(tmp_path: Path) -> None:
    # With an awkward path too: quoting must keep the entry valid.
    for argv in (desktop.running_command(), ["/home/a b/$HOME/100%/debt-tracker"]):
        path = _write(tmp_path, f"{APP_ID}.desktop", desktop.desktop_entry(argv))
        done = subprocess.run(
            ["desktop-file-validate", str(path)], capture_output=True, text=True, check=False
        )
        assert (done.returncode, done.stdout + done.stderr) == (0, "")


@validator
def test_appstreamcli_validate_passes(tmp_path: Path) -> None:
    path = _write(tmp_path, f"{APP_ID}.metainfo.xml", desktop.metainfo())
    done = subprocess.run(
        ["appstreamcli", "validate", "--no-net", "--pedantic", str(path)],
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 0, done.stdout + done.stderr
    # The one remark left is pedantic: AppStream prefers lower-case ids, but the
    # reverse-DNS id keeps its capitals (like org.gnome.TextEditor) so that it can be
    # the Wayland app id and the .desktop name as well.
    remarks = [line for line in done.stdout.splitlines() if line[:2] in ("E:", "W:", "I:", "P:")]
    assert remarks == [f"P: {APP_ID}:4: cid-contains-uppercase-letter"]


def test_metainfo_content() -> None:
    root = ET.fromstring(desktop.metainfo())
    assert root.findtext("id") == APP_ID
    assert root.findtext("launchable") == f"{APP_ID}.desktop"
    assert root.find("content_rating").get("type") == "oars-1.1"  # type: ignore[union-attr]
    release = root.find("releases/release")
    assert release is not None and release.get("version") == VERSION
    chinese = {el.tag for el in root.iter() if el.get(XML_LANG) == "zh_CN"}
    assert {"name", "summary", "p", "li", "caption"} <= chinese
    images = [el.text or "" for el in root.iter("image")]
    # The screenshots are the committed ones (docs/screenshots/), by their public URL.
    assert [Path(url).name for url in images] == [
        "dashboard-en.png",
        "dashboard-zh_CN.png",
        "payoff-en.png",
    ]
    for url in images:
        assert url.startswith("https://")
        assert (ROOT / "docs" / "screenshots" / Path(url).name).is_file()


def _gui(args: list[str], home: Path) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "XDG_DATA_HOME": str(home)}
    return subprocess.run(
        [sys.executable, "-m", "ui.app", *args],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )


def test_install_and_uninstall_under_xdg_data_home(tmp_path: Path) -> None:
    home = tmp_path / "share"
    done = _gui(["--install-desktop-entry"], home)
    assert done.returncode == 0, done.stderr
    # 1 entry + 1 metainfo + 1 SVG + 8 PNG sizes = 11 files.
    expected = desktop.installed_files(home)
    assert len(expected) == 11
    assert all(path.is_file() for path in expected)
    assert done.stdout.splitlines()[0].startswith("installed 11 files for ")
    entry = _entry((home / "applications" / f"{APP_ID}.desktop").read_text(encoding="utf-8"))
    # Run from this venv with -m: the entry starts the venv's debt-tracker script.
    script = Path(sys.executable).parent / "debt-tracker"
    assert entry["Exec"] == desktop.exec_line([str(script)])
    png = home / "icons/hicolor/48x48/apps" / f"{APP_ID}.png"
    assert png.read_bytes() == desktop.icon_file(48).read_bytes()
    # Notifications now name the icon instead of giving its file.
    assert desktop.notification_icon(home) == APP_ID

    # Something else of the user's in the same folders is left alone.
    other = home / "applications" / "other.desktop"
    other.write_text("[Desktop Entry]\n", encoding="utf-8")
    done = _gui(["--uninstall-desktop-entry"], home)
    assert done.returncode == 0, done.stderr
    assert done.stdout.splitlines()[0] == "removed 11 files"
    assert not any(path.exists() for path in expected)
    assert other.is_file()
    assert desktop.notification_icon(home) == str(desktop.icon_file(256).resolve())
    # Twice is fine: nothing left to remove.
    assert _gui(["--uninstall-desktop-entry"], home).stdout == "removed 0 files\n"


def test_install_into_an_unwritable_folder_says_so(tmp_path: Path) -> None:
    home = tmp_path / "share"
    home.write_text("a file, not a folder", encoding="utf-8")
    done = _gui(["--install-desktop-entry"], home)
    assert done.returncode == 2
    assert done.stderr.startswith("debt-tracker: error: ")
    assert len(done.stderr.splitlines()) == 1


def test_frozen_exec_is_the_bundle_binary(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(sys, "executable", "/opt/debt-tracker-0.1.0/debt-tracker")
    assert desktop.running_command() == ["/opt/debt-tracker-0.1.0/debt-tracker"]


def test_data_home_default_and_relative_values(tmp_path: Path) -> None:
    assert desktop.data_home({"XDG_DATA_HOME": str(tmp_path)}) == tmp_path
    # The spec: a relative value is invalid and ignored.
    assert desktop.data_home({"XDG_DATA_HOME": "rel/share"}) == Path.home() / ".local/share"
    assert desktop.data_home({}) == Path.home() / ".local/share"
