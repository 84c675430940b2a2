#!/usr/bin/env bash
# Runs every benchmark and prints their figures. Not part of `make test`.
set -euo pipefail
cd "$(dirname "$0")/.."
./build/bench/bench_store
echo
PYTHONPATH=client/python /usr/bin/python3 bench/bench_python_client.py
