"""The wheel: built with ``python -m build``, installed into a fresh virtualenv outside
the repository, both commands work and every resource is found in site-packages.

Slow (a venv with PySide6: about a minute): not in the default run. Run it with
``pytest -m slow tests/packaging`` before a release (packaging/README.md).
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import venv
from pathlib import Path

import pytest

from tracker.appinfo import APP_ID, VERSION

ROOT = Path(__file__).resolve().parents[2]
pytestmark = pytest.mark.slow


def _run(args: list[str], cwd: Path, env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    done = subprocess.run(
        args, cwd=cwd, env=env, capture_output=True, text=True, timeout=600, check=False
    )
    assert done.returncode == 0, f"{args}: {done.stdout[-3000:]}{done.stderr[-3000:]}"
    return done


def test_wheel_installs_and_runs_in_a_fresh_venv(tmp_path: Path) -> None:
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "VIRTUAL_ENV")}
    runtime = tmp_path / "runtime"
    runtime.mkdir(mode=0o700)
    env |= {
        "QT_QPA_PLATFORM": "offscreen",
        "XDG_RUNTIME_DIR": str(runtime),
        "XDG_DATA_HOME": str(tmp_path / "share"),
        "XDG_CONFIG_HOME": str(tmp_path / "config"),
        "PIP_DISABLE_PIP_VERSION_CHECK": "1",
    }
    # sdist first, then the wheel from the sdist: nothing stale in build/ gets in.
    _run([sys.executable, "-m", "build", "--outdir", str(tmp_path / "dist"), "."], ROOT, env)
    wheels = list((tmp_path / "dist").glob(f"debt_tracker-{VERSION}-py3-none-any.whl"))
    assert len(wheels) == 1

    venv.create(tmp_path / "venv", with_pip=True)
    bin_dir = tmp_path / "venv" / "bin"
    _run([str(bin_dir / "python"), "-m", "pip", "install", "-q", str(wheels[0])], tmp_path, env)

    work = tmp_path / "elsewhere"  # not the repository: nothing imports from the source
    work.mkdir()
    cli = str(bin_dir / "debt-tracker-cli")
    assert _run([cli, "--version"], work, env).stdout == f"debt-tracker-cli {VERSION}\n"
    init = _run([cli, "--db", "demo.db", "--json", "init", "--demo"], work, env)
    assert json.loads(init.stdout) == {"db": "demo.db", "created": True, "demo": True}
    due = _run([cli, "--db", "demo.db", "--today", "2026-12-01", "--json", "due"], work, env)
    assert json.loads(due.stdout)  # demo data has dues in the next 30 days

    gui = str(bin_dir / "debt-tracker")
    assert _run([gui, "--version"], work, env).stdout == f"debt-tracker {VERSION}\n"
    test = _run([gui, "--self-test", "--today", "2026-12-01"], work, env)
    lines = test.stdout.splitlines()
    assert lines[-1] == "self-test passed"
    assert f"ok icons: 8 sizes 16-512 px, window icon, {APP_ID}.desktop" in lines

    # Every resource comes from the installed package, not from the repository.
    where = _run(
        [
            str(bin_dir / "python"),
            "-c",
            "import resources, tracker.desktop as d; print(resources.__file__);"
            "print(d.icon_file(512)); print(d.resources_dir() / 'i18n')",
        ],
        work,
        env,
    ).stdout.split()
    site = str(tmp_path / "venv" / "lib")
    assert all(path.startswith(site) for path in where), where
    names = {p.name for p in Path(where[2]).iterdir()}
    assert {"debt_tracker_en.qm", "debt_tracker_zh_CN.qm"} <= names

    # The desktop entry it installs starts the venv's script.
    _run([gui, "--install-desktop-entry"], work, env)
    entry = tmp_path / "share" / "applications" / f"{APP_ID}.desktop"
    assert f"Exec={gui}\n" in entry.read_text(encoding="utf-8")
