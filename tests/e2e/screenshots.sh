#!/bin/sh
# End-to-end screenshots of the main window under Xvfb, for a person to look at.
#   tests/e2e/screenshots.sh [BUILD_DIR] [OUT_DIR]
# Makes a demo store with the real `runlens demo`, drives the window through
# tests/widgets/tst_e2e_screenshots.cpp on a real X server (xcb, so tooltips and menus
# are in the picture), then starts the real `runlens` on the same store and grabs the
# whole screen. Needs xvfb (xvfb-run) and, for the last picture, ImageMagick's import.
set -eu
here=$(cd "$(dirname "$0")/../.." && pwd)
build=${1:-$here/build}
out=${2:-$here/build/screenshots}
mkdir -p "$out"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
store="$work/demo.db"

"$build/app/runlens" --store "$store" demo
screen="-screen 0 1600x1000x24"
RUNLENS_E2E_STORE="$store" RUNLENS_SCREENSHOT_DIR="$out" QT_QPA_PLATFORM=xcb \
    xvfb-run -a -s "$screen" "$build/tests/widgets_tst_e2e_screenshots"

if command -v import >/dev/null 2>&1; then
    # The real program as a user starts it, with settings of its own.
    XDG_CONFIG_HOME="$work/config" xvfb-run -a -s "$screen" sh -c '
        "$0" --store "$1" & pid=$!
        sleep 5
        import -window root "$2/13-runlens-started.png"
        kill $pid' "$build/app/runlens" "$store" "$out"
fi
echo "screenshots in $out:"
ls "$out"
