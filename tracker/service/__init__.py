"""Use cases shared by the CLI and the GUI, one module per area.

Callers import the module of the area they use (``from tracker.service import bills``):
products, bills, charges, payments, plans, records (delete / undo), dues, overview,
dashboard, simulation, payoff, statement, files, demo.
"""

from __future__ import annotations

from tracker.service import bills, closed_cycles
from tracker.storage import Store

# Every change saves the closed cycles it leaves, in its own transaction.
if closed_cycles.save_closed not in Store.before_commit:
    Store.before_commit.append(closed_cycles.save_closed)
# An upgraded file's blank bill minimums are worked out by the engine's rule.
if bills.blank_minimums_after_upgrade not in Store.after_upgrade:
    Store.after_upgrade.append(bills.blank_minimums_after_upgrade)
