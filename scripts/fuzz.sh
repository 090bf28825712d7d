#!/usr/bin/env bash
# Run the cargo-fuzz targets for a while. cargo-fuzz needs nightly features;
# on a stable toolchain RUSTC_BOOTSTRAP=1 unlocks them.
#
#   scripts/fuzz.sh                      # each target for 60 s
#   SECONDS_PER_TARGET=3600 scripts/fuzz.sh lesson_loader
set -euo pipefail
cd "$(dirname "$0")/.."
command -v cargo-fuzz >/dev/null || cargo install cargo-fuzz --locked
SECS=${SECONDS_PER_TARGET:-60}
targets=("${@:-lesson_loader progress_reader}")
for t in ${targets[@]}; do
  mkdir -p "fuzz/corpus/$t"
  cp -n fuzz/seeds/"$t"/* "fuzz/corpus/$t/" 2>/dev/null || true
  RUSTC_BOOTSTRAP=1 cargo fuzz run "$t" "fuzz/corpus/$t" -- -max_total_time="$SECS" -max_len=65536
done
