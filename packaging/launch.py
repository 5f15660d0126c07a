"""Entry script of the frozen app: ``ui.app.main`` (the same as the ``debt-tracker`` command).

A separate file so that ``ui/app.py`` is bundled as the module ``ui.app`` rather than run
as ``__main__``.
"""

from __future__ import annotations

from ui.app import main

raise SystemExit(main())
