"""A full disk: a change is refused with "the disk is full", a backup leaves no .part file.

Needs a tiny file system: a 300 KB tmpfs mounted for the test (root only, and only where
mounting is permitted); skipped with the reason elsewhere.
"""

from __future__ import annotations

import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest

from tracker.errors import StorageError
from tracker.service import backups, files, products


@pytest.fixture
def tiny_disk(tmp_path: Path) -> Iterator[Path]:
    mount = tmp_path / "tiny"
    mount.mkdir()
    try:
        done = subprocess.run(
            ["mount", "-t", "tmpfs", "-o", "size=300k,mode=0700", "tmpfs", str(mount)],
            capture_output=True,
            text=True,
            timeout=10,
        )
    except (OSError, subprocess.TimeoutExpired) as exc:
        pytest.skip(f"cannot mount a tiny tmpfs here: {exc}")
    if done.returncode != 0:
        pytest.skip(f"cannot mount a tiny tmpfs here: {done.stderr.strip() or done.returncode}")
    try:
        yield mount
    finally:
        subprocess.run(["umount", "-l", str(mount)], capture_output=True, timeout=10)


def fill(folder: Path) -> None:
    """Write until the disk refuses one more byte."""
    with (folder / "filler.bin").open("wb", buffering=0) as out:
        try:
            while True:
                out.write(b"\0" * 4096)
        except OSError:
            pass
    # Small writes can still fit in the last block: take those too.
    with (folder / "filler2.bin").open("wb", buffering=0) as out:
        try:
            while True:
                out.write(b"\0")
        except OSError:
            pass


def test_a_full_disk_refuses_clearly_and_leaves_nothing_behind(tiny_disk: Path) -> None:
    db = tiny_disk / "d.db"
    store = files.open_or_create(db)
    for i in range(10):
        products.add_product(store, f"product-{i}", "huabei", {})
    fill(tiny_disk)
    with pytest.raises(StorageError) as caught:
        for i in range(200):  # until a page no longer fits
            products.add_product(store, f"more-{i:03}-" + "x" * 60, "huabei", {"notes": "n" * 500})
    message = str(caught.value)
    assert "disk I/O error" not in message
    assert "is full; free some space" in message, message
    with pytest.raises(StorageError, match=r"not enough free space"):
        files.back_up_now(store)
    leftovers = [p.name for p in tiny_disk.rglob("*.part")]
    assert leftovers == []
    names = {p.name for p in products.list_products(store)}
    assert {f"product-{i}" for i in range(10)} <= names  # what was saved stays saved
    store.close()
    assert backups.check_file(db) == []
