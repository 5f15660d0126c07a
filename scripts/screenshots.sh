#!/usr/bin/env bash
# Render docs/screenshots/<page>-<lang>.png for every page in English and Chinese, at the
# main window's 1280×800, from a fresh demo data file with today = 2026-12-01, offscreen.
# Usage: scripts/screenshots.sh [page ...]   (default: every page)
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"

bash "$ROOT/scripts/bootstrap.sh"

APP="$ROOT/.venv/bin/debt-tracker"
OUT="$ROOT/docs/screenshots"
PAGES=("$@")
((${#PAGES[@]})) || PAGES=(dashboard products simulator payoff settings)
LANGS=(en zh_CN)
TODAY="2026-12-01"

# A fixed folder, so the data-file path shown in the pictures stays the same run to run;
# its own config folder, so the user's saved settings (language, currency display) and
# the pictures never touch each other.
WORK="${TMPDIR:-/tmp}/debt-tracker-screenshots"
rm -rf "$WORK"
mkdir -p "$WORK/config" "$WORK/runtime" "$OUT"
chmod 700 "$WORK/runtime"
trap 'rm -rf "$WORK"' EXIT

export QT_QPA_PLATFORM=offscreen
export XDG_CONFIG_HOME="$WORK/config"
export XDG_RUNTIME_DIR="$WORK/runtime"

for lang in "${LANGS[@]}"; do
    for page in "${PAGES[@]}"; do
        db="$WORK/debt-tracker.db"
        rm -rf "$db" "$db-wal" "$db-shm" "$WORK/backups"
        "$APP" --db "$db" --today "$TODAY" --demo --lang "$lang" --page "$page" \
            --screenshot "$OUT/$page-$lang.png" 2> >(grep -v propagateSizeHints >&2)
    done
done
echo "screenshots.sh: ${#PAGES[@]} pages × ${#LANGS[@]} languages in ${OUT#"$ROOT"/}/"
