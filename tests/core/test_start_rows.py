"""The start's shortcuts of branch coldstart3 (issue 12) give what the long way gives.

``Row.freeze`` builds the frozen :class:`CycleRow` without its dataclass ``__init__``
(``object.__new__`` and the instance dict in field order): the result must be the object
``CycleRow(...)`` makes, to equality, hash, repr, field order, ``asdict``/``replace``
and its frozen error. ``accounts.played_to`` reads the dates of only the recorded bills
its estimates look up (rows with interest or a penalty): the same estimates as with
every bill's dates.
"""

from __future__ import annotations

import dataclasses
import importlib.util
import sys
from datetime import date
from pathlib import Path

import pytest

from tracker.engine import saved
from tracker.engine.records import CashFlow, CycleRow, Policy
from tracker.engine.state import Row
from tracker.service import accounts, files
from tracker.storage import cycles as stored_cycles

ROOT = Path(__file__).resolve().parents[2]


def _by_init(row: Row, code: int) -> CycleRow:
    return CycleRow(
        row.statement_date, row.due_date, row.balance, row.minimum, row.paid,
        row.interest, row.fees, row.penalty, row.late_fee, row.dpd, code, row.adjustment,
    )  # fmt: skip


_LATE = Row(
    date(2024, 2, 5), date(2024, 2, 25), 250_075, 25_008, 10_000, 3_117, 1_200, 450, 3_900,
    41, -15, date(2024, 1, 25),
)  # fmt: skip
ROWS = [
    # a clean month: only the required fields, defaults for the rest
    (Row(date(2024, 1, 5), date(2024, 1, 25), 120_000, 12_000), 0),
    # a late month: every field set, reported as code 2, an adjustment and an oldest day
    (_LATE, 2),
]


@pytest.mark.parametrize(("row", "code"), ROWS)
def test_freeze_makes_what_the_init_makes(row: Row, code: int) -> None:
    fast, slow = row.freeze(code), _by_init(row, code)
    assert type(fast) is CycleRow
    assert fast == slow and hash(fast) == hash(slow) and repr(fast) == repr(slow)
    assert list(vars(fast).items()) == list(vars(slow).items())  # same dict, same order
    assert [f.name for f in dataclasses.fields(fast)] == list(vars(fast))
    assert dataclasses.asdict(fast) == dataclasses.asdict(slow)
    assert dataclasses.replace(fast, paid=1) == dataclasses.replace(slow, paid=1)
    assert fast.days_past_due == row.dpd and fast.report_code == code
    assert fast.cost == row.interest + row.fees + row.penalty + row.late_fee
    with pytest.raises(dataclasses.FrozenInstanceError):
        fast.paid = 5  # type: ignore[misc]


def test_the_late_row_frozen_as_written() -> None:
    row, code = ROWS[1]
    # by hand: every field carried over, dpd named days_past_due, the code put in
    assert row.freeze(code) == CycleRow(
        date(2024, 2, 5), date(2024, 2, 25), 250_075, 25_008, 10_000, 3_117, 1_200, 450,
        3_900, 41, 2, -15,
    )  # fmt: skip


def _generated(path: Path) -> Path:
    """A small file as bench/generate.py makes them: ten years, closed cycles stored."""
    spec = importlib.util.spec_from_file_location("bench_generate", ROOT / "bench/generate.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # its dataclasses look their module up
    spec.loader.exec_module(module)
    assert module.main(["--charges", "2000", "--out", str(path)]) == 0
    return path


def test_estimates_from_the_bills_they_look_up_are_those_from_every_bill(
    tmp_path: Path,
) -> None:
    store = files.open_store(_generated(tmp_path / "gen.db"))
    today = date(2026, 12, 1)
    resumed_with_bills_asked = 0
    for product in store.list_products():
        fast = accounts.played_to(store, product, today)
        engine = accounts.play_from_closed(store, product, Policy(), today)
        engine.run()
        out = engine.outcome()
        every = set(stored_cycles.bill_dates_of(store, product.saved_id))
        recorded = every if engine.resumed_rows else set()
        assert fast.estimates == accounts._estimates(engine, today, recorded, out)
        asked = accounts._recorded_before(store, product, engine, out)
        assert asked <= every
        resumed_with_bills_asked += bool(asked)
    # Not a vacuous check: accounts resumed from their stored cycle whose rows with
    # interest or a penalty are recorded bills (the estimates they replaced left out).
    assert resumed_with_bills_asked >= 1
    store.close()


def test_resumed_rows_and_cash_are_made_as_their_init_makes_them(tmp_path: Path) -> None:
    store = files.open_store(_generated(tmp_path / "gen.db"))
    rows = cash = 0
    for product in store.list_products():
        found = stored_cycles.load(store, product.saved_id)
        if found is None or found[1] is None:
            continue
        state = found[1]
        fast_rows = saved._rows_from(state["rows"])
        slow_rows = [saved._row_from(r) for r in state["rows"]]
        assert fast_rows == slow_rows
        assert [list(vars(r).items()) for r in fast_rows] == [
            list(vars(r).items()) for r in slow_rows
        ]
        fast_cash = saved._cash_from(state["cash"])
        slow_cash = [CashFlow(date.fromisoformat(d), p, c, ch) for d, p, c, ch in state["cash"]]
        assert fast_cash == slow_cash
        assert [hash(f) for f in fast_cash] == [hash(f) for f in slow_cash]
        assert [repr(f) for f in fast_cash] == [repr(f) for f in slow_cash]
        assert [list(vars(f).items()) for f in fast_cash] == [
            list(vars(f).items()) for f in slow_cash
        ]
        rows += len(fast_rows)
        cash += len(fast_cash)
    assert rows > 1000 and cash > 1000  # ten years of 20 accounts' rows and payments
    store.close()
