#!/usr/bin/env python3
"""Python client throughput: log_metric once per point, against raw sqlite3 in the same run.

    PYTHONPATH=client/python /usr/bin/python3 bench/bench_python_client.py [--points N] [--repeats R]

Client: one run, one key, default step, `run.log_metric("loss", v)` called N times in
a plain loop; the timing includes the final flush and finish (the background flushes
happen inside the loop's time). Baseline: sqlite3 executemany of the same N
(step, value, time) rows into a plain table, one transaction, WAL, synchronous=NORMAL.
Read: store.metric() of the N-point series, against a plain SELECT of the baseline rows.
Medians of R repeats. A benchmark reports numbers; it is not a test.
"""

import argparse
import os
import shutil
import sqlite3
import statistics
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", "client", "python"))

import runlens  # noqa: E402


def log_metric_loop(store, n):
    """Return (seconds for loop + finish, seconds for the loop alone, run id) of n
    log_metric calls into store (a file path or a team store's URL)."""
    run = runlens.start_run(store=store, experiment="bench", name="log_metric")
    started = time.perf_counter()
    for i in range(n):
        run.log_metric("loss", 1.0 / (i + 1))
    looped = time.perf_counter()
    run.finish()
    return time.perf_counter() - started, looped - started, run.id


def bench_client(folder, n):
    """Return (seconds for loop + finish, seconds for the loop alone, run id, store path)."""
    path = os.path.join(folder, "client.db")
    return (*log_metric_loop(path, n), path)


def bench_baseline(folder, n):
    """Return seconds for executemany of n rows into a plain table in one transaction."""
    path = os.path.join(folder, "raw.db")
    conn = sqlite3.connect(path, isolation_level=None)
    conn.execute("PRAGMA journal_mode = WAL")
    conn.execute("PRAGMA synchronous = NORMAL")
    conn.execute("CREATE TABLE points (step INTEGER, value REAL, time REAL)")
    now = time.time
    started = time.perf_counter()
    conn.execute("BEGIN")
    conn.executemany("INSERT INTO points VALUES (?, ?, ?)",
                     ((i, 1.0 / (i + 1), now()) for i in range(n)))
    conn.execute("COMMIT")
    elapsed = time.perf_counter() - started
    conn.close()
    return elapsed, path


def bench_reads(client_path, run_id, raw_path, n):
    """Return (seconds for store.metric, seconds for a plain SELECT of the raw rows)."""
    with runlens.Store(client_path) as store:
        started = time.perf_counter()
        steps, values = store.metric(run_id, "loss")
        client_read = time.perf_counter() - started
    if len(steps) != n or values[n - 1] != 1.0 / n:
        raise SystemExit(f"read back {len(steps)} points, expected {n}: the client lost data")
    conn = sqlite3.connect(raw_path)
    started = time.perf_counter()
    rows = conn.execute("SELECT step, value FROM points").fetchall()
    raw_read = time.perf_counter() - started
    conn.close()
    if len(rows) != n:
        raise SystemExit("baseline read back the wrong number of rows")
    return client_read, raw_read


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--points", type=int, default=1_000_000)
    parser.add_argument("--repeats", type=int, default=5)
    args = parser.parse_args()
    n = args.points
    results = {"client": [], "loop": [], "baseline": [], "client_read": [], "raw_read": []}
    for _ in range(args.repeats):
        folder = tempfile.mkdtemp(prefix="runlens-bench-py-")
        try:
            total, loop, run_id, client_path = bench_client(folder, n)
            baseline, raw_path = bench_baseline(folder, n)
            client_read, raw_read = bench_reads(client_path, run_id, raw_path, n)
        finally:
            shutil.rmtree(folder, ignore_errors=True)
        for key, value in (("client", total), ("loop", loop), ("baseline", baseline),
                           ("client_read", client_read), ("raw_read", raw_read)):
            results[key].append(value)
    med = {key: statistics.median(values) for key, values in results.items()}
    print(f"Python client benchmark: {n:,} points, median of {args.repeats} runs "
          f"(Python {sys.version.split()[0]}, SQLite {sqlite3.sqlite_version}, "
          f"{os.cpu_count()} CPUs)")
    print(f"  client  log_metric loop + finish     {n / med['client'] / 1e6:8.2f} M points/s"
          f"   ({med['client'] * 1e3:7.1f} ms; loop alone {med['loop'] * 1e3:.1f} ms)")
    print(f"  baseline sqlite3 executemany rows    {n / med['baseline'] / 1e6:8.2f} M points/s"
          f"   ({med['baseline'] * 1e3:7.1f} ms)")
    print(f"  ratio client / baseline              {med['baseline'] / med['client']:8.2f} x"
          f"   (target: client >= 1 M points/s)")
    print(f"  read  store.metric of the series     {med['client_read'] * 1e3:8.1f} ms"
          f"   ({n / med['client_read'] / 1e6:.1f} M points/s)")
    print(f"  read  baseline SELECT of the rows    {med['raw_read'] * 1e3:8.1f} ms"
          f"   (ratio {med['raw_read'] / med['client_read']:.1f} x faster with chunks)")


if __name__ == "__main__":
    main()
