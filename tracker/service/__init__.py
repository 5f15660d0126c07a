"""Use cases shared by the CLI and the GUI, one module per area; the common ones here.

``tracker.service.core`` holds products, records, dues and payoff; further areas live in
sibling modules (``tracker.service.<area>``) that the callers import directly.
"""

from __future__ import annotations

from tracker.service.core import *  # noqa: F403
from tracker.service.core import _pid  # noqa: F401  (used by sibling modules)
