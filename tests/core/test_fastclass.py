"""`tracker.fastclass`: dataclasses made from cached code are the dataclasses Python makes.

The cache only changes where the code of the generated methods comes from (a table keyed
by their exact source text instead of a fresh ``compile``), so every check here compares
the two ways: the code objects themselves (byte code, constants, names, line table —
everything ``==`` on code compares), and what a user of the classes sees (equality, hash,
repr, frozen errors, ``fields``, ``replace``, ``asdict``, ordering, slots, defaults).
"""

from __future__ import annotations

import dataclasses
import json
import os
import subprocess
import sys
import textwrap
import types
from collections.abc import Iterator
from pathlib import Path
from types import CodeType
from typing import Any

import pytest

from tracker import fastclass

ROOT = Path(__file__).resolve().parents[2]

# Classes of every kind the generator writes differently for: frozen (its __setattr__ /
# __delattr__ and object.__setattr__ in __init__), eq with hash, order, defaults and a
# default_factory, ClassVar and InitVar with __post_init__, kw_only, slots, inheritance.
CLASSES = textwrap.dedent(
    """
    from __future__ import annotations
    import dataclasses
    from dataclasses import InitVar, dataclass, field
    from typing import ClassVar

    @dataclass(frozen=True)
    class Point:
        x: int
        y: int = 0
        tags: tuple[str, ...] = ()

    @dataclass(order=True)
    class Ranked:
        rank: int
        name: str = field(default="", compare=False)
        items: list[int] = field(default_factory=list)
        LIMIT: ClassVar[int] = 3

    @dataclass(frozen=True, slots=True)
    class Slotted:
        a: str
        b: int = field(default=7, repr=False)

    @dataclass(kw_only=True)
    class Keyed:
        when: str
        scale: InitVar[int] = 1
        doubled: int = field(init=False, default=0)

        def __post_init__(self, scale: int) -> None:
            self.doubled = 2 * scale

    @dataclass(frozen=True)
    class Child(Point):
        z: int = 5

    @dataclass(eq=False)
    class Plain:
        v: int
    """
)


def _make(module_name: str) -> dict[str, Any]:
    """The classes made in a fresh module (dataclasses looks InitVar up in it)."""
    module = types.ModuleType(f"fastclass_case_{module_name}")
    sys.modules[module.__name__] = module
    try:
        exec(compile(CLASSES, f"<{module_name}>", "exec"), vars(module))
    finally:
        del sys.modules[module.__name__]
    return vars(module)


@pytest.fixture
def cache(tmp_path: Path) -> Iterator[Path]:
    """The cached exec on a private file; the interpreter's own state restored after."""
    was = fastclass._installed
    fastclass.uninstall()
    path = tmp_path / "fns.marshal"
    yield path
    fastclass.uninstall()
    if was:
        fastclass.install()


def _methods(cls: type) -> dict[str, CodeType]:
    out = {}
    for name in ("__init__", "__repr__", "__eq__", "__hash__", "__setattr__", "__delattr__",
                 "__lt__", "__le__", "__gt__", "__ge__"):  # fmt: skip
        fn = cls.__dict__.get(name)
        fn = getattr(fn, "__wrapped__", fn)  # __repr__ under dataclasses' recursion guard
        code = getattr(fn, "__code__", None)
        if code is not None and code.co_filename == "<string>":  # generated ones only
            out[name] = code
    return out


def _behaviour(ns: dict[str, Any]) -> list[Any]:
    """What users of the classes see, as comparable values."""
    P, R, S, K, C, Q = (ns[n] for n in ("Point", "Ranked", "Slotted", "Keyed", "Child", "Plain"))
    p = P(1, 2, ("a",))
    seen: list[Any] = [
        repr(p),
        p == P(1, 2, ("a",)),
        p == P(1, 3),
        hash(p) == hash(P(1, 2, ("a",))),
    ]
    try:
        p.x = 5  # type: ignore[misc]
    except dataclasses.FrozenInstanceError as exc:
        seen.append(("frozen", str(exc)))
    try:
        del p.y  # type: ignore[misc]
    except dataclasses.FrozenInstanceError as exc:
        seen.append(("frozen del", str(exc)))
    seen += [
        [f.name for f in dataclasses.fields(p)],
        repr(dataclasses.replace(p, y=9)),
        dataclasses.asdict(p),
        dataclasses.astuple(C(1)),
        repr(C(1, 2, (), 3)),
        R(1, "b") < R(2, "a"),
        R(1, "x") == R(1, "y"),  # name not compared
        sorted([R(3), R(1), R(2)]) == [R(1), R(2), R(3)],
        repr(R(1, "n", [2])),
        R.__hash__ is None,  # eq without frozen: unhashable, as dataclasses decides
        repr(S("s")),
        S("s") == S("s", 7),
        hasattr(S("s"), "__dict__"),
        repr(K(when="now", scale=4)),
        K(when="now", scale=4).doubled,
        Q(1) == Q(1),  # eq=False: identity
    ]
    try:
        K("positional")  # type: ignore[misc]
    except TypeError as exc:
        seen.append(("kw_only", str(exc)))
    return seen


def test_the_same_code_and_behaviour_as_plain_dataclasses(cache: Path) -> None:
    plain = _make("plain")  # the builtin exec: nothing installed
    assert fastclass.install(path=str(cache))
    first = _make("cached")  # every text new: compiled by fastclass, as exec compiles
    again = _make("cached_again")  # every text now from the table
    assert vars(dataclasses)["exec"] is fastclass._exec
    for name in ("Point", "Ranked", "Slotted", "Keyed", "Child", "Plain"):
        want = _methods(plain[name])
        assert want, name
        assert _methods(first[name]) == want, name
        assert _methods(again[name]) == want, name
        # The very same code object from the table the second time
        for method, code in _methods(again[name]).items():
            assert code is _methods(first[name])[method]
    assert _behaviour(first) == _behaviour(plain) == _behaviour(again)
    # Point(1, 2, ('a',)) written as dataclasses writes it
    assert _behaviour(first)[0] == "Point(x=1, y=2, tags=('a',))"


def test_the_table_kept_on_disk_and_read_back(cache: Path) -> None:
    assert fastclass.install(path=str(cache))
    _make("one")
    fastclass.save()
    assert cache.read_bytes().startswith(fastclass._header())
    codes = dict(fastclass._codes)
    fastclass.uninstall()
    assert fastclass._codes == {}
    assert fastclass.install(path=str(cache))
    assert fastclass._codes == codes  # read back: the same texts, equal code objects
    _make("two")
    assert not fastclass._new  # nothing compiled: every text was in the file


@pytest.mark.parametrize(
    "content",
    [b"", b"garbage", b"fastclass1\nXXXX\x00\x01", None],
    ids=["empty", "foreign", "damaged", "other-python"],
)
def test_a_bad_file_is_ignored(cache: Path, content: bytes | None) -> None:
    if content is None:  # a file written by another Python: another magic number
        content = fastclass._LAYOUT + b"\x00\x00\r\n" + b"{}"
    cache.write_bytes(content)
    assert fastclass.install(path=str(cache))
    assert fastclass._codes == {}
    plain_repr = "Point(x=1, y=0, tags=())"
    assert repr(_make("after_bad")["Point"](1)) == plain_repr
    fastclass.save()  # replaced with a good one
    assert cache.read_bytes().startswith(fastclass._header())


def test_left_alone_where_dataclasses_builds_otherwise(
    cache: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # A dataclasses whose _create_fn does not exec a string (3.13 builds its methods in
    # a _FuncBuilder) or that someone already gave an exec: not installed, nothing changed.
    monkeypatch.setattr(dataclasses, "_create_fn", lambda *a, **k: None)
    assert not fastclass.install(path=str(cache))
    assert "exec" not in vars(dataclasses)
    monkeypatch.undo()
    monkeypatch.delattr(dataclasses, "_create_fn")
    assert not fastclass.install(path=str(cache))
    assert "exec" not in vars(dataclasses)


_DUMP = """
import dataclasses, importlib, json, pkgutil, sys
mode, path = sys.argv[1], sys.argv[2]
if mode == "plain":
    dataclasses.exec = exec  # fastclass then leaves dataclasses alone
import tracker
from tracker import fastclass
if mode == "cached":
    fastclass.uninstall()
    assert fastclass.install(path=path)
names = [i.name for i in pkgutil.walk_packages(tracker.__path__, "tracker.")
         if not i.name.endswith("__main__")]
for name in names:
    importlib.import_module(name)
import ui.app  # the GUI's own dataclasses as the start imports them

def sig(c):
    return [c.co_code.hex(), c.co_names, c.co_varnames, c.co_freevars, c.co_cellvars,
            c.co_name, c.co_qualname, c.co_filename, c.co_firstlineno, c.co_flags,
            c.co_argcount, c.co_kwonlyargcount, c.co_linetable.hex(),
            c.co_exceptiontable.hex(),
            [sig(k) if hasattr(k, "co_code") else repr(k) for k in c.co_consts]]

out = {}
for mod in list(sys.modules.values()):
    mname = getattr(mod, "__name__", "")
    if not mname.startswith(("tracker", "ui")):
        continue
    for obj in list(vars(mod).values()):
        if isinstance(obj, type) and dataclasses.is_dataclass(obj) and obj.__module__ == mname:
            for k, fn in vars(obj).items():
                code = getattr(getattr(fn, "__wrapped__", fn), "__code__", None)
                if code is not None and code.co_filename == "<string>":
                    out[f"{mname}.{obj.__qualname__}.{k}"] = sig(code)
if mode == "cached":
    fastclass.save()
print(json.dumps({"installed": fastclass._installed, "new": fastclass._new, "methods": out}))
"""


def _dump(mode: str, path: Path) -> dict[str, Any]:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    done = subprocess.run(
        [sys.executable, "-c", _DUMP, mode, str(path)],
        cwd=ROOT, env=env, capture_output=True, text=True, check=True,
    )  # fmt: skip
    result: dict[str, Any] = json.loads(done.stdout.splitlines()[-1])
    return result


def test_every_dataclass_of_the_app_gets_the_code_python_compiles(tmp_path: Path) -> None:
    path = tmp_path / "app.marshal"
    plain = _dump("plain", path)
    cold = _dump("cached", path)  # compiled by fastclass, then written
    warm = _dump("cached", path)  # every method from the file
    assert not plain["installed"] and cold["installed"] and warm["installed"]
    assert cold["new"] and not warm["new"]
    # the app's dataclasses: more than the 54 the first paint makes, each with __init__
    inits = [k for k in plain["methods"] if k.endswith(".__init__")]
    assert len(inits) > 54
    assert cold["methods"] == plain["methods"]
    assert warm["methods"] == plain["methods"]


def test_a_bundle_build_writes_the_table_its_start_then_reads_whole(tmp_path: Path) -> None:
    # packaging/debt-tracker.spec: fastclass.build() in a fresh interpreter writes the
    # table of every dataclass of the modules named; a later interpreter given that file
    # (as a frozen bundle is, read only) finds every method text the same imports need.
    path = tmp_path / "cache.marshal"
    modules = ["tracker.engine.records", "tracker.records", "tracker.ledger"]
    env = {**os.environ, "PYTHONDONTWRITEBYTECODE": "1"}  # the default file is never written
    built = subprocess.run(
        [sys.executable, "-c",
         "import sys, importlib; from tracker import fastclass; fastclass.build_to(sys.argv[1]);"
         " [importlib.import_module(m) for m in sys.argv[2:]]; fastclass.save();"
         " print(len(fastclass._codes))",
         str(path), *modules],
        cwd=ROOT, env=env, capture_output=True, text=True, check=True,
    )  # fmt: skip
    written = int(built.stdout.split()[-1])
    assert path.exists() and written > 30  # 11 dataclasses in tracker.engine.records alone
    read = subprocess.run(
        [sys.executable, "-c",
         "import sys, dataclasses; from tracker import fastclass; fastclass.uninstall(); "
         "fastclass.install(sys.argv[1]); import importlib; "
         "[importlib.import_module(m) for m in sys.argv[2:]]; print(fastclass.status())",
         str(path), *modules],
        cwd=ROOT, env=env, capture_output=True, text=True, check=True,
    )  # fmt: skip
    found, _, needed = read.stdout.split()[:3]
    assert int(found) == int(needed) > 0, read.stdout
