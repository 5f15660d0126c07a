"""Worker processes for the torture tests: each writes (or reads) and reports what it saw.

A writer adds products through the service (a read-then-write transaction: the name is
checked, then inserted) and records every name whose add returned, i.e. was acknowledged.
"""

from __future__ import annotations

import json
import sys
import time
from pathlib import Path


def write_products(db: str, tag: str, seconds: float, out: str) -> None:
    """Add products named ``{tag}-{n}`` for ``seconds``; write {acked, errors} to ``out``."""
    from tracker.service import products as core
    from tracker.storage import Store

    store = Store.open(db)
    acked: list[str] = []
    errors: list[str] = []
    end = time.monotonic() + seconds
    n = 0
    while time.monotonic() < end:
        name = f"{tag}-{n}"
        try:
            core.add_product(store, name, "huabei", {})
        except Exception as exc:  # what a user would have seen
            errors.append(f"{type(exc).__name__}: {exc}")
        else:
            acked.append(name)
        n += 1
    store.close()
    Path(out).write_text(json.dumps({"acked": acked, "errors": errors}))


def read_products(db: str, seconds: float, out: str) -> None:
    """List products for ``seconds``; write {reads, errors} to ``out``."""
    from tracker.storage import Store

    store = Store.open(db)
    reads, errors = 0, []
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        try:
            store.list_products()
        except Exception as exc:
            errors.append(f"{type(exc).__name__}: {exc}")
        reads += 1
    store.close()
    Path(out).write_text(json.dumps({"reads": reads, "errors": errors}))


def acknowledge_forever(db: str, tag: str) -> None:
    """Add products ``{tag}-{n}`` until killed; print each name once its add has returned.

    What is printed was acknowledged to the user: after a kill -9 it must be in the file.
    """
    from datetime import date

    from tracker.service import bills
    from tracker.service import products as core
    from tracker.storage import Store

    store = Store.open(db)
    n = 0
    while True:
        name = f"{tag}-{n}"
        product = core.add_product(store, name, "huabei", {})
        # A second, bigger write: a bill and its due in one transaction.
        bills.add_bill(
            store, product.id or 0, date(2026, 11, 1), date(2026, 11, 10), 100 + n,
            date(2026, 11, 1),
        )  # fmt: skip
        sys.stdout.write(name + "\n")
        sys.stdout.flush()
        n += 1


if __name__ == "__main__":  # python -m tests.torture.writers write DB TAG SECONDS OUT
    if sys.argv[1] == "ack":
        acknowledge_forever(sys.argv[2], sys.argv[3])
    elif sys.argv[1] == "write":
        write_products(sys.argv[2], sys.argv[3], float(sys.argv[4]), sys.argv[5])
    else:
        read_products(sys.argv[2], float(sys.argv[3]), sys.argv[4])
