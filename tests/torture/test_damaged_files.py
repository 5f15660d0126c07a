"""Each kind of damaged file: a clear message naming the damage, nothing written, a backup offered.

Before: a damaged index or a file cut by one byte opened and the GUI died on "Invalid
isoformat string"; a changed byte in a product's rules broke `product list`, `due` and
`statement` with a JSONDecodeError; a renamed rule silently became its default; and
writes still succeeded on all of these.
"""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest

from tests.torture import damage
from tracker.cli.main import main
from tracker.service import backups

READS = (
    ["product", "list"],
    ["due", "--days", "60"],
    ["statement", "--from", "2026-01-01", "--to", "2026-12-31"],
)
WRITE = ["product", "add", "New one", "--preset", "huabei"]


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def run(db: Path, argv: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str]:
    """Run the CLI on ``db``: (exit status, stderr); stdout is kept in ``run.out``."""
    status = main(["--db", str(db), "--today", "2026-11-05", *argv])
    captured = capsys.readouterr()
    run.out = captured.out  # type: ignore[attr-defined]
    return status, captured.err


@pytest.fixture(scope="module")
def sound(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return damage.sound_file(tmp_path_factory.mktemp("sound") / "sound.db")


@pytest.mark.parametrize("kind", list(damage.KINDS), ids=list(damage.KINDS))
def test_a_damaged_file_is_named_and_never_written(
    kind: str, sound: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = tmp_path / "debts.db"
    db.write_bytes(sound.read_bytes())
    db.chmod(0o600)
    damage.KINDS[kind](db)
    before = digest(db)
    for argv in READS:
        status, err = run(db, argv, capsys)
        assert "Traceback" not in err
        assert status == 0 or "damaged" in err, err  # refused when it meets the damage
    status, err = run(db, WRITE, capsys)  # the write is always refused
    assert status == 2, kind
    assert err.count("\n") == 1 and "damaged" in err, err
    assert digest(db) == before  # nothing written
    assert backups.check_file(db) != []  # the full check finds it


@pytest.mark.parametrize("kind", list(damage.KINDS), ids=list(damage.KINDS))
def test_the_newest_good_backup_is_offered(
    kind: str, sound: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = tmp_path / "debts.db"
    db.write_bytes(sound.read_bytes())
    assert run(db, ["backup"], capsys)[0] == 0  # a good backup of the sound file
    (good,) = backups.list_backups(db)
    damage.KINDS[kind](db)
    status, err = run(db, WRITE, capsys)
    assert status == 2
    assert f"the newest good backup is {good.backup.path.name}" in err
    assert f"run `debt-tracker-cli restore {good.backup.path.name}`" in err


def test_damaged_file_restored_from_the_offered_backup(
    sound: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = tmp_path / "debts.db"
    db.write_bytes(sound.read_bytes())
    assert run(db, ["backup"], capsys)[0] == 0
    damage.bad_json(db)
    damaged_bytes = db.read_bytes()
    status, err = run(db, ["product", "list"], capsys)
    assert status == 2
    assert "products row 4: its rules are not readable JSON" in err  # product-03 is id 4
    name = err.rsplit("restore ", 1)[1].strip().rstrip("`")
    assert run(db, ["restore", name], capsys)[0] == 0
    assert run(db, ["product", "list"], capsys)[0] == 0
    listed = run.out  # type: ignore[attr-defined]
    assert listed.count("product-") == 30 and "product-03" in listed
    aside = list(tmp_path.glob("debts.db.damaged-*"))
    assert len(aside) == 1 and aside[0].read_bytes() == damaged_bytes  # kept, not deleted
