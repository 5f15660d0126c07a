"""Options that share a beginning (tracker.engine.lines) give exactly what they give alone.

Differential tests (hypothesis): every simulation is made twice, with
:data:`tracker.engine.lines.ENABLED` off (each option plays its account from the bill)
and on (the options go on from copies of one play cut before each one's own first day),
and the two must be equal in every field. Nothing here is hand-computed: the options'
figures are hand-checked in test_simulator.py; these tests prove the sharing changes
none of them.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date, timedelta
from decimal import Decimal

from hypothesis import given, settings
from hypothesis import strategies as st

from tracker.engine import Negotiation, Policy, lines
from tracker.products import PRESETS, from_preset
from tracker.simulator import Simulation, simulate

START = date(2026, 1, 1)
DAY = date(2026, 3, 1)


@contextmanager
def sharing(on: bool) -> Iterator[None]:
    was = lines.ENABLED
    lines.ENABLED = on
    try:
        yield
    finally:
        lines.ENABLED = was


def both(**kwargs: object) -> tuple[Simulation, Simulation]:
    with sharing(False):
        alone = simulate(**kwargs)  # type: ignore[arg-type]
    with sharing(True):
        shared = simulate(**kwargs)  # type: ignore[arg-type]
    return alone, shared


def test_the_options_do_share_a_line(monkeypatch) -> None:
    # The US card's $1,200.00 due: the minimum-then-rest options (6 pay days) fork from
    # the "minimum once" line, the 5 lateness options and the negotiation from the
    # "pay nothing" line: 12 forks. Without this the differential tests below could
    # compare every option with itself.
    forks: list[bool] = []
    original = lines.Line.fork

    def counting(self: lines.Line, policy: Policy) -> object:
        out = original(self, policy)
        forks.append(out is not None)
        return out

    monkeypatch.setattr(lines.Line, "fork", counting)
    product = from_preset("us-credit-card", "US")
    alone, shared = both(product=product, amount=120_000, due=date(2026, 12, 10))
    assert forks == [True] * 12
    assert alone == shared


def test_first_difference_is_the_first_day_of_its_own() -> None:
    # Paying nothing until day D then everything (on due dates from D on): like paying
    # nothing, before D.
    late = Policy("minimum", settle_on=DAY, on_due_from=DAY)
    assert lines.first_difference(Policy(), late) == DAY
    # A negotiation on D: like paying nothing, before D.
    deal = Policy(negotiation=Negotiation(DAY, 12, Decimal(0)))
    assert lines.first_difference(Policy(), deal) == DAY
    # The minimum once, the rest on D: like the minimum once, before D.
    rest = Policy("minimum", 1, settle_on=DAY)
    assert lines.first_difference(Policy("minimum", 1), rest) == DAY


def test_no_shared_line_where_the_policies_differ_earlier() -> None:
    # Minimums paid from the first due date (nothing holds them back): not the line of
    # paying nothing, whatever day it settles.
    assert lines.first_difference(Policy(), Policy("minimum", settle_on=DAY)) is None
    # Minimums held back only until a day before its own first day (settle on D,
    # minimums from D − 10): they start before the cut.
    early = Policy("minimum", settle_on=DAY, on_due_from=DAY - timedelta(days=10))
    assert lines.first_difference(Policy(), early) is None
    # Paying every minimum is not "the minimum once" with a day to settle.
    assert lines.first_difference(Policy("minimum", 1), Policy("minimum", settle_on=DAY)) is None
    # No day of its own: nothing to cut before.
    assert lines.first_difference(Policy(), Policy("full")) is None
    # A base with a day of its own is no line.
    assert lines.first_difference(Policy(settle_on=DAY), Policy(settle_on=DAY)) is None


@settings(max_examples=40, deadline=None)
@given(
    preset=st.sampled_from(sorted(PRESETS)),
    statement_day=st.integers(1, 28),
    amount=st.integers(1, 5_000_000),
    due_offset=st.integers(0, 400),
    pay_after=st.integers(1, 200),
    overdue=st.lists(st.integers(1, 240), min_size=1, max_size=5, unique=True),
    negotiate_after=st.integers(1, 200),
    paid=st.lists(st.tuples(st.integers(-20, 60), st.integers(1, 49)), max_size=2),
)
def test_every_option_is_the_same_shared_or_alone(
    preset, statement_day, amount, due_offset, pay_after, overdue, negotiate_after, paid
) -> None:
    # Unsorted lateness days make a line start again (asked before its cut).
    product = from_preset(preset, preset, statement_day=statement_day)
    due = START + timedelta(days=due_offset)
    payments = [(due + timedelta(days=d), amount * pct // 100) for d, pct in paid]
    payments = [(d, a) for d, a in payments if a > 0]
    alone, shared = both(
        product=product,
        amount=amount,
        due=due,
        pay_date=due + timedelta(days=pay_after),
        overdue_days=overdue,
        negotiate_after=negotiate_after,
        paid=payments,
    )
    assert alone == shared
