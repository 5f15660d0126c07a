"""Money as integer minor units (fen, cents): parsing, the one rounding rule, formatting.

Every amount in storage and in the core is an ``int`` count of minor units. ``Decimal``
appears only here and in rate arithmetic; ``float`` never does.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation

from tracker.bounds import MAX_AMOUNT_CHARS, shown
from tracker.errors import refuse

#: Largest magnitude accepted, in minor units (10^13 fen = 100 billion yuan).
MAX_MINOR = 10**13


@dataclass(frozen=True)
class Currency:
    """A currency the app knows: ISO code, display symbol, minor-unit digits."""

    code: str
    symbol: str
    digits: int = 2


CURRENCIES: dict[str, Currency] = {
    "CNY": Currency("CNY", "¥"),
    "USD": Currency("USD", "$"),
    "EUR": Currency("EUR", "€"),
    "GBP": Currency("GBP", "£"),
    "HKD": Currency("HKD", "HK$"),
}

# Prefixes a user may paste in front of an amount; longest first so "US$" wins over "$".
_SYMBOLS = sorted(
    {"¥", "￥", "$", "US$", "CN¥", "RMB", "€", "£", "HK$", "CNY", "USD", "EUR", "GBP", "HKD"},
    key=len,
    reverse=True,
)
# ASCII digits only (\d would also match "１２" and other scripts' digits).
_GROUPED = re.compile(r"^[0-9]{1,3}(,[0-9]{3})+(\.[0-9]+)?$")
_PLAIN = re.compile(r"^[0-9]+(\.[0-9]+)?$|^\.[0-9]+$")
#: A number too long to check digit by digit: a sign, a currency, digits, separators.
_LONG_NUMBER = re.compile(
    r"^[-+−]?\s*(US\$|CN¥|HK\$|RMB|CNY|USD|EUR|GBP|HKD|[¥￥$€£])?\s*[0-9][0-9,]*(\.[0-9]*)?$",
    re.IGNORECASE,
)


#: Which currencies a typed prefix can stand for ("$" is also the Hong Kong dollar's).
_SYMBOL_CURRENCIES: dict[str, frozenset[str]] = {
    "¥": frozenset({"CNY"}), "￥": frozenset({"CNY"}), "CN¥": frozenset({"CNY"}),
    "RMB": frozenset({"CNY"}), "CNY": frozenset({"CNY"}), "$": frozenset({"USD", "HKD"}),
    "US$": frozenset({"USD"}), "USD": frozenset({"USD"}), "€": frozenset({"EUR"}),
    "EUR": frozenset({"EUR"}), "£": frozenset({"GBP"}), "GBP": frozenset({"GBP"}),
    "HK$": frozenset({"HKD"}), "HKD": frozenset({"HKD"}),
}  # fmt: skip


def check_symbol(text: str, code: str, what: str = "amount") -> None:
    """Refuse an amount typed with another currency's sign: "¥12" on a dollar card.

    Raises:
        InputError: the prefix names a currency other than ``code``.
    """
    s = text.strip().lstrip("+-−").lstrip()
    for sym in _SYMBOLS:
        if s.upper().startswith(sym):
            if code not in _SYMBOL_CURRENCIES[sym]:
                raise refuse(
                    "{what} {raw!r} is in another currency: this product counts in {code}",
                    what=what,
                    raw=text,
                    code=code,
                )
            return


def currency(code: str) -> Currency:
    """Return the :class:`Currency` for an ISO code.

    Raises:
        InputError: the code is not one the app supports.
    """
    try:
        return CURRENCIES[code.upper()]
    except KeyError:
        known = ", ".join(CURRENCIES)
        raise refuse(
            "unknown currency {code!r} (known: {known})", code=code, known=known
        ) from None


def round_minor(value: Decimal) -> int:
    """The one rounding rule: a Decimal count of minor units → int, ROUND_HALF_UP.

    Args:
        value: an amount in minor units, possibly fractional (e.g. interest).

    Returns:
        The nearest whole minor unit, halves away from zero.
    """
    return int(value.to_integral_value(rounding=ROUND_HALF_UP))


def parse_amount(
    text: str, *, digits: int = 2, allow_negative: bool = True, what: str = "amount"
) -> int:
    """Parse a typed amount such as ``"1,234.56"``, ``"¥1,234.56"`` or ``"-12.5"``.

    Thousands separators must group by three; more decimals than the currency has
    (``"1.234"``) are refused rather than guessed at. Only ASCII digits; spaces are
    allowed around the text and after a currency symbol, never inside the number.

    Args:
        text: what the user typed.
        digits: minor-unit digits of the currency (2 for CNY and USD).
        allow_negative: whether a leading minus is acceptable.
        what: the option or field it came from, for the message ("--budget").

    Returns:
        The amount in minor units.

    Raises:
        InputError: naming the problem and the text.
    """
    if not isinstance(text, str):
        raise refuse(
            "{what} must be text, not {type_name}",
            what=what,
            type_name=type(text).__name__,
        )
    raw = text
    s = text.strip()
    if not s:
        raise refuse("{what} is empty", what=what)
    if len(s) > MAX_AMOUNT_CHARS:
        if _LONG_NUMBER.match(s):  # 5,000 digits pasted: the number is what is wrong
            raise refuse(
                "{what} {raw!r} is too large (at most {most:,})",
                what=what,
                raw=shown(raw.strip()),
                most=MAX_MINOR // 100,
            )
        raise refuse("{what} {raw!r} is too long for an amount", what=what, raw=shown(raw))
    negative = False
    if s[0] in "+-−":
        negative = s[0] != "+"
        s = s[1:]
    for sym in _SYMBOLS:
        if s.upper().startswith(sym):
            s = s[len(sym) :].lstrip()  # "¥ 12.50": a space after the symbol is fine
            break
    if any(ch.isspace() for ch in s):
        raise refuse("{what} {raw!r} has a space inside the number", what=what, raw=raw)
    if any(ch.isdigit() and not ch.isascii() for ch in s):
        raise refuse("{what} {raw!r} must be written with the digits 0-9", what=what, raw=raw)
    if s[:1] in ("+", "-", "−") and not negative:
        negative = s[0] != "+"
        s = s[1:]
    if s.lower() in {"nan", "inf", "infinity", "snan"}:
        raise refuse("{what} {raw!r} is not a number", what=what, raw=raw)
    if "," in s:
        if not _GROUPED.match(s):
            raise refuse(
                "{what} {raw!r} has misplaced thousands separators (use 1,234.56 or 1234.56)",
                what=what,
                raw=raw,
            )
        s = s.replace(",", "")
    if not _PLAIN.match(s):
        raise refuse("{what} {raw!r} is not a number like 1234.56", what=what, raw=raw)
    if "." in s and len(s.split(".")[1]) > digits:
        raise refuse(
            "{what} {raw!r} has more than {digits} decimal places",
            what=what,
            raw=raw,
            digits=digits,
        )
    if negative and not allow_negative:
        raise refuse("{what} {raw!r} must not be negative", what=what, raw=raw)
    try:
        minor = int(Decimal(s).scaleb(digits))
    except InvalidOperation:  # pragma: no cover - the regexes above exclude this
        raise refuse("{what} {raw!r} is not a number", what=what, raw=raw) from None
    if minor > MAX_MINOR:
        raise refuse(
            "{what} {raw!r} is too large (at most {most:,})",
            what=what,
            raw=raw,
            most=MAX_MINOR // 100,
        )
    return -minor if negative else minor


def parse_positive_amount(text: str, *, digits: int = 2, what: str = "amount") -> int:
    """Parse an amount that must be greater than zero (a payment, a charge, a bill)."""
    minor = parse_amount(text, digits=digits, allow_negative=False, what=what)
    if minor == 0:
        raise refuse("{what} {text!r} must be greater than zero", what=what, text=text)
    return minor


def to_decimal(minor: int, digits: int = 2) -> Decimal:
    """Minor units → an exact Decimal in major units (12345 → Decimal('123.45'))."""
    return Decimal(minor).scaleb(-digits)


def plain(minor: int, digits: int = 2) -> str:
    """Minor units → ``"-1234.56"``: dot decimals, no grouping (JSON and CSV)."""
    _check_int(minor)
    if digits == 0:
        return str(minor)
    # Integer arithmetic, the same text as Decimal's ``.{digits}f``: a statement writes
    # two of these per row.
    units, cents = divmod(abs(minor), 10**digits)
    return f"{'-' if minor < 0 else ''}{units}.{cents:0{digits}d}"


def format_money(minor: int, code: str = "CNY", *, grouping: bool = True) -> str:
    """Minor units → a display string such as ``"¥1,234.56"`` or ``"-$25.00"``.

    Args:
        minor: amount in minor units.
        code: ISO currency code.
        grouping: insert thousands separators.
    """
    _check_int(minor)
    cur = currency(code)
    sign = "-" if minor < 0 else ""
    body = f"{to_decimal(abs(minor), cur.digits):{',' if grouping else ''}.{cur.digits}f}"
    return f"{sign}{cur.symbol}{body}"


def _check_int(minor: int) -> None:
    # bool is an int subclass and float must never reach here.
    if not isinstance(minor, int) or isinstance(minor, bool):
        raise TypeError(f"money must be int minor units, got {type(minor).__name__}")
