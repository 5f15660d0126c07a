"""The start's shortcuts in making rows (issue 12, branch coldstart3) make the same rows.

``Row.freeze`` builds the frozen :class:`CycleRow` without its dataclass ``__init__``
(``object.__new__`` and the instance dict in field order): the result must be the object
``CycleRow(...)`` makes, to equality, hash, repr, field order, ``asdict``/``replace``
and its frozen error.
"""

from __future__ import annotations

import dataclasses
from datetime import date

import pytest

from tracker.engine.records import CycleRow
from tracker.engine.state import Row


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
