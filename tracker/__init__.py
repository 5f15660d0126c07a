"""Debt Tracker core: Qt-free domain, storage and use cases."""

#: The app's version, defined here only: pyproject.toml reads it (dynamic version), and
#: ``--version``, Help → About and the bundle's name all come from it.
__version__ = "0.1.0"

from tracker import fastclass as _fastclass

_fastclass.install()  # before any of our dataclasses is made: their methods' code cached
