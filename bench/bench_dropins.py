#!/usr/bin/env python3
"""Drop-in overhead: mlflow.log_metric and SummaryWriter.add_scalar loops against the native
run.log_metric loop, side by side in one process.

    PYTHONPATH=client/python /usr/bin/python3 bench/bench_dropins.py [--points N] [--repeats R]

Each loop logs N points of one key with an explicit step, as training loops do, into
its own store; the time includes the final flush and finish. The three loops take
turns within every repeat, in a rotating order, so that machine noise and warm-up hit
them alike; medians of R repeats.
Target: each drop-in within 1.5x of the native loop. A benchmark reports numbers; it is
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

import runlens  # noqa: E402
import runlens.mlflow as mlflow  # noqa: E402
from runlens.tensorboard import SummaryWriter  # noqa: E402

TARGET_RATIO = 1.5


def native(folder, n):
    run = runlens.start_run(store=os.path.join(folder, "native.db"), name="native")
    started = time.perf_counter()
    for i in range(n):
        run.log_metric("loss", 1.0 / (i + 1), step=i)
    run.finish()
    return time.perf_counter() - started, run.store_path, run.id


def mlflow_loop(folder, n):
    mlflow.set_tracking_uri(os.path.join(folder, "mlflow.db"))
    active = mlflow.start_run(run_name="mlflow")
    run_id = active.info.run_id
    started = time.perf_counter()
    for i in range(n):
        mlflow.log_metric("loss", 1.0 / (i + 1), step=i)
    mlflow.end_run()
    return time.perf_counter() - started, os.path.join(folder, "mlflow.db"), run_id


def tensorboard_loop(folder, n):
    writer = SummaryWriter(log_dir=os.path.join(folder, "runs", "tb"),
                           store=os.path.join(folder, "tb.db"))
    started = time.perf_counter()
    for i in range(n):
        writer.add_scalar("loss", 1.0 / (i + 1), global_step=i)
    writer.close()
    return time.perf_counter() - started, writer.run.store_path, writer.run.id


def check(path, run_id, n):
    """Every point must be in the store: a fast loop that loses data is no result."""
    with runlens.Store(path) as store:
        steps, values = store.metric(run_id, "loss")
    if len(steps) != n or values[-1] != 1.0 / n:
        raise SystemExit(f"{path}: read back {len(steps)} points, expected {n}")


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--points", type=int, default=300_000)
    parser.add_argument("--repeats", type=int, default=5)
    args = parser.parse_args()
    n = args.points
    loops = {"native run.log_metric": native, "mlflow.log_metric": mlflow_loop,
             "SummaryWriter.add_scalar": tensorboard_loop}
    times = {name: [] for name in loops}
    order = list(loops.items())
    for repeat in range(args.repeats):
        folder = tempfile.mkdtemp(prefix="runlens-bench-dropins-")
        try:
            turn = repeat % len(order)
            for name, loop in order[turn:] + order[:turn]:
                seconds, path, run_id = loop(folder, n)
                check(path, run_id, n)
                times[name].append(seconds)
        finally:
            shutil.rmtree(folder, ignore_errors=True)
    med = {name: statistics.median(values) for name, values in times.items()}
    base = med["native run.log_metric"]
    print(f"Drop-in benchmark: {n:,} points per loop, median of {args.repeats} repeats "
          f"(Python {sys.version.split()[0]}, {os.cpu_count()} CPUs)")
    for name, seconds in med.items():
        ratio = seconds / base
        verdict = "" if name.startswith("native") else \
            f"  ratio {ratio:4.2f} x ({'within' if ratio <= TARGET_RATIO else 'OVER'} " \
            f"the {TARGET_RATIO} x target)"
        print(f"  {name:26s} {seconds * 1e3:8.1f} ms  {n / seconds / 1e6:5.2f} M points/s"
              f"{verdict}")


if __name__ == "__main__":
    main()
