"""The core (`tracker`) stays Qt-free, never reaches up into `ui`, and never uses float."""

from __future__ import annotations

import ast
import json
import re
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
TRACKER = ROOT / "tracker"

# Top-level packages the core must never import: Qt bindings and the GUI layer.
FORBIDDEN = frozenset({"PySide6", "shiboken6", "PyQt5", "PyQt6", "ui"})

_IMPORT_EVERYTHING = """
import importlib, json, pkgutil, sys, traceback
sys.path.insert(0, sys.argv[1])
import tracker
failed = {}
def _walk_error(name):
    failed[name] = traceback.format_exc()
names = ["tracker"] + [
    info.name
    for info in pkgutil.walk_packages(tracker.__path__, "tracker.", onerror=_walk_error)
    if info.name.rpartition(".")[2] != "__main__"
]
for name in names:
    try:
        importlib.import_module(name)
    except BaseException:
        failed[name] = traceback.format_exc()
forbidden = set(json.loads(sys.argv[2]))
loaded = sorted(m for m in sys.modules if m.partition(".")[0] in forbidden)
print(json.dumps({"imported": names, "failed": failed, "forbidden_loaded": loaded}))
"""


def _tracker_files() -> list[Path]:
    return sorted(TRACKER.rglob("*.py"))


def _parse(path: Path) -> ast.Module:
    return ast.parse(path.read_text(encoding="utf-8"), filename=str(path))


def _where(path: Path, node: ast.AST) -> str:
    return f"{path.relative_to(ROOT)}:{getattr(node, 'lineno', '?')}"


def _imported_names(node: ast.AST) -> list[str]:
    """Absolute module names an import statement (or import_module/__import__ call) names."""
    if isinstance(node, ast.Import):
        return [alias.name for alias in node.names]
    if isinstance(node, ast.ImportFrom):
        # Relative imports stay inside `tracker`; only absolute ones can reach PySide6/ui.
        return [node.module] if node.level == 0 and node.module else []
    if isinstance(node, ast.Call) and node.args:
        func = node.func
        name = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", None)
        first = node.args[0]
        if name in {"import_module", "__import__"} and isinstance(first, ast.Constant):
            return [str(first.value)]
    return []


def test_importing_every_tracker_module_loads_no_qt_and_no_ui() -> None:
    result = subprocess.run(
        [sys.executable, "-c", _IMPORT_EVERYTHING, str(ROOT), json.dumps(sorted(FORBIDDEN))],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    report = json.loads(result.stdout.strip().splitlines()[-1])
    assert not report["failed"], "could not import:\n" + "\n".join(
        f"{name}:\n{tb}" for name, tb in report["failed"].items()
    )
    loaded = report["forbidden_loaded"]
    assert loaded == [], "importing tracker pulled in " + ", ".join(loaded)


def test_no_tracker_file_imports_qt_or_ui() -> None:
    offences = []
    for path in _tracker_files():
        for node in ast.walk(_parse(path)):
            for name in _imported_names(node):
                if name.partition(".")[0] in FORBIDDEN:
                    offences.append(f"{_where(path, node)} imports {name}")
    assert offences == [], "the core must not import Qt or ui:\n" + "\n".join(offences)


def test_no_float_calls_in_tracker() -> None:
    offences = [
        _where(path, node)
        for path in _tracker_files()
        for node in ast.walk(_parse(path))
        if isinstance(node, ast.Call)
        and isinstance(node.func, ast.Name)
        and node.func.id == "float"
    ]
    assert offences == [], "money and rates are int/Decimal, never float():\n" + "\n".join(
        offences
    )


def test_static_checks_see_the_core() -> None:
    # Guards the checks above against silently walking an empty or wrong folder.
    files = {p.relative_to(TRACKER).as_posix() for p in _tracker_files()}
    assert "__init__.py" in files


UI = Path(__file__).resolve().parents[2] / "ui"
SQL = re.compile(r"\b(SELECT|INSERT|UPDATE|DELETE FROM|CREATE TABLE|PRAGMA)\b")
STORE_WRITES = re.compile(r"store\.(insert_|update_|delete|reinsert|transaction|db\b)")


def test_ui_has_no_sql_and_writes_only_through_the_service() -> None:
    offences = []
    for path in sorted(UI.rglob("*.py")):
        text = path.read_text(encoding="utf-8")
        for bad in ("import sqlite3", "sqlite_utils"):
            if bad in text:
                offences.append(f"{path.name}: {bad}")
        offences += [f"{path.name}: SQL {m.group(0)}" for m in SQL.finditer(text)]
        offences += [f"{path.name}: {m.group(0)}" for m in STORE_WRITES.finditer(text)]
    assert offences == [], "ui must call tracker.service, not the database:\n" + "\n".join(
        offences
    )


def test_main_window_only_wires() -> None:
    """MainWindow builds pages, actions and menus: it stays small and imports no rules."""
    text = (UI / "main_window.py").read_text(encoding="utf-8")
    assert len(text.splitlines()) < 250
    assert "from tracker" not in text and "import tracker" not in text
