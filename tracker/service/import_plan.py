"""The import preview: each line of a file and what importing it would do (no writes).

Split from tracker.service.imports (which reads the file and commits): a plan groups
the new rows by product, marks rows imported before as duplicates, and shows the dues
each new payment would pay.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from tracker import imports, ledger
from tracker.errors import refuse
from tracker.imports import writes
from tracker.imports.generic import Mapping
from tracker.imports.records import BadLine, ImportRow, Skipped
from tracker.money import format_money
from tracker.products import Product
from tracker.records import Due, DueKind, Payment
from tracker.service import accounts
from tracker.storage import Store, import_log


@dataclass(frozen=True)
class Line:
    """One line of the preview, as the user sees it.

    ``status``: ``new`` (will be written), ``duplicate`` (imported before), ``skipped``
    (not for this product) or ``bad`` (cannot be read: ``reason`` says why).
    ``pays``: for a new payment, the dues it would pay (oldest first), as text;
    ``paid``: the same as records, for a window to name each due in its language.
    """

    line: int
    status: str
    row: ImportRow | None
    product: str
    reason: Exception | None = None
    pays: tuple[str, ...] = ()
    text: str = ""  # a line without a record: as it was in the file
    paid: tuple[Paid, ...] = ()


@dataclass(frozen=True)
class Paid:
    """What a new payment would pay of one due: ``amount`` minor units in ``currency``."""

    due: Due
    amount: int
    currency: str

    def __str__(self) -> str:
        name = self.due.description or self.due.due_date
        return f"{name} ({format_money(self.amount, self.currency)})"


@dataclass(frozen=True)
class Preview:
    """What importing ``path`` would do; hand it to :func:`commit` to do it."""

    path: Path
    profile: str
    encoding: str
    method: str | None
    mapping: Mapping | None
    product: Product | None
    lines: tuple[Line, ...]
    writes: dict[int, writes.Writes] = field(repr=False)

    def count(self, status: str) -> int:
        return sum(1 for line in self.lines if line.status == status)

    @property
    def new(self) -> int:
        return self.count("new")

    @property
    def duplicates(self) -> int:
        return self.count("duplicate")

    @property
    def empty(self) -> bool:
        """The file holds no rows at all (a header and nothing under it): nothing to
        import, which the CLI and the dialog say ("no rows to import in FILE")."""
        return not self.lines

    @property
    def bad(self) -> list[Line]:
        return [line for line in self.lines if line.status == "bad"]

    def totals(self) -> dict[str, int]:
        """[minor units] the new rows' amounts by kind (signed: + adds to the debt)."""
        sums: Counter[str] = Counter()
        for line in self.lines:
            if line.status == "new" and line.row is not None:
                sums[line.row.kind] += line.row.amount
        return dict(sums)


def plan_lines(
    store: Store,
    path: Path,
    parsed: imports.Parsed,
    target: Product | None,
    today: date,
    method: str | None,
    mapping: Mapping | None,
) -> Preview:
    products = {p.name: p for p in store.list_products(include_archived=True)}
    lines: list[Line] = [_bad(b) for b in parsed.bad] + [_skip(s, target) for s in parsed.skipped]
    by_product: dict[int, list[ImportRow]] = {}
    for row in parsed.rows:
        owner = _owner(row, target, products)
        if isinstance(owner, Exception):
            lines.append(Line(row.line, "bad", row, row.product or "", owner))
        else:
            by_product.setdefault(_id(owner), []).append(row)
    plan: dict[int, writes.Writes] = {}
    for pid, rows in by_product.items():
        owner = store.get_product(pid)
        known = import_log.known_keys(store, pid)
        new = [r for r in rows if r.key not in known]
        lines += [Line(r.line, "duplicate", r, owner.name) for r in rows if r.key in known]
        charges = [(c.date, c.amount) for c in store.list_charges(pid)]
        bills = [b.statement_date for b in store.list_bills(pid)]
        plan[pid] = writes.plan_writes(new, charges, bills, today)
        lines += [_bad(b, owner.name) for b in plan[pid].bad]
        pays = _payments_pay(store, owner, plan[pid], today)
        lines += [
            Line(r.line, "new", r, owner.name, pays=tuple(map(str, paid)), paid=paid)
            for r in new
            if r.key not in plan[pid].refused
            for paid in [pays.get(r.key, ())]
        ]
    lines.sort(key=lambda x: (x.line, x.status))
    return Preview(
        path, parsed.profile, parsed.encoding, method, mapping, target, tuple(lines), plan
    )


def _owner(
    row: ImportRow, target: Product | None, products: dict[str, Product]
) -> Product | Exception:
    if row.product is None:
        assert target is not None
        return target
    found = products.get(row.product)
    if found is None:
        return refuse("no product named {name!r}", name=row.product)
    if target is not None and found.id != target.id:
        return refuse("the row is for {name!r}, not {product!r}", name=row.product,
                      product=target.name)  # fmt: skip
    if row.currency and row.currency != found.currency:
        return refuse("the row is in {code}, {name!r} in {currency}", code=row.currency,
                      name=found.name, currency=found.currency)  # fmt: skip
    return found


def _bad(b: BadLine, product: str = "") -> Line:
    return Line(b.line, "bad", None, product, b.error, text=b.text)


def _skip(s: Skipped, target: Product | None) -> Line:
    return Line(s.line, "skipped", None, target.name if target else "", s.why, text=s.text)


def _payments_pay(
    store: Store, product: Product, plan: writes.Writes, today: date
) -> dict[str, tuple[Paid, ...]]:
    """For each new payment (by key), the dues it pays once imported, oldest first."""
    new = [r for r in plan.records if isinstance(r, writes.NewPayment)]
    if not new:
        return {}
    pid = _id(product)
    dues = list(store.list_dues(pid))
    # its late fees and penalty, as `due` shows them
    dues = ledger.with_fees(dues, accounts.folded_fees(store, product, today))
    extra = [r for r in plan.records if isinstance(r, writes.NewDue)]
    dues += [as_due(-n - 1, pid, d) for n, d in enumerate(extra)]
    payments = list(store.list_payments(pid))
    payments += [Payment(-n - 1, pid, p.date, p.amount) for n, p in enumerate(new)]
    result = ledger.allocate(dues, payments)
    names = {d.id: d for d in dues}
    out: dict[str, list[Paid]] = {}
    for a in result.allocations:
        if a.payment_id < 0:
            paid = Paid(names[a.due_id], a.amount, product.currency)
            out.setdefault(new[-a.payment_id - 1].keys[0], []).append(paid)
    return {k: tuple(v) for k, v in out.items()}


def as_due(due_id: int, pid: int, d: writes.NewDue) -> Due:
    kind: DueKind = (
        "bill" if d.statement else "adjustment" if d.kind == "adjustment" else ("installment")
    )
    return Due(
        due_id, pid, d.due_date, d.principal, fee=d.parts.get("fee", 0),
        interest=d.parts.get("interest", 0), penalty=d.parts.get("penalty", 0),
        kind=kind, period=d.period, statement_date=d.statement, description=d.description,
    )  # fmt: skip


def _id(product: Product | None) -> int:
    assert product is not None and product.id is not None, "product has not been saved"
    return product.id
