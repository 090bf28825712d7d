#!/usr/bin/env bash
# Render the course illustrations (SVG sources) to PNG.
#
#   scripts/render-illustrations.sh
#
# Sources:  assets/illustrations/*.svg   and   assets/icon/alerta.svg
# Output:   lessons/assets/pictures/<name>.png  (lessons may only use files inside lessons/)
#           assets/icon/alerta-{256,128,64,32,16}.png and assets/icon/alerta.ico
#
# Sizes: scene-* and cover-* 960x540, header-* 960x160, ilo-* icons 256x256.
# Needs rsvg-convert (librsvg2-bin); uses ImageMagick for the .ico and optipng
# when they are installed. Safe to run again: the same sources give the same files.
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
src="$root/assets/illustrations"
out="$root/lessons/assets/pictures"
icon_dir="$root/assets/icon"
max_bytes=$((120 * 1024))

if ! command -v rsvg-convert >/dev/null 2>&1; then
  echo "error: rsvg-convert is not installed, so the pictures cannot be rendered." >&2
  echo "Install it (Debian/Ubuntu) with:" >&2
  echo "  sudo apt-get install -y librsvg2-bin imagemagick optipng" >&2
  exit 1
fi

have_optipng=0
command -v optipng >/dev/null 2>&1 && have_optipng=1
magick_cmd=""
if command -v magick >/dev/null 2>&1; then
  magick_cmd="magick"
elif command -v convert >/dev/null 2>&1; then
  magick_cmd="convert"
fi

# Render one SVG to PNG at an exact size, then shrink it losslessly.
render() {
  local svg=$1 png=$2 w=$3 h=$4
  local tmp="$png.tmp.png"
  rsvg-convert --width "$w" --height "$h" --format png --output "$tmp" "$svg"
  if [ "$have_optipng" = 1 ]; then
    optipng -quiet -o2 -strip all "$tmp"
  fi
  mv -f "$tmp" "$png"
}

mkdir -p "$out"
count=0
too_big=0
shopt -s nullglob
for svg in "$src"/*.svg; do
  name="$(basename "$svg" .svg)"
  case "$name" in
    scene-* | cover-*) w=960 h=540 ;;
    header-*) w=960 h=160 ;;
    ilo-*) w=256 h=256 ;;
    *)
      echo "warning: $name.svg has no known prefix (scene-, cover-, header-, ilo-); skipped" >&2
      continue
      ;;
  esac
  render "$svg" "$out/$name.png" "$w" "$h"
  count=$((count + 1))
  size=$(wc -c <"$out/$name.png")
  if [ "$size" -gt "$max_bytes" ]; then
    echo "warning: $name.png is $size bytes (over 120 KB); simplify the SVG" >&2
    too_big=1
  fi
done
echo "rendered $count pictures into ${out#"$root"/}"

# App icon: PNGs at every size, then a multi-size .ico.
for s in 256 128 64 32 16; do
  render "$icon_dir/alerta.svg" "$icon_dir/alerta-$s.png" "$s" "$s"
done
if [ -n "$magick_cmd" ]; then
  # No timestamps or other metadata, so the .ico is byte-for-byte repeatable.
  "$magick_cmd" "$icon_dir"/alerta-16.png "$icon_dir"/alerta-32.png "$icon_dir"/alerta-64.png \
    "$icon_dir"/alerta-128.png "$icon_dir"/alerta-256.png -strip \
    -define png:exclude-chunks=date,time "$icon_dir/alerta.ico"
  echo "wrote assets/icon/alerta.ico and alerta-{256,128,64,32,16}.png"
else
  echo "warning: ImageMagick (convert) not found; assets/icon/alerta.ico was not updated." >&2
  echo "  Install it with: sudo apt-get install -y imagemagick" >&2
fi
if [ "$have_optipng" = 0 ]; then
  echo "note: optipng not found; PNGs were not optimised (sudo apt-get install -y optipng)" >&2
fi

if [ "$too_big" = 1 ]; then
  exit 2
fi
