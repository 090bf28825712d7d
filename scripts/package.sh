#!/usr/bin/env bash
# Builds what an NGO hands out, from a clean checkout on Linux, offline:
#   dist/alerta-VERSION-linux-x86_64.tar.gz   portable: binary, lessons/, an empty
#                                             data/ (progress stays on the USB
#                                             stick), LEEME.txt and README.txt
#   dist/alerta_VERSION-1_amd64.deb           installs to /usr/bin and /usr/share/alerta,
#                                             with a desktop entry and the icon
# Needs: Rust, and cargo-deb once (`cargo install cargo-deb`). Crates must be in
# the local registry already (any earlier build fetched them); nothing is
# downloaded. Set ALERTA_ONLINE=1 to let cargo fetch.
set -euo pipefail
cd "$(dirname "$0")/.."
OFFLINE=--offline
[[ ${ALERTA_ONLINE:-} == 1 ]] && OFFLINE=
VERSION=$(sed -n 's/^version = "\(.*\)"/\1/p' Cargo.toml | head -1)
NAME=alerta-$VERSION-linux-x86_64
MAX_BYTES=$((20 * 1024 * 1024))

echo "--- release build"
cargo build --release --locked $OFFLINE --bin alerta
BIN=target/release/alerta
size=$(stat -c %s "$BIN")
echo "binary: $size bytes ($((size / 1024 / 1024)) MiB)"
if (( size > MAX_BYTES )); then
  echo "the binary is over 20 MiB" >&2
  exit 1
fi
BIN=$BIN scripts/check-release-symbols.sh --no-build
"$BIN" check lessons --strict >/dev/null

echo "--- portable archive"
rm -rf "dist/$NAME"
mkdir -p "dist/$NAME/data"
cp "$BIN" "dist/$NAME/"
cp -r lessons "dist/$NAME/lessons"
# The font for the window and the printouts, and the interface texts (built
# in too; the copy beside the program is where an NGO corrects or adds one).
mkdir -p "dist/$NAME/assets"
cp -r assets/fonts assets/i18n "dist/$NAME/assets/"
cp packaging/LEEME.txt packaging/README.txt "dist/$NAME/"
# Reproducible: fixed order, owner and time.
tar --sort=name --owner=0 --group=0 --numeric-owner \
    --mtime="@${SOURCE_DATE_EPOCH:-0}" -C dist -czf "dist/$NAME.tar.gz" "$NAME"
echo "wrote dist/$NAME.tar.gz ($(stat -c %s "dist/$NAME.tar.gz") bytes)"

echo "--- Debian package"
if ! cargo deb --version >/dev/null 2>&1; then
  echo "cargo-deb is not installed: run 'cargo install cargo-deb' once" >&2
  exit 1
fi
cargo deb --no-build --no-strip $OFFLINE --output dist/
ls -l dist/*.deb
