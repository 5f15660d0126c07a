#!/usr/bin/env bash
# Build the Linux bundle: a one-folder PyInstaller build of the desktop app, checked by
# its own --self-test, then archived with the version in its name.
#   packaging/build.sh            # -> dist/debt-tracker-<version>/ and
#                                 #    dist/debt-tracker-<version>-linux-<arch>.tar.gz
#   packaging/build.sh --no-test  # build and archive without running the self-test
# It also validates the desktop entry and metainfo the bundle installs
# (desktop-file-validate, appstreamcli). PyInstaller goes into .venv only (pinned
# below); it is not a dependency of the app. Not part of scripts/test.sh: run it, or
# `pytest -m slow`, before a release (packaging/README.md).
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"

PYINSTALLER_VERSION="6.22.3"
BIN="$ROOT/.venv/bin"
DIST="$ROOT/dist"
RUN_TEST=1
[[ "${1:-}" == "--no-test" ]] && RUN_TEST=0

say() { printf 'build: %s\n' "$*" >&2; }

bash "$ROOT/scripts/bootstrap.sh"

VERSION="$("$BIN/python" -c 'import tracker; print(tracker.__version__)')"
APP_ID="$("$BIN/python" -c 'from tracker.appinfo import APP_ID; print(APP_ID)')"
NAME="debt-tracker-$VERSION"
BUNDLE="$DIST/$NAME"
ARCHIVE="$DIST/$NAME-linux-$(uname -m).tar.gz"

have="$("$BIN/python" -c 'import PyInstaller; print(PyInstaller.__version__)' 2>/dev/null || true)"
if [[ "$have" != "$PYINSTALLER_VERSION" ]]; then
    say "installing pyinstaller==$PYINSTALLER_VERSION into .venv"
    PIP_DISABLE_PIP_VERSION_CHECK=1 "$BIN/python" -m pip install -q \
        "pyinstaller==$PYINSTALLER_VERSION" </dev/null
fi

say "building $BUNDLE"
start=$(date +%s)
rm -rf "$BUNDLE" "$ARCHIVE"
"$BIN/pyinstaller" --noconfirm --clean --log-level WARN \
    --distpath "$DIST" --workpath "$ROOT/build/pyinstaller" \
    "$ROOT/packaging/debt-tracker.spec"
say "built in $(($(date +%s) - start)) s: $(du -sh "$BUNDLE" | cut -f1) in $BUNDLE"

work="$(mktemp -d "${TMPDIR:-/tmp}/debt-tracker-build.XXXXXX")"
chmod 700 "$work"
trap 'rm -rf "$work"' EXIT

# What --install-desktop-entry would write for this bundle, validated.
say "validating the desktop entry and metainfo"
XDG_DATA_HOME="$work/share" "$BUNDLE/debt-tracker" --install-desktop-entry >/dev/null
desktop-file-validate "$work/share/applications/$APP_ID.desktop"
appstreamcli validate --no-net "$work/share/metainfo/$APP_ID.metainfo.xml"
grep -qxF "Exec=$BUNDLE/debt-tracker" "$work/share/applications/$APP_ID.desktop" ||
    { say "FAILED: the entry does not start $BUNDLE/debt-tracker"; exit 1; }

# A private session bus with the tests' fake notification server, so that the self-test's
# notification is really delivered (without dbus-daemon it says "no session bus — skipped").
BUS_ADDRESS="unix:path=/nonexistent/debt-tracker-build/bus"
pids=()
start_fake_notifications() {
    command -v dbus-daemon >/dev/null 2>&1 || { say "no dbus-daemon: notification skipped"; return 0; }
    dbus-daemon --session --nofork --print-address=1 >"$work/bus" 2>/dev/null &
    pids+=($!)
    "$BIN/python" - "$work/bus" <<'WAIT'
import sys, time, pathlib
path, end = pathlib.Path(sys.argv[1]), time.monotonic() + 10
while not path.read_text().strip() and time.monotonic() < end:
    time.sleep(0.05)
WAIT
    BUS_ADDRESS="$(head -n1 "$work/bus")"
    DBUS_SESSION_BUS_ADDRESS="$BUS_ADDRESS" "$BIN/python" \
        "$ROOT/tests/support/fake_notifications.py" "$work/notify.jsonl" >"$work/fake" 2>&1 &
    pids+=($!)
    for _ in $(seq 100); do grep -qx ready "$work/fake" && return 0; sleep 0.1; done
    say "FAILED: the fake notification server did not start: $(cat "$work/fake")"
    exit 1
}
stop_fake_notifications() {
    local pid
    for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
    pids=()
}
trap 'stop_fake_notifications; rm -rf "$work"' EXIT

if ((RUN_TEST)); then
    say "running the frozen self-test"
    start_fake_notifications
    # From another folder, so that nothing can be imported from the source tree by accident.
    if ! (cd "$work" && QT_QPA_PLATFORM=offscreen XDG_RUNTIME_DIR="$work" \
        DBUS_SESSION_BUS_ADDRESS="$BUS_ADDRESS" \
        "$BUNDLE/debt-tracker" --self-test </dev/null | tee "$work/self-test.out"); then
        say "FAILED: $BUNDLE/debt-tracker --self-test"
        exit 1
    fi
    if ((${#pids[@]})) && ! grep -q '^ok notification: delivered' "$work/self-test.out"; then
        say "FAILED: the self-test did not deliver its notification to the fake server"
        exit 1
    fi
    stop_fake_notifications
fi

tar -C "$DIST" -czf "$ARCHIVE" "$NAME"
say "ok: $ARCHIVE ($(du -h "$ARCHIVE" | cut -f1))"
