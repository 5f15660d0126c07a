"""Reading a whole file: decode, pick the profile, find the header, parse every line."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, replace

from tracker.errors import InputError, refuse
from tracker.imports import generic, ofx, statement, xlsx
from tracker.imports.encoding import decode
from tracker.imports.profiles import BANKS, Context, Profile
from tracker.imports.records import BadLine, ImportRow, Skipped, with_keys
from tracker.imports.table import Line, by_name, find_header, lines

STATEMENT = Profile(
    "statement",
    "Debt Tracker statement",
    statement.HEADER,
    statement.parse,
    other_columns=statement.HEADER_ZH,
)
#: Every profile by name; ``generic`` (a column mapping) is not one of them.
PROFILES: dict[str, Profile] = {p.name: p for p in (STATEMENT, *BANKS)}
_MONTH = re.compile(r"(\d{4})\s*(?:年|[-/.])\s*(\d{1,2})\s*(?:月|[-/.]|$)")


@dataclass(frozen=True)
class Parsed:
    """What a file holds, before anything is written.

    Attributes:
        profile: the profile's name ("generic" for a column mapping).
        encoding: the encoding the text was read with.
        header_line: the header's line number (0: the file has none).
        rows: records in file order, each with its dedupe key.
        skipped: lines understood but not for this product.
        bad: lines that could not be read, with their reasons.
    """

    profile: str
    encoding: str
    header_line: int
    rows: tuple[ImportRow, ...]
    skipped: tuple[Skipped, ...]
    bad: tuple[BadLine, ...]


def profile_names() -> list[str]:
    """The names ``--profile`` accepts: the CSV profiles, ``ofx`` and ``generic``."""
    return [*PROFILES, "ofx", "generic"]


def detect(text: str) -> Profile | None:
    """The profile whose header row appears in ``text`` (None: no known layout)."""
    found = [row for row in lines(text) if isinstance(row, Line)]
    matches = [p for p in PROFILES.values() if _header(found, p) is not None]
    return max(matches, key=lambda p: len(p.columns), default=None)


def read(
    data: bytes,
    *,
    profile: str | None = None,
    mapping: generic.Mapping | None = None,
    encoding: str | None = None,
    digits: int = 2,
    method: str | None = None,
) -> Parsed:
    """Parse an exported file.

    Args:
        data: the file's bytes (CSV text, OFX/QFX, or an XLSX workbook: its first sheet).
        profile: a name from :data:`PROFILES` or "generic"; None: detected from the header.
        mapping: the column mapping (with ``profile`` None or "generic").
        encoding: the user's choice; None: BOM → UTF-8 → GB18030 → EncodingUnknown
            (ignored for XLSX, whose text is Unicode; its encoding reads "xlsx").
        digits: the product's currency minor-unit digits.
        method: which payment method is the product's (None: the profile's default).

    Returns:
        The records, skips and bad lines (nothing raised for a bad line).

    Raises:
        EncodingUnknown: the encoding could not be determined (pass ``encoding``).
        InputError: unknown profile, no layout recognised, the header not found.
    """
    found: list[Line | BadLine]
    if xlsx.is_xlsx(data):  # WeChat's newer XLSX bill: the same lines, from a workbook
        used = "xlsx"
        found = list(xlsx.xlsx_lines(data))
    else:
        text, used = decode(data, encoding)
        if profile in (None, "ofx") and mapping is None and ofx.is_ofx(text):
            rows, bad = ofx.read_ofx(text, digits)
            return _parsed("ofx", used, 0, rows, [], bad)
        found = list(lines(text, mapping.delimiter if mapping is not None else ","))
    if profile == "ofx":
        raise refuse("the file is not OFX or QFX (no <OFX> element)")
    good = [row for row in found if isinstance(row, Line)]
    errors = [row for row in found if isinstance(row, BadLine)]
    if mapping is not None or profile == "generic":
        if mapping is None:
            raise refuse("the generic profile needs a column mapping (--map date=0,amount=1,...)")
        return _read_generic(good, errors, mapping, used, digits)
    chosen = _choose(good, profile)
    start = _header(good, chosen)
    if start is None:
        raise refuse(
            "no header row with the columns {columns} in the file",
            columns=",".join(chosen.columns),
        )
    header = good[start]
    ctx = Context(0, digits, chosen.method if method is None else method)
    if chosen.needs_month:
        ctx = _with_month(ctx, good[:start])
    out: list[ImportRow] = []
    skipped: list[Skipped] = []
    bad = list(errors)
    for line in good[start + 1 :]:
        if line.blank or line.footer:
            continue
        try:
            results = chosen.parse(by_name(header, line), _at(ctx, line.number))
        except InputError as exc:
            bad.append(BadLine(line.number, _short(line, header) or exc, line.text))
            continue
        out += [r for r in results if isinstance(r, ImportRow)]
        skipped += [replace(r, text=line.text) for r in results if isinstance(r, Skipped)]
    return _parsed(chosen.name, used, header.number, out, skipped, bad)


def _short(line: Line, header: Line) -> InputError | None:
    """Why a line that could not be read is bad when it stops before the header's last
    named column: its missing cells, not the first empty one a profile tripped on."""
    named = max((n + 1 for n, name in enumerate(header.cells) if name), default=0)
    if len(line.cells) >= named:
        return None
    return refuse(
        "the line has {count} cells where the header has {columns} columns",
        count=len(line.cells),
        columns=named,
    )


def _choose(good: Sequence[Line], name: str | None) -> Profile:
    if name is not None:
        if name not in PROFILES:
            raise refuse(
                "unknown profile {name!r} (known: {known})",
                name=name,
                known=", ".join(profile_names()),
            )
        return PROFILES[name]
    matches = [p for p in PROFILES.values() if _header(good, p) is not None]
    if matches:  # the most specific layout wins (JD's header holds Alipay's core columns)
        return max(matches, key=lambda p: len(p.columns))
    raise refuse("the file's layout is not one the app knows; choose a profile or map its columns")


def _header(good: Sequence[Line], profile: Profile) -> int | None:
    at = find_header(good, profile.columns)
    if at is None and profile.other_columns:
        at = find_header(good, profile.other_columns)
    return at


def _at(ctx: Context, number: int) -> Context:
    return Context(number, ctx.digits, ctx.method, ctx.year, ctx.month, ctx.options)


def _with_month(ctx: Context, preamble: Sequence[Line]) -> Context:
    for line in preamble:
        match = _MONTH.search(" ".join(line.cells))
        if match and 1 <= int(match[2]) <= 12:
            return Context(0, ctx.digits, ctx.method, int(match[1]), int(match[2]))
    return ctx


def _read_generic(
    good: Sequence[Line], errors: list[BadLine], m: generic.Mapping, used: str, digits: int
) -> Parsed:
    header: Line | None = None
    body = list(good)
    if not m.by_index():
        at = find_header(good, [c for c in m.columns() if not c.isdigit()])
        if at is None:
            raise refuse("no header row with the columns {columns} in the file",
                         columns=",".join(m.columns()))  # fmt: skip
        header, body = good[at], list(good[at + 1 :])
    ctx = Context(0, digits, m.method)
    out: list[ImportRow] = []
    bad = list(errors)
    for line in body:
        if line.blank or line.footer:
            continue
        try:
            out += [r for r in generic.parse(m, line, header, _at(ctx, line.number))
                    if isinstance(r, ImportRow)]  # fmt: skip
        except (InputError, IndexError, ValueError) as exc:
            if header is None and not out:  # a header or preamble before the first row
                continue
            error = exc if isinstance(exc, InputError) else refuse(
                "a column of the mapping is missing from this line")  # fmt: skip
            bad.append(BadLine(line.number, error, line.text))
    return _parsed("generic", used, header.number if header else 0, out, [], bad)


def _parsed(
    name: str, used: str, header: int, rows: list[ImportRow], skipped: list[Skipped],
    bad: list[BadLine],
) -> Parsed:  # fmt: skip
    bad.sort(key=lambda b: b.line)
    return Parsed(name, used, header, tuple(with_keys(rows, name)), tuple(skipped), tuple(bad))
