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


# -- every "never" of DESIGN.md § Architecture, checked on any tree ---------------------------
#: (where, what it must never import): the domain (tracker/*.py) is pure; storage sits
#: under the service; ui reaches data only through the service; the CLI has no Qt.
NEVERS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("tracker/*.py", ("tracker.service", "tracker.storage", "sqlite3", "sqlite_utils")),
    ("tracker/storage/", ("tracker.service", "tracker.cli")),
    ("tracker/service/", ("tracker.cli",)),
    ("tracker/cli/", ("PySide6", "shiboken6", "ui")),
    ("ui/", ("tracker.storage", "sqlite3", "sqlite_utils")),
)
#: A call of a method on the open store from ui/: the store is handed to service functions
#: and nothing else.
STORE_CALL = re.compile(r"\bstore\.[a-z_]+\s*\(")
LIMIT_LINES = 400
SIZE_REASON = "Longer than 400 lines"


def _files(root: Path, where: str) -> list[Path]:
    if where.endswith("*.py"):
        return sorted((root / where[:-4]).glob("*.py"))
    return sorted((root / where).rglob("*.py"))


def _imports_by_name(node: ast.AST) -> bool:
    """``import importlib``, ``from importlib import import_module``, ``__import__(…)``:
    modules looked up by a name built at run time, which readers and tools cannot follow
    (``importlib.resources`` is fine)."""
    if isinstance(node, ast.Import):
        return any(a.name == "importlib" for a in node.names)
    if isinstance(node, ast.ImportFrom) and node.module == "importlib":
        return any(a.name == "import_module" for a in node.names)
    if isinstance(node, ast.Call):
        func = node.func
        name = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", None)
        return name in {"import_module", "__import__"}
    return False


def layering_offences(root: Path) -> list[str]:
    """Every broken "never" under ``root`` (a checkout: tracker/ and ui/ inside)."""
    out = []
    for where, banned in NEVERS:
        for path in _files(root, where):
            for node in ast.walk(_parse(path)):
                for name in _imported_names(node):
                    if any(name == b or name.startswith(b + ".") for b in banned):
                        out.append(f"{path.relative_to(root)}:{node.lineno} imports {name}")
    for path in sorted((root / "ui").rglob("*.py")):
        text = path.read_text(encoding="utf-8")
        for m in STORE_CALL.finditer(text):
            line = text.count("\n", 0, m.start()) + 1
            out.append(f"{path.relative_to(root)}:{line} calls the store: {m.group(0)}")
    for path in [*(root / "tracker").rglob("*.py"), *(root / "ui").rglob("*.py")]:
        tree = _parse(path)
        for node in ast.walk(tree):
            if isinstance(node, ast.ImportFrom) and any(a.name == "*" for a in node.names):
                out.append(f"{path.relative_to(root)}:{node.lineno} import *")
            if _imports_by_name(node):
                out.append(f"{path.relative_to(root)}:{node.lineno} imports by a built name")
        lines = path.read_text(encoding="utf-8").count("\n")
        if lines > LIMIT_LINES and SIZE_REASON not in (ast.get_docstring(tree) or ""):
            out.append(f"{path.relative_to(root)}: {lines} lines and no reason at its top")
    return out


def test_every_never_of_the_architecture_holds() -> None:
    assert layering_offences(ROOT) == [], "\n".join(layering_offences(ROOT))


def test_each_broken_never_is_caught(tmp_path: Path) -> None:
    """A deliberate violation of each rule makes the check fail."""
    cases = {
        "tracker/overview.py": "from tracker.service import dues\n",
        "tracker/records.py": "from tracker.storage import Store\n",
        "tracker/storage/store.py": "from tracker.service import files\n",
        "tracker/cli/main.py": "from PySide6.QtCore import QObject\n",
        "ui/pages/a.py": "from tracker.storage.store import Store\n",
        "ui/pages/b.py": "import sqlite3\n",
        "ui/pages/c.py": "def f(ctx):\n    return ctx.store.list_products()\n",
        "ui/pages/d.py": "from tracker.service import *\n",
        "ui/pages/e.py": "import importlib\n",
        "tracker/big.py": '"""Big."""\n' + "x = 1\n" * 450,
    }
    for name, text in cases.items():
        path = tmp_path / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
    found = layering_offences(tmp_path)
    for name in cases:
        assert any(line.startswith(name) for line in found), f"{name} not caught: {found}"
