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

#: Negotiated repayment (issue 17): a plan agreed with the lender on ``agreed_on`` takes
#: over what was still owed then (NULL: an ordinary instalment plan), including the
#: statements already issued and due up to ``covers_until``.
_AGREED_PLANS = """
ALTER TABLE plans ADD COLUMN agreed_on TEXT;
ALTER TABLE plans ADD COLUMN covers_until TEXT;
"""

#: Closed cycles (DESIGN.md § The account engine): per product, the account engine's
#: state at the end of its last closed cycle (``tracker.engine.saved``; NULL: nothing
#: that can be saved), so that the views replay only what is open. The triggers delete
#: it, in the same transaction, on any write dated at or before that day: a bill, charge,
#: payment or instalment period added, changed or deleted (a period from the statement
#: date it may join: due date − the product's statement → due days; bills' own dues
#: follow their bill), any product edit, and
#: the last bill after that day deleted (it is what closes the cycle).
_CYCLES = """
CREATE TABLE cycles (
    product_id INTEGER PRIMARY KEY REFERENCES products(id) ON DELETE CASCADE,
    closed_through TEXT NOT NULL,   -- the state is at the end of this day
    state TEXT                      -- JSON; NULL: no closed cycle could be saved
);
CREATE TRIGGER cycles_bill_added AFTER INSERT ON bills BEGIN
    DELETE FROM cycles WHERE product_id = NEW.product_id
        AND closed_through >= NEW.statement_date;
END;
CREATE TRIGGER cycles_bill_changed AFTER UPDATE ON bills BEGIN
    DELETE FROM cycles WHERE product_id IN (OLD.product_id, NEW.product_id) AND (
        closed_through >= min(OLD.statement_date, NEW.statement_date)
        OR NOT EXISTS (SELECT 1 FROM bills b WHERE b.product_id = cycles.product_id
                       AND b.statement_date > cycles.closed_through));
END;
CREATE TRIGGER cycles_bill_deleted AFTER DELETE ON bills BEGIN
    DELETE FROM cycles WHERE product_id = OLD.product_id AND (
        closed_through >= OLD.statement_date
        OR NOT EXISTS (SELECT 1 FROM bills b WHERE b.product_id = OLD.product_id
                       AND b.statement_date > cycles.closed_through));
END;
CREATE TRIGGER cycles_charge_added AFTER INSERT ON charges BEGIN
    DELETE FROM cycles WHERE product_id = NEW.product_id AND closed_through >= NEW.date;
END;
CREATE TRIGGER cycles_charge_changed AFTER UPDATE ON charges BEGIN
    DELETE FROM cycles WHERE product_id IN (OLD.product_id, NEW.product_id)
        AND closed_through >= min(OLD.date, NEW.date);
END;
CREATE TRIGGER cycles_charge_deleted AFTER DELETE ON charges BEGIN
    DELETE FROM cycles WHERE product_id = OLD.product_id AND closed_through >= OLD.date;
END;
CREATE TRIGGER cycles_payment_added AFTER INSERT ON payments BEGIN
    DELETE FROM cycles WHERE product_id = NEW.product_id AND closed_through >= NEW.date;
END;
CREATE TRIGGER cycles_payment_changed AFTER UPDATE ON payments BEGIN
    DELETE FROM cycles WHERE product_id IN (OLD.product_id, NEW.product_id)
        AND closed_through >= min(OLD.date, NEW.date);
END;
CREATE TRIGGER cycles_payment_deleted AFTER DELETE ON payments BEGIN
    DELETE FROM cycles WHERE product_id = OLD.product_id AND closed_through >= OLD.date;
END;
CREATE VIEW cycles_due_gap (product_id, days) AS
    SELECT id, CASE WHEN kind IN ('loan', 'pay_in_n')
                      OR json_extract(rules, '$.due_rule') != 'offset_days' THEN 0
                    ELSE coalesce(json_extract(rules, '$.due_days'), 0) END
    FROM products;
CREATE TRIGGER cycles_due_added AFTER INSERT ON dues WHEN NEW.kind = 'installment' BEGIN
    DELETE FROM cycles WHERE product_id = NEW.product_id AND closed_through >= date(
        NEW.due_date, '-' || (SELECT days FROM cycles_due_gap WHERE product_id = NEW.product_id)
        || ' days');
END;
CREATE TRIGGER cycles_due_changed AFTER UPDATE ON dues
    WHEN 'installment' IN (OLD.kind, NEW.kind) BEGIN
    DELETE FROM cycles WHERE product_id IN (OLD.product_id, NEW.product_id)
        AND closed_through >= date(
            min(OLD.due_date, NEW.due_date), '-' || (SELECT max(days) FROM cycles_due_gap
            WHERE product_id IN (OLD.product_id, NEW.product_id)) || ' days');
END;
CREATE TRIGGER cycles_due_deleted AFTER DELETE ON dues WHEN OLD.kind = 'installment' BEGIN
    DELETE FROM cycles WHERE product_id = OLD.product_id AND closed_through >= date(
        OLD.due_date, '-' || (SELECT days FROM cycles_due_gap WHERE product_id = OLD.product_id)
        || ' days');
END;
CREATE TRIGGER cycles_product_changed AFTER UPDATE ON products BEGIN
    DELETE FROM cycles WHERE product_id IN (OLD.id, NEW.id);
END;
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

#: Every due read asks which agreed plan took it over (``store._RESCHEDULED_ON``, a
#: subquery per due): without this index each due scanned every plan of the file
#: (issue 12: 0.29 s → 0.01 s for the 5,504 dues of the 100k-charge bench file).
_AGREED_PLANS_INDEX = """
CREATE INDEX plans_agreed ON plans(product_id) WHERE agreed_on IS NOT NULL;
"""

#: Issue 12: beside a product's closed cycle, its ledger settled up to a day on or before
#: it (``tracker.ledger.Settled`` as JSON; NULL: none), so that the due list allocates
#: only the payments after it. Deleted with the cycle's row by the triggers above.
_CYCLES_SETTLED = """
ALTER TABLE cycles ADD COLUMN settled TEXT;
"""

#: Issue 11: the product fields the user set (a JSON array of field names), kept by the
#: product service when a product is added or edited, so that a later preset change
#: keeps exactly those (tracker.storage.preset_changes). A file older than this has none
#: recorded: there a value equal to the old preset value counts as untouched
#: (docs/engine.md § Preset changes).
_PRODUCTS_EDITED = """
ALTER TABLE products ADD COLUMN edited TEXT NOT NULL DEFAULT '[]';
"""

#: Issue 11: reminders of an *estimated* due (tracker.service.estimated_dues: what the
#: account engine's own statement holds where no bill is recorded). It has no due row, so
#: its reminders are kept by product and the engine statement's due date; removed with
#: the product. The recorded bill of the same product and due date counts these as its
#: own (tracker.reminders.due_now: the bill's reminder replaces the estimate's).
_ESTIMATE_REMINDERS = """
CREATE TABLE estimate_reminders (
    id INTEGER PRIMARY KEY,
    product_id INTEGER NOT NULL REFERENCES products(id) ON DELETE CASCADE,
    due_date TEXT NOT NULL,
    lead INTEGER NOT NULL,          -- days before the due date; negative = days late
    delivered_at TEXT,
    snoozed_until TEXT,
    channel TEXT NOT NULL DEFAULT '',
    UNIQUE (product_id, due_date, lead)
);
"""

#: Issue 11: a bill's minimum left blank is saved as NULL, and what its due asks (the
#: product's rule on the bill's principal and the charges inside it) is read from its due:
#: the bills table sorted by minimum looks each up (and a bill's delete cascades to it).
_DUES_BY_BILL = """
CREATE INDEX dues_by_bill ON dues(bill_id) WHERE bill_id IS NOT NULL;
"""

#: MIGRATIONS[k] takes a file from user_version k to k + 1.
MIGRATIONS: tuple[str, ...] = (
    _V1,
    _REMINDERS,
    _IMPORTS,
    _AGREED_PLANS,
    _CYCLES,
    _PRESETS_2026,
    _AGREED_PLANS_INDEX,
    _CYCLES_SETTLED,
    _PRODUCTS_EDITED,
    _ESTIMATE_REMINDERS,
    _DUES_BY_BILL,
)
SCHEMA_VERSION = len(MIGRATIONS)
TABLES = (
    "products", "bills", "plans", "charges", "dues", "payments", "settings", "reminders",
    "imports", "import_rows", "import_mappings", "cycles", "estimate_reminders",
)  # fmt: skip
