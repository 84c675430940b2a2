#!/usr/bin/env bash
# Runs every benchmark and prints their figures. Not part of `make test`.
set -euo pipefail
cd "$(dirname "$0")/.."
for b in build/bench/bench_*; do
  [ -x "$b" ] || continue
  echo "== $b"
  case "$b" in */bench_gui_*) QT_QPA_PLATFORM=offscreen "$b" ;; *) "$b" ;; esac
  echo
done
for p in bench/bench_*.py; do
  echo "== $p"
  PYTHONPATH=client/python /usr/bin/python3 "$p"
  echo
done
