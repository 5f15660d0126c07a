#!/usr/bin/env bash
# Kept for habit: the Linux bundle is built by packaging/build.sh (same options).
exec "$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)/packaging/build.sh" "$@"
