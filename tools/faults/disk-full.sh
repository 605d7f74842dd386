#!/usr/bin/env bash
# Reproduces a disk that fills while the build renders: a small tmpfs is mounted on this checkout's .build/ (the work
# folder and the staging site), so prepare fits and Astro runs out of space. Expects: one failure line, exit code 6,
# the site published before still live. Needs root (mount); do not run it while another build uses this checkout.
# usage: bash tools/faults/disk-full.sh [size-MB, default 8]
set -uo pipefail
cd "$(dirname "$0")/../.."
size="${1:-8}"
root="$(mktemp -d /tmp/loker-disk-full-XXXXXX)"
mkdir -p "$root/data" && cp -r data/reference "$root/data/" && cp -r tests/fixtures/build-site/. "$root/data/"
export ASTRO_TELEMETRY_DISABLED=1 LOKER_SITE_URL=https://loker-terbuka.example.id
build() { node_modules/.bin/node node_modules/tsx/dist/cli.mjs scripts/build.ts --data "$root/data" --out "$root/dist" --as-of 2026-11-28 "$@"; }
build > "$root/first.log" 2>&1 || { echo "first build failed: $root/first.log"; exit 1; }
before="$(readlink "$root/dist")"
mkdir -p .build && mount -t tmpfs -o "size=${size}m" tmpfs .build || { echo "cannot mount a tmpfs here (root needed)"; exit 1; }
LOKER_MIN_FREE_MB=0 build > "$root/full.log" 2>&1
code=$?
umount .build
echo "exit code: $code (expected 6)"
echo "stages reached: $(grep -o "^\[[0-9]/4\]" "$root/full.log" | tr "\n" " ")"
echo "last line: $(tail -1 "$root/full.log")"
if [ "$(readlink "$root/dist")" = "$before" ] && [ -f "$root/dist/index.html" ]; then echo "live site: unchanged ($before)"; else echo "live site: CHANGED OR MISSING"; fi
rm -rf "$root"
[ "$code" = 6 ]
