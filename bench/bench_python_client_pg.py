#!/usr/bin/env python3
"""Python client into PostgreSQL: log_metric per point, against one row + one INSERT per point.

    PYTHONPATH=client/python /usr/bin/python3 bench/bench_python_client_pg.py \
        [--points N] [--baseline-points M] [--repeats R] [--url postgresql://...]

Client: one run, one key, default step, `run.log_metric("loss", v)` called N times in a
plain loop into a postgresql:// store; the timing includes the background flushes and
the final flush and finish (end to end). The same loop into a SQLite store, in the
same run, for comparison. Baseline: the pattern other trackers use, one row and one
INSERT per point, each committed as its own transaction (as a tracker's log_metric
call does), through psycopg2 over the same socket; it is measured on M points (it is
~100x slower) and compared as a rate. Read: store.metric() of the N-point series.
Without --url a throwaway cluster (tests/support/pg_cluster.py: Unix socket, fsync
off) is started and removed. Medians of R repeats. A benchmark reports numbers; it is
not a test.
"""

import argparse
import os
import shutil
import statistics
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", "client", "python"))
sys.path.insert(0, os.path.join(HERE, "..", "tests", "support"))

import runlens  # noqa: E402
from bench_python_client import log_metric_loop  # noqa: E402


def bench_baseline(connect, m):
    """Return seconds for m points as m rows, one INSERT and one commit each."""
    conn = connect()
    conn.autocommit = True
    with conn.cursor() as cur:
        cur.execute("CREATE TABLE points (run_id bigint, key text, step bigint, "
                    "value double precision, time double precision)")
        started = time.perf_counter()
        for i in range(m):
            cur.execute("INSERT INTO points VALUES (%s, %s, %s, %s, %s)",
                        (1, "loss", i, 1.0 / (i + 1), time.time()))
        elapsed = time.perf_counter() - started
    conn.close()
    return elapsed


def bench_read(store, run_id, n):
    with runlens.Store(store) as reader:
        started = time.perf_counter()
        steps, values = reader.metric(run_id, "loss")
        elapsed = time.perf_counter() - started
    if len(steps) != n or values[n - 1] != 1.0 / n:
        raise SystemExit(f"read back {len(steps)} points, expected {n}: the client lost data")
    return elapsed


def one_round(cluster, url, n, m, folder):
    """One repeat on a fresh schema (PostgreSQL) and a fresh file (SQLite)."""
    schema = cluster.fresh_schema() if cluster else None
    store = cluster.url(schema=schema) if cluster else url
    total, loop, run_id = log_metric_loop(store, n)
    read = bench_read(store, run_id, n)
    sqlite_total, _, _ = log_metric_loop(os.path.join(folder, f"{time.time_ns()}.db"), n)
    if cluster:
        baseline = bench_baseline(lambda: cluster.connect(schema=schema), m)
    else:
        import psycopg2
        baseline = bench_baseline(lambda: psycopg2.connect(url), m)
    return {"client": total, "loop": loop, "read": read, "sqlite": sqlite_total,
            "baseline": baseline}


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--points", type=int, default=1_000_000)
    parser.add_argument("--baseline-points", type=int, default=20_000)
    parser.add_argument("--repeats", type=int, default=3)
    parser.add_argument("--url", help="a postgresql:// store of an empty schema whose "
                                      "user may create tables (default: a throwaway cluster)")
    args = parser.parse_args()
    n, m = args.points, args.baseline_points
    cluster = None
    if args.url is None:
        import pg_cluster
        cluster = pg_cluster.Cluster().start()
    folder = tempfile.mkdtemp(prefix="runlens-bench-pg-")
    results = {}
    try:
        for _ in range(args.repeats):
            for key, value in one_round(cluster, args.url, n, m, folder).items():
                results.setdefault(key, []).append(value)
    finally:
        shutil.rmtree(folder, ignore_errors=True)
        if cluster:
            cluster.stop()
    med = {key: statistics.median(values) for key, values in results.items()}
    client_rate, baseline_rate = n / med["client"], m / med["baseline"]
    print(f"Python client into PostgreSQL: {n:,} points (baseline {m:,}), median of "
          f"{args.repeats} runs (Python {sys.version.split()[0]}, {os.cpu_count()} CPUs, "
          f"{'throwaway cluster over a Unix socket' if cluster else 'given server'})")
    print(f"  client   log_metric loop + finish, PG   {client_rate / 1e6:8.2f} M points/s"
          f"   ({med['client'] * 1e3:7.1f} ms; loop alone {med['loop'] * 1e3:.1f} ms)"
          f"   (target >= 0.5)")
    print(f"  client   log_metric loop + finish, SQLite {n / med['sqlite'] / 1e6:6.2f} M points/s"
          f"   ({med['sqlite'] * 1e3:7.1f} ms)")
    print(f"  baseline one row + one INSERT per point {baseline_rate / 1e3:8.1f} k points/s"
          f"   ({med['baseline'] * 1e3:7.1f} ms for {m:,})")
    print(f"  ratio    client / baseline              {client_rate / baseline_rate:8.1f} x")
    print(f"  ratio    PG client / SQLite client      {med['sqlite'] / med['client']:8.2f} x")
    print(f"  read     store.metric of the series     {med['read'] * 1e3:8.1f} ms"
          f"   ({n / med['read'] / 1e6:.1f} M points/s)")


if __name__ == "__main__":
    main()
