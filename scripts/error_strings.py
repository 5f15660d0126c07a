"""Collect the core's error templates for the translators: writes ui/error_messages.py.

Every ``refuse("…")`` / ``not_found("…")`` call in tracker/ with a string literal as its
first argument is a template (see tracker/errors.py). lupdate cannot read them there —
tracker/ never imports Qt — so this script lists them in ui/error_messages.py inside
``QT_TRANSLATE_NOOP("Errors", …)``, where lupdate finds them. scripts/translations.sh
runs it first; a test fails when the file is out of date.

    python scripts/error_strings.py [--check]
"""

from __future__ import annotations

import argparse
import ast
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TARGET = ROOT / "ui" / "error_messages.py"
MAKERS = {"refuse", "not_found", "unusable", "damaged"}

HEADER = '''"""The core's error templates, for lupdate (from scripts/error_strings.py)."""

from PySide6.QtCore import QT_TRANSLATE_NOOP

MESSAGES = (
'''


def templates(root: Path = ROOT / "tracker") -> list[str]:
    """Every template in the core, sorted, without repeats."""
    found: set[str] = set()
    for path in sorted(root.rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"), str(path))):
            if not isinstance(node, ast.Call) or not node.args:
                continue
            func = node.func
            name = func.id if isinstance(func, ast.Name) else getattr(func, "attr", None)
            first = node.args[0]
            if name in MAKERS and isinstance(first, ast.Constant) and isinstance(first.value, str):
                found.add(first.value)
    return sorted(found)


def render(items: list[str]) -> str:
    lines = [f"    QT_TRANSLATE_NOOP({'Errors'!r}, {t!r}),\n" for t in items]
    return HEADER + "".join(lines) + ")\n"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="exit 1 if the file is stale")
    args = parser.parse_args()
    text = render(templates())
    if args.check:
        current = TARGET.read_text(encoding="utf-8") if TARGET.exists() else ""
        if current != text:
            print(f"{TARGET} is out of date: run scripts/error_strings.py", file=sys.stderr)
            return 1
        return 0
    TARGET.write_text(text, encoding="utf-8")
    print(f"error_strings.py: {len(templates())} templates in {TARGET.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
