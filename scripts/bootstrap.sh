#!/usr/bin/env bash
# Idempotent set-up shared by scripts/run.sh and scripts/test.sh:
#   1. the Debian packages Qt needs (offscreen and under Xvfb), a CJK font, and the
#      validators of the desktop entry and AppStream metainfo (tests/core/test_desktop.py);
#   2. the virtualenv .venv with the project installed editable, with its test extra.
# Safe to run again and again: apt only runs when a package is missing, pip only when
# pyproject.toml changed since the last successful install (stamp in .venv).
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"

export DEBIAN_FRONTEND="${DEBIAN_FRONTEND:-noninteractive}"
export PIP_DISABLE_PIP_VERSION_CHECK=1
export PIP_NO_INPUT=1

APT_PACKAGES=(
    libgl1 libegl1 libglib2.0-0 libfontconfig1 libxkbcommon0 libdbus-1-3
    fonts-wqy-microhei dbus xvfb xauth
    libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 libxcb-image0 libxcb-randr0
    libxcb-render-util0 libxcb-shape0 libxcb-xfixes0 libxcb-xkb1 libxkbcommon-x11-0
    libx11-xcb1
    desktop-file-utils appstream
)
VENV="$ROOT/.venv"
STAMP="$VENV/.debt-tracker-pyproject.sha256"
PYTHON="${PYTHON:-python3}"

say() { printf 'bootstrap: %s\n' "$*" >&2; }

# Two scripts started at once (or two engineers) must not run apt/pip side by side.
lock() {
    command -v flock >/dev/null 2>&1 || return 0
    local key
    key="$(printf '%s' "$ROOT" | sha256sum | cut -c1-16)"
    exec 9>"${TMPDIR:-/tmp}/debt-tracker-bootstrap-$key.lock"
    flock 9
}

missing_apt_packages() {
    local pkg status
    for pkg in "${APT_PACKAGES[@]}"; do
        status="$(dpkg-query -W -f='${db:Status-Status}' "$pkg" 2>/dev/null || true)"
        [[ "$status" == "installed" ]] || printf '%s\n' "$pkg"
    done
}

ensure_system_packages() {
    if ! command -v dpkg-query >/dev/null 2>&1; then
        say "not a Debian-like system: skipping system packages (Qt needs OpenGL/EGL," \
            "fontconfig, xkbcommon, D-Bus and an X server or a display)"
        return 0
    fi
    local missing
    mapfile -t missing < <(missing_apt_packages)
    ((${#missing[@]} == 0)) && return 0

    if [[ "$(id -u)" != "0" ]]; then
        say "missing system packages: ${missing[*]}"
        say "install them, then run this script again:"
        printf '  sudo apt-get install -y %s\n' "${missing[*]}" >&2
        exit 1
    fi
    say "installing system packages: ${missing[*]}"
    apt-get update -qq </dev/null
    apt-get install -y -qq --no-install-recommends -o DPkg::Lock::Timeout=300 \
        "${missing[@]}" </dev/null
}

venv_works() {
    [[ -x "$VENV/bin/python" ]] && "$VENV/bin/python" -c "" >/dev/null 2>&1
}

ensure_venv() {
    if ! "$PYTHON" -c 'import sys; sys.exit(sys.version_info < (3, 11))' 2>/dev/null; then
        say "$PYTHON must be Python 3.11 or newer (set PYTHON=/path/to/python3.11)"
        exit 1
    fi
    if ! venv_works; then
        [[ -e "$VENV" ]] && say "recreating broken virtualenv $VENV"
        say "creating virtualenv .venv"
        rm -rf "$VENV"
        "$PYTHON" -m venv "$VENV"
        rm -f "$STAMP"
    fi
}

ensure_python_packages() {
    local want have=""
    want="$(sha256sum pyproject.toml | cut -d' ' -f1)"
    [[ -f "$STAMP" ]] && have="$(cat "$STAMP")"
    if [[ "$want" == "$have" && -x "$VENV/bin/debt-tracker-cli" ]]; then
        return 0
    fi
    say "installing Python packages into .venv (pip install -e \".[test]\")"
    rm -f "$STAMP"
    "$VENV/bin/python" -m pip install -q -e ".[test]" </dev/null
    printf '%s\n' "$want" >"$STAMP"
}

lock
ensure_system_packages
ensure_venv
ensure_python_packages
