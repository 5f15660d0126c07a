"""CLI commands ``backup [FILE]``, ``backups``, ``restore FILE``; they work on damaged files."""

from __future__ import annotations

import argparse
from datetime import date
from pathlib import Path
from typing import Any

from tracker.cli.store_access import db_path
from tracker.service import backups


def add_parsers(cmds: argparse._SubParsersAction) -> None:
    b = cmds.add_parser("backup", help="back up the data file now")
    b.add_argument("file", nargs="?", help="write the copy here (default: the backups folder)")
    cmds.add_parser("backups", help="list the data file's backups, each checked")
    r = cmds.add_parser("restore", help="replace the data file by one of its backups")
    r.add_argument("file", help="a backup: its path, or its name in the `backups` list")


def cmd_backup(args: argparse.Namespace, today: date) -> Any:
    dest = None if args.file is None else Path(args.file)
    made = backups.back_up(db_path(args), dest)
    return {"backup": str(made), "size": made.stat().st_size}


def cmd_backups(args: argparse.Namespace, today: date) -> Any:
    return {
        "db": str(db_path(args)),
        "backups": [
            {
                "file": h.backup.path.name,
                "path": str(h.backup.path),
                "taken": h.backup.taken.isoformat(timespec="seconds"),
                "kind": h.backup.kind,
                "reason": h.backup.reason,
                "size": h.backup.size,
                "integrity": "ok" if h.good else "; ".join(h.problems),
            }
            for h in backups.list_backups(db_path(args))
        ],
    }


def cmd_restore(args: argparse.Namespace, today: date) -> Any:
    path = db_path(args)
    done = backups.restore(path, backups.find_backup(path, args.file))
    return {
        "restored": str(done.path),
        "from": str(done.source),
        "previous_backed_up_as": None if done.previous is None else str(done.previous),
        "damaged_file_kept_as": None if done.kept_aside is None else str(done.kept_aside),
    }


def backups_text(result: dict[str, Any]) -> str:
    """``backups`` as a table: when, kind, size, integrity, file name."""
    if not result["backups"]:
        return f"No backups of {result['db']} yet."
    lines = []
    for b in result["backups"]:
        kind = b["kind"] + (f" ({b['reason']})" if b["reason"] else "")
        lines.append(
            f"{b['taken'].replace('T', ' ')}  {kind:<24} {b['size']:>9,} B  "
            f"{b['integrity']:<4}  {b['file']}"
        )
    return "\n".join(lines)


def damage_hint(path: Path) -> str:
    """What to do about a damaged data file: the newest good backup, if there is one."""
    good = backups.newest_good_backup(path)
    if good is None:
        return "no good backup was found (see `backups`)"
    return (
        f"the newest good backup is {good.path.name} ({good.taken:%Y-%m-%d %H:%M}): "
        f"run `debt-tracker-cli restore {good.path.name}`"
    )
