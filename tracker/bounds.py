"""Limits on what the user types, checked before it is parsed (digits, exponents, lengths).

Python parses a 4,300-digit whole number slowly and refuses a longer one with a
ValueError; Decimal takes exponents such as 1e-999999999 and then needs gigabytes to
print them. Every typed number is held to these bounds first.
"""

from __future__ import annotations

#: Digits in a typed whole number (days, periods, months, a day of the month): 10**9 − 1.
MAX_WHOLE_DIGITS = 9
#: Characters in a typed amount ("-1,234,567,890.12" is 17).
MAX_AMOUNT_CHARS = 40
#: Characters in a typed rate, and the largest exponent it may carry ("5E-4").
MAX_RATE_CHARS = 30
MAX_RATE_EXPONENT = 20
#: How much of a refused text a message repeats.
SHOWN_CHARS = 24


def shown(text: object) -> str:
    """``text`` as a message repeats it: the first characters of a very long one, then "…"
    (no words here: the message around it is translated, this value is not)."""
    s = str(text)
    return s if len(s) <= SHOWN_CHARS else f"{s[:SHOWN_CHARS]}…"
