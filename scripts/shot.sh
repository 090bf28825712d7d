#!/usr/bin/env bash
# Developer helper: run the app in a virtual display and take screenshots.
# Usage: scripts/shot.sh WIDTHxHEIGHT OUT.png [xdotool commands...]
# Each extra argument is run as `xdotool <arg>` with a pause between; e.g.
#   scripts/shot.sh 1280x800 /tmp/a.png "mousemove 600 400 click 1" "key Tab"
set -euo pipefail
size=$1; out=$2; shift 2
export DISPLAY=:${SHOT_DISPLAY:-77}
Xvfb "$DISPLAY" -screen 0 "${size}x24" >/dev/null 2>&1 &
xvfb=$!
trap 'kill $app $xvfb 2>/dev/null || true' EXIT
sleep 1
w=${size%x*}; h=${size#*x}
${ALERTA_BIN:-target/debug/alerta} --data-dir "${SHOT_DATA:-/tmp/alerta-shot-data}" &
app=$!
sleep "${SHOT_WAIT:-3}"
wid=$(xdotool search --name '^Alerta$' | head -1)
xdotool windowmove "$wid" 0 0 windowsize "$wid" "$w" "$h"
xdotool windowfocus "$wid" || true
sleep 1
n=0
for cmd in "$@"; do
  if [[ $cmd == shot:* ]]; then
    import -window root "${cmd#shot:}"
  else
    eval "xdotool $cmd"
  fi
  sleep 0.7
done
import -window root "$out"
