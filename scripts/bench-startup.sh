#!/usr/bin/env bash
# Startup, memory, idle CPU and CPU per frame of Alerta, each as a ratio to an
# empty eframe window built from the same dependencies (examples/empty.rs).
#
#   scripts/bench-startup.sh            # 5 runs of each, alternating
#   RUNS=9 scripts/bench-startup.sh
#
# Needs: xvfb-run (Debian: xvfb), GNU time (Debian: time). Run on an idle machine.
set -euo pipefail
cd "$(dirname "$0")/.."
RUNS=${RUNS:-5}
IDLE_SECONDS=${IDLE_SECONDS:-5}
REPAINT_SECONDS=${REPAINT_SECONDS:-5}
HEAVY_MODULE=${HEAVY_MODULE:-fake-job-offers}

for tool in xvfb-run /usr/bin/time; do
  command -v "$tool" >/dev/null || { echo "missing $tool (apt-get install xvfb time)"; exit 2; }
done

echo "building release binaries…" >&2
cargo build --release --quiet --features dev --bin alerta --example empty
APP=target/release/alerta
EMPTY=target/release/examples/empty
DATA=$(mktemp -d)
trap 'rm -rf "$DATA"' EXIT

# One display for all runs, as a desktop session would have.
export DISPLAY=:93
Xvfb "$DISPLAY" -screen 0 1280x800x24 >/dev/null 2>&1 &
XVFB=$!
trap 'kill $XVFB 2>/dev/null; rm -rf "$DATA"' EXIT
sleep 1

median() { sort -g | awk '{a[NR]=$1} END {if (NR%2) print a[(NR+1)/2]; else print (a[NR/2]+a[NR/2+1])/2}'; }

# Launch to first frame (as the process itself measures from main) and peak RSS.
run_startup() { # $1 = binary, rest = args; prints "first_ms second_ms rss_kb"
  local out
  out=$(ALERTA_STARTUP_TIMING=1 /usr/bin/time -f 'RSS %M' "$@" 2>&1)
  local first second rss
  first=$(grep -o 'first frame: [0-9.]*' <<<"$out" | awk '{print $3}')
  second=$(grep -o 'second frame: [0-9.]*' <<<"$out" | awk '{print $3}')
  rss=$(grep -o 'RSS [0-9]*' <<<"$out" | awk '{print $2}')
  echo "$first $second $rss"
}

declare -a A_FIRST A_SECOND A_RSS E_FIRST E_SECOND E_RSS H_FIRST H_RSS
# Warm the page cache once, and create the learner whose home screen is measured.
run_startup "$APP" --data-dir "$DATA" >/dev/null
ALERTA_OPEN="profile:Ana" run_startup "$APP" --data-dir "$DATA" >/dev/null
run_startup "$EMPTY" >/dev/null
for i in $(seq "$RUNS"); do
  # The start screen (profiles, language, guest): what every launch shows first.
  read -r f s r < <(run_startup "$APP" --data-dir "$DATA"); A_FIRST+=("$f"); A_SECOND+=("$s"); A_RSS+=("$r")
  read -r f s r < <(run_startup "$EMPTY"); E_FIRST+=("$f"); E_SECOND+=("$s"); E_RSS+=("$r")
  # The home screen of a returning learner: course, profile list, her progress file and lock.
  read -r f s r < <(ALERTA_OPEN="profile:Ana" run_startup "$APP" --data-dir "$DATA"); H_FIRST+=("$f"); H_RSS+=("$r")
done

# Idle CPU: start, wait for the first frames, then measure CPU over IDLE_SECONDS with no input.
# Nanoseconds on CPU, summed over every thread (/proc/PID/task/*/schedstat).
cpu_ns() { cat /proc/"$1"/task/*/schedstat 2>/dev/null | awk '{s += $1} END {print s + 0}'; }
idle_cpu() { # prints CPU seconds used while idle
  "$@" >/dev/null 2>&1 &
  local pid=$!
  sleep 3
  local t0; t0=$(cpu_ns "$pid")
  sleep "$IDLE_SECONDS"
  local t1; t1=$(cpu_ns "$pid")
  kill "$pid" 2>/dev/null; wait "$pid" 2>/dev/null || true
  awk -v a="$t0" -v b="$t1" 'BEGIN {printf "%.4f\n", (b - a) / 1e9}'
}
A_IDLE=$(idle_cpu "$APP" --data-dir "$DATA")
E_IDLE=$(idle_cpu "$EMPTY")

# CPU per frame while repainting continuously: Alerta on the heaviest page of a module.
per_frame() {
  ALERTA_REPAINT_SECONDS=$REPAINT_SECONDS "$@" 2>/dev/null | grep -o 'cpu per frame: [0-9.]*' | awk '{print $4}'
}
declare -a A_PF E_PF
for i in $(seq 3); do
  A_PF+=("$(ALERTA_OPEN="guest,module:$HEAVY_MODULE,page:$HEAVY_MODULE:heaviest" per_frame "$APP" --data-dir "$DATA")")
  E_PF+=("$(per_frame "$EMPTY")")
done

m() { printf '%s\n' "$@" | median; }
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { if (b > 0) printf "%.2f", a / b; else print "n/a" }'; }

af=$(m "${A_FIRST[@]}"); ef=$(m "${E_FIRST[@]}")
as=$(m "${A_SECOND[@]}"); es=$(m "${E_SECOND[@]}")
ar=$(m "${A_RSS[@]}"); er=$(m "${E_RSS[@]}")
hf=$(m "${H_FIRST[@]}"); hr=$(m "${H_RSS[@]}")
ap=$(m "${A_PF[@]}"); ep=$(m "${E_PF[@]}")

printf '%-40s %12s %12s %8s %s\n' measure alerta empty ratio goal
printf '%-40s %12s %12s %8s %s\n' "first frame (ms since main)" "$af" "$ef" "$(ratio "$af" "$ef")" "<= 1.2x"
printf '%-40s %12s %12s %8s %s\n' "first frame, home screen (ms)" "$hf" "$ef" "$(ratio "$hf" "$ef")" "<= 1.2x"
printf '%-40s %12s %12s %8s %s\n' "second frame (ms since main)" "$as" "$es" "$(ratio "$as" "$es")" ""
printf '%-40s %12s %12s %8s %s\n' "peak RSS (KiB)" "$ar" "$er" "$(ratio "$ar" "$er")" "<= 1.2x"
printf '%-40s %12s %12s %8s %s\n' "peak RSS, home screen (KiB)" "$hr" "$er" "$(ratio "$hr" "$er")" "<= 1.2x"
printf '%-40s %12s %12s %8s %s\n' "idle CPU over ${IDLE_SECONDS}s (s)" "$A_IDLE" "$E_IDLE" "-" "<= 0.002 s"
printf '%-40s %12s %12s %8s %s\n' "CPU per frame, heaviest page (ms)" "$ap" "$ep" "$(ratio "$ap" "$ep")" "<= 1.3x"
echo "runs: $RUNS each, alternating; medians. page: $HEAVY_MODULE (heaviest page)."
