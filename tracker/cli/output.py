"""Text for the terminal in any locale: what it cannot show is replaced, never a crash.

A GBK terminal has no ``¥`` (U+00A5) and a C locale has no Chinese: amounts then show
their ISO code (``CNY 618.25``), JSON escapes what it must (``\\u82b1``, still exact), and
anything else the terminal cannot show becomes ``?``.
"""

from __future__ import annotations

import json
import os
import sys
from typing import Any

from tracker.money import CURRENCIES


def can_show(text: str, encoding: str) -> bool:
    try:
        text.encode(encoding)
    except (UnicodeEncodeError, LookupError):
        return False
    return True


def for_terminal(result: Any, text: str | None, encoding: str | None) -> str:
    """``text`` (or ``result`` as JSON when ``text`` is None) made safe for ``encoding``."""
    enc = encoding or "utf-8"
    if text is None:
        out = json.dumps(result, ensure_ascii=False, indent=2)
        return out if can_show(out, enc) else json.dumps(result, ensure_ascii=True, indent=2)
    if can_show(text, enc):
        return text
    for cur in sorted(CURRENCIES.values(), key=lambda c: len(c.symbol), reverse=True):
        if not can_show(cur.symbol, enc):
            text = text.replace(f"-{cur.symbol}", f"-{cur.code} ").replace(
                cur.symbol, f"{cur.code} "
            )
    try:
        return text.encode(enc, errors="replace").decode(enc)
    except LookupError:
        return text.encode("ascii", errors="replace").decode("ascii")


def emit(result: Any, text: str | None) -> None:
    """Print a command's ``text`` (``result`` as JSON when None) on standard output, made
    safe for its encoding; a reader that stopped reading (a pipe into ``head``) is not an
    error."""
    out = for_terminal(result, text, getattr(sys.stdout, "encoding", None))
    try:
        print(out, end="" if out.endswith("\n") else "\n")
        sys.stdout.flush()
    except BrokenPipeError:  # e.g. piped into head: the reader has what it wanted
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
