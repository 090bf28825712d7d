#!/usr/bin/env bash
# Installs dist/alerta_*.deb into a clean Debian 12 (bookworm) root, as an NGO
# laptop would get it: runs `alerta --version` and `alerta check` on the
# installed course, opens the window under Xvfb (and screenshots it), then
# removes the package and checks that nothing is left.
# Usage (as root): scripts/test-deb.sh [ROOT] [SHOT.png]
# ROOT defaults to /tmp/alerta-deb12, made with debootstrap when missing
# (needs Debian's package mirror); the root is copied first, so it stays clean.
set -euo pipefail
cd "$(dirname "$0")/.."
DEB=$(ls dist/alerta_*_amd64.deb 2>/dev/null | head -1)
[[ -n $DEB ]] || { echo "no dist/alerta_*_amd64.deb: run scripts/package.sh first" >&2; exit 2; }
BASE=${1:-/tmp/alerta-deb12}
SHOT=${2:-dist/deb-window.png}
if [[ ! -x $BASE/bin/bash ]]; then
  command -v debootstrap >/dev/null || apt-get install -y debootstrap
  debootstrap --variant=minbase bookworm "$BASE" http://deb.debian.org/debian
fi
ROOT=$(mktemp -d /tmp/alerta-deb-test.XXXX)
cp -a "$BASE/." "$ROOT/"
cleanup() {
  umount "$ROOT/tmp/.X11-unix" 2>/dev/null || true
  umount "$ROOT/proc" 2>/dev/null || true
  [[ -n ${XVFB:-} ]] && kill "$XVFB" 2>/dev/null || true
  rm -rf "$ROOT"
}
trap cleanup EXIT
mount -t proc proc "$ROOT/proc"
cp /etc/resolv.conf "$ROOT/etc/resolv.conf"
cp "$DEB" "$ROOT/tmp/alerta.deb"
in_root() { chroot "$ROOT" /usr/bin/env -i PATH=/usr/sbin:/usr/bin:/sbin:/bin HOME=/root LANG=C.UTF-8 "$@"; }

echo "--- install (with its dependencies from Debian)"
in_root apt-get update -qq
in_root apt-get install -y -qq /tmp/alerta.deb >/dev/null
echo "--- run"
in_root alerta --version
in_root alerta check /usr/share/alerta/lessons --strict | tail -2
in_root test -f /usr/share/applications/alerta.desktop
in_root test -f /usr/share/icons/hicolor/256x256/apps/alerta.png
in_root sh -c 'cd / && alerta check | tail -1'   # finds /usr/share/alerta/lessons by itself
# Printing finds the font under /usr/share/alerta/assets.
in_root sh -c 'cd /tmp && alerta handout --module fake-job-offers --lang es --out /tmp/h.pdf'
in_root test -s /tmp/h.pdf
echo "handout: $(in_root stat -c %s /tmp/h.pdf) bytes"

echo "--- window (Xvfb on the host, shared with the root)"
DISPLAY_NO=93
Xvfb ":$DISPLAY_NO" -screen 0 1280x800x24 >/dev/null 2>&1 &
XVFB=$!
sleep 1
mkdir -p "$ROOT/tmp/.X11-unix"
mount --bind /tmp/.X11-unix "$ROOT/tmp/.X11-unix"
set +e
chroot "$ROOT" /usr/bin/env -i PATH=/usr/bin:/bin HOME=/root LANG=C.UTF-8 DISPLAY=":$DISPLAY_NO" \
  timeout 12 alerta --data-dir /tmp/alerta-data > "$ROOT/tmp/run.log" 2>&1 &
APP=$!
sleep 8
import -display ":$DISPLAY_NO" -window root "$SHOT" 2>/dev/null && echo "screenshot: $SHOT"
wait "$APP"
code=$?
set -e
if [[ $code -ne 124 ]]; then
  echo "the window did not stay open (exit $code):" >&2
  cat "$ROOT/tmp/run.log" >&2
  exit 1
fi
echo "the window ran until stopped"
umount "$ROOT/tmp/.X11-unix"

echo "--- remove"
in_root apt-get remove -y -qq alerta >/dev/null
for p in /usr/bin/alerta /usr/share/alerta /usr/share/applications/alerta.desktop; do
  if in_root test -e "$p"; then echo "left behind: $p" >&2; exit 1; fi
done
echo "ok: installed, ran, removed"
