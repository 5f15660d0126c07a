"""The account engine (DESIGN.md § The account engine): one engine for every number.

``play(account, policy)`` plays one product with its records forward, statement by
statement; :mod:`tracker.engine.scenarios` turns the simulator's options into policies.
"""

from __future__ import annotations

from tracker.engine.play import AccountPlay, play
from tracker.engine.records import (
    Account,
    Agreement,
    CashFlow,
    CycleRow,
    Negotiation,
    Outcome,
    Paid,
    PartDue,
    Policy,
    RecordedBill,
    Spend,
)

__all__ = [
    "Account",
    "AccountPlay",
    "Agreement",
    "CashFlow",
    "CycleRow",
    "Negotiation",
    "Outcome",
    "Paid",
    "PartDue",
    "Policy",
    "RecordedBill",
    "Spend",
    "play",
]
