#!/usr/bin/env bash
# Rebuild the interface translations from the source code:
#   0. scripts/error_strings.py lists the core's error templates in ui/error_messages.py;
#   1. pyside6-lupdate collects every tr() string in ui/**/*.py into
#      resources/i18n/debt_tracker_zh_CN.ts (all messages) and debt_tracker_en.ts
#      (plural messages only: "%n day(s) late" → "1 day late" / "5 days late");
#   2. scripts/ts_fill.py fills them from resources/i18n/zh_CN.json (edit that file to
#      translate; "Context|source" keys override one context) and derives English plurals;
#   3. pyside6-lrelease compiles each .ts to the .qm next to it (both are committed;
#      tests/ui/test_translations.py checks that they are fresh and complete).
# Strings without a translation are listed on stderr (the script still succeeds).
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"

bash "$ROOT/scripts/bootstrap.sh"

BIN="$ROOT/.venv/bin"
I18N="resources/i18n"
"$BIN/python" scripts/error_strings.py
mapfile -t SOURCES < <(find ui -name '*.py' -not -path '*/__pycache__/*' | LC_ALL=C sort)

lupdate() {  # lupdate TS [extra options]
    local ts="$1"
    shift
    "$BIN/pyside6-lupdate" -silent -locations none -no-obsolete "$@" "${SOURCES[@]}" -ts "$ts"
}

lupdate "$I18N/debt_tracker_zh_CN.ts"
lupdate "$I18N/debt_tracker_en.ts"  # ts_fill --english keeps only the plural messages
"$BIN/python" scripts/ts_fill.py "$I18N/debt_tracker_zh_CN.ts" "$I18N/zh_CN.json"
"$BIN/python" scripts/ts_fill.py --english "$I18N/debt_tracker_en.ts" "$I18N/en.json"
for ts in "$I18N"/debt_tracker_*.ts; do
    "$BIN/pyside6-lrelease" -silent "$ts" -qm "${ts%.ts}.qm"
done
echo "translations.sh: updated $(ls "$I18N"/debt_tracker_*.qm | tr '\n' ' ')"
