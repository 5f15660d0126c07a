"""The app's place on the desktop: icon files, Linux desktop entry, AppStream metainfo.

``debt-tracker --install-desktop-entry`` writes the desktop entry, the metainfo and the
hicolor icons under ``$XDG_DATA_HOME`` (default ``~/.local/share``), pointing at the
program that is running (a wheel's ``debt-tracker`` script or the bundle's binary), so
that a wheel or bundle install shows up in the menus without root;
``--uninstall-desktop-entry`` removes exactly those files again.

The entry and the metainfo are rendered from the templates in ``resources/linux/``
with the id, version and command filled in, so the id is written in one place
(:data:`tracker.appinfo.APP_ID`). Qt-free: the installer needs no display.
"""

from __future__ import annotations

import contextlib
import os
import re
import sys
from collections.abc import Sequence
from importlib import resources
from pathlib import Path

from tracker.appinfo import APP_ID, GUI_COMMAND, HOMEPAGE, RELEASE_DATE, VERSION

#: The PNG sizes in resources/icons/ (debt-tracker-<size>.png), rendered from the SVG.
ICON_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
#: The size given to notification servers when the icon is not installed by name.
NOTIFICATION_ICON_SIZE = 256


def resources_dir() -> Path:
    """The folder of the ``resources`` package (source tree, wheel or bundle alike)."""
    return Path(str(resources.files("resources")))


def icon_file(size: int | None = None) -> Path:
    """The app icon: ``size`` px PNG (one of :data:`ICON_SIZES`), or the SVG for None."""
    if size is not None and size not in ICON_SIZES:
        raise ValueError(f"no {size} px icon (sizes: {ICON_SIZES})")
    name = "debt-tracker.svg" if size is None else f"debt-tracker-{size}.png"
    return resources_dir() / "icons" / name


def data_home(environ: os._Environ[str] | dict[str, str] | None = None) -> Path:
    """``$XDG_DATA_HOME``, or ``~/.local/share`` when it is unset or not absolute."""
    env = os.environ if environ is None else environ
    value = env.get("XDG_DATA_HOME", "")
    return Path(value) if value and Path(value).is_absolute() else Path.home() / ".local/share"


def running_command() -> list[str]:
    """The command that starts this same install of the desktop app.

    The bundle's binary when frozen; else the ``debt-tracker`` script installed next to
    this Python (a wheel's or a virtualenv's); else ``python -m ui.app`` from this Python.
    """
    if getattr(sys, "frozen", False):
        return [str(Path(sys.executable).resolve())]
    name = GUI_COMMAND + (".exe" if sys.platform == "win32" else "")
    script = Path(sys.executable).parent / name
    if script.is_file():
        return [str(script.absolute())]  # absolute, not resolved: keep the venv's bin/
    return [str(Path(sys.executable).absolute()), "-m", "ui.app"]


def exec_line(argv: Sequence[str]) -> str:
    """``argv`` as a desktop entry's ``Exec`` value (quoted and escaped per the spec)."""
    reserved = set(" \t\n\"'\\><~|&;$*?#()`")
    parts = []
    for arg in argv:
        if arg and not (set(arg) & reserved):
            quoted = arg
        else:
            inner = "".join("\\" + c if c in '"`$\\' else c for c in arg)
            quoted = f'"{inner}"'
        parts.append(quoted.replace("%", "%%"))
    # The whole value is then a desktop "string": a backslash is written as \\.
    return " ".join(parts).replace("\\", "\\\\")


def _template(name: str) -> str:
    return (resources_dir() / "linux" / name).read_text(encoding="utf-8")


def _fill(text: str, values: dict[str, str]) -> str:
    for key, value in values.items():
        text = text.replace(f"@{key}@", value)
    leftover = re.findall(r"@[A-Z_]+@", text)
    if leftover:
        raise AssertionError(f"unfilled template fields: {', '.join(sorted(set(leftover)))}")
    return text


def desktop_entry(argv: Sequence[str] | None = None) -> str:
    """The desktop entry for the app started by ``argv`` (default: this install)."""
    command = exec_line(list(argv) if argv is not None else running_command())
    return _fill(_template("app.desktop.in"), {"APP_ID": APP_ID, "EXEC": command})


def metainfo() -> str:
    """The AppStream metainfo (component id, this version and its release date)."""
    values = {
        "APP_ID": APP_ID,
        "VERSION": VERSION,
        "RELEASE_DATE": RELEASE_DATE,
        "HOMEPAGE": HOMEPAGE,
        "SCREENSHOTS": HOMEPAGE.replace("github.com", "raw.githubusercontent.com")
        + "/main/docs/screenshots",
    }
    return _fill(_template("app.metainfo.xml.in"), values)


def installed_files(home: Path) -> list[Path]:
    """Every file :func:`install` writes under the data folder ``home``."""
    icons = home / "icons" / "hicolor"
    return [
        home / "applications" / f"{APP_ID}.desktop",
        home / "metainfo" / f"{APP_ID}.metainfo.xml",
        icons / "scalable" / "apps" / f"{APP_ID}.svg",
        *(icons / f"{n}x{n}" / "apps" / f"{APP_ID}.png" for n in ICON_SIZES),
    ]


def install(home: Path | None = None, argv: Sequence[str] | None = None) -> list[Path]:
    """Write the desktop entry, metainfo and icons under ``home`` (default
    :func:`data_home`) for the app started by ``argv`` (default: this install).

    Files already there are replaced (a moved bundle just installs again).

    Returns:
        The files written.
    """
    home = data_home() if home is None else home
    desktop, meta, svg, *pngs = installed_files(home)
    contents: list[tuple[Path, bytes]] = [
        (desktop, desktop_entry(argv).encode("utf-8")),
        (meta, metainfo().encode("utf-8")),
        (svg, icon_file().read_bytes()),
        *((png, icon_file(n).read_bytes()) for png, n in zip(pngs, ICON_SIZES, strict=True)),
    ]
    for path, data in contents:
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp = path.with_name(f".{path.name}.tmp")
        tmp.write_bytes(data)
        tmp.replace(path)  # never a half-written entry in the menus
    _touch(home / "icons" / "hicolor")  # icon caches look at the theme folder's mtime
    return [path for path, _ in contents]


def uninstall(home: Path | None = None) -> list[Path]:
    """Remove what :func:`install` wrote under ``home``; returns the files removed."""
    home = data_home() if home is None else home
    removed = []
    for path in installed_files(home):
        if path.is_file():
            path.unlink()
            removed.append(path)
    if removed:
        _touch(home / "icons" / "hicolor")
    return removed


def notification_icon(home: Path | None = None) -> str:
    """What to pass as a notification's ``app_icon``: the icon name when the icon is
    installed where the notification server looks it up, else the PNG's absolute path."""
    home = data_home() if home is None else home
    n = NOTIFICATION_ICON_SIZE
    roots = [home, *(Path(d) for d in os.environ.get("XDG_DATA_DIRS", "").split(":") if d)]
    if any((r / "icons/hicolor" / f"{n}x{n}" / "apps" / f"{APP_ID}.png").is_file() for r in roots):
        return APP_ID
    return str(icon_file(n).resolve())


def _touch(folder: Path) -> None:
    with contextlib.suppress(OSError):
        os.utime(folder)
