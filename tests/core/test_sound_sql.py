"""The full integrity check's SQL (storage/sound.py) against the decoders it stands in
for: random damage to random rows of a file with every kind of record, and the SQL
flags a table whenever decoding it finds a problem (never looser), flags only those
unless the damage is a value it is stricter about by design (a compact ISO date, a rate
in exponent notation), and ``check_integrity()`` returns what decoding every row gave
before (the same message, or the same exception for text that is not UTF-8)."""

from __future__ import annotations

import re
import shutil
import sqlite3
from datetime import date
from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, event, example, given, settings
from hypothesis import strategies as st

from tracker.errors import DamagedFileError
from tracker.service import bills, charges, files, negotiate, payments, plans, products
from tracker.storage import Store, sound

TODAY = date(2026, 11, 20)

#: The columns that may be damaged, per table: every column a ``list_*`` decodes, and a
#: few it does not read (whatever is in them must not flag the file).
COLUMNS = {
    "products": ("name", "kind", "currency", "archived", "rules", "created_at"),
    "bills": ("product_id", "statement_date", "due_date", "amount", "minimum", "created_at"),
    "charges": ("product_id", "date", "amount", "description", "created_at"),
    "plans": (
        "product_id", "principal", "periods", "fee_model", "fee_rate", "first_due",
        "description", "agreed_on", "covers_until",
    ),
    "payments": ("product_id", "date", "amount", "description"),
    "dues": (
        "product_id", "kind", "bill_id", "plan_id", "period", "statement_date", "due_date",
        "principal", "fee", "interest", "penalty", "minimum", "description",
    ),
}  # fmt: skip


class NotUtf8:
    """Stored as text whose bytes are not UTF-8 (``CAST(x AS TEXT)``)."""

    def __init__(self, raw: bytes) -> None:
        self.raw = raw

    def __repr__(self) -> str:
        return f"NotUtf8({self.raw!r})"


#: Values the decoders accept where they are dates or rates, and the SQL flags anyway
#: (it reads dates written the way the app writes them, rates without sign or exponent);
#: see :func:`_stricter` for the rule.
STRICTER = {"20261105", "2026-W45-4", "2026W454", "1e-3", "-0.5", "+0.5", "1_0", " 0.5", "٣"}

_VALUES = st.one_of(
    st.sampled_from(
        [
            None, 0, 1, -5, 12.5, 2.0, "", "x", "12", "12.5", "yesterday", "2026-02-30",
            "2026-04-31", "2026-13-01", "2026-1-5", " 2026-11-05", "2026-11-05 ",
            "2026-11-05\x00", "0000-01-01", "-001-01-01", "9999-12-31", "0001-01-01",
            "2026-11-05", "2026-11-05T10:00", "2459000.5", b"2026-11-05", b"\x00\xff",
            "bill", "installment", "loan", "negotiated", "adjustment", "gift", "BILL",
            "bill\x00", "0.01", "0.0075", "5.", ".5", "0.5\x00", "0..5", ".", "NaN",
            "Infinity", "1" * 101, "0." + "1" * 99, "咖啡", "nul\x00inside", "equal",
            "{", "[]", "{}", '{"grace_dbys": 1}', '{"grace_days": "3"}', "null", 2**63 - 1,
            -(2**63), True, NotUtf8(b"\xff"), NotUtf8(b"ok\xe4\xb8"), NotUtf8(b"\xed\xa0\x80"),
            NotUtf8("咖啡".encode()), *sorted(STRICTER),
        ]
    ),
    st.integers(-(2**63), 2**63 - 1),
    st.text(max_size=6),
    st.dates().map(date.isoformat),
    st.binary(max_size=4),
    st.floats(allow_nan=False),
)  # fmt: skip
_DAMAGE = st.tuples(
    st.sampled_from(sorted(COLUMNS)), st.integers(0, 40), st.integers(0, 12), _VALUES
)


def _build(path: Path) -> None:
    """Two products, with bills (and their dues), charges (a refund), a split purchase
    and an instalment plan (its periods' dues), payments and an agreed repayment plan."""
    store = files.open_store(path, create=True)
    products.add_product(store, "Card", "cn-credit-card", {})
    products.add_product(store, "花呗", "huabei", {})
    for n, name in enumerate(("Card", "花呗")):
        for month in (6, 7, 8, 9):
            day = date(2026, month, 3 + n)
            charges.add_charge(store, name, day, 12_345 + n, TODAY, f"咖啡 {month}")
            bills.add_bill(
                store, name, date(2026, month, 10), date(2026, month, 28), 12_345, TODAY
            )
            payments.add_payment(store, name, date(2026, month, 20), 5_000, TODAY, "paid")
        with store.transaction():
            store.insert_charge(
                store.find_product(name).saved_id, date(2026, 9, 5), -700, "refund"
            )
        charges.add_charge(store, name, date(2026, 10, 2), 60_000, TODAY, "split", periods=3)
        plans.add_plan(store, name, 90_000, 3, date(2026, 11, 28), "plan")
    owed = negotiate.owed_today(store, store.find_product("Card"), TODAY)
    negotiate.record_agreement(
        store, "Card", max(owed // 2, 1), 3, date(2026, 12, 10), TODAY, "agreed"
    )
    store.close()


@pytest.fixture(scope="module")
def template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("sound") / "template.db"
    _build(path)
    return path


def _damage(path: Path, damages: list[tuple[str, int, int, Any]]) -> set[tuple[str, Any]]:
    """Apply each (table, row number, column number, value) the file takes (NOT NULL
    and UNIQUE refuse some); returns the (table, column, value as stored) of each."""
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA ignore_check_constraints = ON")
    done = set()
    for table, row, col, value in damages:
        ids = [r[0] for r in conn.execute(f"SELECT id FROM {table} ORDER BY id")]
        column = COLUMNS[table][col % len(COLUMNS[table])]
        mark, param = (
            ("CAST(? AS TEXT)", value.raw) if isinstance(value, NotUtf8) else ("?", value)
        )
        try:
            conn.execute(
                f"UPDATE {table} SET {column} = {mark} WHERE id = ?", (param, ids[row % len(ids)])
            )
        except sqlite3.IntegrityError:
            continue
        (stored,) = (
            conn.execute(
                f"SELECT {column} FROM {table} WHERE id = ?", (ids[row % len(ids)],)
            ).fetchone()
            if not isinstance(value, NotUtf8)
            else (None,)
        )
        done.add((table, column, stored))
    conn.commit()
    conn.close()
    return done


_DAY_COLUMNS = {"date", "statement_date", "due_date", "first_due", "agreed_on"}
_PLAIN_RATE = re.compile(r"[0-9]*\.?[0-9]*")


def _stricter(column: str, value: object) -> bool:
    """Whether the SQL refuses, by design, a ``value`` the decoder of ``column`` reads: a
    date ``date.fromisoformat`` reads that is not written YYYY-MM-DD, a finite rate that
    is not plain digits with at most one point."""
    if not isinstance(value, str) or "\x00" in value:
        return False
    if column in _DAY_COLUMNS:
        try:
            return date.fromisoformat(value).isoformat() != value
        except ValueError:
            return False
    if column == "fee_rate":
        try:
            finite = len(value) <= 100 and Decimal(value).is_finite()
        except InvalidOperation:
            return False
        return finite and not (_PLAIN_RATE.fullmatch(value) and any(map(str.isdigit, value)))
    return False


def _outcome(run: Any) -> Any:
    try:
        return run()
    except DamagedFileError as exc:  # pragma: no cover - the old way caught these
        return ("damaged", str(exc))
    except sqlite3.Error as exc:  # text that is not UTF-8: the old check raised this
        return (type(exc).__name__, str(exc))


def _old_check(store: Store) -> list[str]:
    """``check_integrity`` before storage/sound.py: decode every row, in this order."""
    try:
        store.list_products(include_archived=True)
        store.list_bills()
        store.list_charges()
        store.list_plans()
        store.list_payments()
        store.list_dues()
    except DamagedFileError as exc:
        return [str(exc)]
    return []


_DECODE = {
    "bills": Store.list_bills,
    "charges": Store.list_charges,
    "plans": Store.list_plans,
    "payments": Store.list_payments,
    "dues": Store.list_dues,
}


def _refused(store: Store, table: str) -> bool:
    try:
        _DECODE[table](store)
    except (DamagedFileError, sqlite3.Error):
        return True
    return False


@settings(
    max_examples=300,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
)
@given(st.lists(_DAMAGE, min_size=1, max_size=3))
@example([("charges", 0, 1, "2026-02-30")])
@example([("dues", 3, 1, "gift"), ("charges", 2, 2, 12.5)])
@example([("plans", 0, 4, "1e-3")])  # stricter: flagged, then decodes
@example([("plans", 0, 7, "2026-02-30")])  # a plan's agreed_on: every due's rescheduled_on
@example([("charges", 1, 3, NotUtf8(b"ok\xe4\xb8")), ("payments", 0, 3, NotUtf8(b"\xff"))])
@example([("products", 0, 4, "{"), ("dues", 0, 6, "2026-04-31")])
@example([("charges", 5, 1, "2026-11-05\x00")])
def test_sql_flags_what_decoding_refuses(
    template: Path, tmp_path_factory: pytest.TempPathFactory, damages: list[Any]
) -> None:
    path = tmp_path_factory.mktemp("d") / "a.db"
    shutil.copyfile(template, path)
    applied = _damage(path, damages)

    old = Store.open_read_only(path)
    want = _outcome(lambda: _old_check(old))
    refused = {t for t in _DECODE if _refused(old, t)}
    old.close()

    event("sound" if want == [] else "damaged")
    new = Store.open_read_only(path)
    flagged = set(sound.suspect_tables(new.db.conn))
    # Never looser than the decoders. A due's rescheduled_on is a plan's agreed_on: a bad
    # one refuses the dues too, but the plans, decoded before them, refuse it first.
    assert refused - flagged <= ({"dues"} if "plans" in refused else set())
    stricter = {t for t, c, v in applied if _stricter(c, v)}
    assert flagged - refused <= stricter
    assert _outcome(new.check_integrity) == want
    if want and isinstance(want, list):
        assert new.damage is not None
    new.close()


def test_a_sound_file_is_not_decoded(template: Path, tmp_path: Path) -> None:
    # Nothing flagged: check_integrity() reads no record into Python (list_* unused).
    path = tmp_path / "a.db"
    shutil.copyfile(template, path)
    store = Store.open_read_only(path)
    assert sound.suspect_tables(store.db.conn) == []
    calls: list[str] = []
    for name in _DECODE:
        setattr(store, f"list_{name}", lambda name=name: calls.append(name))
    assert store.check_integrity() == []
    assert calls == []
    store.close()


def test_the_first_bad_row_in_list_order_is_the_one_named(template: Path, tmp_path: Path) -> None:
    # Two bad charges: list_charges reads by (date, id), so the one dated 2026-06-03
    # (id 1) comes before the last charge; the message names it, as before.
    path = tmp_path / "a.db"
    shutil.copyfile(template, path)
    _damage(path, [("charges", -1, 2, "12.5"), ("charges", 0, 2, "x")])
    store = Store.open_read_only(path)
    (problem,) = store.check_integrity()
    first = store.db.execute("SELECT min(id) FROM charges").fetchone()[0]
    assert problem == (
        f"the data file is damaged: charges row {first}: amount is not a whole number ('x');"
        " restore a backup"
    )
    store.close()
