"""Products: add, edit, archive, find; the settings form's checks, field by field.

Settings arrive as the raw ``KEY=VALUE`` texts the user typed (CLI ``--set``, the GUI's
product dialog); every check is here, so both faces refuse the same input the same way.
"""

from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any

from tracker import percent
from tracker.errors import InputError, NotFoundError, ask, not_found, refuse
from tracker.money import check_symbol, currency, format_money, parse_amount
from tracker.products import (
    EDITABLE,
    MAX_PERIODS,
    MONEY_FIELDS,
    Product,
    check_new_name,
    coerce_field,
    from_preset,
)
from tracker.service import dues, records
from tracker.storage import Store

#: An amount as a service function takes it: minor units, or the text the user typed
#: (checked for another currency's sign and parsed in the product's currency).
Amount = int | str


def parse_overrides(pairs: Mapping[str, str], currency_code: str = "CNY") -> dict[str, object]:
    """``{"installment_fee_rate": "0.006"}`` → typed Product field values.

    Raises:
        InputError: (with ``field``) a bad value, or an amount setting typed in another
            currency ("$20000" as a yuan card's limit).
    """
    try:
        digits = currency(currency_code).digits
    except InputError as exc:
        raise exc.at("currency") from None
    values: dict[str, object] = {}
    for key, text in pairs.items():
        try:
            if key in MONEY_FIELDS:
                check_symbol(text, currency_code, what=key)
            values[key] = coerce_field(key, text, digits)
        except InputError as exc:
            raise exc.at(key) from None
    return values


def add_product(
    store: Store,
    name: str,
    preset: str,
    settings: Mapping[str, str],
    *,
    rates_as_percent: bool = False,
) -> Product:
    """Create a product from a preset with ``settings`` (raw ``KEY=VALUE`` texts) applied.

    Args:
        rates_as_percent: rate settings are percentages of their period ("0.05" = 0.05 %
            a day, the product form's way); else fractions ("0.0005", the CLI's ``--set``).

    Returns:
        The saved product, with its id.

    Raises:
        InputError: a bad setting, or ``name`` among ``settings`` (the name is ``name``).
    """
    if "name" in settings:
        raise refuse(
            "the name is given on its own (product add NAME), not as a setting name=…",
            field="name",
        )
    check_new_name(name)
    if rates_as_percent:
        settings = percent.fraction_settings(settings)
    code = settings.get("currency") or _preset_currency(preset)
    overrides = parse_overrides(settings, code)
    product = from_preset(preset, name.strip(), **overrides)
    # The fields the user set: those that differ from the preset (the product form sends
    # every field, filled in with the preset's values). Kept so that a later preset
    # change keeps them (tracker.storage.preset_changes).
    untouched = from_preset(preset, name.strip())
    edited = [k for k, v in overrides.items() if getattr(untouched, k) != v]
    with store.transaction():
        pid = store.insert_product(product)
        store.add_edited_fields(pid, edited)
    return product.with_changes(id=pid)


def _preset_currency(preset: str) -> str:
    return from_preset(preset, "x").currency


def edit_product(
    store: Store,
    ref: str | int,
    settings: Mapping[str, str],
    *,
    allow_over_limit: bool = False,
    rates_as_percent: bool = False,
) -> Product:
    """Change fields of an existing product; returns the saved product.

    Args:
        allow_over_limit: the user confirmed a credit limit below what is owed now.
        rates_as_percent: rate settings are percentages (see :func:`add_product`).

    Raises:
        ConfirmationNeeded: (field ``credit_limit``) a new limit below the balance.
        InputError: a bad setting, a new name that is all digits, or a new currency
            for a product that already has records.
    """
    product = find_product(store, ref)
    if "name" in settings:
        check_new_name(settings["name"], product.name)
    if rates_as_percent:
        settings = percent.fraction_settings(settings)
    changes = parse_overrides(settings, settings.get("currency") or product.currency)
    if changes.get("currency", product.currency) != product.currency and has_records(
        store, product.saved_id
    ):
        # Saved amounts are minor units of the old currency: relabelling them is wrong.
        raise refuse(
            "{product_name} already has records in {product_currency}; its currency can change "
            "only while it has no bills, charges, payments or plans",
            field="currency",
            product_name=product.name,
            product_currency=product.currency,
        )
    updated = product.with_changes(**changes)
    limit = updated.credit_limit
    if "credit_limit" in changes and limit and not allow_over_limit:
        left = dues.owed(store, product)
        if left > limit:
            raise ask(
                "a credit limit of {limit} is below what {product_name} owes now ({owed}): "
                "{percent} of the limit would be used",
                field="credit_limit",
                limit=format_money(limit, updated.currency),
                product_name=updated.name,
                owed=format_money(left, updated.currency),
                percent=f"{(Decimal(left) * 100 / Decimal(limit)).quantize(Decimal('0.1'))}%",
            )
    # The fields the user changed now (the product form sends every field), added to
    # those set before — a value set back to the preset's is the user's too.
    edited = [k for k, v in changes.items() if k != "name" and getattr(product, k) != v]
    with store.transaction():
        store.update_product(product.saved_id, updated)
        store.add_edited_fields(product.saved_id, edited)
    return updated


def has_records(store: Store, product_id: int) -> bool:
    """Whether any bill, charge, payment, plan or due belongs to the product."""
    return any(
        listing(product_id)
        for listing in (
            store.list_bills,
            store.list_charges,
            store.list_payments,
            store.list_plans,
            store.list_dues,
        )
    )


def archive_product(store: Store, ref: str | int, archived: bool = True) -> Product:
    """Hide a product from everyday views (its records stay); ``archived=False`` restores.

    Raises:
        InputError: archiving a product that still owes money: its open dues would
            vanish from the due list, the payoff plan and statements.
    """
    product = find_product(store, ref)
    if archived and not product.archived:
        left = dues.owed(store, product)
        if left > 0:
            raise refuse(
                "{product_name} still owes {owed}; pay it off before archiving it",
                product_name=product.name,
                owed=format_money(left, product.currency),
            )
    updated = product.with_changes(archived=archived)
    with store.transaction():
        store.update_product(product.saved_id, updated)
    return updated


#: The records a product's delete names, in the order the confirmation lists them.
RECORD_TABLES = ("bills", "charges", "plans", "payments")


def record_counts(store: Store, ref: str | int) -> dict[str, int]:
    """How many bills, charges, plans and payments the product has (what a delete removes)."""
    pid = find_product(store, ref).saved_id
    return {table: len(store.record_ids(table, pid)) for table in RECORD_TABLES}


def delete_product(store: Store, ref: str | int) -> records.Deleted:
    """Delete a product with all its records, dues and reminders, in one transaction.

    Returns:
        The exact rows removed: :func:`records.restore` puts them back (Undo).

    Raises:
        NotFoundError: no such product.
    """
    product = find_product(store, ref)
    pid = product.saved_id
    with store.transaction():
        tables = records.product_tables(store, pid)
        store.delete("products", pid)  # bills, plans, … and their dues: ON DELETE CASCADE
    return records.Deleted("product", pid, tuple(tables))


def find_product(store: Store, ref: str | int) -> Product:
    """A product by name or id; raises NotFoundError naming what was asked for."""
    if isinstance(ref, int):
        return store.get_product(ref)
    return store.find_product(ref)


def require_product(store: Store, ref: str) -> Product:
    """Like :func:`find_product` but with the CLI's wording."""
    try:
        return find_product(store, ref)
    except NotFoundError:
        names = ", ".join(p.name for p in store.list_products()) or "none yet"
        raise not_found(
            "no product named {ref!r} (products: {names})", ref=ref, names=names
        ) from None


EDITABLE_FIELDS = EDITABLE


def product_draft(
    name: str,
    preset: str,
    settings: Mapping[str, str],
    base: Product | None = None,
    *,
    rates_as_percent: bool = False,
) -> Product:
    """The product ``add_product`` (``base`` None) or ``edit_product`` would save; nothing saved.

    Args:
        name: the product's name.
        preset: the preset a new product starts from (ignored when ``base`` is given).
        settings: raw ``KEY=VALUE`` texts, as the service functions take them.
        base: the product being edited.
        rates_as_percent: rate settings are percentages (see :func:`add_product`).

    Raises:
        InputError: with ``field`` naming the setting at fault (``name`` for the name).
    """
    check_new_name(name, base.name if base else None)
    if rates_as_percent:
        settings = percent.fraction_settings(settings)
    code = settings.get("currency") or (base.currency if base else _preset_currency(preset))
    changes: dict[str, Any] = parse_overrides(settings, code)
    # Every rule names its field (InputError.field), so the form shows it in place.
    if base is None:
        return from_preset(preset, name.strip(), **changes)
    return base.with_changes(name=name.strip(), **changes)


def period_choices(product: Product) -> list[int]:
    """Period counts to offer for ``product``: the ones it allows, else 1–60; none when
    it offers no instalments at all (a US card)."""
    if not product.offers_installments:
        return []
    return list(product.allowed_periods) or list(range(1, MAX_PERIODS + 1))


def list_products(store: Store, include_archived: bool = False) -> list[Product]:
    """Every product by name (archived ones too when asked)."""
    return store.list_products(include_archived=include_archived)


def get_product(store: Store, product_id: int) -> Product:
    """One product by id (NotFoundError when it is gone)."""
    return store.get_product(product_id)


def amount_in(product: Product, amount: Amount, *, field: str = "amount") -> int:
    """[minor units] ``amount`` in ``product``'s currency.

    Text is parsed with the currency's digits after refusing another currency's sign
    ("$12" on a yuan card); an int is taken as minor units already.

    Raises:
        InputError: (with ``field``) a bad amount or another currency's sign.
    """
    if not isinstance(amount, str):
        return amount
    try:
        check_symbol(amount, product.currency, what=field)
        return parse_amount(amount, digits=currency(product.currency).digits, what=field)
    except InputError as exc:
        raise exc.at(field) from None
