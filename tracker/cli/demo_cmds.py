"""CLI commands ``demo remove`` and ``product delete NAME``."""

from __future__ import annotations

import argparse
from datetime import date
from typing import Any

from tracker.cli.store_access import with_store
from tracker.service import demo, products
from tracker.storage import Store


def add_parsers(cmds: argparse._SubParsersAction) -> None:
    """``demo remove``."""
    parser = cmds.add_parser("demo", help="the demo data of init --demo and the app's first run")
    acts = parser.add_subparsers(dest="action", required=True)
    acts.add_parser("remove", help="delete the demo data, keep what you added")


def add_product_delete(acts: argparse._SubParsersAction) -> None:
    """``product delete NAME``."""
    delete = acts.add_parser("delete", help="delete a product with all its records")
    delete.add_argument("product")


def _counted(counts: dict[str, int]) -> str:
    """``{"bills": 2, "charges": 1, "plans": 0, …}`` → "2 bills, 1 charge, 0 plans, …"."""
    return ", ".join(f"{n} {table if n != 1 else table[:-1]}" for table, n in counts.items())


def cmd_demo_remove(args: argparse.Namespace, today: date) -> Any:
    removal = with_store(args, demo.remove)
    lines = []
    if removal.removed:
        lines.append(
            f"Removed the demo data: {', '.join(removal.removed)} ({_counted(removal.counts)})."
        )
    if removal.kept:
        lines.append(
            f"Kept {', '.join(removal.kept)}: you added records to "
            f"{'it' if len(removal.kept) == 1 else 'them'}."
        )
    return {
        "removed": list(removal.removed),
        "kept": list(removal.kept),
        "deleted": removal.counts,
        "message": "\n".join(lines),
    }


def cmd_product_delete(args: argparse.Namespace, today: date) -> Any:
    def work(store: Store) -> Any:
        product = products.require_product(store, args.product)
        counts = products.record_counts(store, product.saved_id)
        products.delete_product(store, product.saved_id)
        return {
            "deleted": product.name,
            "id": product.saved_id,
            "records": counts,
            "message": f"Deleted {product.name} with {_counted(counts)}.",
        }

    return with_store(args, work)
