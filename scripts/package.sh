#!/usr/bin/env bash
# Build the one-folder desktop bundle dist/debt-tracker/ with PyInstaller, then run the
# frozen binary's --self-test offscreen; exit non-zero if the build or the self-test fails.
#   scripts/package.sh            # build + self-test
#   scripts/package.sh --no-test  # build only
# PyInstaller goes into .venv only (pinned below); it is not a dependency of the app.
# Not part of scripts/test.sh or CI (a build takes ~20 s and ~190 MB of disk).
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"

PYINSTALLER_VERSION="6.22.3"
BIN="$ROOT/.venv/bin"
DIST="$ROOT/dist"
BUNDLE="$DIST/debt-tracker"
RUN_TEST=1
[[ "${1:-}" == "--no-test" ]] && RUN_TEST=0

say() { printf 'package: %s\n' "$*" >&2; }

bash "$ROOT/scripts/bootstrap.sh"

have="$("$BIN/python" -c 'import PyInstaller; print(PyInstaller.__version__)' 2>/dev/null || true)"
if [[ "$have" != "$PYINSTALLER_VERSION" ]]; then
    say "installing pyinstaller==$PYINSTALLER_VERSION into .venv"
    PIP_DISABLE_PIP_VERSION_CHECK=1 "$BIN/python" -m pip install -q \
        "pyinstaller==$PYINSTALLER_VERSION" </dev/null
fi

say "building $BUNDLE"
start=$(date +%s)
"$BIN/pyinstaller" --noconfirm --clean --log-level WARN \
    --distpath "$DIST" --workpath "$ROOT/build/pyinstaller" \
    "$ROOT/packaging/debt-tracker.spec"
say "built in $(($(date +%s) - start)) s: $(du -sh "$BUNDLE" | cut -f1) in $BUNDLE"

((RUN_TEST)) || exit 0

runtime="$(mktemp -d "${TMPDIR:-/tmp}/debt-tracker-runtime.XXXXXX")"
chmod 700 "$runtime"
trap 'rm -rf "$runtime"' EXIT
say "running the frozen self-test"
# From another folder, so that nothing can be imported from the source tree by accident.
if ! (cd "$runtime" && QT_QPA_PLATFORM=offscreen XDG_RUNTIME_DIR="$runtime" \
    "$BUNDLE/debt-tracker" --self-test </dev/null); then
    say "FAILED: $BUNDLE/debt-tracker --self-test"
    exit 1
fi
say "ok: $BUNDLE/debt-tracker works"
