"""One product's bills, charges, instalment plans and payments, as lazy id-based tables."""

from __future__ import annotations

import itertools
from collections.abc import Sequence
from typing import Any, ClassVar, Generic, TypeVar

from PySide6.QtCore import QModelIndex, Qt, QTimer
from PySide6.QtGui import QBrush, QColor

from tracker.errors import TrackerError
from tracker.records import Charge, Payment
from tracker.service import bills, charges, differences, payments, plans, record_order
from tracker.service.bills import BillView
from tracker.service.plans import PlanView
from ui import worker
from ui.context import AppContext
from ui.formatting import currency_display, days_text, iso, money
from ui.labels import state_label
from ui.models.base import IdTableModel

R = TypeVar("R")
LATE = QColor("#fde2e1")


class LedgerModel(IdTableModel[R], Generic[R]):
    """Rows of one product (``product_id``), newest first; None shows nothing. Every row
    is in the view at once, each built from the file with its batch when first shown.

    A header click (:meth:`sort`) and the search box (:meth:`set_search`) order and keep
    the ids of *every* record, not only the built ones: in SQL
    (``record_order.record_ids``) for the columns of :attr:`SQL_SORT` and the kinds
    whose every column is a stored value (charges, payments); otherwise — a column
    worked out from the product's ledger (what is still owed, a bill's state, a plan's
    progress) or a search that must find a translated state — from every row built in
    Python (one pass, as the first batch already pays: a bill's or plan's row needs the
    product's whole ledger). Either way equal values keep the newest-first order, in
    both directions, as the stable sort of a ``QSortFilterProxyModel`` did, and a search
    keeps the rows whose shown text of any column contains it, in any case."""

    FETCH_MORE = False
    KIND: ClassVar[record_order.RecordKind]
    #: Column → the stored value ``record_order.record_ids`` sorts it by (the same
    #: order as :meth:`sort_key`); the other columns are sorted in Python.
    SQL_SORT: ClassVar[dict[int, str]] = {}
    #: True (bills, plans): a row needs the product's whole ledger, so the first row
    #: shown builds every row (up to ``CACHE_ROWS``) for the cost of one batch.
    WHOLE: ClassVar[bool] = False

    def __init__(self, ctx: AppContext, parent: Any = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.product_id: int | None = None
        self.currency = "CNY"
        self._sort: tuple[int, bool] | None = None  # (column, descending)
        self._search = ""  # the sort and the search of a stale table apply when it is read

    def set_product(
        self, product_id: int | None, currency: str = "CNY", *, now: bool = True
    ) -> None:
        """Show ``product_id``'s records: read now, or (``now`` False: the table is hidden)
        marked :attr:`stale` and read by :meth:`load` when the table is shown."""
        self.product_id, self.currency = product_id, currency
        if now:
            self.refresh()
        else:
            self.set_stale()

    def load_ids(self) -> list[int]:
        if self.product_id is None:
            return []
        sort, search = self._sort, self._search
        in_python = (sort is not None and sort[0] not in self.SQL_SORT) or (
            bool(search) and not record_order.searchable(self.KIND)
        )
        if in_python:
            return self._ids_in_python()
        by = None if sort is None else (self.SQL_SORT[sort[0]], sort[1])
        display = "code" if currency_display() == "code" else "symbol"
        return record_order.record_ids(
            self.ctx.store, self.KIND, self.product_id, by, search, display
        )

    def _ids_in_python(self) -> list[int]:
        """Every row built (kept built, up to ``CACHE_ROWS``), searched and sorted by its
        shown text and :meth:`sort_key`; Python's sort is stable, with ``reverse`` too."""
        rows = self._every_row()
        if self._search:
            needle, columns = self._search.lower(), range(self.columnCount())
            rows = [r for r in rows if any(needle in self.display(r, c).lower() for c in columns)]
        if self._sort is not None:
            column, descending = self._sort
            rows.sort(key=lambda r: self.sort_key(r, column), reverse=descending)
        return [r.id for r in rows]

    def _every_row(self) -> list[Any]:
        """Every record, newest first: the rows built already when all of them are (a
        sort or a search after the first builds nothing), else built now and kept."""
        assert self.product_id is not None
        newest = record_order.record_ids(self.ctx.store, self.KIND, self.product_id)
        if all(i in self._cache for i in newest):
            return [self._cache[i] for i in newest]
        rows: list[Any] = list(reversed(self.fetch(None)))
        kept = rows[: self.CACHE_ROWS]
        over = len(self._cache) + len(kept) - self.CACHE_ROWS
        for old in list(itertools.islice(self._cache, max(0, over))):
            del self._cache[old]
        self._cache.update((r.id, r) for r in kept)
        return rows

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """A header click: every record sorted by ``column`` (-1: the table's own order);
        the selection stays on its records, as the proxy kept it."""
        wanted = None if column < 0 else (column, order == Qt.SortOrder.DescendingOrder)
        if wanted == self._sort:
            return
        self._sort = wanted
        if self.product_id is None or self.stale:
            return
        self.layoutAboutToBeChanged.emit()
        kept = self.persistentIndexList()
        old = [(self._all_ids[i.row()], i.column()) for i in kept]
        self._all_ids = self.load_ids()
        self._shown = len(self._all_ids)
        over = len(self._cache) - self.CACHE_ROWS
        for gone in list(self._cache)[: max(0, over)]:
            del self._cache[gone]
        rows = {rid: n for n, rid in enumerate(self._all_ids)}
        self.changePersistentIndexList(
            kept,
            [self.index(rows[rid], col) if rid in rows else QModelIndex() for rid, col in old],
        )
        self.layoutChanged.emit()

    def set_search(self, text: str, *, now: bool = True) -> None:
        """Keep only the records whose shown text contains ``text`` (any case; "" all);
        ``now`` False: only at the next read (the product changes next)."""
        if text != self._search:
            self._search = text
            if now:
                self._reorder()

    def _reorder(self) -> None:
        """The ids again for the same data: the rows built stay built."""
        if self.stale:
            return  # read with the new order when shown
        self.beginResetModel()
        self._all_ids = self.load_ids()
        self._shown = len(self._all_ids)
        self.endResetModel()

    def retranslate(self) -> None:
        by_text = self._search or (self._sort is not None and self._sort[0] not in self.SQL_SORT)
        if by_text and not self.stale:  # a stale table reads its rows in the new language
            self._reorder()  # a state's text in the new language may match or sort anew
            return
        super().retranslate()

    def fetch_rows(self, ids: Sequence[int]) -> dict[int, R]:
        if self.WHOLE and self.total() <= self.CACHE_ROWS:
            return {r.id: r for r in self.fetch(None)}
        wanted = set(ids)
        return {r.id: r for r in self.fetch(list(wanted))}

    def fetch(self, ids: list[int] | None) -> list[R]:
        """The product's records (all, or only ``ids``), oldest first."""
        raise NotImplementedError

    def money(self, minor: int) -> str:
        return money(minor, self.currency)


class BillsModel(LedgerModel[BillView]):
    """Statements: dates, amount, minimum, what is still owed and its state, and how far
    each was from the account engine's estimate — worked out in a worker after the first
    paint (a product's whole history is played for it), "…" until then."""

    KIND: ClassVar[record_order.RecordKind] = "bill"
    WHOLE = True
    SQL_SORT: ClassVar[dict[int, str]] = {
        0: "statement_date", 1: "due_date", 2: "amount", 3: "minimum"
    }  # fmt: skip
    DIFFERENCE = 6

    def __init__(self, ctx: AppContext, parent: Any = None) -> None:
        super().__init__(ctx, parent)
        #: Bill id → its difference (differences.bill_differences); None: being worked out.
        self.found: dict[int, int] | None = None
        self._generation = 0
        self._jobs: dict[int, worker.Job] = {}  # kept until they report

    def set_stale(self) -> None:
        self._generation += 1  # a worker's differences for the rows before are dropped
        super().set_stale()

    def refresh(self) -> None:
        self._generation += 1
        pid = self.product_id
        self.found = None if pid is None else differences.known(self.ctx.store, pid)
        if pid is not None and self.found is None:
            generation = self._generation
            QTimer.singleShot(0, lambda: self._estimate(pid, generation))
        super().refresh()

    def _estimate(self, pid: int, generation: int) -> None:
        if generation != self._generation or self.ctx.closed:
            return
        since, path = differences.revision(self.ctx.store), self.ctx.data_path
        self._jobs[generation] = worker.start(
            lambda: differences.of_file(path, pid),
            lambda found: self._filled(generation, pid, (path, since), found),
            lambda exc: self._filled(generation, pid, (path, since), None),
        )

    def _filled(self, generation: int, pid: int, read: tuple[Any, object], found: Any) -> None:
        """The worker's ``found`` (None: it failed) for product ``pid``, read from the file
        ``read[0]`` at revision ``read[1]``."""
        self._jobs.pop(generation, None)
        path, since = read
        if generation != self._generation or self.ctx.closed or self.ctx.data_path != path:
            return  # the data, the product or the file changed: a newer job fills it
        if found is None:  # the worker could not read the file: worked out here
            try:
                found = differences.of_product(self.ctx.store, pid)
            except TrackerError:
                found = {}  # a damaged file: its check says so; no estimate shown
        else:
            differences.remember(self.ctx.store, pid, since, found)
        self.found = found
        if self._search or (self._sort is not None and self._sort[0] == self.DIFFERENCE):
            self._reorder()  # the column's text and order are known now
        elif self.rowCount():
            column = self.DIFFERENCE
            self.dataChanged.emit(self.index(0, column), self.index(self.rowCount() - 1, column))

    def fetch(self, ids: list[int] | None) -> list[BillView]:
        assert self.product_id is not None
        return bills.bill_views(
            self.ctx.store, self.ctx.today, self.product_id, ids, estimate=False
        )

    def headers(self) -> list[str]:
        return [
            self.tr("Statement date"),
            self.tr("Due date"),
            self.tr("Amount"),
            self.tr("Minimum"),
            self.tr("Still owed"),
            self.tr("State"),
            self.tr("Against the estimate"),
        ]

    def right_aligned(self) -> set[int]:
        return {2, 3, 4}

    def difference_text(self, v: BillView) -> str:
        """What the lender charged against the account engine's estimate of the bill."""
        if self.found is None:
            return self.tr("…")  # being worked out
        difference = self.found.get(v.id)
        if difference is None:
            return "—"
        if difference > 0:
            return self.tr("the lender charged {amount} more than estimated").format(
                amount=self.money(difference)
            )
        if difference < 0:
            return self.tr("the lender charged {amount} less than estimated").format(
                amount=self.money(-difference)
            )
        return self.tr("as estimated")

    def display(self, v: BillView, column: int) -> str:
        b = v.bill
        if column == 6:
            return self.difference_text(v)
        if column == 5:
            if v.rescheduled_on is not None:
                text = self.tr("Moved to the agreed plan on {date}").format(
                    date=iso(v.rescheduled_on)
                )
                return text + (self.tr(" (on the credit report)") if v.reported else "")
            if v.days_past_due:
                return days_text(0, v.days_past_due)
            if v.state == "paid" and v.days_late:
                text = self.tr("Paid %n day(s) late", "", v.days_late)
                return text + (self.tr(" (on the credit report)") if v.reported else "")
            return state_label(v.state)
        minimum = self.money(v.minimum) if v.minimum is not None else "—"
        return [iso(b.statement_date), iso(b.due_date), self.money(b.amount), minimum,
                self.money(v.outstanding)][column]  # fmt: skip

    def sort_key(self, v: BillView, column: int) -> Any:
        keys = {2: v.bill.amount, 3: v.minimum or 0, 4: v.outstanding}
        keys[6] = (self.found or {}).get(v.id) or 0
        return keys.get(column, self.display(v, column))

    def background(self, v: BillView) -> QBrush | None:
        return QBrush(LATE) if v.state == "overdue" else None


class ChargesModel(LedgerModel[Charge]):
    """Purchases: date, amount, description."""

    KIND: ClassVar[record_order.RecordKind] = "charge"
    SQL_SORT: ClassVar[dict[int, str]] = {0: "date", 1: "amount", 2: "description"}

    def fetch(self, ids: list[int] | None) -> list[Charge]:
        assert self.product_id is not None
        return charges.charges(self.ctx.store, self.product_id, ids)

    def headers(self) -> list[str]:
        return [self.tr("Date"), self.tr("Amount"), self.tr("Description")]

    def right_aligned(self) -> set[int]:
        return {1}

    def display(self, c: Charge, column: int) -> str:
        return [iso(c.date), self.money(c.amount), c.description][column]

    def sort_key(self, c: Charge, column: int) -> Any:
        return c.amount if column == 1 else self.display(c, column)


class PlansModel(LedgerModel[PlanView]):
    """Instalment plans: principal, periods, payment per period, fees and progress."""

    KIND: ClassVar[record_order.RecordKind] = "plan"
    WHOLE = True
    SQL_SORT: ClassVar[dict[int, str]] = {0: "description", 1: "first_due", 2: "principal"}
    loan = False  # a loan's plan: its "fee" is the loan's interest, and says so

    def set_product(
        self, product_id: int | None, currency: str = "CNY", *, now: bool = True
    ) -> None:
        self.loan = product_id is not None and plans.is_loan(self.ctx.store, product_id)
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 4, 4)
        super().set_product(product_id, currency, now=now)

    def fetch(self, ids: list[int] | None) -> list[PlanView]:
        assert self.product_id is not None
        return plans.plan_views(self.ctx.store, self.ctx.today, self.product_id, ids)

    def headers(self) -> list[str]:
        return [
            self.tr("Description"),
            self.tr("First due"),
            self.tr("Principal"),
            self.tr("Per period"),
            self.tr("Total interest") if self.loan else self.tr("Total fee"),
            self.tr("Paid"),
            self.tr("Still owed"),
            self.tr("Next due"),
        ]

    def right_aligned(self) -> set[int]:
        return {2, 3, 4, 6}

    def display(self, v: PlanView, column: int) -> str:
        p = v.plan
        cells = [
            p.description,
            iso(p.first_due),
            self.money(p.principal),
            self.money(v.payment),
            self.money(v.total_fee),
            self.tr("{paid} of {total}").format(paid=v.periods_paid, total=p.periods),
            self.money(v.outstanding),
            iso(v.next_due),
        ]
        return cells[column]

    def sort_key(self, v: PlanView, column: int) -> Any:
        keys = {2: v.plan.principal, 3: v.payment, 4: v.total_fee, 5: v.periods_paid,
                6: v.outstanding}  # fmt: skip
        return keys.get(column, self.display(v, column))


class PaymentsModel(LedgerModel[Payment]):
    """Money paid: date, amount, note."""

    KIND: ClassVar[record_order.RecordKind] = "payment"
    SQL_SORT: ClassVar[dict[int, str]] = {0: "date", 1: "amount", 2: "description"}

    def fetch(self, ids: list[int] | None) -> list[Payment]:
        assert self.product_id is not None
        return payments.payments(self.ctx.store, self.product_id, ids)

    def headers(self) -> list[str]:
        return [self.tr("Date"), self.tr("Amount"), self.tr("Note")]

    def right_aligned(self) -> set[int]:
        return {1}

    def display(self, p: Payment, column: int) -> str:
        return [iso(p.date), self.money(p.amount), p.description][column]

    def sort_key(self, p: Payment, column: int) -> Any:
        return p.amount if column == 1 else self.display(p, column)
