#!/usr/bin/env bash
# Every benchmark against its baseline, interleaved, medians of >= 5 runs (bench/run.py).
#   bench/run.sh            10k, 100k and 1M charges
#   bench/run.sh --quick    10k and 100k only
# Makes .venv first if needed (scripts/bootstrap.sh) and the data files once, in
# bench/.data/. Uses the sqlite3 command-line tool for the statement baseline: installed
# with apt-get when missing (as root; otherwise that row says "no sqlite3").
set -euo pipefail
cd "$(dirname "$0")/.."
if [ ! -x .venv/bin/python ]; then
    bash scripts/bootstrap.sh
fi
if ! command -v sqlite3 >/dev/null 2>&1 && [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get install -y sqlite3 >/dev/null || true
fi
exec nice .venv/bin/python bench/run.py "$@"
