"""``python -m tracker.cli``: the same as the ``debt-tracker-cli`` script."""

from __future__ import annotations

import sys

from tracker.cli import main

sys.exit(main())
