"""OFX / QFX statements (Quicken, Money, most US banks): the ``<STMTTRN>`` records.

Both OFX 1.x (SGML: tags without end tags, one per line) and 2.x (XML) are read with a
small scanner, not an XML parser. ``TRNAMT`` is signed from the account holder's side —
a card purchase is negative — so the debt moves by −TRNAMT. ``FITID`` is the bank's own
id (dedupe).
"""

from __future__ import annotations

import re

from tracker.errors import InputError, refuse
from tracker.imports import values
from tracker.imports.records import BadLine, ImportRow, Kind

_BLOCK = re.compile(r"<STMTTRN>(.*?)(?:</STMTTRN>|(?=<STMTTRN>)|(?=</BANKTRANLIST>))", re.S | re.I)
_FIELD = re.compile(r"<([A-Z0-9.]+)>([^<\r\n]*)", re.I)


def is_ofx(text: str) -> bool:
    """Whether ``text`` looks like an OFX or QFX file."""
    head = text.lstrip()[:400].upper()
    return head.startswith("OFXHEADER") or "<OFX>" in text[:4000].upper()


def read_ofx(text: str, digits: int) -> tuple[list[ImportRow], list[BadLine]]:
    """The transactions of an OFX text (rows without keys) and the unreadable ones."""
    rows: list[ImportRow] = []
    bad: list[BadLine] = []
    for match in _BLOCK.finditer(text):
        line = text.count("\n", 0, match.start()) + 1
        fields = {k.upper(): v.strip() for k, v in _FIELD.findall(match[1])}
        try:
            rows.append(_row(fields, line, digits))
        except InputError as exc:
            bad.append(BadLine(line, exc, " ".join(f"{k}={v}" for k, v in fields.items())))
    return rows, bad


def _row(f: dict[str, str], line: int, digits: int) -> ImportRow:
    if "DTPOSTED" not in f or "TRNAMT" not in f:
        raise refuse("an OFX transaction without DTPOSTED or TRNAMT")
    day = values.day(f["DTPOSTED"][:8])
    amount = -values.amount(f["TRNAMT"], digits=digits, what="TRNAMT")
    text = " · ".join(p for p in (f.get("NAME", ""), f.get("MEMO", "")) if p)
    kind: Kind = "charge"
    if amount < 0:
        paid = f.get("TRNTYPE", "").upper() == "PAYMENT" or "PAY" in text.upper()
        kind = "payment" if paid else "refund"
    return ImportRow(line, day, kind, amount, text, f.get("FITID") or None)
