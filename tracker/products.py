"""Credit products: the record with every rule DESIGN.md lists, validation, and presets.

Rates are ``Decimal`` (stored as decimal strings); amounts are ``int`` minor units.

Longer than 400 lines on purpose: the Product record, its validation, the text form of
each setting and the presets are one vocabulary; split, a new field would need edits in
several modules.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, fields, replace
from decimal import Decimal
from typing import Any, Literal

from tracker.bounds import MAX_RATE_CHARS, MAX_RATE_EXPONENT, shown
from tracker.counts import parse_whole
from tracker.errors import refuse
from tracker.money import CURRENCIES, parse_amount

Kind = Literal["bnpl", "credit_card", "pay_in_n", "loan"]
DueRule = Literal["offset_days", "day_of_month"]
InterestBasis = Literal["remainder_from_due", "whole_from_posting", "remainder_from_posting"]
OverdueModel = Literal["penalty", "card"]
Jurisdiction = Literal["cn", "us"]
FeeModel = Literal["flat", "total", "amortizing", "none"]
Interval = Literal["month", "2weeks"]

KINDS = ("bnpl", "credit_card", "pay_in_n", "loan")
DUE_RULES = ("offset_days", "day_of_month")
BASES = ("remainder_from_due", "whole_from_posting", "remainder_from_posting")
OVERDUE_MODELS = ("penalty", "card")
FEE_MODELS = ("flat", "total", "amortizing", "none")
INTERVALS = ("month", "2weeks")
JURISDICTIONS = ("cn", "us")
MAX_PERIODS = 60


@dataclass(frozen=True)
class Product:
    """One credit line and its contract rules.

    Attributes (units in brackets):
        name: what the user calls it ("京东白条", "Chase Sapphire").
        kind: bnpl, credit_card, pay_in_n or loan.
        preset: the preset it started from ("" if none).
        currency: ISO code.
        credit_limit: [minor units] 0 when the product has none.
        statement_day: 1–31, clamped to the month's end.
        due_rule / due_days: ``offset_days`` → due = statement + due_days;
            ``day_of_month`` → due on day ``due_days`` of the month after the statement
            (or the same month when that day is later than the statement day).
        grace_days: [days] a payment this late still counts as on time.
        tolerance: [minor units] an unpaid remainder this small still counts as paid.
        min_payment_rate / min_payment_floor: minimum = max(floor, rate × balance).
        min_includes_interest_fees: minimum also includes interest and fees in full (US).
        revolving_daily_rate: [per day] interest on revolved balances.
        interest_basis: remainder_from_due, whole_from_posting or remainder_from_posting.
        compound_monthly: unpaid interest is added to the balance each month.
        overdue_model: ``penalty`` (daily rate on the unpaid amount, simple) or
            ``card`` (revolving interest plus a late fee).
        penalty_daily_rate: [per day] for the penalty model.
        late_fee_rate / late_fee_floor / late_fee_cap_to_minimum: late fee =
            max(floor, rate × unpaid minimum), capped at the minimum when set.
        installment_fee_model: flat (rate per period on the original principal),
            total (a total rate per period count, spread evenly), amortizing (loan at
            annual_rate), none.
        installment_fee_rate: [per period] for the flat model.
        installment_total_rates: period count → total rate, for the total model.
        allowed_periods: instalment period counts the lender offers.
        installment_interval: ``month`` or ``2weeks`` (pay-in-4).
        annual_rate: [per year] for amortizing loans.
        late_fee_repeat: [minor units] the late fee instead of the floor when another
            late fee was charged within the previous 6 statements (US $41); 0: none.
        late_fee_after_days: [days] a missed payment is retried this long before the
            late fee is charged (pay-in-4: 10); 0: charged at the due date + grace.
        penalty_after_days: [days] card model: ``penalty_daily_rate`` replaces the
            revolving rate once the account is this many days past due (US penalty
            APR after 60 days) — for a US card, from day 61 and 45 days of notice later
            (:func:`tracker.engine.rules.penalty_from`); 0: never.
        report_after_days: days past due before the lender reports it.
        retention_years: years a reported delinquency stays visible after settlement.
        jurisdiction: ``cn`` (report codes 1–7 by months past due, kept from settlement)
            or ``us`` (FCRA: ⌊days/30⌋ codes from 30 days, kept 7 years from the first
            delinquency; Reg Z: no interest for cycles before the last statement).
        service_phone, notes: free text for the user.
    """

    name: str
    kind: Kind = "credit_card"
    preset: str = ""
    currency: str = "CNY"
    credit_limit: int = 0
    statement_day: int = 1
    due_rule: DueRule = "offset_days"
    due_days: int = 9
    grace_days: int = 0
    tolerance: int = 0
    min_payment_rate: Decimal = Decimal("0.10")
    min_payment_floor: int = 0
    min_includes_interest_fees: bool = False
    revolving_daily_rate: Decimal = Decimal("0.0005")
    interest_basis: InterestBasis = "remainder_from_due"
    compound_monthly: bool = False
    overdue_model: OverdueModel = "penalty"
    penalty_daily_rate: Decimal = Decimal("0.0005")
    late_fee_rate: Decimal = Decimal("0")
    late_fee_floor: int = 0
    late_fee_cap_to_minimum: bool = False
    late_fee_repeat: int = 0
    late_fee_after_days: int = 0
    penalty_after_days: int = 0
    installment_fee_model: FeeModel = "flat"
    installment_fee_rate: Decimal = Decimal("0")
    installment_total_rates: dict[int, Decimal] = field(default_factory=dict)
    allowed_periods: tuple[int, ...] = ()
    installment_interval: Interval = "month"
    annual_rate: Decimal = Decimal("0")
    report_after_days: int = 1
    retention_years: int = 5
    jurisdiction: Jurisdiction = "cn"
    service_phone: str = ""
    notes: str = ""
    id: int | None = None
    archived: bool = False

    def __post_init__(self) -> None:
        validate(self)

    def with_changes(self, **changes: Any) -> Product:
        """Return a copy with ``changes`` applied (validated)."""
        return replace(self, **changes)

    @property
    def service_number(self) -> str:
        """The customer-service number to call: the user's own, else the preset's."""
        return self.service_phone or str(PRESETS.get(self.preset, {}).get("service_phone", ""))

    @property
    def offers_installments(self) -> bool:
        """Whether purchases or bills on this product can be split into instalments."""
        return self.installment_fee_model != "none" or self.kind == "pay_in_n"

    @property
    def saved_id(self) -> int:
        """The id of a product read from the file (a programming error when unsaved)."""
        assert self.id is not None, "product has not been saved"
        return self.id


RATE_FIELDS = {f.name for f in fields(Product) if f.type == "Decimal"}
INT_FIELDS = {f.name for f in fields(Product) if f.type in ("int", "int | None")}
MONEY_FIELDS = {
    "credit_limit",
    "tolerance",
    "min_payment_floor",
    "late_fee_floor",
    "late_fee_repeat",
}
BOOL_FIELDS = {f.name for f in fields(Product) if f.type == "bool"}
CHOICES: dict[str, tuple[str, ...]] = {
    "kind": KINDS,
    "due_rule": DUE_RULES,
    "interest_basis": BASES,
    "overdue_model": OVERDUE_MODELS,
    "installment_fee_model": FEE_MODELS,
    "installment_interval": INTERVALS,
    "jurisdiction": JURISDICTIONS,
}
#: Fields a user may change with ``--set KEY=VALUE`` (everything but identity).
EDITABLE = tuple(f.name for f in fields(Product) if f.name not in {"id", "archived", "preset"})


def validate(p: Product) -> None:
    """Check every field; raise :class:`InputError` naming the first bad one."""
    if not p.name or not p.name.strip():
        raise refuse("product name is empty", field="name")
    if len(p.name) > 80:
        raise refuse("product name is longer than 80 characters", field="name")
    for key, options in CHOICES.items():
        if getattr(p, key) not in options:
            raise refuse(
                "{key} must be one of {known}, not {value!r}",
                field=key,
                key=key,
                known=", ".join(options),
                value=getattr(p, key),
            )
    if p.currency not in CURRENCIES:
        raise refuse("unknown currency {code!r}", field="currency", code=p.currency)
    if not 1 <= p.statement_day <= 31:
        raise refuse(
            "{key} must be 1–31, not {value}",
            field="statement_day",
            key="statement_day",
            value=p.statement_day,
        )
    if p.due_rule == "offset_days" and not 0 <= p.due_days <= 60:
        raise refuse(
            "{key} must be 0–60 days after the statement, not {value}",
            field="due_days",
            key="due_days",
            value=p.due_days,
        )
    if p.due_rule == "day_of_month" and not 1 <= p.due_days <= 31:
        raise refuse(
            "{key} must be a day of the month 1–31, not {value}",
            field="due_days",
            key="due_days",
            value=p.due_days,
        )
    for name in (
        "grace_days",
        "report_after_days",
        "retention_years",
        "late_fee_after_days",
        "penalty_after_days",
    ):
        if not 0 <= getattr(p, name) <= 3650:
            raise refuse(
                "{name} must be between 0 and 3650, not {value}",
                field=name,
                name=name,
                value=getattr(p, name),
            )
    for name in MONEY_FIELDS:
        if getattr(p, name) < 0:
            raise refuse("{name} must not be negative", field=name, name=name)
    for name in RATE_FIELDS:
        check_rate(name, getattr(p, name))
    for n, rate in p.installment_total_rates.items():
        check_periods(n, "installment_total_rates")
        check_rate(f"installment_total_rates[{n}]", rate)
    for n in p.allowed_periods:
        check_periods(n, "allowed_periods")


def check_new_name(name: str, current: str | None = None) -> None:
    """Refuse a name a user gives a product that commands would take for an id ("3").

    Applied when a product is added or renamed, not to saved rows; ``current`` (its
    name now) may stay as it is.

    Raises:
        InputError: the name is all digits.
    """
    text = name.strip()
    if text.isdigit() and text != (current or "").strip():
        raise refuse(
            "product name {name!r} is all digits and would be taken for a product id; add a "
            "letter or a word",
            field="name",
            name=shown(name),
        )


def check_rate(name: str, rate: object) -> None:
    """Refuse a rate that is not a finite Decimal from 0 to 10 (rates are fractions).

    Raises:
        InputError: with ``field`` the product setting ``name`` is about.
    """
    field = name.split("[", 1)[0]
    if not isinstance(rate, Decimal) or not rate.is_finite():
        raise refuse(
            "{name} must be a decimal rate such as 0.0005, not {rate!r}",
            field=field,
            name=name,
            rate=rate,
        )
    if rate < 0:
        raise refuse(
            "{name} cannot be negative ({rate} was given)",
            field=field,
            name=name,
            rate=rate_text(rate),
        )
    if rate > 10:
        raise refuse(
            "{name} of {rate} is implausibly high (rates are fractions: 0.05 = 5%)",
            field=field,
            name=name,
            rate=rate_text(rate),
        )


#: The most a typed rate may be, by field: (limit, what it means). A daily rate over
#: 1 % a day, or a share over the whole amount, is a typo ("0.05" meant as 0.05 %).
RATE_LIMITS: dict[str, tuple[Decimal, str]] = {
    "revolving_daily_rate": (Decimal("0.01"), "1% a day"),
    "penalty_daily_rate": (Decimal("0.01"), "1% a day"),
    "min_payment_rate": (Decimal("1"), "the whole balance"),
    "late_fee_rate": (Decimal("1"), "the whole unpaid minimum"),
    "installment_fee_rate": (Decimal("1"), "100% per period"),
    "installment_total_rates": (Decimal("1"), "100% of the principal"),
    "annual_rate": (Decimal("10"), "1000% a year"),
}


def check_rate_limit(name: str, rate: Decimal) -> None:
    """Refuse a typed rate above its field's plausible limit (see :data:`RATE_LIMITS`).

    Applied to what the user types, not to rows already saved: a file written before
    these limits must still open.

    Raises:
        InputError: naming the field, the rate and the limit.
    """
    limit = RATE_LIMITS.get(name.split("[", 1)[0])
    if limit is not None and rate > limit[0]:
        raise refuse(
            "{name} of {rate} is too high: at most {limit} ({limit_percent}); "
            "rates are fractions, 0.0005 = 0.05%",
            name=name,
            rate=rate_text(rate),
            limit=rate_text(limit[0]),
            limit_percent=f"{(limit[0] * 100).normalize():f}%",  # a number: any language
        )


def rate_text(rate: Decimal) -> str:
    """A rate as a plain decimal string, never with an exponent (1E-7 → "0.0000001")."""
    return format(rate, "f")


def check_periods(periods: object, field: str | None = None) -> None:
    """Refuse a period count that is not a whole number from 1 to :data:`MAX_PERIODS`.

    Raises:
        InputError: (with ``field``) naming the count.
    """
    if isinstance(periods, bool) or not isinstance(periods, int):
        raise refuse(
            "number of periods must be a whole number, not {periods!r}",
            field=field,
            periods=periods,
        )
    if not 1 <= periods <= MAX_PERIODS:
        raise refuse(
            "number of periods must be 1–{max_periods}, not {periods}",
            field=field,
            max_periods=MAX_PERIODS,
            periods=periods,
        )


_RATE = re.compile(r"[+-]?([0-9]+(\.[0-9]*)?|\.[0-9]+)([eE][+-]?[0-9]+)?", re.ASCII)


def parse_rate(text: str, name: str = "rate") -> Decimal:
    """Parse a rate typed as ``"0.0005"`` or ``"0.05%"`` into a Decimal fraction."""
    s = str(text).strip()
    percent = s.endswith("%")
    number = s.rstrip("%").strip()
    if number.lower() in {"nan", "snan", "inf", "infinity", "+inf", "-inf"}:
        raise refuse("{name} {text!r} is not a number", name=name, text=text)
    if len(number) > MAX_RATE_CHARS and number.isdigit():  # 5,000 nines: not malformed
        raise refuse("{name} {text!r} is too long for a rate", name=name, text=shown(text))
    if len(number) > MAX_RATE_CHARS or not _RATE.fullmatch(number):  # Decimal() would also
        # take "1_0" and "１"
        raise refuse(
            "{name} {text!r} is not a decimal rate such as 0.0005", name=name, text=shown(text)
        )
    exponent = number.lower().partition("e")[2]
    if exponent and abs(int(exponent)) > MAX_RATE_EXPONENT:  # 1e-999999999: gigabytes to print
        raise refuse(
            "{name} {text!r} is not a plausible rate (use a plain decimal such as 0.0005)",
            name=name,
            text=shown(text),
        )
    value = Decimal(number)
    value = value / 100 if percent else value
    check_rate_limit(name, value)
    check_rate(name, value)
    return value


#: The most a typed whole-number setting may be: lenders' grace periods are days, not
#: months (30); reporting starts within half a year (180); records stay at most 10 years.
#: Saved rows are not re-checked, so older files still open.
TYPED_LIMITS: dict[str, tuple[int]] = {
    "grace_days": (30,),
    "report_after_days": (180,),
    "retention_years": (10,),
}


def coerce_field(key: str, text: str, currency_digits: int = 2) -> Any:
    """Turn ``--set KEY=VALUE`` text into the typed value of Product field ``key``."""
    if key not in EDITABLE:
        raise refuse("unknown product setting {key!r}", key=key)
    if key in RATE_FIELDS:
        return parse_rate(text, key)
    if key in MONEY_FIELDS:
        return parse_amount(text, digits=currency_digits, allow_negative=False, what=key)
    if key in BOOL_FIELDS:
        if text.lower() in {"1", "true", "yes", "on"}:
            return True
        if text.lower() in {"0", "false", "no", "off"}:
            return False
        raise refuse("{key} must be true or false, not {text!r}", key=key, text=text)
    if key in INT_FIELDS:
        value = parse_whole(text, key)
        limit = TYPED_LIMITS.get(key)
        if limit is not None and value > limit[0]:
            raise refuse(
                "{key} of {value} is too many: at most {most}",
                key=key,
                value=value,
                most=limit[0],
            )
        return value
    if key == "allowed_periods":
        return tuple(_int_list(key, text))
    if key == "installment_total_rates":
        pairs = [part.split(":", 1) for part in text.split(",") if part.strip()]
        if any(len(pair) != 2 or not pair[0].strip() for pair in pairs):
            raise refuse(
                "{key} must look like 3:0.025,6:0.045, not {text!r}", key=key, text=shown(text)
            )
        return {_int_list(key, n)[0]: parse_rate(r, key) for n, r in pairs}
    return text


def _int_list(key: str, text: str) -> list[int]:
    parts = [part for part in text.split(",") if part.strip()]
    if not all(_WHOLE_PART.fullmatch(part.strip()) for part in parts):
        raise refuse(
            "{key} must be whole numbers joined by commas, not {text!r}",
            key=key,
            text=shown(text),
        )
    return [parse_whole(part, key) for part in parts]  # a number too large says so


#: One count in a comma-separated list, as :func:`parse_whole` takes it.
_WHOLE_PART = re.compile(r"[+-]?[0-9]+", re.ASCII)


def to_record(p: Product) -> dict[str, Any]:
    """Product → a flat dict of plain values (rates as strings) for storage and JSON."""
    out: dict[str, Any] = {}
    for f in fields(p):
        v = getattr(p, f.name)
        if isinstance(v, Decimal):
            v = rate_text(v)
        elif f.name == "installment_total_rates":
            v = ",".join(f"{n}:{rate_text(r)}" for n, r in sorted(v.items()))
        elif f.name == "allowed_periods":
            v = ",".join(str(n) for n in v)
        out[f.name] = v
    return out


def from_record(row: dict[str, Any]) -> Product:
    """Inverse of :func:`to_record` (unknown keys are ignored)."""
    kwargs: dict[str, Any] = {}
    for f in fields(Product):
        if f.name not in row:
            continue
        v = row[f.name]
        if f.name in RATE_FIELDS:
            v = Decimal(v)
        elif f.name in BOOL_FIELDS:
            v = bool(v)
        elif f.name == "allowed_periods":
            v = tuple(int(n) for n in str(v or "").split(",") if n)
        elif f.name == "installment_total_rates":
            v = {
                int(n): Decimal(r)
                for n, r in (part.split(":") for part in str(v or "").split(",") if part)
            }
        kwargs[f.name] = v
    if "jurisdiction" not in row and row.get("currency") == "USD":
        # Files written before the field: a dollar product follows US rules.
        kwargs["jurisdiction"] = "us"
    return Product(**kwargs)


_D = Decimal
PRESETS: dict[str, dict[str, Any]] = {
    "baitiao": dict(
        kind="bnpl", statement_day=1, due_rule="offset_days", due_days=9,
        min_payment_rate=_D("0.10"), revolving_daily_rate=_D("0.0005"),
        interest_basis="remainder_from_due", overdue_model="penalty",
        penalty_daily_rate=_D("0.0005"), installment_fee_model="flat",
        installment_fee_rate=_D("0.005"), allowed_periods=(3, 6, 12, 24),
        report_after_days=1, retention_years=5, service_phone="95118",
    ),
    "huabei": dict(
        kind="bnpl", statement_day=1, due_rule="offset_days", due_days=9,
        min_payment_rate=_D("0.10"), revolving_daily_rate=_D("0.0005"),
        interest_basis="remainder_from_due", overdue_model="penalty",
        penalty_daily_rate=_D("0.0005"), installment_fee_model="total",
        installment_total_rates={
            3: _D("0.025"), 6: _D("0.045"), 9: _D("0.065"), 12: _D("0.088"),
        },
        allowed_periods=(3, 6, 9, 12), report_after_days=1, retention_years=5,
        service_phone="95188",
    ),
    "cn-credit-card": dict(
        kind="credit_card", statement_day=5, due_rule="offset_days", due_days=19,
        grace_days=3, tolerance=1000, min_payment_rate=_D("0.10"),
        revolving_daily_rate=_D("0.0005"), interest_basis="whole_from_posting",
        compound_monthly=True, overdue_model="card", penalty_daily_rate=_D("0.0005"),
        late_fee_rate=_D("0.05"), late_fee_floor=1000, installment_fee_model="flat",
        installment_fee_rate=_D("0.006"), allowed_periods=(3, 6, 9, 12, 18, 24, 36, 60),
        report_after_days=1, retention_years=5,
    ),
    "us-credit-card": dict(
        # Due the same day every month (Reg Z 1026.7(b)(11)): statement 15th + ~25 days.
        kind="credit_card", currency="USD", statement_day=15, due_rule="day_of_month",
        due_days=10, min_payment_rate=_D("0.01"), min_payment_floor=2500,
        min_includes_interest_fees=True,
        # 24.99% APR / 365, kept exact to 10 places.
        revolving_daily_rate=_D("0.0006846575"), interest_basis="remainder_from_posting",
        # Penalty APR 29.99% / 365 after 60 days past due (day 61 + 45 days' notice: 106).
        overdue_model="card", penalty_daily_rate=_D("0.0008216438"), penalty_after_days=60,
        late_fee_floor=3000, late_fee_repeat=4100, late_fee_cap_to_minimum=True,
        installment_fee_model="none", report_after_days=30, retention_years=7,
        jurisdiction="us",
    ),
    "pay-in-4": dict(
        kind="pay_in_n", currency="USD", due_rule="offset_days", due_days=0,
        min_payment_rate=_D("1"), revolving_daily_rate=_D("0"), overdue_model="penalty",
        penalty_daily_rate=_D("0"), late_fee_floor=700, late_fee_after_days=10,
        installment_fee_model="none", allowed_periods=(4,), installment_interval="2weeks",
        report_after_days=30, retention_years=7, jurisdiction="us",
    ),
    "loan": dict(
        kind="loan", due_rule="day_of_month", due_days=10, min_payment_rate=_D("1"),
        # Overdue: the contract rate + 50% (PBOC 银发〔2003〕251号): 6% × 1.5 / 360 a day.
        revolving_daily_rate=_D("0"), overdue_model="penalty",
        penalty_daily_rate=_D("0.00025"), installment_fee_model="amortizing",
        annual_rate=_D("0.06"), allowed_periods=(12, 24, 36, 60), report_after_days=1,
        retention_years=5,
    ),
}  # fmt: skip


def from_preset(preset: str, name: str, **overrides: Any) -> Product:
    """Build a Product from a preset, with field ``overrides`` applied and validated.

    Raises:
        InputError: unknown preset or an invalid override.
    """
    if preset not in PRESETS:
        raise refuse(
            "unknown preset {preset!r} (known: {known})",
            preset=preset,
            known=", ".join(PRESETS),
        )
    values = {**PRESETS[preset], **overrides}
    try:
        return Product(name=name, preset=preset, **values)
    except TypeError as exc:  # unknown keyword
        raise refuse("unknown product setting: {exc}", exc=exc) from None
