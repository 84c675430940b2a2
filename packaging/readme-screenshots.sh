#!/bin/sh
# Regenerates docs/screenshots/ (the pictures in README.md) headless under Xvfb from a
# fresh demo store:  packaging/readme-screenshots.sh [BUILD_DIR]
set -eu
here=$(cd "$(dirname "$0")/.." && pwd)
build=${1:-$here/build}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
screen="-screen 0 1600x1000x24"
cmake --build "$build" --target widgets_tst_e2e_screenshots widgets_tst_compare_shots widgets_tst_diagram_shots
sh "$here/tests/e2e/screenshots.sh" "$build" "$work/main"
store="$work/main-store.db"
"$build/app/runlens" --store "$store" demo >/dev/null
RUNLENS_SHOTS_DIR="$work/compare" RUNLENS_DEMO_STORE="$store" \
    xvfb-run -a -s "$screen" "$build/tests/widgets_tst_compare_shots" >/dev/null
RUNLENS_DIAGRAM_SHOTS="$work/diagram" RUNLENS_DIAGRAM_STORE="$store" \
    xvfb-run -a -s "$screen" "$build/tests/widgets_tst_diagram_shots" >/dev/null
out="$here/docs/screenshots"
mkdir -p "$out"
cp "$work/main/01-seeds-selected.png" "$out/main-window.png"
cp "$work/main/09-dark.png" "$out/dark.png"
cp "$work/compare/08-metrics-groups.png" "$out/compare.png"
cp "$work/compare/05-slices-bars.png" "$out/slices.png"
cp "$work/diagram/pipeline.png" "$out/pipeline-diagram.png"
echo "updated $out"
