#!/usr/bin/env bash
# Kill a process with SIGKILL in the middle of a loop of saves, ITERATIONS
# times (default 1000), and check after each kill that the profile opens with
# a complete state at least as recent as the last save that returned.
# `cargo test` runs the same test 25 times.
set -euo pipefail
cd "$(dirname "$0")/.."
ITERATIONS=${1:-1000}
CRASH_ITERATIONS=$ITERATIONS cargo test --release --test processes -- sigkill
echo "ok: $ITERATIONS kills, no lost or damaged state"
