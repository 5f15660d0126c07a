"""The methods `dataclasses` generates, compiled once and kept on disk (a faster start).

Making a dataclass writes the source of its ``__init__``, ``__repr__``, ``__eq__``,
``__hash__``, ``__setattr__``... and compiles it: ~60 % of the ~0.9 ms a frozen 8-field
class costs on Python 3.11, and the app makes 54 of them before its first paint. The
source text of a class's methods is the same at every start, so :func:`install` gives
`dataclasses` an ``exec`` that looks the compiled code up by that exact text (the byte
code a ``compile`` of it would give, kept in a ``marshal`` file next to the package's
``__pycache__``), and compiles as ``exec`` does when the text is new. Nothing else of
`dataclasses` changes: fields, ``replace``, ``asdict``, equality, hashing, ``repr`` and
frozen errors are what they were, because the functions are made from the same code.

Safe by construction: the key is the whole source text, the file is tagged with this
interpreter's byte-code magic number and optimisation level (another Python, another
file), anything unreadable is ignored (everything compiled as before), and a Python whose
`dataclasses` does not build its methods with ``exec`` of one source string (checked on
its code) is left alone. The file is written only where Python would write byte code
(``sys.dont_write_bytecode`` unset, not a frozen bundle), after the work is done (at
exit), atomically, and only when a text was new.
"""

import atexit
import builtins
import contextlib
import dataclasses
import marshal
import os
import sys
from importlib.util import MAGIC_NUMBER
from types import CodeType
from typing import Any

#: Bumped when the file's layout changes (old files are then ignored and replaced).
_LAYOUT = b"fastclass1\n"
#: More texts than this in the file: only the ones this process used are kept.
_MAX_ENTRIES = 2000

_codes: dict[str, CodeType] = {}
_used: set[str] = set()
_path: str | None = None
_writable = False
_new = False
_installed = False
#: Method texts this process found in the table (read from the file, not compiled).
_hits: set[str] = set()


def file_name() -> str | None:
    tag = sys.implementation.cache_tag
    return None if tag is None else f"dataclass-fns.{tag}.opt{sys.flags.optimize}.marshal"


def _cache_path() -> str | None:
    """The cache file next to this package's byte code; in a PyInstaller bundle the one
    made when the bundle was built (packaging/debt-tracker.spec: :func:`build_to`), read
    only. None where there is none."""
    name = file_name()
    if name is None:
        return None
    if getattr(sys, "frozen", False):
        base = getattr(sys, "_MEIPASS", None)
        return None if base is None else os.path.join(base, "tracker", name)
    folder = os.path.join(os.path.dirname(os.path.abspath(__file__)), "__pycache__")
    return os.path.join(folder, name)


def build_to(path: str) -> None:
    """Send the table to ``path`` (a bundle's build: its own start cannot write one);
    the caller then imports every module whose dataclasses it wants in it and calls
    :func:`save` (packaging/debt-tracker.spec)."""
    global _new, _path, _writable
    install()  # done already by importing tracker; the table now goes to ``path``
    _path, _writable, _new = path, True, True


def _header() -> bytes:
    return _LAYOUT + MAGIC_NUMBER


def _load(path: str) -> dict[str, CodeType]:
    """The texts and codes of the file; empty when it is missing, foreign or damaged."""
    try:
        with open(path, "rb") as f:
            data = f.read()
    except OSError:
        return {}
    header = _header()
    if not data.startswith(header):
        return {}
    try:
        table = marshal.loads(data[len(header) :])
    except (EOFError, ValueError, TypeError):
        return {}
    if not isinstance(table, dict):
        return {}
    return {k: v for k, v in table.items() if isinstance(k, str) and isinstance(v, CodeType)}


def _save() -> None:
    """Write the table if a text was new (at exit; a failure only means no cache)."""
    if not _new or _path is None or not _writable:
        return
    table = _codes if len(_codes) <= _MAX_ENTRIES else {k: _codes[k] for k in _used}
    tmp = f"{_path}.{os.getpid()}.tmp"
    try:
        os.makedirs(os.path.dirname(_path), exist_ok=True)
        with open(tmp, "wb") as f:
            f.write(_header() + marshal.dumps(table))
        os.replace(tmp, _path)
    except (OSError, ValueError):
        with contextlib.suppress(OSError):
            os.unlink(tmp)


def compiled(source: str) -> CodeType:
    """The code of ``source`` as ``exec(source, ...)`` in `dataclasses` compiles it."""
    global _new
    code = _codes.get(source)
    if code is not None:
        _hits.add(source)
    else:
        # exec() of a string compiles it as "<string>" with the caller's future flags:
        # dataclasses.py has none, hence flags 0 and nothing inherited from here.
        code = compile(source, "<string>", "exec", 0, True)
        _codes[source] = code
        _new = True
    _used.add(source)
    return code


def _exec(source: Any, globals: Any = None, locals: Any = None, /) -> None:
    if type(source) is str:
        source = compiled(source)
    builtins.exec(source, globals, locals)


def _builds_with_exec() -> bool:
    """Whether this Python's `dataclasses` makes its methods by ``exec`` of a string."""
    make = getattr(dataclasses, "_create_fn", None)
    code = getattr(make, "__code__", None)
    return isinstance(code, CodeType) and "exec" in code.co_names


def install(path: str | None = None) -> bool:
    """Give `dataclasses` the cached ``exec``; True if it was given (now or before).

    ``path``: the cache file (tests); by default the one next to this package's byte
    code, or none (an in-memory table only) where Python writes no byte code.
    """
    global _installed, _path, _writable
    if _installed:
        return True
    if "exec" in vars(dataclasses) or not _builds_with_exec():
        return False  # another Python's dataclasses, or someone else's exec: as it is
    # Read as byte code is read; written where byte code would be written.
    _path = path if path is not None else _cache_path()
    _writable = path is not None or not (sys.dont_write_bytecode or getattr(sys, "frozen", False))
    if _path is not None:
        _codes.update(_load(_path))
    dataclasses.exec = _exec  # type: ignore[attr-defined]  # shadows the builtin there
    _installed = True
    atexit.register(_save)
    return True


def uninstall() -> None:
    """Back to the builtin ``exec``, nothing written, the table forgotten (tests)."""
    global _installed, _path, _new
    if _installed and vars(dataclasses).get("exec") is _exec:
        del dataclasses.exec  # type: ignore[attr-defined]
    _installed = False
    atexit.unregister(_save)
    _codes.clear()
    _used.clear()
    _hits.clear()
    _path, _new = None, False


def save() -> None:
    """Write the table now, if a text was new (otherwise done at exit)."""
    _save()


def status() -> str:
    """One line for the self-test: whether the cache is on and what it gave this process."""
    if not _installed:
        return "off (this Python's dataclasses builds its methods another way)"
    where = _path or "memory only"
    return f"{len(_hits)} of {len(_used)} dataclass method texts read from {where}"
