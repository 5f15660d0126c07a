"""Payment allocation and due status: oldest first, penalty → interest/fees → principal."""

from __future__ import annotations

from datetime import date, timedelta

from hypothesis import given
from hypothesis import strategies as st

from tracker.ledger import Due, Payment, allocate, status_of, statuses

D0 = date(2026, 12, 10)


def test_oldest_due_first_and_components_in_order() -> None:
    old = Due(1, 1, date(2026, 11, 10), principal=10_000, fee=500, penalty=200)
    new = Due(2, 1, date(2026, 12, 10), principal=20_000)
    result = allocate([new, old], [Payment(1, 1, date(2026, 12, 1), 10_000)])
    a = result.allocations[0]
    # 100.00 pays the old due: penalty 2.00, then fee 5.00, then 93.00 of principal.
    assert (a.due_id, a.penalty, a.fee, a.principal) == (1, 200, 500, 9_300)
    assert result.state_of(1).outstanding == 700  # 107.00 − 100.00
    assert result.state_of(2).outstanding == 20_000
    assert result.unapplied == {}


def test_overpayment_spills_to_the_next_due_then_to_credit() -> None:
    dues = [Due(1, 1, date(2026, 11, 10), 10_000), Due(2, 1, D0, 5_000)]
    result = allocate(dues, [Payment(1, 1, date(2026, 11, 9), 16_000)])
    assert [s.outstanding for s in result.states] == [0, 0]
    assert result.unapplied == {1: 1_000}
    assert result.state_of(1).settled_on == date(2026, 11, 9)


def test_payments_only_pay_their_own_product_and_respect_as_of() -> None:
    dues = [Due(1, 1, D0, 10_000), Due(2, 2, D0, 10_000)]
    pays = [Payment(1, 2, date(2026, 12, 1), 4_000), Payment(2, 2, date(2026, 12, 20), 6_000)]
    result = allocate(dues, pays, as_of=date(2026, 12, 15))
    assert result.state_of(1).outstanding == 10_000
    assert result.state_of(2).outstanding == 6_000


def test_status_upcoming_due_today_overdue_and_grace() -> None:
    s = allocate([Due(1, 1, D0, 10_000)], []).states[0]
    assert status_of(s, D0 - timedelta(days=3)).state_name == "upcoming"
    assert status_of(s, D0 - timedelta(days=3)).days_until_due == 3
    assert status_of(s, D0).state_name == "due_today"
    late = status_of(s, D0 + timedelta(days=6))
    assert (late.state_name, late.days_past_due, late.days_until_due) == ("overdue", 6, -6)
    # A card with 3 grace days: 2 days late is still "in grace".
    assert status_of(s, D0 + timedelta(days=2), grace_days=3).state_name == "in_grace"
    assert status_of(s, D0 + timedelta(days=4), grace_days=3).state_name == "overdue"


def test_minimum_paid_means_revolving_not_overdue() -> None:
    due = Due(1, 1, D0, 100_000, minimum=10_000)
    result = allocate([due], [Payment(1, 1, D0, 10_000)])
    st_ = status_of(result.states[0], D0 + timedelta(days=20))
    assert (st_.state_name, st_.days_past_due, st_.days_late) == ("revolving", 0, 0)
    assert result.states[0].outstanding == 90_000


def test_tolerance_forgives_a_tiny_remainder() -> None:
    due = Due(1, 1, D0, 100_000, minimum=10_000)
    result = allocate([due], [Payment(1, 1, D0, 99_500)])
    assert status_of(result.states[0], D0 + timedelta(days=9), 0, 1_000).state_name == "paid"


def test_interest_is_paid_before_fees() -> None:
    due = Due(1, 1, D0, 10_000, fee=500, interest=300, penalty=200)
    (a,) = allocate([due], [Payment(1, 1, D0, 600)]).allocations
    # 6.00: penalty 2.00, then interest 3.00, then 1.00 of the 5.00 fee, no principal.
    assert (a.penalty, a.interest, a.fee, a.principal) == (200, 300, 100, 0)


def test_an_unpaid_minimum_at_the_tolerance_still_counts_as_met() -> None:
    # Minimum 100.00, 90.00 paid, tolerance 10.00: the 10.00 short is within the
    # tolerance (DESIGN.md: CN cards forgive up to ¥10), so 5 days on it is revolving,
    # not overdue.
    due = Due(1, 1, D0, 100_000, minimum=10_000)
    result = allocate([due], [Payment(1, 1, D0, 9_000)])
    status = status_of(result.states[0], D0 + timedelta(days=5), 0, 1_000)
    assert (status.state_name, status.days_past_due) == ("revolving", 0)


def test_late_minimum_is_remembered_in_history() -> None:
    due = Due(1, 1, D0, 50_000, minimum=5_000)
    pays = [Payment(1, 1, D0 + timedelta(days=6), 5_000)]
    [st_] = statuses([due], pays, D0 + timedelta(days=30))
    assert st_.days_late == 6  # paid six days late: that is history now
    assert st_.days_past_due == 0
    assert st_.state_name == "revolving"


due_parts = st.tuples(
    st.integers(0, 30), st.integers(0, 10**7), st.integers(0, 10**5), st.integers(0, 10**4)
)


@given(
    parts=st.lists(due_parts, min_size=1, max_size=8),
    amounts=st.lists(st.integers(1, 2 * 10**7), min_size=1, max_size=6),
)
def test_allocations_never_exceed_what_is_owed_and_sum_to_each_payment(
    parts: list[tuple[int, int, int, int]], amounts: list[int]
) -> None:
    dues = [
        Due(i + 1, 1, D0 + timedelta(days=off), principal=p, fee=f, penalty=pen)
        for i, (off, p, f, pen) in enumerate(parts)
    ]
    pays = [Payment(i + 1, 1, D0, a) for i, a in enumerate(amounts)]
    result = allocate(dues, pays)
    for pay in pays:
        allocated = sum(a.amount for a in result.allocations if a.payment_id == pay.id)
        assert allocated <= pay.amount
    total_allocated = sum(a.amount for a in result.allocations)
    assert total_allocated + result.unapplied.get(1, 0) == sum(amounts)
    for s in result.states:
        assert 0 <= s.paid <= s.due.total
        assert s.paid_penalty <= s.due.penalty and s.paid_fee <= s.due.fee
        assert s.paid_principal <= s.due.principal
    # Money is left over only when every due is settled.
    if result.unapplied:
        assert all(s.outstanding == 0 for s in result.states)


def _allocate_naively(dues: list[Due], pays: list[Payment]) -> dict[int, int]:
    """The rule read literally: each payment walks every due of its product, oldest first."""
    paid = {d.id: 0 for d in dues}
    for pay in sorted(pays, key=lambda p: (p.date, p.id)):
        left = pay.amount
        for d in sorted(dues, key=lambda d: (d.due_date, d.id)):
            take = min(left, d.total - paid[d.id])
            paid[d.id] += take
            left -= take
    return paid


@given(
    parts=st.lists(due_parts, min_size=1, max_size=8),
    pays=st.lists(st.tuples(st.integers(0, 40), st.integers(1, 10**7)), min_size=1, max_size=8),
)
def test_allocation_skipping_settled_dues_matches_the_literal_rule(
    parts: list[tuple[int, int, int, int]], pays: list[tuple[int, int]]
) -> None:
    dues = [
        Due(i + 1, 1, D0 + timedelta(days=off), principal=p, fee=f, penalty=pen)
        for i, (off, p, f, pen) in enumerate(parts)
    ]
    payments = [Payment(i + 1, 1, D0 + timedelta(days=d), a) for i, (d, a) in enumerate(pays)]
    result = allocate(dues, payments)
    assert {s.due.id: s.paid for s in result.states} == _allocate_naively(dues, payments)
