"""Use case: import a file that a lender, bank or wallet exported (or our own statement).

``preview`` reads the file and says what would be written — new rows, duplicates of rows
imported before (skipped and counted), rows that are not for the product, bad lines with
their reasons, the dues each payment would pay — without writing anything. ``commit``
writes the new rows in ONE transaction after a backup, all or nothing (unless the user
chose to skip the bad lines), logs the import so it can be undone, and saves how the
product's files are read (profile, mapping, encoding) for next time.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date
from pathlib import Path

from tracker import imports
from tracker.errors import InputError, os_reason, refuse
from tracker.imports import writes
from tracker.imports.generic import Mapping
from tracker.imports.xlsx import is_xlsx
from tracker.money import currency
from tracker.products import Product, rate_text
from tracker.service import dues
from tracker.service.import_plan import Line, Paid, Preview, _id, as_due, plan_lines
from tracker.service.plans import plan_rate
from tracker.service.products import find_product
from tracker.storage import Store, import_log
from tracker.storage.import_log import ImportEntry, SavedMapping

#: Files larger than this are refused (a statement of 100,000 rows is ~10 MB).
MAX_BYTES = 200 * 1024 * 1024

#: Raised by :func:`preview` when the file's encoding cannot be told: ask the user.
EncodingUnknown = imports.EncodingUnknown
#: Encodings a user can choose (Python codec names), most likely first.
ENCODINGS = ("gb18030", "utf-8", "utf-8-sig", "big5", "cp1252", "latin-1", "utf-16")

__all__ = [
    "ENCODINGS",
    "EncodingUnknown",
    "ImportEntry",
    "Line",
    "Mapping",
    "Paid",
    "Preview",
    "SavedMapping",
]


def profile_choices() -> list[tuple[str, str]]:
    """(name, title) of every format, our statement first; ``generic`` not included."""
    return [*((p.name, p.title) for p in imports.PROFILES.values()), ("ofx", "OFX / QFX")]


def file_currency(profile: str) -> str | None:
    """The currency a format's amounts are always in: ``CNY`` for Alipay, WeChat Pay, JD
    and the Chinese banks, ``USD`` for the US cards; None where it varies (our own
    statement names it on each row; OFX, a column mapping)."""
    found = imports.PROFILES.get(profile)
    return found.currency or None if found is not None else None


def wrong_currency(plan: Preview) -> InputError | None:
    """Why ``plan``'s file cannot be for its product: its format's amounts are in another
    currency than the product keeps (a US card's dollars onto 花呗). None: it can be."""
    found = file_currency(plan.profile)
    if plan.product is None or found is None or found == plan.product.currency:
        return None
    return refuse(
        "the amounts in {file} are in {file_currency}, and {product} keeps {currency}: "
        "choose the product this file is for; nothing was imported",
        file=plan.path.name, file_currency=found, product=plan.product.name,
        currency=plan.product.currency,
    )  # fmt: skip


@dataclass(frozen=True)
class Result:
    """What :func:`commit` wrote."""

    import_id: int
    added: int
    duplicates: int
    skipped: tuple[Line, ...]
    backup: Path | None


def saved_mapping(store: Store, product: str | int) -> SavedMapping | None:
    """How the product's last import was read (None: never imported)."""
    return import_log.saved_mapping(store, _id(find_product(store, product)))


def preview(
    store: Store,
    path: Path | str,
    today: date,
    *,
    product: str | int | None = None,
    profile: str | None = None,
    mapping: Mapping | str | None = None,
    encoding: str | None = None,
    method: str | None = None,
) -> Preview:
    """Read ``path`` and say what importing it into ``product`` would write.

    Options not given come from the product's saved mapping, then from the file (the
    profile from its header, the encoding BOM → UTF-8 → GB18030).

    Args:
        product: name or id; None only for our own statement (rows name their product).
        profile: a profile name (imports.profile_names()); mapping: a generic mapping.
        encoding: the file's encoding, when the user chose one.
        method: which payment method in the file is this product's (Alipay: 花呗).

    Raises:
        EncodingUnknown: the encoding cannot be determined; ask the user for one.
        InputError: no such file, no layout recognised, no product for a bank's file.
        NotFoundError: no such product.
    """
    target = find_product(store, product) if product is not None else None
    if isinstance(mapping, str):
        mapping = Mapping.parse(mapping)
    saved = import_log.saved_mapping(store, _id(target)) if target is not None else None
    data = _read_bytes(Path(path))
    digits = currency(target.currency).digits if target else 2
    if profile is None and mapping is None and saved is not None:
        parsed = _read_as_before(data, saved, encoding, digits, method)
        if parsed.profile == saved.profile:
            method = saved.method if method is None else method
            mapping = Mapping.parse(saved.mapping) if saved.mapping else None
    else:
        parsed = imports.read(
            data, profile=profile, mapping=mapping, encoding=encoding, digits=digits, method=method
        )
    if target is None and parsed.profile != "statement":
        raise refuse("choose the product this file is for")
    return plan_lines(store, Path(path), parsed, target, today, method, mapping)


def _read_as_before(
    data: bytes, saved: SavedMapping, encoding: str | None, digits: int, method: str | None
) -> imports.Parsed:
    """Read with the layout the header shows; failing that, as the product's last file
    (its profile or mapping), in its encoding when the file's own cannot be told."""
    if encoding is None and not is_xlsx(data):  # a workbook has no text encoding
        try:
            imports.decode(data)
        except imports.EncodingUnknown:
            if not saved.encoding:
                raise
            encoding = saved.encoding
    try:
        return imports.read(data, encoding=encoding, digits=digits, method=method)
    except InputError:  # no known header: the layout saved for this product
        mapping = Mapping.parse(saved.mapping) if saved.mapping else None
        chosen = saved.method if method is None else method
        return imports.read(data, profile=saved.profile, mapping=mapping, encoding=encoding,
                            digits=digits, method=chosen)  # fmt: skip


def _read_bytes(path: Path) -> bytes:
    if not path.is_file():
        raise refuse("{path} is not a file", path=path)
    if path.stat().st_size > MAX_BYTES:
        raise refuse("{path} is too large to import", path=path)
    try:
        return path.read_bytes()
    except OSError as exc:
        raise refuse("cannot read {path}: {reason}", path=path, reason=os_reason(exc)) from None


def commit(store: Store, plan: Preview, *, skip_bad: bool = False) -> Result:
    """Write the preview's new rows in one transaction, after a backup.

    Args:
        plan: from :func:`preview` (the file is not read again).
        skip_bad: write the good rows even when some lines are bad (the user chose it).

    Raises:
        InputError: the file's amounts are in another currency than the product's
            (:func:`wrong_currency`), or a bad line and not ``skip_bad`` (its number and
            reason); nothing written.
    """
    wrong = wrong_currency(plan)
    if wrong is not None:
        raise wrong
    bad = plan.bad
    if bad and not skip_bad:
        first = bad[0]
        if len(bad) == 1:
            raise refuse("line {line}: {reason}; nothing was imported", line=first.line,
                         reason=first.reason)  # fmt: skip
        raise refuse("line {line}: {reason} (and {others} more bad lines); nothing was imported",
                     line=first.line, reason=first.reason, others=len(bad) - 1)  # fmt: skip
    skipped = tuple(x for x in plan.lines if x.status in ("bad", "skipped"))
    if plan.new == 0:  # nothing to write: no backup, no log entry (undo keeps its target)
        return Result(0, 0, plan.duplicates, skipped, None)
    backup = store.backup_before("import")
    owner = _id(plan.product) if plan.product else None
    with store.transaction():
        import_id = import_log.insert_import(
            store, owner, plan.path.name, plan.profile, plan.encoding
        )
        added = sum(_write(store, import_id, pid, w) for pid, w in plan.writes.items())
        import_log.finish_import(store, import_id, added, plan.duplicates)
        if plan.product is not None:
            import_log.save_mapping(store, _saved(plan))
    return Result(import_id, added, plan.duplicates, skipped, backup)


def _saved(plan: Preview) -> SavedMapping:
    chosen = "" if plan.encoding in ("utf-8", "utf-8-sig", "gb18030") else plan.encoding
    mapping = plan.mapping.to_text() if plan.mapping else ""
    return SavedMapping(_id(plan.product), plan.profile, chosen, plan.method, mapping)


def _write(store: Store, import_id: int, pid: int, w: writes.Writes) -> int:
    """Create the records of one product; returns how many rows of the file they hold."""
    product = store.get_product(pid)
    plan_ids: dict[int, int] = {}
    rows = 0
    for r in w.records:
        if isinstance(r, writes.NewCharge):
            table, rid = "charges", store.insert_charge(pid, r.date, r.amount, r.description)
        elif isinstance(r, writes.NewPayment):
            table, rid = "payments", store.insert_payment(pid, r.date, r.amount, r.description)
        elif r.statement is not None:
            table, rid = "bills", _write_bill(store, product, r)
        elif r.plan is not None:
            if r.plan not in plan_ids:
                plan_ids[r.plan] = _write_plan(store, product, w.plans[r.plan])
            store.insert_due(as_due(0, pid, r), plan_id=plan_ids[r.plan])
            table, rid = "plans", plan_ids[r.plan]
        else:
            table, rid = "dues", store.insert_due(as_due(0, pid, r))
        keys = r.keys if isinstance(r, writes.NewDue) else list(r.keys)
        import_log.insert_keys(store, import_id, pid, keys, table, rid)
        rows += len(keys)
    return rows


def _write_bill(store: Store, product: Product, r: writes.NewDue) -> int:
    assert r.statement is not None
    # No minimum in the file: left blank, as in the bill dialog. Its due asks the rule on
    # the amount until the import commits; then what the engine asks of a blank minimum
    # (tracker.service.minimums.mend_minimums: one play of the product for every bill).
    minimum = dues.rule_minimum(product, r.principal)
    bill_id = store.insert_bill(_id(product), r.statement, r.due_date, r.principal, None)
    due = replace(as_due(0, _id(product), r), minimum=minimum)
    store.insert_due(due, bill_id=bill_id)
    return bill_id


def _write_plan(store: Store, product: Product, p: writes.NewPlan) -> int:
    assert p.first_due is not None
    rate = rate_text(plan_rate(product, p.periods))
    return store.insert_plan(
        _id(product), p.principal, p.periods, product.installment_fee_model, rate,
        p.first_due, p.text,
    )  # fmt: skip


def last_import(store: Store) -> ImportEntry | None:
    """The most recent import still in the file (None: none)."""
    return import_log.last_import(store)


def undo_last_import(store: Store) -> ImportEntry:
    """Remove exactly what the last import added, in one transaction (after a backup).

    Raises:
        InputError: nothing has been imported.
    """
    entry = import_log.last_import(store)
    if entry is None:
        raise refuse("there is no import to undo")
    store.backup_before("undo-import")
    with store.transaction():
        import_log.delete_import(store, entry.id)
    return entry
