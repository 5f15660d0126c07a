"""One version number: tracker.__version__, read by pyproject.toml and both ``--version``s."""

from __future__ import annotations

import re
import subprocess
import sys
import tomllib
from pathlib import Path

import pytest

import tracker
from tracker.cli import main
from tracker.service import about
from tracker.storage import SCHEMA_VERSION, Store

ROOT = Path(__file__).resolve().parents[2]


def test_the_version_is_defined_once_in_tracker() -> None:
    assert re.fullmatch(r"\d+\.\d+\.\d+", tracker.__version__)
    meta = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    # pyproject.toml has no version of its own: setuptools reads tracker.__version__.
    assert "version" not in meta["project"]
    assert meta["project"]["dynamic"] == ["version"]
    assert meta["tool"]["setuptools"]["dynamic"]["version"] == {"attr": "tracker.__version__"}


def test_cli_version(capsys: pytest.CaptureFixture[str]) -> None:
    # argparse's version action exits 0 before the (required) command is looked for.
    with pytest.raises(SystemExit) as done:
        main(["--version"])
    assert done.value.code == 0
    assert capsys.readouterr().out == f"debt-tracker-cli {tracker.__version__}\n"


def test_gui_version_needs_no_display() -> None:
    # The process form: --version must answer before any QApplication exists.
    done = subprocess.run(
        [sys.executable, "-m", "ui.app", "--version"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout == f"debt-tracker {tracker.__version__}\n"


def test_about_names_the_version_file_and_schema(tmp_path: Path) -> None:
    store = Store.open(tmp_path / "a.db", create=True)
    try:
        info = about.about(store)
    finally:
        store.close()
    assert info.version == tracker.__version__
    assert info.data_file == (tmp_path / "a.db").resolve()
    # A new file is migrated to the newest schema when it is opened.
    assert info.schema_version == info.schema_supported == SCHEMA_VERSION
