"""Use cases shared by the CLI and the GUI, one module per area.

Callers import the module of the area they use (``from tracker.service import bills``):
products, bills, charges, payments, plans, records (delete / undo), dues, overview,
dashboard, simulation, payoff, statement, files, demo.
"""

from __future__ import annotations

from tracker.service import closed_cycles, minimums
from tracker.storage import Store

# Every change works out again what the bill dues it reaches ask, then saves the closed
# cycles it leaves, in its own transaction.
if minimums.mend_minimums not in Store.before_commit:
    Store.before_commit.insert(0, minimums.mend_minimums)
if closed_cycles.save_closed not in Store.before_commit:
    Store.before_commit.append(closed_cycles.save_closed)
# An upgraded file's blank bill minimums are worked out by the engine's rule.
if minimums.blank_minimums_after_upgrade not in Store.after_upgrade:
    Store.after_upgrade.append(minimums.blank_minimums_after_upgrade)
