"""A generic column mapping for any CSV: which column is the date, the amount, the text.

Written as ``date=0,amount=3,description=1,date_format=%d/%m/%Y,decimal=,`` (a column by
its 0-based index or its header name; several description columns joined with ``+``).
A mapping is saved per product with its encoding (tracker.service.imports).
"""

from __future__ import annotations

import re
from dataclasses import asdict, dataclass, fields

from tracker.errors import refuse
from tracker.imports import values
from tracker.imports.profiles import Context, Result, _row
from tracker.imports.records import Kind
from tracker.imports.table import Line

SIGNS = ("spending_positive", "spending_negative")
_KEYS = ("date", "amount", "income", "spending", "description", "kind", "id",
         "date_format", "decimal", "sign", "delimiter", "method")  # fmt: skip
_SPLIT = re.compile(r",(?=\s*[a-z_]+\s*=)")


@dataclass(frozen=True)
class Mapping:
    """Where a file keeps each value, and how it writes them.

    Attributes:
        date: the date column. amount: one signed amount column; or income + spending:
            two unsigned columns (money in reduces the debt, spending adds to it).
        description: text columns, joined by "+". kind: optional column whose words
            (payment/还款, refund/退款/return) tell payments and refunds apart.
        id: optional column with the source's own transaction id (dedupe).
        date_format: strptime codes ("%m/%d/%Y"); "" for ISO-like dates.
        decimal: "." or ",". sign: ``spending_positive`` (a purchase is +) or
            ``spending_negative`` (a purchase is −, as Chase writes it).
        delimiter: the column separator ("," ";" "|" or a tab).
    """

    date: str
    amount: str = ""
    income: str = ""
    spending: str = ""
    description: str = ""
    kind: str = ""
    id: str = ""
    date_format: str = ""
    decimal: str = "."
    sign: str = "spending_positive"
    delimiter: str = ","
    method: str = ""

    @classmethod
    def parse(cls, text: str) -> Mapping:
        """A mapping from ``key=value,key=value`` (see the module docstring).

        Raises:
            InputError: an unknown key, no date, no amount, a bad sign or decimal.
        """
        pairs: dict[str, str] = {}
        for part in _SPLIT.split(text.strip()):
            key, eq, value = part.partition("=")
            key = key.strip()
            if not eq or key not in _KEYS:
                raise refuse(
                    "mapping {part!r}: expected key=value with a key among {keys}",
                    part=part,
                    keys=", ".join(_KEYS),
                )
            pairs[key] = value if key in ("decimal", "delimiter") else value.strip()
        return cls.from_dict(pairs)

    @classmethod
    def from_dict(cls, pairs: dict[str, str]) -> Mapping:
        known = {f.name for f in fields(cls)}
        if not pairs.get("date"):
            raise refuse("the mapping needs a date column (date=…)")
        mapping = cls(**{k: v for k, v in pairs.items() if k in known})
        if not mapping.amount and not (mapping.income or mapping.spending):
            raise refuse("the mapping needs an amount column, or income and spending columns")
        if mapping.sign not in SIGNS:
            raise refuse("sign must be one of {signs}", signs=", ".join(SIGNS))
        if mapping.decimal not in (".", ","):
            raise refuse("the decimal separator must be . or ,")
        if mapping.delimiter not in (",", ";", "\t", "|"):
            raise refuse("the column separator must be one of , ; | or a tab")
        return mapping

    def to_dict(self) -> dict[str, str]:
        defaults = Mapping(date="x")
        return {
            k: v
            for k, v in asdict(self).items()
            if v and (k == "date" or v != getattr(defaults, k))
        }

    def to_text(self) -> str:
        return ",".join(f"{k}={v}" for k, v in self.to_dict().items())

    def columns(self) -> list[str]:
        """Every column the mapping names (to find the header row by them)."""
        cols = [self.date, self.amount, self.income, self.spending, self.kind, self.id]
        cols += self.description.split("+") if self.description else []
        return [c for c in cols if c]

    def by_index(self) -> bool:
        """All columns are given by number: the file may have no header."""
        return all(c.strip().isdigit() for c in self.columns())


def cell(line: Line, header: Line | None, column: str) -> str:
    """The cell of ``column`` (an index, or a name in ``header``) in ``line``."""
    if column.strip().isdigit():
        n = int(column)
    else:
        assert header is not None
        n = header.cells.index(column)
    return line.cells[n] if n < len(line.cells) else ""


def parse(m: Mapping, line: Line, header: Line | None, ctx: Context) -> Result:
    """The record of one line under mapping ``m`` (amount signed: + adds to the debt)."""
    day = values.day(cell(line, header, m.date), m.date_format or None)
    text = " · ".join(
        cell(line, header, c) for c in m.description.split("+") if c and cell(line, header, c)
    )
    opts = {"digits": ctx.digits, "decimal": m.decimal}
    if m.amount:
        amount = values.amount(cell(line, header, m.amount), what="amount", **opts)  # type: ignore[arg-type]
        if m.sign == "spending_negative":
            amount = -amount
    else:
        got = values.optional_amount(cell(line, header, m.income), what="income", **opts)  # type: ignore[arg-type]
        spent = values.optional_amount(cell(line, header, m.spending), what="spending", **opts)  # type: ignore[arg-type]
        amount = abs(spent) - abs(got)
    words = (cell(line, header, m.kind) if m.kind else "").lower()
    kind: Kind = "charge"
    if amount < 0:
        refund = any(w in words for w in ("refund", "return", "退款", "退货"))
        kind = "refund" if refund else "payment"
    sid = cell(line, header, m.id).strip() or None if m.id else None
    return [_row(ctx, day, kind, amount, text, sid)]
