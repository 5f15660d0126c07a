"""SQL for a preset change that keeps what the user edited (issue 11).

When DESIGN.md § Presets changes a preset's value, a migration in
:mod:`tracker.storage.schema` moves the products made from that preset to the new value —
except where the user set the field. Since the ``_PRODUCTS_EDITED`` migration the product
service records every field the user set (``products.edited``, a JSON array of names), so
a value the user chose that happens to equal the old preset value is kept too. A product
stored before that migration has nothing recorded; for it, as for every product, the
field moves only while it still holds the old preset value (docs/engine.md § Preset
changes).
"""

from __future__ import annotations


def preset_change(preset: str, field: str, old: str | int, new: str | int) -> str:
    """One ``UPDATE`` for a migration script: products made from ``preset`` whose
    ``field`` still holds ``old`` and was never set by the user take ``new``.

    Args:
        preset: the preset key ("huabei").
        field: the Product field, as stored in ``products.rules`` ("allowed_periods").
        old, new: the stored values (rates and lists as their texts, amounts as minor
            units, days as integers).

    Returns:
        The SQL statement, ``;``-terminated.
    """
    if not field.isidentifier():
        raise ValueError(f"not a field name: {field!r}")
    return (
        f"UPDATE products SET rules = json_set(rules, '$.{field}', {_literal(new)})\n"
        f" WHERE json_extract(rules, '$.preset') = {_literal(preset)}\n"
        f"   AND json_extract(rules, '$.{field}') = {_literal(old)}\n"
        f"   AND NOT EXISTS (SELECT 1 FROM json_each(products.edited)"
        f" WHERE value = {_literal(field)});\n"
    )


def _literal(value: str | int) -> str:
    """A SQL literal: integers as they are, text quoted (a ``'`` doubled)."""
    if isinstance(value, bool) or not isinstance(value, (str, int)):
        raise ValueError(f"not a stored preset value: {value!r}")
    if isinstance(value, int):
        return str(value)
    return "'" + value.replace("'", "''") + "'"


__all__ = ["preset_change"]
