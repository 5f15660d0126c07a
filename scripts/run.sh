#!/usr/bin/env bash
# Install whatever is missing, then open Debt Tracker. Arguments go to `debt-tracker`
# (e.g. --today 2026-12-01, --lang zh_CN, --db FILE, --screenshot shot.png).
# Without --db the app uses its default data file. On a new or empty data file it first
# asks whether to start with demo data or your own products (--demo: demo data, no question).
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"

bash "$ROOT/scripts/bootstrap.sh"

APP="$ROOT/.venv/bin/debt-tracker"

if [[ -z "${DISPLAY:-}" && -z "${WAYLAND_DISPLAY:-}" && -z "${QT_QPA_PLATFORM:-}" ]]; then
    if command -v xvfb-run >/dev/null 2>&1; then
        echo "run.sh: no screen found (DISPLAY/WAYLAND_DISPLAY unset): running on a virtual" \
            "X server (Xvfb), the window is not visible; use --screenshot FILE to see it" >&2
        exec xvfb-run -a -s "-screen 0 1280x800x24" \
            env QT_QPA_PLATFORM=xcb "$APP" "$@"
    fi
    echo "run.sh: no screen found and no xvfb-run: running offscreen" \
        "(the window is not visible; use --screenshot FILE to see it)" >&2
    export QT_QPA_PLATFORM=offscreen
fi

exec "$APP" "$@"
