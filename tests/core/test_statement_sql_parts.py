"""The pieces the SQL statement writer (storage/statement_csv.py) writes each row with,
against the rules they copy: amounts as ``money.plain`` writes them, and each kind order
(``csvio._ORDER``) written as its kind."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from tracker import csvio
from tracker.money import plain
from tracker.storage import statement_csv


@given(st.integers(-(10**15), 10**15), st.integers(0, 3))
def test_an_amount_is_written_as_money_plain_writes_it(minor: int, digits: int) -> None:
    form, scale = statement_csv._form(digits)
    text = form % divmod(minor, scale) if minor >= 0 else "-" + form % divmod(-minor, scale)
    assert text == plain(minor, digits)


def test_worked_amounts() -> None:
    # 2 digits: -5 → "-0.05" (divmod(5, 100) = (0, 5)); 123456 → "1234.56";
    # 0 digits: -7 → "-7" (the remainder, 0, written as nothing).
    for minor, digits, want in ((-5, 2, "-0.05"), (123456, 2, "1234.56"), (-7, 0, "-7"),
                                (0, 2, "0.00"), (1000, 3, "1.000")):  # fmt: skip
        form, scale = statement_csv._form(digits)
        got = form % divmod(minor, scale) if minor >= 0 else "-" + form % divmod(-minor, scale)
        assert got == want


def test_each_kind_order_is_its_kind() -> None:
    assert tuple(sorted(csvio._ORDER, key=csvio._ORDER.get)) == statement_csv.KINDS_BY_ORDER
    assert set(statement_csv.KINDS_BY_ORDER) == set(csvio.KINDS)
