"""Account-engine rules corrected in issue 11's second pass (DESIGN.md § Presets and
§ The account engine); each figure worked out by hand in the comments (minor units)."""

from __future__ import annotations

from tracker.engine import rules
from tracker.products import from_preset


def test_minimum_rate_is_on_principal_not_already_past_due() -> None:
    # Huabei March (tests/core/test_engine_six_cycles.py): principal 100,000; past due
    # 20,100 = January's 10,000 + February's 9,000 + 1,100 penalty. The 1,100 penalty
    # is owed in full inside the past due amount, so 20,100 − 1,100 = 19,000 of it is
    # principal, and the 10 % is on 100,000 − 19,000 = 81,000 → 8,100 (not 7,990).
    assert rules.past_due_principal(100_000, 20_100, 1_100) == 19_000
    huabei = from_preset("huabei", "hb")
    parts = rules.StatementParts(
        new_principal=0,
        carried_principal=100_000 - 19_000,
        penalty=1_400,
        past_due=20_100,
        balance=100_000 + 1_100 + 1_400,
    )
    # 8,100 + this statement's penalty 1,400 + the past due 20,100 = 29,600.
    assert rules.minimum_due(huabei, parts) == 8_100 + 1_400 + 20_100 == 29_600
    # Never more principal than is owed, never less than none: charges owed beyond the
    # past due amount leave no principal in it.
    assert rules.past_due_principal(5_000, 20_000, 1_000) == 5_000
    assert rules.past_due_principal(100_000, 1_000, 3_000) == 0
