#!/usr/bin/env bash
# Fills a seed corpus for one fuzz target: its seeds/ and regressions/ from the repo,
# files of the matching kind from tests/data and from the shared real-world fixtures
# (RUNLENS_FIXTURES, else ../shared/fixtures beside the clone), and for store_open a
# small store the Python client writes. Nothing is copied into the repo.
#   usage: tests/fuzz/corpus.sh <target> <out-dir>
set -euo pipefail
target=$1 out=$2
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
fixtures=${RUNLENS_FIXTURES:-$root/../shared/fixtures}
mkdir -p "$out"

n=0
take() { # copies each file named on stdin, under a unique name, skipping big ones
    while IFS= read -r f; do
        [ -f "$f" ] && [ "$(stat -c %s "$f")" -le "${MAX_SEED_BYTES:-262144}" ] || continue
        n=$((n + 1)); cp "$f" "$out/seed-$n-$(basename "$f")"
    done
}
from() { # files under dir (if it exists) matching a find expression
    local dir=$1; shift
    [ -d "$dir" ] && find "$dir" -type f "$@" | sort || true
}

for d in "$here/seeds/$target" "$here/regressions/$target"; do from "$d" | take; done
case $target in
query)
    /usr/bin/python3 - "$root/tests/data/query_cases.json" "$out" <<'PY'
import json, sys, os
def walk(x):
    if isinstance(x, dict):
        for k, v in x.items():
            if k in ("query", "text") and isinstance(v, str): yield v
            else: yield from walk(v)
    elif isinstance(x, list):
        for v in x: yield from walk(v)
for i, q in enumerate(walk(json.load(open(sys.argv[1])))):
    open(os.path.join(sys.argv[2], f"case-{i}.txt"), "w").write(q)
PY
    ;;
csv) from "$fixtures" \( -name '*.csv' -o -name 'training.log' -o -name '*.log' \) | take ;;
mlflow_yaml) from "$fixtures" \( -name '*.yaml' -o -name 'MLmodel' \) | head -40 | take ;;
mlflow_metrics) from "$fixtures" -path '*/metrics/*' | head -40 | take ;;
tfrecord) from "$fixtures" -name 'events.out.tfevents*' | head -20 | take ;;
store_open|sync_source)
    from "$fixtures" \( -name '*.db' -o -name '*.sqlite' \) | take
    PYTHONPATH="$root/client/python" /usr/bin/python3 - "$out/seed-runlens.runlens" <<'PY'
import sys, runlens
for i in range(2):
    with runlens.start_run(experiment="seed", params={"lr": 0.1 * i, "opt": "adam"}, tags={"team": "fuzz"},
                           store=sys.argv[1]) as run:
        for step in range(5):
            run.log_metric("loss", 1.0 / (step + 1), step=step)
            run.log_metric("acc", step / 5, step=step, slice="class=a")
PY
    # Rewritten in 512-byte pages: 20 times smaller, so each run of the target is that
    # much faster and mutations land in the tables rather than in empty space.
    /usr/bin/python3 - "$out/seed-runlens.runlens" <<'PY'
import sqlite3, sys
conn = sqlite3.connect(sys.argv[1], isolation_level=None)
conn.execute("PRAGMA journal_mode = DELETE")
conn.execute("PRAGMA page_size = 512")
conn.execute("VACUUM")
conn.close()
PY
    ;;
esac
echo "$target: $(find "$out" -type f | wc -l) seed files in $out"
