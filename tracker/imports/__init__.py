"""Reading statements that lenders, banks and wallets export (pure: no storage, no Qt).

``read(data, profile=None, ...)`` decodes the bytes (:mod:`.encoding`), finds the header
row after the preamble (:mod:`.table`), turns each line into a typed record with a
dedupe key (:mod:`.records`) by the source's profile (:mod:`.profiles`, :mod:`.generic`,
:mod:`.statement`), and reports every bad line with its number and reason.
"""

from __future__ import annotations

from tracker.imports.encoding import EncodingUnknown, decode
from tracker.imports.reader import PROFILES, Parsed, detect, profile_names, read
from tracker.imports.records import BadLine, ImportRow, Skipped

__all__ = [
    "PROFILES",
    "BadLine",
    "EncodingUnknown",
    "ImportRow",
    "Parsed",
    "Skipped",
    "decode",
    "detect",
    "profile_names",
    "read",
]
