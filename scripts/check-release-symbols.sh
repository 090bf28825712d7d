#!/usr/bin/env bash
# A release build carries no benchmark meters, no ALERTA_OPEN script and no
# test doubles: they live behind the `dev` feature. This builds the release
# binary (or uses BIN=path) and looks for their symbols and strings.
# Usage: scripts/check-release-symbols.sh [--no-build]
set -euo pipefail
cd "$(dirname "$0")/.."
BIN=${BIN:-target/release/alerta}
if [[ ${1:-} != --no-build ]]; then
  cargo build --release --bin alerta
fi
if [[ ! -x $BIN ]]; then
  echo "no binary at $BIN" >&2
  exit 2
fi
# Names that only exist in dev builds (symbols, and strings they print or read).
banned='FakeDialogs|FrameMeter|open_script|DevOptions|FakeSpeech|FakeBackend|ALERTA_OPEN|ALERTA_REPAINT_SECONDS|ALERTA_STARTUP_TIMING|cpu per frame'
found=$( { nm -C "$BIN" 2>/dev/null || true; strings "$BIN"; } | grep -E "$banned" | sort -u || true)
if [[ -n $found ]]; then
  echo "dev-only code found in $BIN:"
  echo "$found" | cut -c1-160 | head -20
  exit 1
fi
echo "ok: $BIN has none of: ${banned//|/, }"
