"""What one line of an imported file becomes: a typed record, a skip, or a bad line."""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, replace
from typing import Literal

from tracker.errors import InputError

#: charge: adds to the debt; refund, payment: reduce it. The rest come only from our
#: own statement CSV (its kinds, tracker.csvio.KINDS).
Kind = Literal[
    "charge", "refund", "payment", "bill", "installment", "fee", "interest", "penalty",
    "adjustment",
]  # fmt: skip
KINDS: tuple[str, ...] = Kind.__args__  # type: ignore[attr-defined]


@dataclass(frozen=True)
class ImportRow:
    """One record read from a file.

    Attributes:
        line: the line number in the file (1 = first line) where the record starts.
        date: when it happened (a bill: its statement date).
        kind: one of :data:`KINDS`.
        amount: [minor units] signed like our statement: + adds to the debt (a charge),
            − reduces it (a payment, a refund).
        description: the source's text, cells joined with " · " where a source splits it.
        source_id: the source's own order or transaction number (None: it has none).
        due_date: our statement only: the due date column.
        product, currency: our statement only: the product and currency columns.
        key: the dedupe key (see :func:`with_keys`); "" until it is given one.
    """

    line: int
    date: dt.date
    kind: Kind
    amount: int
    description: str
    source_id: str | None = None
    due_date: dt.date | None = None
    product: str | None = None
    currency: str | None = None
    key: str = ""


@dataclass(frozen=True)
class Skipped:
    """A line that was understood but is not for the product (不计收支, another card…).

    ``why`` carries the reason as a translatable template (made with ``refuse``).
    """

    line: int
    why: InputError
    text: str = ""  # the line as it was in the file (cells joined by commas)

    @property
    def reason(self) -> str:
        return str(self.why)


@dataclass(frozen=True)
class BadLine:
    """A line that could not be read; ``error`` carries the translatable reason."""

    line: int
    error: InputError
    text: str = ""  # the line as it was in the file (cells joined by commas)

    @property
    def reason(self) -> str:
        return str(self.error)


def with_keys(rows: Iterable[ImportRow], source: str) -> list[ImportRow]:
    """Give each row its dedupe key, stable across overlapping exports of one source.

    The source's own id when it has one (``alipay:id:2026…``); otherwise the date, kind,
    amount and text with an occurrence count (``…#2`` for the second identical row of
    the file), so that two identical coffees on one day both arrive while the same
    file imported again adds nothing.

    Args:
        rows: records in file order.
        source: the profile's name (keys of different sources never collide).
    """
    seen: Counter[str] = Counter()
    out = []
    for row in rows:
        if row.source_id:
            base = f"{source}:id:{row.source_id}:{row.kind}"
        else:
            due = row.due_date.isoformat() if row.due_date else ""
            base = (
                f"{source}:{row.product or ''}:{row.date.isoformat()}:{row.kind}:"
                f"{row.amount}:{row.description}:{due}"
            )
        seen[base] += 1
        out.append(replace(row, key=f"{base}#{seen[base]}"))
    return out
