"""backup [FILE], backups, restore FILE on the command line."""

from __future__ import annotations

import json
import stat
from pathlib import Path

import pytest

from tracker.cli.main import main


def cli(db: Path, *argv: str) -> tuple[int, dict]:
    import io
    from contextlib import redirect_stderr, redirect_stdout

    out, err = io.StringIO(), io.StringIO()
    with redirect_stdout(out), redirect_stderr(err):
        status = main(["--db", str(db), "--today", "2026-12-01", "--json", *argv])
    text = out.getvalue()
    return status, (json.loads(text) if status == 0 else {"error": err.getvalue()})


def test_back_up_list_and_restore_a_sound_file(tmp_path: Path) -> None:
    db = tmp_path / "d.db"
    assert cli(db, "init")[0] == 0
    assert cli(db, "product", "add", "Huabei", "--preset", "huabei")[0] == 0
    status, made = cli(db, "backup")
    assert status == 0 and Path(made["backup"]).parent == tmp_path.resolve() / "backups/d.db"
    assert cli(db, "product", "add", "Later", "--preset", "huabei")[0] == 0
    status, listed = cli(db, "backups")
    (entry,) = listed["backups"]
    assert entry["kind"] == "manual" and entry["integrity"] == "ok" and entry["size"] > 0
    status, done = cli(db, "restore", entry["file"])
    assert status == 0
    assert done["damaged_file_kept_as"] is None
    previous = Path(done["previous_backed_up_as"])  # the replaced file, backed up first
    assert previous.name.endswith("-before-restore.db")
    names = [p["name"] for p in cli(db, "product", "list")[1]["products"]]
    assert names == ["Huabei"]  # "Later" came after the backup
    assert stat.S_IMODE(db.stat().st_mode) == 0o600
    # The file as it was before the restore is a backup now, and can come back.
    assert cli(db, "restore", str(previous))[0] == 0
    names = [p["name"] for p in cli(db, "product", "list")[1]["products"]]
    assert names == ["Huabei", "Later"]


def test_backup_to_a_named_file_never_overwrites(tmp_path: Path) -> None:
    db = tmp_path / "d.db"
    assert cli(db, "init", "--demo")[0] == 0
    target = tmp_path / "copy.db"
    assert cli(db, "backup", str(target))[0] == 0
    assert stat.S_IMODE(target.stat().st_mode) == 0o600
    status, result = cli(db, "backup", str(target))
    assert status == 2 and "already exists" in result["error"]


def test_a_bad_backup_is_not_restored(tmp_path: Path) -> None:
    db = tmp_path / "d.db"
    assert cli(db, "init", "--demo")[0] == 0
    before = db.read_bytes()
    bad = tmp_path / "bad.db"
    bad.write_bytes(before[:-4096])  # cut short
    status, result = cli(db, "restore", str(bad))
    assert status == 2 and "is not a good backup" in result["error"]
    assert db.read_bytes() == before
    status, result = cli(db, "restore", "nothing-like-it.db")
    assert status == 2 and "no backup nothing-like-it.db" in result["error"]


def test_backups_of_a_file_without_any(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = tmp_path / "d.db"
    assert cli(db, "init")[0] == 0
    assert main(["--db", str(db), "backups"]) == 0
    assert capsys.readouterr().out == f"No backups of {db} yet.\n"
