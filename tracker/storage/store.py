"""The only place with SQL: reading and writing products, bills, plans, dues, payments."""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import Any

import sqlite_utils

from tracker.errors import not_found, refuse
from tracker.ledger import Due, Payment
from tracker.products import Product, from_record, to_record
from tracker.storage import backup, database

_CORE = ("id", "name", "kind", "currency", "archived")


@dataclass(frozen=True)
class Bill:
    """A statement as stored (minor units)."""

    id: int
    product_id: int
    statement_date: date
    due_date: date
    amount: int
    minimum: int | None


@dataclass(frozen=True)
class Charge:
    """A purchase as stored (minor units)."""

    id: int
    product_id: int
    date: date
    amount: int
    description: str


@dataclass(frozen=True)
class PlanRow:
    """An instalment plan as stored; its periods live in ``dues``."""

    id: int
    product_id: int
    principal: int
    periods: int
    fee_model: str
    fee_rate: str
    first_due: date
    description: str


class Store:
    """A data file opened for use. Every write goes through :meth:`transaction`."""

    def __init__(self, db: sqlite_utils.Database, path: Path) -> None:
        self.db = db
        self.path = Path(path)
        #: Results computed from the file, valid while :meth:`revision` is unchanged.
        self.memo: dict[Any, tuple[Any, Any]] = {}

    @classmethod
    def open(cls, path: Path | str, *, create: bool = False) -> Store:
        """Open (or create) the data file; see :func:`database.connect` for refusals."""
        return cls(database.connect(Path(path), create=create), Path(path))

    def close(self) -> None:
        self.memo.clear()
        self.db.close()

    def revision(self) -> tuple[int, int]:
        """Changes so far: rows this connection changed, and commits by other connections.

        Equal revisions mean equal data, so derived results can be reused.
        """
        (other,) = self.db.execute("PRAGMA data_version").fetchone()
        return (self.db.conn.total_changes, int(other))

    @contextmanager
    def transaction(self) -> Iterator[Store]:
        """One change = one transaction: all of it is saved, or none of it."""
        try:
            with database.write_transaction(self.db.conn):
                yield self
        except sqlite3.IntegrityError as exc:
            raise refuse("not saved: {exc}", exc=exc) from None
        except sqlite3.OperationalError as exc:
            raise database.write_failure(exc, self.path) from None

    # -- products ---------------------------------------------------------------
    def insert_product(self, product: Product) -> int:
        if self._product_id_by_name(product.name) is not None:
            raise refuse(
                "a product named {product_name!r} already exists", product_name=product.name
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
                "a product named {product_name!r} already exists", product_name=product.name
            )
        self.get_product(product_id)
        self.db.execute(
            "UPDATE products SET name=?, kind=?, currency=?, archived=?, rules=? WHERE id=?",
            (*_product_row(product), product_id),
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
        if name_or_id.strip().isdigit():
            rows = self._product_rows("WHERE id = ?", (int(name_or_id),))
            if rows:
                return rows[0]
        raise not_found("no product named {name_or_id!r}", name_or_id=name_or_id)

    def list_products(self, include_archived: bool = False) -> list[Product]:
        where = "" if include_archived else "WHERE archived = 0"
        return self._product_rows(where + " ORDER BY name COLLATE NOCASE", ())

    def _product_rows(self, where: str, params: Sequence[Any]) -> list[Product]:
        sql = f"SELECT id, name, kind, currency, archived, rules FROM products {where}"
        out = []
        for pid, name, kind, cur, archived, rules in self.db.execute(sql, params).fetchall():
            record = {**json.loads(rules), "id": pid, "name": name, "kind": kind}
            out.append(from_record({**record, "currency": cur, "archived": bool(archived)}))
        return out

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

    def list_bills(self, product_id: int | None = None) -> list[Bill]:
        rows = self._select(
            "bills",
            "id, product_id, statement_date, due_date, amount, minimum",
            product_id,
            "statement_date",
        )
        return [Bill(r[0], r[1], _d(r[2]), _d(r[3]), r[4], r[5]) for r in rows]

    def insert_charge(self, product_id: int, day: date, amount: int, description: str) -> int:
        cur = self.db.execute(
            "INSERT INTO charges (product_id, date, amount, description) VALUES (?,?,?,?)",
            (product_id, day.isoformat(), amount, description),
        )
        return int(cur.lastrowid or 0)

    def list_charges(self, product_id: int | None = None) -> list[Charge]:
        rows = self._select(
            "charges", "id, product_id, date, amount, description", product_id, "date"
        )
        return [Charge(r[0], r[1], _d(r[2]), r[3], r[4]) for r in rows]

    def insert_plan(
        self,
        product_id: int,
        principal: int,
        periods: int,
        fee_model: str,
        fee_rate: str,
        first_due: date,
        description: str,
    ) -> int:
        cur = self.db.execute(
            "INSERT INTO plans (product_id, principal, periods, fee_model, fee_rate, first_due,"
            " description) VALUES (?,?,?,?,?,?,?)",
            (
                product_id,
                principal,
                periods,
                fee_model,
                fee_rate,
                first_due.isoformat(),
                description,
            ),
        )
        return int(cur.lastrowid or 0)

    def list_plans(self, product_id: int | None = None) -> list[PlanRow]:
        cols = "id, product_id, principal, periods, fee_model, fee_rate, first_due, description"
        rows = self._select("plans", cols, product_id, "first_due")
        return [PlanRow(r[0], r[1], r[2], r[3], r[4], r[5], _d(r[6]), r[7]) for r in rows]

    def insert_payment(self, product_id: int, day: date, amount: int, description: str) -> int:
        cur = self.db.execute(
            "INSERT INTO payments (product_id, date, amount, description) VALUES (?,?,?,?)",
            (product_id, day.isoformat(), amount, description),
        )
        return int(cur.lastrowid or 0)

    def list_payments(self, product_id: int | None = None) -> list[Payment]:
        rows = self._select(
            "payments", "id, product_id, date, amount, description", product_id, "date"
        )
        return [Payment(r[0], r[1], _d(r[2]), r[3], r[4]) for r in rows]

    def delete(self, table: str, row_id: int) -> None:
        """Delete one bill, charge, plan or payment (its dues go with it)."""
        if table not in {"bills", "charges", "plans", "payments"}:
            raise ValueError(f"cannot delete from {table}")
        if self.db.execute(f"DELETE FROM {table} WHERE id = ?", (row_id,)).rowcount != 1:
            raise not_found("no {table} with id {row_id}", table=table[:-1], row_id=row_id)

    # -- editing and undo (raw rows, so a deleted record comes back exactly) -----------
    def raw_rows(self, table: str, column: str, value: int) -> list[dict[str, Any]]:
        """Every column of the rows of ``table`` whose ``column`` equals ``value``."""
        _check_table(table)
        if column not in {"id", "bill_id", "plan_id", "product_id"}:
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
            " coalesce(bill_id, plan_id), period, statement_date, description"
        )
        rows = self._select("dues", cols, product_id, "due_date")
        return [
            Due(
                r[0],
                r[1],
                _d(r[2]),
                r[3],
                r[4],
                r[5],
                r[6],
                r[7],
                r[8],
                r[9],
                r[10],
                _d(r[11]) if r[11] else None,
                r[12],
            )
            for r in rows
        ]

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

    # -- backups -------------------------------------------------------------------
    def backup_to(self, dest: Path) -> Path:
        """Copy the whole file to ``dest`` (never overwritten), after an integrity check."""
        return backup.copy_to(self.db.conn, self.path, dest)

    def backup_before(self, reason: str) -> Path:
        return backup.backup_before(self.db.conn, self.path, reason)

    def daily_backup(self, now: datetime | None = None) -> Path | None:
        return backup.daily_backup(self.db.conn, self.path, now)

    def _select(self, table: str, cols: str, product_id: int | None, order: str) -> list[Any]:
        where, params = ("WHERE product_id = ?", (product_id,)) if product_id else ("", ())
        sql = f"SELECT {cols} FROM {table} {where} ORDER BY {order}, id"
        return self.db.execute(sql, params).fetchall()


def _product_row(p: Product) -> tuple[Any, ...]:
    rules = {k: v for k, v in to_record(p).items() if k not in _CORE}
    return (p.name, p.kind, p.currency, int(p.archived), json.dumps(rules, ensure_ascii=False))


def _check_table(table: str) -> None:
    if table not in {"bills", "charges", "plans", "payments", "dues"}:
        raise ValueError(f"no table {table}")


def _d(text: str) -> date:
    return date.fromisoformat(text)
