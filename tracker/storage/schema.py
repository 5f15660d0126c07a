"""Schema migrations, applied in order; ``PRAGMA user_version`` is the index reached."""

from __future__ import annotations

#: Identifies our files ("DBTR"), so a foreign SQLite file is refused, never written.
APPLICATION_ID = 0x44425452

_V1 = """
CREATE TABLE products (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL UNIQUE,
    kind TEXT NOT NULL,
    currency TEXT NOT NULL,
    archived INTEGER NOT NULL DEFAULT 0,
    rules TEXT NOT NULL,            -- JSON: every other Product field, rates as strings
    created_at TEXT NOT NULL DEFAULT (datetime('now'))
);
CREATE TABLE bills (
    id INTEGER PRIMARY KEY,
    product_id INTEGER NOT NULL REFERENCES products(id) ON DELETE CASCADE,
    statement_date TEXT NOT NULL,
    due_date TEXT NOT NULL,
    amount INTEGER NOT NULL,        -- minor units
    minimum INTEGER,                -- minor units; NULL = computed from the product
    created_at TEXT NOT NULL DEFAULT (datetime('now'))
);
CREATE TABLE plans (
    id INTEGER PRIMARY KEY,
    product_id INTEGER NOT NULL REFERENCES products(id) ON DELETE CASCADE,
    principal INTEGER NOT NULL,
    periods INTEGER NOT NULL,
    fee_model TEXT NOT NULL,
    fee_rate TEXT NOT NULL,         -- decimal string
    first_due TEXT NOT NULL,
    description TEXT NOT NULL DEFAULT '',
    created_at TEXT NOT NULL DEFAULT (datetime('now'))
);
CREATE TABLE charges (
    id INTEGER PRIMARY KEY,
    product_id INTEGER NOT NULL REFERENCES products(id) ON DELETE CASCADE,
    date TEXT NOT NULL,
    amount INTEGER NOT NULL,
    description TEXT NOT NULL DEFAULT '',
    created_at TEXT NOT NULL DEFAULT (datetime('now'))
);
CREATE TABLE dues (
    id INTEGER PRIMARY KEY,
    product_id INTEGER NOT NULL REFERENCES products(id) ON DELETE CASCADE,
    kind TEXT NOT NULL,
    bill_id INTEGER REFERENCES bills(id) ON DELETE CASCADE,
    plan_id INTEGER REFERENCES plans(id) ON DELETE CASCADE,
    period INTEGER,
    statement_date TEXT,
    due_date TEXT NOT NULL,
    principal INTEGER NOT NULL,
    fee INTEGER NOT NULL DEFAULT 0,
    interest INTEGER NOT NULL DEFAULT 0,
    penalty INTEGER NOT NULL DEFAULT 0,
    minimum INTEGER,
    description TEXT NOT NULL DEFAULT ''
);
CREATE TABLE payments (
    id INTEGER PRIMARY KEY,
    product_id INTEGER NOT NULL REFERENCES products(id) ON DELETE CASCADE,
    date TEXT NOT NULL,
    amount INTEGER NOT NULL CHECK (amount > 0),
    description TEXT NOT NULL DEFAULT '',
    created_at TEXT NOT NULL DEFAULT (datetime('now'))
);
CREATE TABLE settings (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE INDEX dues_by_date ON dues(due_date);
CREATE INDEX dues_by_product ON dues(product_id, due_date);
CREATE INDEX payments_by_product ON payments(product_id, date);
CREATE INDEX charges_by_product ON charges(product_id, date);
CREATE INDEX bills_by_product ON bills(product_id, statement_date);
"""

#: Reminders: one row per (due, its due date, lead) delivered or snoozed. Times are
#: ISO 8601 with their UTC offset; ``channel`` names where it was delivered
#: ("notification", "popup", "popup+notification").
_REMINDERS = """
CREATE TABLE reminders (
    id INTEGER PRIMARY KEY,
    due_id INTEGER NOT NULL REFERENCES dues(id) ON DELETE CASCADE,
    due_date TEXT NOT NULL,
    lead INTEGER NOT NULL,          -- days before the due date; negative = days late
    delivered_at TEXT,
    snoozed_until TEXT,
    channel TEXT NOT NULL DEFAULT '',
    UNIQUE (due_id, due_date, lead)
);
"""

#: Imports: one row per imported file, the dedupe key of every row it added (and the
#: record it made, for undo), and each product's saved profile / mapping / encoding.
_IMPORTS = """
CREATE TABLE imports (
    id INTEGER PRIMARY KEY,
    product_id INTEGER REFERENCES products(id) ON DELETE CASCADE,  -- NULL: several
    file_name TEXT NOT NULL,
    profile TEXT NOT NULL,
    encoding TEXT NOT NULL,
    added INTEGER NOT NULL,
    duplicates INTEGER NOT NULL,
    created_at TEXT NOT NULL DEFAULT (datetime('now'))
);
CREATE TABLE import_rows (
    product_id INTEGER NOT NULL REFERENCES products(id) ON DELETE CASCADE,
    key TEXT NOT NULL,
    import_id INTEGER NOT NULL REFERENCES imports(id) ON DELETE CASCADE,
    record TEXT NOT NULL,           -- the table of the record the row made
    record_id INTEGER NOT NULL,
    PRIMARY KEY (product_id, key)
);
CREATE INDEX import_rows_by_import ON import_rows(import_id);
CREATE TABLE import_mappings (
    product_id INTEGER PRIMARY KEY REFERENCES products(id) ON DELETE CASCADE,
    profile TEXT NOT NULL,
    encoding TEXT NOT NULL DEFAULT '',  -- '' : detect
    method TEXT,                        -- NULL: the profile's default
    mapping TEXT NOT NULL DEFAULT ''    -- generic: key=value,...
);
"""

#: Issue 11: the presets' values of DESIGN.md § Presets, for products made from a preset
#: before they changed. A stored value equal to the OLD preset value was not edited and
#: takes the new one; any other value was the user's and stays; a setting the file did
#: not have yet (written before the field existed) takes the preset's.
_PRESETS_2026 = """
UPDATE products SET rules = json_set(rules, '$.penalty_daily_rate', '0.00025')
 WHERE json_extract(rules, '$.preset') = 'loan'
   AND json_extract(rules, '$.penalty_daily_rate') = '0.0005';
UPDATE products SET rules = json_set(rules, '$.due_rule', 'day_of_month', '$.due_days', 10)
 WHERE json_extract(rules, '$.preset') = 'us-credit-card'
   AND json_extract(rules, '$.due_rule') = 'offset_days'
   AND json_extract(rules, '$.due_days') = 25;
UPDATE products SET rules = json_set(rules, '$.penalty_daily_rate', '0.0008216438')
 WHERE json_extract(rules, '$.preset') = 'us-credit-card'
   AND json_extract(rules, '$.penalty_daily_rate') = '0.0006846575';
UPDATE products SET rules = json_set(rules, '$.penalty_after_days', 60)
 WHERE json_extract(rules, '$.preset') = 'us-credit-card'
   AND json_type(rules, '$.penalty_after_days') IS NULL;
UPDATE products SET rules = json_set(rules, '$.late_fee_repeat', 4100)
 WHERE json_extract(rules, '$.preset') = 'us-credit-card'
   AND json_type(rules, '$.late_fee_repeat') IS NULL;
UPDATE products SET rules = json_set(rules, '$.late_fee_after_days', 10)
 WHERE json_extract(rules, '$.preset') = 'pay-in-4'
   AND json_type(rules, '$.late_fee_after_days') IS NULL;
UPDATE products SET rules = json_set(rules, '$.jurisdiction', 'us')
 WHERE json_extract(rules, '$.preset') IN ('us-credit-card', 'pay-in-4')
   AND json_type(rules, '$.jurisdiction') IS NULL;
UPDATE products SET rules = json_set(rules, '$.allowed_periods', '3,6,9,12')
 WHERE json_extract(rules, '$.preset') = 'huabei'
   AND json_extract(rules, '$.allowed_periods') = '3,6,12';
UPDATE products SET rules = json_set(
        rules, '$.installment_total_rates', '3:0.025,6:0.045,9:0.065,12:0.088')
 WHERE json_extract(rules, '$.preset') = 'huabei'
   AND json_extract(rules, '$.installment_total_rates') = '3:0.025,6:0.045,12:0.088';
"""

#: MIGRATIONS[k] takes a file from user_version k to k + 1.
MIGRATIONS: tuple[str, ...] = (_V1, _REMINDERS, _IMPORTS, _PRESETS_2026)
SCHEMA_VERSION = len(MIGRATIONS)
TABLES = (
    "products", "bills", "plans", "charges", "dues", "payments", "settings", "reminders",
    "imports", "import_rows", "import_mappings",
)  # fmt: skip
