"""``debt-tracker-cli``: the command-line face of :mod:`tracker.service`.

:func:`main` runs a ``statement`` command through :mod:`tracker.cli.quick` (only the
modules the statement needs) and every other line through :mod:`tracker.cli.main`,
imported then.
"""

from __future__ import annotations

import sys
import types
from collections.abc import Sequence


def _main(argv: Sequence[str] | None = None) -> int:
    """Run the CLI; returns the exit status (0 ok, 2 bad input or unusable file)."""
    from tracker.cli import quick

    status = quick.run(argv)
    if status is not None:
        return status
    from tracker.cli.main import main as full

    return full(argv)


class _Package(types.ModuleType):
    """``tracker.cli.main`` stays the entry point function, as when this package imported
    it from its module: importing the submodule ``tracker.cli.main`` sets the package's
    attribute of that name to the module, and this keeps the function."""

    @property
    def main(self) -> object:
        return _main

    @main.setter
    def main(self, value: object) -> None:
        pass


sys.modules[__name__].__class__ = _Package
main = _main

__all__ = ["main"]
