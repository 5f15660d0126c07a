"""Rates typed and shown as percentages ("0.05" = 0.05 % a day), converted exactly.

The product form shows every rate as a percentage of its period (a day, a year, an
instalment period, a share of the balance); the core stores the fraction ("0.0005").
:func:`fraction_text` turns what the user typed into the fraction string the product
setting parser takes, and :func:`percent_text` turns a stored fraction back into what
the form shows. Both are exact (Decimal, × or ÷ 100), so a rate survives any number of
edits unchanged. A percentage too small to be meant ("0.0005" typed as a fraction into
a per-day field: 0.0005 % a day is 0.18 % a year) is refused rather than misread.
"""

from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal, InvalidOperation

from tracker.errors import refuse

#: The period each rate setting is a percentage of (the form's label says which).
PERIODS: dict[str, str] = {
    "revolving_daily_rate": "day",
    "penalty_daily_rate": "day",
    "annual_rate": "year",
    "installment_fee_rate": "period",
    "installment_total_rates": "principal",
    "min_payment_rate": "balance",
    "late_fee_rate": "minimum",
}

#: The most a percentage may be, by period: more than 1 % a day is a typo, so is more
#: than the whole amount (the same limits as the fractions in tracker.products).
MOST: dict[str, Decimal] = {
    "day": Decimal("1"),
    "year": Decimal("1000"),
    "period": Decimal("100"),
    "principal": Decimal("100"),
    "balance": Decimal("100"),
    "minimum": Decimal("100"),
}

#: The least a non-zero percentage may be, by period. Below it the user almost surely
#: typed the fraction ("0.0005" for 0.05 % a day, "0.06" for 6 % a year): refused, with
#: the percentage they probably meant.
LEAST: dict[str, Decimal] = {
    "day": Decimal("0.001"),  # 0.365 % a year
    "year": Decimal("0.1"),
    "period": Decimal("0.01"),
    "principal": Decimal("0.01"),
    "balance": Decimal("0.1"),
    "minimum": Decimal("0.1"),
}

_SIGNS = ("%", "％")  # ASCII and the full-width sign a Chinese input method types
_MAX_CHARS = 40


def plain(value: Decimal) -> str:
    """A Decimal without exponent or trailing zeros ("0.06846575", "5", "0")."""
    text = format(value.normalize(), "f")
    return text if text != "-0" else "0"


def percent_text(key: str, fraction: Decimal) -> str:
    """What the form shows for a stored fraction: Decimal("0.0005") → "0.05"."""
    del key  # every rate is shown × 100; the key keeps call sites self-describing
    return plain(fraction * 100)


def percent_pairs_text(rates: Mapping[int, Decimal]) -> str:
    """Huabei's total rates {3: 0.025, 6: 0.045} → "3:2.5,6:4.5"."""
    return ",".join(f"{n}:{plain(r * 100)}" for n, r in sorted(rates.items()))


def fraction_text(key: str, text: str) -> str:
    """A percentage as typed ("0.05", "0.05%", " 18 ％") → the fraction string ("0.0005").

    An empty field means 0. ``installment_total_rates`` takes "3:2.5,6:4.5".

    Raises:
        InputError: (with ``field`` = ``key``) not a number, negative, above the period's
            most, or so small it was surely typed as a fraction.
    """
    if key == "installment_total_rates":
        parts = [part.split(":", 1) for part in text.split(",") if part.strip()]
        if any(len(part) != 2 for part in parts):
            return text  # the setting's own parser names the expected shape
        return ",".join(f"{n.strip()}:{_fraction(key, r)}" for n, r in parts)
    return _fraction(key, text)


def _fraction(key: str, text: str) -> str:
    number = text.strip()
    for sign in _SIGNS:
        number = number.removesuffix(sign).strip()
    if not number:
        return "0"
    value = _number(key, text, number)
    period = PERIODS[key]
    if value < 0:
        raise refuse(
            "{key} cannot be negative ({text} was typed)",
            field=key,
            key=key,
            text=text.strip(),
        )
    if value > MOST[period]:
        raise refuse(
            "{key} of {percent}% is too high: at most {most}%",
            field=key,
            key=key,
            percent=plain(value),
            most=plain(MOST[period]),
        )
    if 0 < value < LEAST[period]:
        raise refuse(
            "{key} of {percent}% is implausibly low: rates here are percentages — "
            "did you mean {meant}%?",
            field=key,
            key=key,
            percent=plain(value),
            meant=plain(value * 100),
        )
    return plain(value / 100)


def _number(key: str, text: str, number: str) -> Decimal:
    bad = refuse(
        "{key} {text!r} is not a percentage such as 0.05", field=key, key=key, text=text[:40]
    )
    if len(number) > _MAX_CHARS or not all(c in "0123456789.-+" for c in number):
        raise bad  # no exponents, underscores or full-width digits
    try:
        value = Decimal(number)
    except InvalidOperation:
        raise bad from None
    if not value.is_finite():
        raise bad
    return value


def fraction_settings(settings: Mapping[str, str]) -> dict[str, str]:
    """Every rate setting among ``settings`` from percent to fraction text; the rest kept.

    Raises:
        InputError: as :func:`fraction_text`, naming the setting.
    """
    return {
        key: fraction_text(key, text) if key in PERIODS else text for key, text in settings.items()
    }
