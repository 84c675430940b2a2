#!/usr/bin/env bash
# Builds the fuzz targets (preset `fuzz`, build-fuzz/) and runs each for a fixed time on
# a fresh seed corpus (corpus.sh). A crash, a leak, a sanitizer report or an input
# slower than 10 s stops that target; the input is kept in build-fuzz/findings/<target>/
# and the script fails. Put a fixed bug's input into regressions/<target>/.
#   usage: tests/fuzz/run.sh [seconds per target, default 25] [target...]
#   FUZZ_JOBS=2 runs two targets at a time. FUZZ_SEED=N makes the mutations repeatable
#   (CI sets it: a red CI must be one a developer can reproduce).
set -uo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
seconds=${1:-25}; shift || true
targets=("$@")
[ ${#targets[@]} -gt 0 ] || targets=(query drawio mermaid diagram_json tfrecord mlflow_yaml mlflow_metrics csv store_open sync_source layout)

cd "$root"
cmake --preset fuzz >/dev/null && cmake --build --preset fuzz || exit 1

work=$(mktemp -d /tmp/runlens-fuzz.XXXXXX)
trap 'rm -rf "$work"' EXIT
export ASAN_OPTIONS=halt_on_error=1:detect_leaks=1 UBSAN_OPTIONS=halt_on_error=1:print_stacktrace=1

fuzz_one() {
    local t=$1 findings=$root/build-fuzz/findings/$t
    mkdir -p "$findings"
    bash "$here/corpus.sh" "$t" "$work/$t" >/dev/null
    local max_len=4096
    case $t in store_open|sync_source) max_len=65536 ;; esac   # the small seed store has 512-byte pages
    # store_open and sync_source write each input to a temporary file: memory, not disk, when there is some.
    TMPDIR=$([ -d /dev/shm ] && echo /dev/shm || echo "${TMPDIR:-/tmp}") \
    "$root/build-fuzz/tests/fuzz/fuzz_$t" "$work/$t" -max_total_time="$seconds" -max_len="$max_len" \
        -timeout=10 -rss_limit_mb=2048 -print_final_stats=1 -artifact_prefix="$findings/" \
        ${FUZZ_SEED:+-seed=$FUZZ_SEED} \
        >"$findings/log.txt" 2>&1
    local rc=$?
    local execs=$(grep -o 'stat::number_of_executed_units: *[0-9]*' "$findings/log.txt" | grep -o '[0-9]*$')
    if [ $rc -eq 0 ]; then
        echo "fuzz $t: ok, ${execs:-?} runs in ${seconds}s"
    else
        echo "fuzz $t: FAILED (exit $rc), see $findings/log.txt:"
        grep -m3 -E 'ERROR|SUMMARY|runtime error|Test unit written' "$findings/log.txt" | sed 's/^/    /'
    fi
    return $rc
}

failed=0
jobs=${FUZZ_JOBS:-1}
running=0
for t in "${targets[@]}"; do
    fuzz_one "$t" &
    running=$((running + 1))
    if [ $running -ge "$jobs" ]; then wait -n || failed=1; running=$((running - 1)); fi
done
while [ $running -gt 0 ]; do wait -n || failed=1; running=$((running - 1)); done
exit $failed
