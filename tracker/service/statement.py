"""Use case: export a CSV statement of one product or all of them, between two dates."""

from __future__ import annotations

import contextlib
import os
import tempfile
from datetime import date
from pathlib import Path

from tracker import csvio
from tracker.errors import InputError
from tracker.service.core import find_product
from tracker.storage import Store


def statement_rows(
    store: Store, start: date, end: date, product: str | int | None = None
) -> list[csvio.StatementRow]:
    """The statement rows of ``product`` (name or id; None: every active product).

    Raises:
        InputError: ``start`` after ``end``. NotFoundError: no such product.
    """
    if start > end:
        raise InputError(f"the statement starts on {start}, after it ends on {end}")
    products = [find_product(store, product)] if product is not None else store.list_products()
    pid = products[0].id if product is not None else None
    return csvio.statement_rows(
        products,
        store.list_dues(pid),
        store.list_charges(pid),
        store.list_payments(pid),
        start,
        end,
    )


def export_statement(
    store: Store,
    path: Path | str,
    start: date,
    end: date,
    product: str | int | None = None,
    excel: bool = False,
) -> int:
    """Write the statement to ``path`` as CSV; returns the number of rows (header excluded).

    The file is written to a temporary file in the same folder and then renamed over
    ``path``, so a failure part-way leaves no half-written statement (and an existing
    file at ``path`` untouched).

    Args:
        store: the open data file (only read).
        path: where to write; its folder must exist.
        start, end: the date window, both included.
        product: a product name or id; None for every active product.
        excel: add a byte-order mark so Excel opens the UTF-8 file correctly.

    Raises:
        InputError: a bad window or a missing folder. NotFoundError: no such product.
    """
    target = Path(path)
    rows = statement_rows(store, start, end, product)
    folder = target.parent
    if not folder.is_dir():
        raise InputError(f"folder {folder} does not exist")
    fd, temp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=folder)
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="") as file:
            count = csvio.write_statement(rows, file, excel=excel)
            file.flush()
            os.fsync(file.fileno())
        os.replace(temp, target)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(temp)
        raise
    return count
