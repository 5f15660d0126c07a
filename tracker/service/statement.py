"""Use case: export a CSV statement of one product or all of them, between two dates."""

from __future__ import annotations

import contextlib
import csv
import os
import stat
import tempfile
import time
from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import TextIO

from tracker import csvcells, csvio
from tracker.bounds import shown
from tracker.errors import InputError, refuse, write_reason
from tracker.products import Product
from tracker.records import Due
from tracker.service import accounts, files
from tracker.service.products import find_product
from tracker.storage import Store, statement_csv


def statement_rows(
    store: Store,
    start: date,
    end: date,
    product: str | int | None = None,
    today: date | None = None,
    chinese: bool = False,
) -> list[csvio.StatementRow]:
    """The statement rows of ``product`` (name or id; None: every active product), as a
    list; see :func:`stream_rows`."""
    return list(stream_rows(store, start, end, product, today, chinese))


def stream_rows(
    store: Store,
    start: date,
    end: date,
    product: str | int | None = None,
    today: date | None = None,
    chinese: bool = False,
) -> Iterator[csvio.StatementRow]:
    """The statement rows of ``product`` (name or id; None: every active product), read
    from the file as they are written (csvio.statement_rows); instalment periods due
    after ``today`` are scheduled, and the account engine's interest, late fees and
    penalty up to ``today`` are rows marked estimated (none without a ``today``).
    ``chinese``: the generated descriptions (a bill's, a payment's without one, the
    estimates') in Chinese (csvio.CHINESE), else English.

    Raises:
        InputError: ``start`` after ``end``. NotFoundError: no such product (both at
            once, before any row is read).
    """
    records = _records(store, start, end, product, today)
    return csvio.statement_rows(records, start, end, today, csvio.texts(chinese))


def _records(
    store: Store,
    start: date,
    end: date,
    product: str | int | None,
    today: date | None,
    streams: bool = True,
) -> list[csvio.ProductRecords]:
    """Each product's records for the statement (``streams``: its stored dues, charges
    and payments too; else only what the file does not hold: the dues agreed plans took
    over and the engine's estimates).

    Raises:
        InputError: ``start`` after ``end``. NotFoundError: no such product.
    """
    if start > end:
        raise refuse(
            "the statement starts on {start}, after it ends on {end}",
            field="end",
            start=start,
            end=end,
        )
    products = [find_product(store, product)] if product is not None else store.list_products()
    records = []
    for p in products:
        estimates = _estimates(store, p, today)
        extra = _takeovers(store, p.saved_id, estimates)
        if not streams:
            records.append(csvio.ProductRecords(p, extra, (), (), estimates))
            continue
        records.append(
            csvio.ProductRecords(
                p,
                store.list_dues(p.saved_id) + extra,
                store.stream_charges(p.saved_id),
                store.stream_payments(p.saved_id),
                estimates,
            )
        )
    return records


def write_statement(
    store: Store,
    file: TextIO,
    start: date,
    end: date,
    product: str | int | None = None,
    excel: bool = False,
    chinese: bool = False,
    today: date | None = None,
) -> int:
    """Write the statement to ``file`` (text, UTF-8, ``newline=""``) as
    :func:`csvio.write_statement` writes :func:`stream_rows`, byte for byte, but with
    SQLite doing the per-row work (``storage/statement_csv``; issue 12). A file with a
    row the strict decoders refuse is written (or refused) the decoded way.

    Returns:
        The number of data rows written.

    Raises:
        InputError: ``start`` after ``end``. NotFoundError: no such product.
        DamagedFileError: a row that does not decode.
    """
    records = _records(store, start, end, product, today, streams=False)
    return _write(store, file, records, start, end, product, excel, chinese, today)


def _write(
    store: Store,
    file: TextIO,
    records: list[csvio.ProductRecords],
    start: date,
    end: date,
    product: str | int | None,
    excel: bool,
    chinese: bool,
    today: date | None,
) -> int:
    """:func:`write_statement` of the products of ``records`` (``_records(…,
    streams=False)``)."""
    products = [(r.product.saved_id, *csvcells.product_cells(r.product)) for r in records]
    extras = [e for r in records for e in csvcells.extra_rows(r, today, chinese)]
    nul = any("\x00" in name + code for _, name, code, _ in products)  # SQL stops at one
    # A charge the SQL cannot write stops it part-way (statement_csv.Refused): the file
    # is then written again from where it began, or, when it cannot be, every charge is
    # checked first.
    rewind = file.seekable()
    begin = file.tell() if rewind else 0
    ids = [pid for pid, *_ in products]
    if not nul and statement_csv.clean(store, ids, charges=not rewind):
        texts = csvio.texts(chinese)
        if excel:
            file.write("\ufeff")
        csv.writer(file).writerow(texts.header)
        count = 0
        try:
            for text, n in statement_csv.lines(store, products, extras, start, end, today, texts):
                file.write(text)
                count += n
            return count
        except statement_csv.Refused:
            file.seek(begin)
            file.truncate()
    rows = stream_rows(store, start, end, product, today, chinese)
    return csvio.write_statement(rows, file, excel=excel, chinese=chinese)


def _takeovers(store: Store, pid: int, estimates: list[tuple[date, str, int]]) -> list[Due]:
    """What the product's agreed plans took over (none without one: not looked for)."""
    if not accounts.has_agreement(store, pid):
        return []
    # Imported here: the negotiation modules are ~0.03 s of a statement's start, and
    # most files have no agreed plan (issue 12: the CLI statement against sqlite3).
    from tracker.service import negotiate

    return negotiate.takeovers(store, pid, estimates)


def _estimates(store: Store, product: Product, today: date | None) -> list[tuple[date, str, int]]:
    """The account engine's interest, late fees and penalty on ``product`` up to
    ``today`` not replaced by a recorded bill (none without a ``today``)."""
    if today is None:
        return []
    return [(e.day, e.kind, e.amount) for e in accounts.played_to(store, product, today).estimates]


def export_statement(
    store: Store,
    path: Path | str,
    start: date,
    end: date,
    product: str | int | None = None,
    excel: bool = False,
    chinese: bool = False,
    today: date | None = None,
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
        chinese: in Chinese (the GUI in Chinese, the CLI's ``--lang zh_CN``; import
            reads both): the header, kind names and every generated text (a bill's
            description, a payment's without one, the estimates, the scheduled mark);
            what the user typed is written as typed.
        today: instalment periods due after it are marked scheduled.

    Raises:
        InputError: a bad window, a missing folder, or a ``path`` that is not a place for
            a statement (empty, a folder, a device, the data file or its -wal/-shm).
        NotFoundError: no such product.
    """
    try:
        target = _statement_target(store, path)
    except InputError as exc:  # said of the file field (the dialog shows it there)
        raise exc.at("file") from None
    records = _records(store, start, end, product, today, streams=False)
    folder = target.parent
    if not folder.is_dir():
        if folder.exists():  # a file where the folder should be: it exists, but no folder
            raise refuse("cannot write {path}: {folder} is not a folder", field="file",
                         path=Path(path), folder=folder)  # fmt: skip
        raise refuse("folder {folder} does not exist", field="file", folder=folder)
    _remove_stale_temps(target)
    try:
        fd, temp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=folder)
    except OSError as exc:  # e.g. a read-only folder, or /proc where files cannot be made
        raise _cannot_write(folder, exc) from None
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="") as file:
            count = _write(store, file, records, start, end, product, excel, chinese, today)
            file.flush()
            os.fsync(file.fileno())
        os.replace(temp, target)
    except OSError as exc:  # the disk filled up, the file at ``path`` is read-only, ...
        with contextlib.suppress(OSError):
            os.unlink(temp)
        raise _cannot_write(folder, exc) from None
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(temp)
        raise
    return count


def _cannot_write(folder: Path, exc: OSError) -> InputError:
    """The real reason a statement cannot be written in ``folder`` (which exists)."""
    return refuse("cannot write a statement in {folder}: {reason}", field="file",
                  folder=folder, reason=write_reason(exc))  # fmt: skip


#: The longest file name most file systems take (bytes), and what the temporary name adds
#: to it ("." + name + "." + 8 random characters + ".tmp").
NAME_MAX = 255
TEMP_EXTRA = 14
#: A temporary statement file this old was left by an export that was killed.
STALE_SECONDS = 600


def _remove_stale_temps(target: Path) -> None:
    """Delete ``.NAME.*.tmp`` files left beside ``target`` by killed exports."""
    prefix = f".{target.name}."
    now = time.time()
    with contextlib.suppress(OSError):
        for entry in target.parent.iterdir():
            if entry.name.startswith(prefix) and entry.name.endswith(".tmp"):
                with contextlib.suppress(OSError):
                    if now - entry.stat().st_mtime > STALE_SECONDS:
                        entry.unlink()


def _statement_target(store: Store, path: Path | str) -> Path:
    """The file to (re)place: ``path`` with symlinks followed, once it is known to be safe.

    A symlink to a regular file is written through to its target, so the link stays.

    Raises:
        InputError: ``path`` is empty, an existing folder or non-regular file (a device,
            a /proc file, a pipe), or the data file itself or its -wal/-shm sibling.
    """
    if not str(path).strip():
        raise refuse("the statement file name is empty")
    given = Path(path)
    longest = NAME_MAX - TEMP_EXTRA
    if len(given.name.encode("utf-8", "surrogateescape")) > longest:
        raise refuse(
            "the file name {name!r} is too long (at most {most} bytes)",
            name=shown(given.name),
            most=longest,
        )
    target = Path(os.path.realpath(given))
    if target.exists():
        mode = target.stat().st_mode
        if stat.S_ISDIR(mode):
            raise refuse("{given} is a folder; give a file name for the statement", given=given)
        if not stat.S_ISREG(mode):
            raise refuse(
                "{given} is not a regular file; give a file name for the statement", given=given
            )
    files.refuse_own_files(store, target, given)
    return target
