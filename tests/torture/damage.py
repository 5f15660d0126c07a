"""Ways a data file gets damaged, each applied to a closed file (for the torture tests).

Each function takes a sound data file with products, bills and dues (see
:func:`sound_file`) and damages it in place the way a disk, a copy or a bug would.
"""

from __future__ import annotations

import random
import sqlite3
from datetime import date
from pathlib import Path

from tracker.service import bills, products
from tracker.storage import Store


def sound_file(path: Path, count: int = 30) -> Path:
    """A data file with ``count`` products named ``product-00``… and one bill each."""
    store = Store.open(path, create=True)
    for i in range(count):
        p = products.add_product(store, f"product-{i:02}", "huabei", {})
        bills.add_bill(
            store, p.id or 0, date(2026, 11, 1), date(2026, 11, 10), 10000 + i, date(2026, 11, 1)
        )
    store.close()
    return path


def truncate_one_byte(path: Path) -> None:
    """The last byte is gone (a copy that stopped, a disk that filled)."""
    data = path.read_bytes()
    path.write_bytes(data[:-1])


def flip_page(path: Path, seed: int = 1) -> None:
    """One page (not the first) is overwritten with random bytes."""
    rng = random.Random(seed)
    data = bytearray(path.read_bytes())
    page_size = int.from_bytes(data[16:18], "big")
    page = rng.randrange(1, len(data) // page_size)
    data[page * page_size : (page + 1) * page_size] = rng.randbytes(page_size)
    path.write_bytes(bytes(data))


def damage_index(path: Path) -> None:
    """One key in the products-by-name index changes (the table itself is intact)."""
    conn = sqlite3.connect(path)
    (root,) = conn.execute(
        "SELECT rootpage FROM sqlite_master WHERE name = 'sqlite_autoindex_products_1'"
    ).fetchone()
    (page_size,) = conn.execute("PRAGMA page_size").fetchone()
    conn.close()
    data = bytearray(path.read_bytes())
    start = (root - 1) * page_size
    at = data.index(b"product-07", start, start + page_size)
    data[at : at + 10] = b"product-7x"
    path.write_bytes(bytes(data))


def _sql(path: Path, statement: str) -> None:
    conn = sqlite3.connect(path)
    conn.execute(statement)
    conn.commit()
    conn.close()


def bad_json(path: Path) -> None:
    """One byte of a product's rules JSON changed: it no longer parses."""
    _sql(path, "UPDATE products SET rules = '[' || substr(rules, 2) WHERE name = 'product-03'")


def renamed_rule(path: Path) -> None:
    """One byte of a rule's name changed: the JSON parses, but grace_days is gone."""
    _sql(
        path,
        "UPDATE products SET rules = replace(rules, '\"grace_days\"', '\"grace_dbys\"')"
        " WHERE name = 'product-04'",
    )


def bad_date(path: Path) -> None:
    """A bill's due date is no longer a date."""
    _sql(path, "UPDATE bills SET due_date = '2026-1l-10' WHERE id = 5")


def bad_due_date(path: Path) -> None:
    """A due's date is no longer a date (the GUI died on it: Invalid isoformat string)."""
    _sql(path, "UPDATE dues SET due_date = '2026-11-1O' WHERE id = 6")


def bad_rate(path: Path) -> None:
    """A product's rate is no longer a number."""
    _sql(
        path,
        "UPDATE products SET rules = replace(rules, '\"0.0005\"', '\"0.0O05\"')"
        " WHERE name = 'product-05'",
    )


KINDS = {
    "truncated by one byte": truncate_one_byte,
    "a page overwritten": flip_page,
    "a damaged index": damage_index,
    "bad rules JSON": bad_json,
    "a rule renamed by one byte": renamed_rule,
    "a bad bill date": bad_date,
    "a bad due date": bad_due_date,
    "a bad rate": bad_rate,
}
