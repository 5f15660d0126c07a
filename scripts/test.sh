#!/usr/bin/env bash
# Install whatever is missing, then lint (ruff), type-check (mypy on tracker/) and run the
# whole test suite offscreen. Arguments go to pytest (e.g. tests/core -k money).
# Every step runs even when an earlier one fails; the exit status is non-zero if any failed.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"

bash "$ROOT/scripts/bootstrap.sh"

if [[ -z "${XDG_RUNTIME_DIR:-}" ]]; then
    XDG_RUNTIME_DIR="$(mktemp -d "${TMPDIR:-/tmp}/debt-tracker-runtime.XXXXXX")"
    chmod 700 "$XDG_RUNTIME_DIR"
    export XDG_RUNTIME_DIR
    trap 'rm -rf "$XDG_RUNTIME_DIR"' EXIT
fi

BIN="$ROOT/.venv/bin"
failed=()

step() {
    local name="$1"
    shift
    echo "== $name" >&2
    if ! "$@"; then
        failed+=("$name")
    fi
}

step "ruff check" "$BIN/ruff" check .
step "ruff format --check" "$BIN/ruff" format --check .
step "mypy" "$BIN/mypy"
step "pytest" env QT_QPA_PLATFORM=offscreen "$BIN/pytest" -q "$@" </dev/null

if ((${#failed[@]} > 0)); then
    echo "test.sh: FAILED: ${failed[*]}" >&2
    exit 1
fi
echo "test.sh: all checks passed" >&2
