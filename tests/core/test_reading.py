"""Read-only CLI commands open the file without the quick check (issue 12, branch
readfast; :mod:`tracker.service.reading`): a sound file gives the same output as with
the check and is left byte for byte as it was; a damaged one gives the damage message
the check names, exit 2, never a traceback; a file that opening would write to is
still checked first.
"""

from __future__ import annotations

import hashlib
import importlib.util
import shutil
import sqlite3
import sys
from pathlib import Path
from types import ModuleType

import pytest

from tracker.cli import store_access
from tracker.cli.main import main as cli_main
from tracker.cli.parser import build
from tracker.errors import DamagedFileError
from tracker.service import files, reading
from tracker.storage import Store, database

ROOT = Path(__file__).resolve().parents[2]
TODAY = "2026-12-01"

#: Read-only command lines (after ``--db FILE --today …``).
COMMANDS = [
    ["payoff", "--budget", "30000"],
    ["payoff", "--by", "2027-12-01"],
    ["--json", "payoff", "--budget", "30000", "--strategy", "snowball"],
    ["due", "--days", "60"],
    ["--json", "due"],
    ["simulate", "1", "--amount", "500", "--due", "2026-12-20"],
    ["product", "list"],
]


def _generator() -> ModuleType:
    spec = importlib.util.spec_from_file_location("bench_generate", ROOT / "bench/generate.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # its dataclasses look their module up
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def generated(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Ten years of a 1M-style file, small: 2,000 charges over the generator's products."""
    path = tmp_path_factory.mktemp("gen") / "gen.db"
    assert _generator().main(["--charges", "2000", "--out", str(path)]) == 0
    return path


@pytest.fixture
def sound(generated: Path, tmp_path: Path) -> Path:
    path = tmp_path / "sound.db"
    shutil.copyfile(generated, path)
    return path


def run(path: Path, argv: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    code = cli_main(["--db", str(path), "--today", TODAY, *argv])
    out = capsys.readouterr()
    return code, out.out, out.err


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def checked_open(path: Path | str):  # type: ignore[no-untyped-def]
    """The open every command had before: the quick check first (files.opened)."""
    return files.opened(path)


def test_a_sound_file_gives_the_same_output_and_is_left_as_it_was(
    sound: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    before = digest(sound)
    opened = skipped(monkeypatch)
    unchecked = [run(sound, argv, capsys) for argv in COMMANDS]
    # Every command opened the file once (payoff --by twice), each without the check.
    assert opened == [True] * (len(COMMANDS) + 1)
    assert all(code == 0 and out and not err for code, out, err in unchecked)
    # Nothing written: no stored cycle, no migration, no backup; no side file left.
    assert digest(sound) == before
    assert sorted(p.name for p in sound.parent.iterdir()) == ["sound.db"]
    with monkeypatch.context() as m:
        m.setattr(reading, "reading", checked_open)
        checked = [run(sound, argv, capsys) for argv in COMMANDS]
    assert unchecked == checked


def skipped(monkeypatch: pytest.MonkeyPatch) -> list[bool]:
    """Filled, for each open of the file, with whether its quick check was left out."""
    opened: list[bool] = []
    real = Store.open_unless_blank

    def spy(path: Path | str, *, quick_check: bool = True) -> Store | None:
        store = real(path, quick_check=quick_check)
        opened.append(store is not None and store.quick_check_skipped)
        return store

    monkeypatch.setattr(Store, "open_unless_blank", spy)
    return opened


def flip_root_page(path: Path, table: str) -> None:
    """Make ``table``'s root page unreadable: its b-tree page type byte set to 0xFF, as a
    disk or a copy that went wrong may leave it."""
    conn = sqlite3.connect(path)
    found = conn.execute("SELECT rootpage FROM sqlite_master WHERE name = ?", (table,))
    (root,) = found.fetchone()
    (size,) = conn.execute("PRAGMA page_size").fetchone()
    conn.close()
    with path.open("r+b") as fh:
        fh.seek((root - 1) * size + (100 if root == 1 else 0))
        fh.write(b"\xff\xff\xff\xff")


@pytest.mark.parametrize("table", ["products", "dues", "payments", "bills", "cycles"])
@pytest.mark.parametrize("argv", [COMMANDS[0], COMMANDS[3]], ids=["payoff", "due"])
def test_a_damaged_file_gives_the_damage_the_check_names(
    sound: Path,
    table: str,
    argv: list[str],
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    flip_root_page(sound, table)
    with pytest.raises(DamagedFileError) as found:  # what opening with the check says
        database.inspect_file(sound)
    opened = skipped(monkeypatch)
    code, out, err = run(sound, argv, capsys)
    assert opened == [True]  # opened unchecked: the read failed, then the check ran
    assert (code, out) == (2, "")
    # One line, the checked open's message and the restore hint, as before the change.
    assert err.startswith(f"debt-tracker-cli: error: {found.value}; ")
    assert err.count("\n") == 1 and "Traceback" not in err


def test_simulate_on_a_damaged_products_table(
    sound: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    flip_root_page(sound, "products")
    with pytest.raises(DamagedFileError) as found:
        database.inspect_file(sound)
    opened = skipped(monkeypatch)
    code, out, err = run(sound, COMMANDS[5], capsys)
    assert opened == [True]
    assert (code, out) == (2, "")
    assert err.startswith(f"debt-tracker-cli: error: {found.value}; ")


def test_a_file_with_a_live_wal_is_checked_before_it_is_read(sound: Path) -> None:
    writer = sqlite3.connect(sound)  # another connection with changes in its -wal
    writer.execute("PRAGMA wal_autocheckpoint = 0")
    writer.execute("UPDATE products SET name = name")
    writer.commit()
    assert Path(f"{sound}-wal").stat().st_size > 0
    with reading.reading(sound) as store:
        assert not store.quick_check_skipped  # opening would checkpoint: checked first
        assert store.list_products()
    writer.close()


def test_a_refusal_is_not_taken_for_damage(
    sound: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    ran: list[object] = []
    monkeypatch.setattr(files, "unchecked_damage", lambda store: ran.append(store))
    code, out, err = run(sound, ["payoff", "--budget", "1", "--currency", "EUR"], capsys)
    assert (code, out) == (2, "") and "nothing is owed in EUR" in err
    assert ran == []  # no quick check run for a refusal


def test_a_read_failure_on_a_sound_file_stands(sound: Path) -> None:
    """A failure the quick check does not bear out is not called damage."""
    with pytest.raises(RuntimeError, match="not damage"), reading.reading(sound):
        raise RuntimeError("not damage")
    with pytest.raises(sqlite3.OperationalError, match="locked"), reading.reading(sound):
        raise sqlite3.OperationalError("database is locked")


@pytest.mark.parametrize("made", ["missing", "empty", "blank"])
def test_no_file_yet_is_refused_as_before(
    tmp_path: Path, made: str, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "new.db"
    if made == "empty":
        path.touch()
    if made == "blank":
        sqlite3.connect(path).execute("PRAGMA user_version = 0").connection.close()
        assert path.stat().st_size > 0
    code, out, err = run(path, COMMANDS[0], capsys)
    with monkeypatch.context() as m:
        m.setattr(reading, "reading", checked_open)
        assert run(path, COMMANDS[0], capsys) == (code, out, err)
    assert (code, out) == (2, "") and "init" in err
    assert not path.exists() or made != "missing"


def test_with_reading_is_the_cli_open(sound: Path) -> None:
    args = build().parse_args(["--db", str(sound), "product", "list"])
    assert store_access.with_reading(args, lambda s: len(s.list_products())) > 0
