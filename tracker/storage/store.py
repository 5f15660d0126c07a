"""The only place with SQL: reading and writing products, bills, plans, dues, payments.

Longer than 400 lines on purpose: every read and write of the file goes through this one
class, so the rules that guard the file (one IMMEDIATE transaction per change, nothing
written to a read-only or damaged file, every row decoded strictly) hold in one place.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from datetime import date, datetime
from pathlib import Path
from typing import Any, ClassVar, TypeVar

from tracker.errors import DamagedFileError, damaged, not_found, refuse, unusable
from tracker.products import Product, to_record
from tracker.records import Bill, Charge, Due, Payment, Plan, bill_description
from tracker.storage import backup, checks, database, sound, touched
from tracker.storage import rows as stored

_CORE = stored.CORE_COLUMNS
T = TypeVar("T")
#: A due's ``rescheduled_on``: the first repayment plan agreed (``plans.agreed_on``) on
#: or after its statement date, or covering its due date (``plans.covers_until``: the
#: statements already issued then), took over what was left of it.
_RESCHEDULED_ON = (
    "(SELECT min(p.agreed_on) FROM plans p WHERE p.product_id = dues.product_id"
    " AND p.agreed_on IS NOT NULL AND (dues.plan_id IS NULL OR dues.plan_id != p.id)"
    " AND (dues.due_date <= coalesce(p.covers_until, p.agreed_on)"
    " OR dues.statement_date <= p.agreed_on))"
)


class Store:
    """A data file opened for use. Every write goes through :meth:`transaction`."""

    #: Run with the store at the end of every outermost transaction, before it commits:
    #: what must be saved with any change (the service's closed cycles register here).
    before_commit: ClassVar[list[Callable[[Store], None]]] = []
    #: Run with the store and the schema version it had once a file was upgraded as it
    #: opened: what an upgrade must work out with the service's rules, not in SQL.
    after_upgrade: ClassVar[list[Callable[[Store, int], None]]] = []

    def __init__(self, db: database.Database, path: Path, read_only: str | None = None) -> None:
        self.db = db
        self.path = Path(path)
        #: Results computed from the file, valid while :meth:`revision` is unchanged.
        self.memo: dict[Any, tuple[Any, Any]] = {}
        #: Why the file may not be changed (it or its folder is read-only), or None.
        self.read_only = read_only
        #: What is damaged in the file, once a check or a read found it; never written then.
        self.damage: str | None = None
        #: Whether the full integrity check has run on this file since it was opened.
        self.checked = False
        #: Opened without SQLite's quick check (:meth:`open_unless_blank`): no check of
        #: any kind has passed until :attr:`checked`.
        self.quick_check_skipped = False
        #: Whether this connection keeps what each transaction changes (:mod:`touched`).
        self._watching = False

    @classmethod
    def open(cls, path: Path | str, *, create: bool = False) -> Store:
        """Open (or create) the data file; see :func:`database.connect` for refusals.

        A file that we may not write (or whose folder we may not write) opens read-only:
        :attr:`read_only` says why and every change is refused with that reason.
        """
        opened = database.connect(Path(path), create=create)
        return cls(opened.db, Path(path), opened.read_only)._upgraded(opened)

    @classmethod
    def create(cls, path: Path | str, fill: Callable[[Store], None] | None = None) -> Store:
        """Create a new data file at ``path``, with ``fill(store)`` (demo data) in it.

        The file appears only when complete: a set-up killed half-way leaves nothing at
        ``path``. ``fill`` runs as one transaction. Replaces only an empty or blank file.
        """

        def fill_db(db: database.Database, tmp: Path) -> None:
            if fill is not None:
                store = cls(db, tmp)
                with store.transaction():
                    fill(store)

        database.create_file(Path(path), fill_db)
        return cls.open(path)

    @classmethod
    def open_unless_blank(cls, path: Path | str, *, quick_check: bool = True) -> Store | None:
        """Open an existing data file as :meth:`open` does, inspecting it once; None when
        it is a blank SQLite file (a set-up that never ran).

        ``quick_check=False``: SQLite's quick check is left out when opening writes
        nothing (see :func:`database.inspect_file`); :attr:`quick_check_skipped` says so.
        Nothing is written before a full check then either: the first change runs
        :meth:`check_integrity` (:meth:`transaction`), as it always does.

        Raises:
            StorageError: as :meth:`open` (the file is not SQLite, not ours, damaged…).
        """
        found = database.inspect_file(Path(path), quick=quick_check)
        if found.blank:
            return None
        opened = database.connect(Path(path), found=found)
        store = cls(opened.db, Path(path), opened.read_only)
        store.quick_check_skipped = found.unchecked
        return store._upgraded(opened)

    def _upgraded(self, opened: database.Opened) -> Store:
        """Run :attr:`after_upgrade` when the file was upgraded as it opened."""
        if opened.migrated_from is not None:
            for hook in Store.after_upgrade:
                hook(self, opened.migrated_from)
        return self

    @staticmethod
    def is_blank(path: Path | str, *, quick_check: bool = True) -> bool:
        """Whether ``path`` is an SQLite file with nothing in it (a set-up that never ran).

        ``quick_check=False``: SQLite's quick check of a file of ours is left out (see
        :func:`database.inspect_file`).

        Raises:
            StorageError: the file is not SQLite, not ours, damaged… (see inspect_file).
        """
        return database.inspect_file(Path(path), quick=quick_check).blank

    def close(self) -> None:
        self.memo.clear()
        self.db.close()

    def revision(self) -> tuple[int, int]:
        """Changes so far: rows this connection changed, and commits by other connections.

        Equal revisions mean equal data, so derived results can be reused.
        """
        (other,) = self.db.execute("PRAGMA data_version").fetchone()
        return (self.db.conn.total_changes, int(other))

    @classmethod
    def open_read_only(cls, path: Path | str, reason: str = "opened to check it") -> Store:
        """Open an existing data file only to read it (a backup being checked)."""
        path = Path(path)
        found = database.inspect_file(path)
        if found.blank:
            raise unusable(
                "{path} is not set up yet (an earlier set-up did not finish)", path=path
            )
        return cls(database.open_read_only(path), path, reason)

    def check_integrity(self) -> list[str]:
        """The full check, now: SQLite's integrity check, then every row decoded.

        Returns the problems (empty: sound). Any problem marks the file damaged, so that
        nothing is written to it.
        """
        problems = checks.integrity_problems(self.db.conn)
        if not problems:
            problems = self._undecodable()
        self.record_check(problems)
        return problems

    def _undecodable(self) -> list[str]:
        """The first record that does not decode, as decoding every one in this order
        finds it; SQL (:mod:`sound`) says which tables to decode (after SQLite's
        integrity check: it reads dates from the indexes)."""
        decode: dict[str, Callable[[], object]] = {
            "bills": self.list_bills,
            "charges": self.list_charges,
            "plans": self.list_plans,
            "payments": self.list_payments,
            "dues": self.list_dues,
        }
        try:
            self.list_products(include_archived=True)
            for table in sound.suspect_tables(self.db.conn):
                decode[table]()
        except DamagedFileError as exc:
            return [str(exc)]
        return []

    def record_check(self, problems: list[str]) -> None:
        """Take the result of an integrity check made elsewhere (the GUI's worker)."""
        self.checked = True
        if problems:
            self.damage = checks.describe(problems)

    @contextmanager
    def transaction(self) -> Iterator[Store]:
        """One change = one transaction: all of it is saved, or none of it.

        Refused, before anything is written, on a read-only or damaged file; the first
        change after opening runs the full integrity check (a damaged index passes the
        quick check that opening does).
        """
        if self.read_only:
            raise unusable(
                "not saved: the data file is open read-only ({reason})", reason=self.read_only
            )
        if not self.checked and not self.db.conn.in_transaction:
            self.check_integrity()
        if self.damage:
            raise damaged(
                "not saved: {path} is damaged ({damage}); restore a backup",
                path=self.path,
                damage=self.damage,
            )
        outermost = not self.db.conn.in_transaction
        if outermost and not self._watching:
            touched.watch(self.db.conn)
            self._watching = True
        try:
            with database.write_transaction(self.db.conn):
                yield self
                for hook in Store.before_commit if outermost else ():
                    hook(self)
        except sqlite3.IntegrityError as exc:
            raise refuse("not saved: {exc}", exc=exc) from None
        except sqlite3.OperationalError as exc:
            raise database.write_failure(exc, self.path) from None

    # -- products ---------------------------------------------------------------
    def insert_product(self, product: Product) -> int:
        if self._product_id_by_name(product.name) is not None:
            raise refuse(
                "a product named {product_name!r} already exists",
                field="name",
                product_name=product.name,
            )
        cur = self.db.execute(
            "INSERT INTO products (name, kind, currency, archived, rules) VALUES (?,?,?,?,?)",
            _product_row(product),
        )
        return int(cur.lastrowid or 0)

    def update_product(self, product_id: int, product: Product) -> None:
        other = self._product_id_by_name(product.name)
        if other is not None and other != product_id:
            raise refuse(
                "a product named {product_name!r} already exists",
                field="name",
                product_name=product.name,
            )
        self.get_product(product_id)
        self.db.execute(
            "UPDATE products SET name=?, kind=?, currency=?, archived=?, rules=? WHERE id=?",
            (*_product_row(product), product_id),
        )

    def edited_fields(self, product_id: int) -> frozenset[str]:
        """The product fields the user set (added or edited), as names."""
        row = self.db.execute("SELECT edited FROM products WHERE id = ?", (product_id,)).fetchone()
        return frozenset(json.loads(row[0])) if row is not None else frozenset()

    def add_edited_fields(self, product_id: int, fields: Iterable[str]) -> None:
        """Record that the user set ``fields`` of the product (kept with those before)."""
        known = self.edited_fields(product_id)
        if known.issuperset(fields):
            return  # (an UPDATE of products drops its stored cycles: only when needed)
        names = sorted(known | set(fields))
        self.db.execute(
            "UPDATE products SET edited = ? WHERE id = ?", (json.dumps(names), product_id)
        )

    def get_product(self, product_id: int) -> Product:
        rows = self._product_rows("WHERE id = ?", (product_id,))
        if not rows:
            raise not_found("no product with id {product_id}", product_id=product_id)
        return rows[0]

    def find_product(self, name_or_id: str) -> Product:
        """A product by exact name, then case-insensitive name, then numeric id."""
        for where in ("WHERE name = ?", "WHERE lower(name) = lower(?)"):
            rows = self._product_rows(where, (name_or_id,))
            if rows:
                return rows[0]
        # An id is a 64-bit SQLite integer: longer digit strings are names, never ids.
        if name_or_id.strip().isdigit() and len(name_or_id.strip()) <= 18:
            rows = self._product_rows("WHERE id = ?", (int(name_or_id),))
            if rows:
                return rows[0]
        raise not_found("no product named {name_or_id!r}", name_or_id=name_or_id)

    def list_products(self, include_archived: bool = False) -> list[Product]:
        # Read (and every product's rules decoded and checked, ~1.4 ms for 20) once per
        # revision: the dashboard's first refresh asked three times (issue 12).
        key = ("list_products", include_archived)
        revision = self.revision()
        cached = self.memo.get(key)
        if cached is not None and cached[0] == revision:
            return list(cached[1])
        where = "" if include_archived else "WHERE archived = 0"
        found = self._product_rows(where + " ORDER BY name COLLATE NOCASE", ())
        self.memo[key] = (revision, tuple(found))
        return found

    def _product_rows(self, where: str, params: Sequence[Any]) -> list[Product]:
        sql = f"SELECT id, name, kind, currency, archived, rules FROM products {where}"
        return [self._decoded(stored.product, row) for row in self._fetch(sql, params)]

    def _product_id_by_name(self, name: str) -> int | None:
        row = self.db.execute(
            "SELECT id FROM products WHERE lower(name) = lower(?)", (name,)
        ).fetchone()
        return None if row is None else int(row[0])

    # -- bills, charges, plans, payments -------------------------------------------
    def insert_bill(
        self, product_id: int, statement: date, due: date, amount: int, minimum: int | None
    ) -> int:
        cur = self.db.execute(
            "INSERT INTO bills (product_id, statement_date, due_date, amount, minimum) "
            "VALUES (?,?,?,?,?)",
            (product_id, statement.isoformat(), due.isoformat(), amount, minimum),
        )
        return int(cur.lastrowid or 0)

    def list_bills(
        self, product_id: int | None = None, ids: Sequence[int] | None = None
    ) -> list[Bill]:
        rows = self._select(
            "bills",
            "id, product_id, statement_date, due_date, amount, minimum",
            product_id,
            "statement_date",
            ids,
        )
        return [self._decoded(stored.bill, r) for r in rows]

    def insert_charge(self, product_id: int, day: date, amount: int, description: str) -> int:
        cur = self.db.execute(
            "INSERT INTO charges (product_id, date, amount, description) VALUES (?,?,?,?)",
            (product_id, day.isoformat(), amount, description),
        )
        return int(cur.lastrowid or 0)

    def list_charges(
        self, product_id: int | None = None, ids: Sequence[int] | None = None
    ) -> list[Charge]:
        rows = self._select(
            "charges", "id, product_id, date, amount, description", product_id, "date", ids
        )
        return [self._decoded(stored.charge, r) for r in rows]

    def insert_plan(
        self,
        product_id: int,
        principal: int,
        periods: int,
        fee_model: str,
        fee_rate: str,
        first_due: date,
        description: str,
        agreed_on: date | None = None,
        covers_until: date | None = None,
    ) -> int:
        cur = self.db.execute(
            "INSERT INTO plans (product_id, principal, periods, fee_model, fee_rate, first_due,"
            " description, agreed_on, covers_until) VALUES (?,?,?,?,?,?,?,?,?)",
            (
                product_id,
                principal,
                periods,
                fee_model,
                fee_rate,
                first_due.isoformat(),
                description,
                agreed_on.isoformat() if agreed_on else None,
                covers_until.isoformat() if covers_until else None,
            ),
        )
        return int(cur.lastrowid or 0)

    def list_plans(
        self, product_id: int | None = None, ids: Sequence[int] | None = None
    ) -> list[Plan]:
        cols = (
            "id, product_id, principal, periods, fee_model, fee_rate, first_due, description,"
            " agreed_on"
        )
        rows = self._select("plans", cols, product_id, "first_due", ids)
        return [self._decoded(stored.plan, r) for r in rows]

    def end_plan_early(self, plan_id: int, last: Due, later: Sequence[int], periods: int) -> None:
        """A plan paid off early: its period ``last`` (by id) becomes the last, with its
        new due date, principal, fee and description; the ``later`` dues go and the plan
        has ``periods`` periods. (The cycles triggers drop stored cycles from then on.)"""
        cur = self.db.execute(
            "UPDATE dues SET due_date = ?, principal = ?, fee = ?, description = ?"
            " WHERE id = ? AND plan_id = ?",
            (
                last.due_date.isoformat(),
                last.principal,
                last.fee,
                last.description,
                last.id,
                plan_id,
            ),
        )
        if cur.rowcount != 1:
            raise not_found("no {table} with id {row_id}", table="due", row_id=last.id)
        for due_id in later:
            self.db.execute("DELETE FROM dues WHERE id = ? AND plan_id = ?", (due_id, plan_id))
        self.db.execute("UPDATE plans SET periods = ? WHERE id = ?", (periods, plan_id))

    def insert_payment(self, product_id: int, day: date, amount: int, description: str) -> int:
        cur = self.db.execute(
            "INSERT INTO payments (product_id, date, amount, description) VALUES (?,?,?,?)",
            (product_id, day.isoformat(), amount, description),
        )
        return int(cur.lastrowid or 0)

    def list_payments(
        self, product_id: int | None = None, ids: Sequence[int] | None = None
    ) -> list[Payment]:
        rows = self._select(
            "payments", "id, product_id, date, amount, description", product_id, "date", ids
        )
        return [self._decoded(stored.payment, r) for r in rows]

    def delete_product(self, product_id: int) -> None:
        """Delete a product and (by cascade) its bills, charges, plans, payments and dues."""
        self.db.execute("DELETE FROM products WHERE id = ?", (product_id,))

    def delete(self, table: str, row_id: int) -> None:
        """Delete one product, bill, charge, plan or payment (what belongs to it goes with it)."""
        if table not in {"products", "bills", "charges", "plans", "payments"}:
            raise ValueError(f"cannot delete from {table}")
        if self.db.execute(f"DELETE FROM {table} WHERE id = ?", (row_id,)).rowcount != 1:
            raise not_found("no {table} with id {row_id}", table=table[:-1], row_id=row_id)

    # -- editing and undo (raw rows, so a deleted record comes back exactly) -----------
    def raw_rows(self, table: str, column: str, value: int) -> list[dict[str, Any]]:
        """Every column of the rows of ``table`` whose ``column`` equals ``value``."""
        _check_table(table)
        if column not in {"id", "bill_id", "plan_id", "product_id", "due_id"}:
            raise ValueError(f"cannot select by {column}")
        cur = self.db.execute(f"SELECT * FROM {table} WHERE {column} = ? ORDER BY id", (value,))
        names = [d[0] for d in cur.description]
        return [dict(zip(names, row, strict=True)) for row in cur.fetchall()]

    def reinsert(self, table: str, rows: Sequence[dict[str, Any]]) -> None:
        """Put back rows read by :meth:`raw_rows` (same ids); refuses a taken id."""
        _check_table(table)
        for row in rows:
            if not all(name.isidentifier() for name in row):
                raise ValueError(f"bad column names {list(row)}")
            cols = ", ".join(row)
            marks = ",".join("?" * len(row))
            self.db.execute(f"INSERT INTO {table} ({cols}) VALUES ({marks})", tuple(row.values()))

    def update_entry(
        self, table: str, row_id: int, day: date, amount: int, description: str
    ) -> None:
        """Change a payment's or charge's date, amount and description."""
        if table not in {"payments", "charges"}:
            raise ValueError(f"cannot edit {table}")
        cur = self.db.execute(
            f"UPDATE {table} SET date = ?, amount = ?, description = ? WHERE id = ?",
            (day.isoformat(), amount, description, row_id),
        )
        if cur.rowcount != 1:
            raise not_found("no {table} with id {row_id}", table=table[:-1], row_id=row_id)

    def update_bill(
        self,
        bill_id: int,
        statement: date,
        due: date,
        amount: int,
        minimum: int | None,
        due_minimum: int | None = None,
    ) -> None:
        """Change a bill's dates, amount and minimum, and its due with it (its minimum
        ``due_minimum``, default the bill's)."""
        cur = self.db.execute(
            "UPDATE bills SET statement_date = ?, due_date = ?, amount = ?, minimum = ? "
            "WHERE id = ?",
            (statement.isoformat(), due.isoformat(), amount, minimum, bill_id),
        )
        if cur.rowcount != 1:
            raise not_found("no {table} with id {row_id}", table="bill", row_id=bill_id)
        self.db.execute(
            "UPDATE dues SET statement_date = ?, due_date = ?, principal = ?, minimum = ?, "
            "description = ? WHERE bill_id = ?",
            (
                statement.isoformat(),
                due.isoformat(),
                amount,
                minimum if due_minimum is None else due_minimum,
                bill_description(statement),
                bill_id,
            ),
        )

    # -- dues ------------------------------------------------------------------------
    def insert_due(
        self, due: Due, *, bill_id: int | None = None, plan_id: int | None = None
    ) -> int:
        cur = self.db.execute(
            "INSERT INTO dues (product_id, kind, bill_id, plan_id, period, statement_date,"
            " due_date, principal, fee, interest, penalty, minimum, description)"
            " VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)",
            (
                due.product_id,
                due.kind,
                bill_id,
                plan_id,
                due.period,
                due.statement_date.isoformat() if due.statement_date else None,
                due.due_date.isoformat(),
                due.principal,
                due.fee,
                due.interest,
                due.penalty,
                due.minimum,
                due.description,
            ),
        )
        return int(cur.lastrowid or 0)

    def list_dues(self, product_id: int | None = None) -> list[Due]:
        cols = (
            "id, product_id, due_date, principal, fee, interest, penalty, minimum, kind,"
            " coalesce(bill_id, plan_id), period, statement_date, description,"
            f" {_RESCHEDULED_ON}"
        )
        rows = self._select("dues", cols, product_id, "due_date")
        return [self._decoded(stored.due, r) for r in rows]

    def set_blank_minimum(self, bill_id: int, due_minimum: int) -> None:
        """Save ``bill_id``'s minimum as left blank (NULL), its due asking
        ``due_minimum``."""
        self.db.execute("UPDATE bills SET minimum = NULL WHERE id = ?", (bill_id,))
        self.db.execute(
            "UPDATE dues SET minimum = ? WHERE bill_id = ? AND kind = 'bill'",
            (due_minimum, bill_id),
        )

    def set_due_minimum(self, bill_id: int, due_minimum: int) -> None:
        """Make ``bill_id``'s due ask ``due_minimum`` (its bill unchanged)."""
        self.db.execute(
            "UPDATE dues SET minimum = ? WHERE bill_id = ? AND kind = 'bill'",
            (due_minimum, bill_id),
        )

    def touched(self) -> dict[int, tuple[date, bool]]:
        """[product id → (earliest day its records changed at, whether its records
        changed — not only its rules)] in this transaction since last asked
        (:mod:`tracker.storage.touched`)."""
        return touched.take(self.db.conn) if self._watching else {}

    def bill_due_minimums(self, product_id: int) -> dict[int, int | None]:
        """bill id → the minimum its due asks (its own part), for the product's bills."""
        sql = "SELECT bill_id, minimum FROM dues WHERE product_id = ? AND kind = 'bill'"
        return {int(b): m for b, m in self._fetch(sql, (product_id,)) if b is not None}

    # -- streams and sums (what grows with the history, read without building it) --------
    def stream_charges(self, product_id: int) -> Iterator[Charge]:
        """One product's charges, decoded one row at a time in the order of
        :meth:`list_charges`: for a writer that must not hold years of rows at once."""
        return self._stream("charges", stored.charge, product_id)

    def stream_payments(self, product_id: int) -> Iterator[Payment]:
        """One product's payments, one row at a time (see :meth:`stream_charges`)."""
        return self._stream("payments", stored.payment, product_id)

    def unbilled_charges(self, product_id: int) -> list[Charge]:
        """The product's charges dated after its last statement date (by date, then id),
        read through the indexes: not the years of charges already on a bill."""
        sql = f"SELECT id, product_id, date, amount, description {_UNBILLED} ORDER BY date, id"
        return [self._decoded(stored.charge, r) for r in self._fetch(sql, (product_id,) * 2)]

    def _stream(self, table: str, decode: Callable[[Any], T], product_id: int) -> Iterator[T]:
        sql = (
            f"SELECT id, product_id, date, amount, description FROM {table}"
            " WHERE product_id = ? ORDER BY date, id"
        )
        try:
            for row in self.db.execute(sql, (product_id,)):
                yield self._decoded(decode, row)
        except sqlite3.DatabaseError as exc:
            raise self._damage(exc) from None

    def agreed_plan_days(self, product_id: int) -> list[date]:
        """The days the product's agreed repayment plans were agreed on (the partial
        ``plans_agreed`` index: no plan row built; usually none)."""
        sql = "SELECT id, agreed_on FROM plans WHERE product_id = ? AND agreed_on IS NOT NULL"
        rows = self._fetch(sql, (product_id,))
        decode: Callable[[Any], date] = lambda r: stored.day(r[1], "plans", r[0], "agreed_on")  # noqa: E731
        return [self._decoded(decode, r) for r in rows]

    def unbilled_total(self, product_id: int) -> int:
        """[minor units] the product's charges dated after its last statement date: one
        aggregate on the (product_id, date) indexes, no row built."""
        row = self._fetch(f"SELECT coalesce(sum(amount), 0) {_UNBILLED}", (product_id,) * 2)[0]
        total = f"sum of product {product_id}"
        return self._decoded(lambda r: stored.whole(r[0], "charges", total, "amount"), row)

    # -- settings ------------------------------------------------------------------
    def get_setting(self, key: str, default: str | None = None) -> str | None:
        row = self.db.execute("SELECT value FROM settings WHERE key = ?", (key,)).fetchone()
        return default if row is None else str(row[0])

    def set_setting(self, key: str, value: str) -> None:
        self.db.execute(
            "INSERT INTO settings (key, value) VALUES (?, ?)"
            " ON CONFLICT(key) DO UPDATE SET value = excluded.value",
            (key, value),
        )

    def delete_setting(self, key: str) -> None:
        self.db.execute("DELETE FROM settings WHERE key = ?", (key,))

    # -- backups -------------------------------------------------------------------
    def backup_before(self, reason: str) -> Path:
        return backup.backup_before(self.db.conn, self.path, reason)

    def daily_backup(self, now: datetime | None = None) -> Path | None:
        return backup.daily_backup(self.db.conn, self.path, now)

    def record_ids(self, table: str, product_id: int) -> list[int]:
        """The ids of one product's bills, charges, plans or payments, oldest first (by
        the same order as ``list_*``): cheap, for tables that fetch rows on demand."""
        _check_table(table)
        return [int(r[0]) for r in self._select(table, "id", product_id, _ORDER[table])]

    def _select(
        self,
        table: str,
        cols: str,
        product_id: int | None,
        order: str,
        ids: Sequence[int] | None = None,
    ) -> list[Any]:
        clauses, params = [], []
        if product_id:
            # With ids, look them up by primary key: "+" keeps SQLite from walking the
            # product's index instead (every one of its rows, for a batch of 100).
            clauses.append("product_id = ?" if ids is None else "+product_id = ?")
            params.append(product_id)
        if ids is not None:
            clauses.append(f"id IN ({','.join('?' * len(ids))})")
            params.extend(ids)
        where = f"WHERE {' AND '.join(clauses)}" if clauses else ""
        sql = f"SELECT {cols} FROM {table} {where} ORDER BY {order}, id"
        return self._fetch(sql, params)

    def _fetch(self, sql: str, params: Sequence[Any]) -> list[Any]:
        try:
            return self.db.execute(sql, params).fetchall()
        except sqlite3.DatabaseError as exc:  # "database disk image is malformed", …
            raise self._damage(exc) from None

    def _damage(self, exc: sqlite3.DatabaseError) -> Exception:
        """What to raise for a read that failed: damage (marked), or the error itself."""
        if isinstance(exc, sqlite3.OperationalError) and not _is_damage(exc):
            return exc
        self.damage = str(exc)
        return damaged("the data file is damaged ({error}); restore a backup", error=exc)

    def _decoded(self, decode: Callable[[Any], T], row: Any) -> T:
        """``decode(row)``; a row that does not decode marks the file damaged."""
        try:
            return decode(row)
        except DamagedFileError as exc:
            where = exc.params
            self.damage = f"{where.get('table')} row {where.get('row_id')}: {where.get('what')}"
            raise


def _product_row(p: Product) -> tuple[Any, ...]:
    rules = {k: v for k, v in to_record(p).items() if k not in _CORE}
    return (p.name, p.kind, p.currency, int(p.archived), json.dumps(rules, ensure_ascii=False))


#: A product's charges after its last statement date (parameters: the product id twice).
_UNBILLED = (
    "FROM charges WHERE product_id = ? AND date > coalesce("
    "(SELECT max(statement_date) FROM bills WHERE product_id = ?), '0001-01-01')"
)

#: The order each table's records are listed in (then by id).
_ORDER = {
    "bills": "statement_date",
    "charges": "date",
    "plans": "first_due",
    "payments": "date",
    "dues": "due_date",
}


def _check_table(table: str) -> None:
    if table not in {"products", "bills", "charges", "plans", "payments", "dues", "reminders"}:
        raise ValueError(f"no table {table}")


def _is_damage(exc: sqlite3.DatabaseError) -> bool:
    text = str(exc).lower()
    return "malformed" in text or "corrupt" in text or "not a database" in text
