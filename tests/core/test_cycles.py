"""Billing cycles: statement/due dates over leap and common years, purchases, best day."""

from __future__ import annotations

import calendar
from datetime import date, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from tracker.cycles import (
    CycleRule,
    best_purchase_day,
    cycle_for_purchase,
    due_date_for,
    interest_free_days,
    next_due_on_or_after,
    statement_date,
    statements_between,
)
from tracker.errors import InputError
from tracker.products import Product

STATEMENT_DAYS = (1, 15, 28, 29, 30, 31)
DUE_RULES = (
    ("offset_days", 9),
    ("offset_days", 19),
    ("offset_days", 25),
    ("day_of_month", 10),
    ("day_of_month", 31),
)
YEARS = (2026, 2028)  # a common year and a leap year


def offset(statement_day: int, days: int) -> CycleRule:
    return CycleRule(statement_day, "offset_days", days)


def day_of_month(statement_day: int, day: int) -> CycleRule:
    return CycleRule(statement_day, "day_of_month", day)


def month_length(year: int, month: int) -> int:
    return calendar.monthrange(year, month)[1]


# --- statement dates: literal table ---------------------------------------------------

# (year, month) → expected statement day-of-month for statement days 1, 15, 28, 29, 30, 31
STATEMENT_TABLE = {
    (2026, 1): (1, 15, 28, 29, 30, 31),
    (2026, 2): (1, 15, 28, 28, 28, 28),
    (2026, 4): (1, 15, 28, 29, 30, 30),
    (2026, 12): (1, 15, 28, 29, 30, 31),
    (2028, 1): (1, 15, 28, 29, 30, 31),
    (2028, 2): (1, 15, 28, 29, 29, 29),
    (2028, 4): (1, 15, 28, 29, 30, 30),
    (2028, 12): (1, 15, 28, 29, 30, 31),
}


@pytest.mark.parametrize(("year", "month"), list(STATEMENT_TABLE))
def test_statement_date_literal_months(year: int, month: int) -> None:
    got = [statement_date(offset(day, 9), year, month) for day in STATEMENT_DAYS]
    assert got == [date(year, month, d) for d in STATEMENT_TABLE[(year, month)]]


# --- due dates: literal table ----------------------------------------------------------

# (statement_day, due rule, due_days, year, month, expected statement, expected due)
DUE_TABLE = [
    # offset 9
    (1, "offset_days", 9, 2026, 1, date(2026, 1, 1), date(2026, 1, 10)),
    (31, "offset_days", 9, 2026, 1, date(2026, 1, 31), date(2026, 2, 9)),
    (31, "offset_days", 9, 2026, 2, date(2026, 2, 28), date(2026, 3, 9)),
    (28, "offset_days", 9, 2028, 2, date(2028, 2, 28), date(2028, 3, 8)),
    (29, "offset_days", 9, 2028, 2, date(2028, 2, 29), date(2028, 3, 9)),
    (30, "offset_days", 9, 2028, 2, date(2028, 2, 29), date(2028, 3, 9)),
    (31, "offset_days", 9, 2026, 4, date(2026, 4, 30), date(2026, 5, 9)),
    (31, "offset_days", 9, 2026, 12, date(2026, 12, 31), date(2027, 1, 9)),
    # offset 19
    (15, "offset_days", 19, 2026, 12, date(2026, 12, 15), date(2027, 1, 3)),
    (29, "offset_days", 19, 2026, 2, date(2026, 2, 28), date(2026, 3, 19)),
    (29, "offset_days", 19, 2028, 2, date(2028, 2, 29), date(2028, 3, 19)),
    (15, "offset_days", 19, 2028, 1, date(2028, 1, 15), date(2028, 2, 3)),
    (30, "offset_days", 19, 2028, 4, date(2028, 4, 30), date(2028, 5, 19)),
    # offset 25
    (15, "offset_days", 25, 2026, 1, date(2026, 1, 15), date(2026, 2, 9)),
    (15, "offset_days", 25, 2028, 2, date(2028, 2, 15), date(2028, 3, 11)),
    (15, "offset_days", 25, 2026, 2, date(2026, 2, 15), date(2026, 3, 12)),
    (30, "offset_days", 25, 2026, 4, date(2026, 4, 30), date(2026, 5, 25)),
    (31, "offset_days", 25, 2028, 12, date(2028, 12, 31), date(2029, 1, 25)),
    # day_of_month 10
    (1, "day_of_month", 10, 2026, 1, date(2026, 1, 1), date(2026, 1, 10)),
    (15, "day_of_month", 10, 2026, 1, date(2026, 1, 15), date(2026, 2, 10)),
    (29, "day_of_month", 10, 2028, 2, date(2028, 2, 29), date(2028, 3, 10)),
    (31, "day_of_month", 10, 2026, 4, date(2026, 4, 30), date(2026, 5, 10)),
    (15, "day_of_month", 10, 2026, 12, date(2026, 12, 15), date(2027, 1, 10)),
    (1, "day_of_month", 10, 2028, 12, date(2028, 12, 1), date(2028, 12, 10)),
    # day_of_month 31 (clamped to the due month's end)
    (1, "day_of_month", 31, 2026, 1, date(2026, 1, 1), date(2026, 1, 31)),
    (31, "day_of_month", 31, 2026, 1, date(2026, 1, 31), date(2026, 2, 28)),
    (31, "day_of_month", 31, 2028, 1, date(2028, 1, 31), date(2028, 2, 29)),
    (15, "day_of_month", 31, 2026, 2, date(2026, 2, 15), date(2026, 2, 28)),
    (15, "day_of_month", 31, 2028, 2, date(2028, 2, 15), date(2028, 2, 29)),
    (28, "day_of_month", 31, 2026, 2, date(2026, 2, 28), date(2026, 3, 31)),
    (28, "day_of_month", 31, 2028, 2, date(2028, 2, 28), date(2028, 2, 29)),
    (29, "day_of_month", 31, 2028, 2, date(2028, 2, 29), date(2028, 3, 31)),
    (29, "day_of_month", 31, 2026, 4, date(2026, 4, 29), date(2026, 4, 30)),
    (30, "day_of_month", 31, 2026, 4, date(2026, 4, 30), date(2026, 5, 31)),
    (30, "day_of_month", 31, 2026, 12, date(2026, 12, 30), date(2026, 12, 31)),
    (31, "day_of_month", 31, 2028, 12, date(2028, 12, 31), date(2029, 1, 31)),
]


@pytest.mark.parametrize(("day", "rule", "due_days", "year", "month", "stmt", "due"), DUE_TABLE)
def test_due_date_literal_table(
    day: int, rule: str, due_days: int, year: int, month: int, stmt: date, due: date
) -> None:
    cycle = CycleRule(day, rule, due_days)
    assert statement_date(cycle, year, month) == stmt
    assert due_date_for(cycle, stmt) == due


# --- full-year sweep: invariants for every month --------------------------------------


@pytest.mark.parametrize("year", YEARS)
@pytest.mark.parametrize("day", STATEMENT_DAYS)
@pytest.mark.parametrize(("rule", "due_days"), DUE_RULES)
def test_full_year_sweep(year: int, day: int, rule: str, due_days: int) -> None:
    cycle = CycleRule(day, rule, due_days)
    for month in range(1, 13):
        stmt = statement_date(cycle, year, month)
        due = due_date_for(cycle, stmt)
        assert (stmt.year, stmt.month, stmt.day) == (
            year,
            month,
            min(day, month_length(year, month)),
        )
        assert stmt < due <= stmt + timedelta(days=31)
        if rule == "offset_days":
            assert (due - stmt).days == due_days
            continue
        assert due.day == min(due_days, month_length(due.year, due.month))
        # The first such date after the statement: same month if the clamped due day is
        # later than the statement day, otherwise the very next month.
        next_month = (stmt.replace(day=1) + timedelta(days=32)).replace(day=1)
        if min(due_days, month_length(year, month)) > stmt.day:
            assert (due.year, due.month) == (year, month)
        else:
            assert (due.year, due.month) == (next_month.year, next_month.month)


@pytest.mark.parametrize("year", YEARS)
def test_twelve_statements_a_year_for_every_statement_day(year: int) -> None:
    for day in STATEMENT_DAYS:
        found = statements_between(offset(day, 9), date(year, 1, 1), date(year, 12, 31))
        assert len(found) == 12
        assert [d.month for d in found] == list(range(1, 13))


# --- cycle_for_purchase ----------------------------------------------------------------


@pytest.mark.parametrize(
    ("cycle", "purchase", "expected"),
    [
        # across the year boundary
        (
            offset(15, 19),
            date(2026, 12, 15),
            (date(2026, 11, 15), date(2026, 12, 15), date(2027, 1, 3)),
        ),
        (
            offset(15, 19),
            date(2026, 12, 16),
            (date(2026, 12, 15), date(2027, 1, 15), date(2027, 2, 3)),
        ),
        (
            offset(15, 19),
            date(2027, 1, 10),
            (date(2026, 12, 15), date(2027, 1, 15), date(2027, 2, 3)),
        ),
        (
            offset(31, 9),
            date(2026, 12, 31),
            (date(2026, 11, 30), date(2026, 12, 31), date(2027, 1, 9)),
        ),
        (
            offset(31, 9),
            date(2027, 1, 1),
            (date(2026, 12, 31), date(2027, 1, 31), date(2027, 2, 9)),
        ),
        (
            day_of_month(1, 10),
            date(2026, 12, 2),
            (date(2026, 12, 1), date(2027, 1, 1), date(2027, 1, 10)),
        ),
        # Feb 29 2028
        (
            offset(29, 9),
            date(2028, 2, 29),
            (date(2028, 1, 29), date(2028, 2, 29), date(2028, 3, 9)),
        ),
        (
            offset(29, 9),
            date(2028, 3, 1),
            (date(2028, 2, 29), date(2028, 3, 29), date(2028, 4, 7)),
        ),
        (
            offset(31, 9),
            date(2028, 2, 29),
            (date(2028, 1, 31), date(2028, 2, 29), date(2028, 3, 9)),
        ),
        (
            offset(28, 9),
            date(2028, 2, 29),
            (date(2028, 2, 28), date(2028, 3, 28), date(2028, 4, 6)),
        ),
        (
            offset(30, 9),
            date(2028, 3, 1),
            (date(2028, 2, 29), date(2028, 3, 30), date(2028, 4, 8)),
        ),
        (
            day_of_month(30, 10),
            date(2028, 2, 29),
            (date(2028, 1, 30), date(2028, 2, 29), date(2028, 3, 10)),
        ),
        # clamped statement day in a common-year February
        (
            offset(30, 9),
            date(2026, 3, 1),
            (date(2026, 2, 28), date(2026, 3, 30), date(2026, 4, 8)),
        ),
        (
            offset(30, 9),
            date(2026, 2, 28),
            (date(2026, 1, 30), date(2026, 2, 28), date(2026, 3, 9)),
        ),
    ],
)
def test_cycle_for_purchase(
    cycle: CycleRule, purchase: date, expected: tuple[date, date, date]
) -> None:
    assert cycle_for_purchase(cycle, purchase) == expected


def test_purchase_on_statement_day_is_in_that_statement_and_next_day_is_not() -> None:
    cycle = offset(5, 19)
    on_day = cycle_for_purchase(cycle, date(2026, 12, 5))
    day_after = cycle_for_purchase(cycle, date(2026, 12, 6))
    assert on_day[1] == date(2026, 12, 5)
    assert day_after[1] == date(2027, 1, 5)
    assert day_after[0] == on_day[1]


# --- interest_free_days ----------------------------------------------------------------


@pytest.mark.parametrize(
    ("cycle", "purchase", "days"),
    [
        (offset(5, 19), date(2026, 11, 6), 48),  # statement Dec 5, due Dec 24
        (offset(5, 19), date(2026, 12, 5), 19),  # on the statement day: due Dec 24
        (offset(5, 19), date(2026, 12, 4), 20),
        (offset(1, 9), date(2028, 2, 2), 37),  # due Mar 10: 29 days to Mar 2 (leap) + 8
        (offset(1, 9), date(2026, 2, 2), 36),  # due Mar 10: 28 days to Mar 2 + 8
        (day_of_month(31, 31), date(2026, 1, 31), 28),  # due Feb 28
        (offset(1, 0), date(2026, 6, 1), 0),  # pay-in-4 style: due on the statement day
    ],
)
def test_interest_free_days(cycle: CycleRule, purchase: date, days: int) -> None:
    assert interest_free_days(cycle, purchase) == days


# --- best_purchase_day -----------------------------------------------------------------


@pytest.mark.parametrize(
    ("cycle", "year", "month", "best"),
    [
        (offset(5, 19), 2026, 11, date(2026, 11, 6)),
        (offset(15, 25), 2028, 2, date(2028, 2, 16)),
        (offset(31, 9), 2026, 4, date(2026, 4, 1)),  # Mar 31 statement; Apr 30 ends April
        (offset(31, 9), 2026, 1, date(2026, 1, 1)),  # Dec 31 statement
        (offset(31, 9), 2028, 3, date(2028, 3, 1)),  # Feb 29 statement
        # Mar 1 (cycle ends Mar 30: 38 days) vs Mar 31 (ends Apr 30: 39 days)
        (offset(30, 9), 2026, 3, date(2026, 3, 31)),
        # Mar 1 (after Feb 28, due Apr 7: 37 days) vs Mar 30 (due May 8: 39 days)
        (offset(29, 9), 2026, 3, date(2026, 3, 30)),
        (offset(28, 9), 2028, 2, date(2028, 2, 29)),  # 37 days vs Feb 1's 36
        (offset(28, 9), 2026, 2, date(2026, 2, 1)),  # all of Feb is one cycle
        # ties → earliest: Jan 1 → Feb 10 and Jan 29 → Mar 10 are both 40 days
        (day_of_month(28, 10), 2026, 1, date(2026, 1, 1)),
        # Mar 1 → Apr 10 and Mar 31 → May 10 are both 40 days
        (day_of_month(30, 10), 2026, 3, date(2026, 3, 1)),
    ],
)
def test_best_purchase_day(cycle: CycleRule, year: int, month: int, best: date) -> None:
    assert best_purchase_day(cycle, year, month) == best


@pytest.mark.parametrize("year", YEARS)
@pytest.mark.parametrize("day", STATEMENT_DAYS)
@pytest.mark.parametrize(("rule", "due_days"), DUE_RULES)
def test_best_purchase_day_beats_every_day_of_every_month(
    year: int, day: int, rule: str, due_days: int
) -> None:
    cycle = CycleRule(day, rule, due_days)
    for month in range(1, 13):
        best = best_purchase_day(cycle, year, month)
        days = [date(year, month, d) for d in range(1, month_length(year, month) + 1)]
        free = [interest_free_days(cycle, d) for d in days]
        assert best == days[free.index(max(free))]


# --- statements_between ----------------------------------------------------------------


def test_statements_between_clamps_and_includes_both_ends() -> None:
    cycle = offset(31, 9)
    assert statements_between(cycle, date(2028, 1, 31), date(2028, 4, 30)) == [
        date(2028, 1, 31),
        date(2028, 2, 29),
        date(2028, 3, 31),
        date(2028, 4, 30),
    ]


def test_statements_between_across_year_boundary() -> None:
    assert statements_between(offset(15, 19), date(2026, 12, 16), date(2027, 2, 15)) == [
        date(2027, 1, 15),
        date(2027, 2, 15),
    ]


def test_statements_between_empty_ranges() -> None:
    cycle = offset(15, 19)
    assert statements_between(cycle, date(2026, 12, 16), date(2027, 1, 14)) == []
    assert statements_between(cycle, date(2027, 1, 1), date(2026, 1, 1)) == []
    assert statements_between(cycle, date(2026, 12, 15), date(2026, 12, 15)) == [
        date(2026, 12, 15)
    ]


# --- next_due_on_or_after --------------------------------------------------------------


@pytest.mark.parametrize(
    ("cycle", "day", "expected"),
    [
        (offset(5, 19), date(2026, 11, 20), (date(2026, 11, 5), date(2026, 11, 24))),
        (offset(5, 19), date(2026, 11, 24), (date(2026, 11, 5), date(2026, 11, 24))),
        (offset(5, 19), date(2026, 11, 25), (date(2026, 12, 5), date(2026, 12, 24))),
        (offset(5, 19), date(2026, 12, 3), (date(2026, 12, 5), date(2026, 12, 24))),
        (offset(31, 25), date(2027, 1, 10), (date(2026, 12, 31), date(2027, 1, 25))),
        (day_of_month(15, 10), date(2027, 1, 5), (date(2026, 12, 15), date(2027, 1, 10))),
        (day_of_month(15, 10), date(2027, 1, 11), (date(2027, 1, 15), date(2027, 2, 10))),
        # a 60-day offset: two cycles back still falls due after Mar 1
        (offset(1, 60), date(2026, 3, 1), (date(2026, 1, 1), date(2026, 3, 2))),
        (offset(1, 0), date(2026, 3, 2), (date(2026, 4, 1), date(2026, 4, 1))),
    ],
)
def test_next_due_on_or_after(cycle: CycleRule, day: date, expected: tuple[date, date]) -> None:
    assert next_due_on_or_after(cycle, day) == expected


# --- construction and validation -------------------------------------------------------


def test_from_product_reads_the_three_fields() -> None:
    product = Product(name="card", statement_day=31, due_rule="day_of_month", due_days=10)
    assert CycleRule.from_product(product) == CycleRule(31, "day_of_month", 10)


@pytest.mark.parametrize(
    ("args", "message"),
    [
        ((0, "offset_days", 9), "statement_day must be 1–31, not 0"),
        ((32, "offset_days", 9), "statement_day must be 1–31, not 32"),
        ((5, "weekly", 9), "due_rule must be one of offset_days, day_of_month, not 'weekly'"),
        ((5, "offset_days", -1), "due_days must be 0–60 days after the statement, not -1"),
        ((5, "offset_days", 61), "due_days must be 0–60 days after the statement, not 61"),
        ((5, "day_of_month", 0), "due_days must be a day of the month 1–31, not 0"),
        ((5, "day_of_month", 32), "due_days must be a day of the month 1–31, not 32"),
        (("5", "offset_days", 9), "statement_day must be a whole number, not '5'"),
        ((5, "offset_days", True), "due_days must be a whole number, not True"),
    ],
)
def test_invalid_rules_raise_input_error(args: tuple[object, str, object], message: str) -> None:
    with pytest.raises(InputError) as info:
        CycleRule(*args)  # type: ignore[arg-type]
    assert str(info.value) == message


# --- properties ------------------------------------------------------------------------

rules = st.one_of(
    st.builds(offset, st.integers(1, 31), st.integers(1, 60)),
    st.builds(day_of_month, st.integers(1, 31), st.integers(1, 31)),
)
dates = st.dates(min_value=date(1990, 1, 1), max_value=date(2100, 12, 31))


@given(rules, dates)
def test_purchase_falls_in_previous_to_statement(cycle: CycleRule, purchase: date) -> None:
    previous, stmt, due = cycle_for_purchase(cycle, purchase)
    assert previous < purchase <= stmt
    assert stmt == statement_date(cycle, stmt.year, stmt.month)
    assert statements_between(cycle, previous, stmt) == [previous, stmt]
    assert due == due_date_for(cycle, stmt)
    assert due > stmt
    assert interest_free_days(cycle, purchase) == (due - purchase).days >= 1


@given(rules, st.integers(1990, 2100), st.integers(1, 12))
def test_due_is_after_statement_and_within_a_cycle_length(
    cycle: CycleRule, year: int, month: int
) -> None:
    stmt = statement_date(cycle, year, month)
    due = due_date_for(cycle, stmt)
    assert stmt.day == min(cycle.statement_day, month_length(year, month))
    assert stmt < due
    limit = 31 if cycle.due_rule == "day_of_month" else cycle.due_days
    assert (due - stmt).days <= limit


@given(rules, dates)
def test_next_due_is_the_first_one_on_or_after(cycle: CycleRule, day: date) -> None:
    stmt, due = next_due_on_or_after(cycle, day)
    assert due >= day
    assert due == due_date_for(cycle, stmt)
    earlier = cycle_for_purchase(cycle, stmt)[0]
    assert due_date_for(cycle, earlier) < day
