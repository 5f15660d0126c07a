"""Shared CLI plumbing: which data file, opening it for one command, ``--set`` pairs."""

from __future__ import annotations

import argparse
from collections.abc import Callable
from pathlib import Path
from typing import Any

from tracker.errors import InputError
from tracker.paths import default_db_path
from tracker.service import files
from tracker.storage import Store


def db_path(args: argparse.Namespace) -> Path:
    """``--db`` or, when it is not given, the default data file.

    Raises:
        InputError: ``--db ""`` (an empty name must not quietly mean the default file).
    """
    if args.db is None:
        return default_db_path()
    if not args.db.strip():
        raise InputError("--db is empty: give a file name, or leave --db out for the default")
    return Path(args.db)


def with_store(args: argparse.Namespace, work: Callable[[Store], Any]) -> Any:
    """Open the data file, run ``work`` on it, always close it."""
    store = files.open_store(db_path(args))
    try:
        return work(store)
    finally:
        store.close()


def with_reading(args: argparse.Namespace, work: Callable[[Store], Any]) -> Any:
    """:func:`with_store` for a command that only reads the file: opened without the
    quick check when opening writes nothing, a failed read turned into the damage the
    check names (:mod:`tracker.service.reading`)."""
    from tracker.service import reading

    with reading.reading(db_path(args)) as store:
        return work(store)


def settings_from(pairs: list[str]) -> dict[str, str]:
    """``["a=1", "b=2"]`` → ``{"a": "1", "b": "2"}``; a pair without ``=`` is refused."""
    out: dict[str, str] = {}
    for pair in pairs:
        key, sep, value = pair.partition("=")
        if not sep or not key.strip():
            raise InputError(f"--set expects KEY=VALUE, not {pair!r}")
        out[key.strip()] = value.strip()
    return out
