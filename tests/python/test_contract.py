"""The store is the contract: what the C++ client writes the Python client reads
exactly, and the reverse (docs/storage-format.md), on both engines: a SQLite file and a
PostgreSQL team store. Drives tests/support/runlens_test_tool."""

import json
import math
import os
import signal
import sqlite3
import subprocess
import time
import unittest

from client_testing import TempStoreTest, on_postgresql, runlens, sqlite_only  # noqa: E402

TOOL = os.environ.get("RUNLENS_TEST_TOOL")


def tool(*args):
    return subprocess.run([TOOL, *args], check=True, capture_output=True, text=True).stdout


def schema_of(path):
    with sqlite3.connect(path) as conn:
        rows = conn.execute("SELECT type, name, sql FROM sqlite_master ORDER BY name").fetchall()
        version = conn.execute("PRAGMA user_version").fetchone()[0]
        app_id = conn.execute("PRAGMA application_id").fetchone()[0]
    return rows, version, app_id


def value(v):
    """JSON from the C++ side writes NaN as null and infinities as text."""
    if v is None:
        return math.nan
    if v == "Infinity":
        return math.inf
    if v == "-Infinity":
        return -math.inf
    return v


def same_floats(a, b):
    return len(a) == len(b) and all((math.isnan(x) and math.isnan(y)) or x == y for x, y in zip(a, b))


@unittest.skipUnless(TOOL and os.path.exists(TOOL), "RUNLENS_TEST_TOOL is not set (run through ctest)")
class ContractTest(TempStoreTest):
    @sqlite_only("the file's schema; both engines' schemas are compared by test_pg_schema")
    def test_both_languages_create_the_identical_schema(self):
        cpp_path = os.path.join(self.dir, "cpp.db")
        tool("write", cpp_path, "x", "1")
        with runlens.start_run(store=self.path, name="py"):
            pass
        self.assertEqual(schema_of(cpp_path), schema_of(self.path))
        self.assertEqual(schema_of(self.path)[2], 0x524C4E53)

    def test_python_reads_what_cpp_wrote(self):
        run_id = tool("write", self.path, "from-cpp", "2500").strip()
        store = runlens.Store(self.path)
        run = store.run(run_id)
        self.assertEqual(run.name, "from-cpp")
        self.assertEqual(run.experiment, "contract")
        self.assertEqual(run.status, "finished")
        self.assertEqual(run.params, {"lr": 0.01, "epochs": 20, "opt": "adam", "flag": "true"})
        self.assertIsInstance(run.params["epochs"], int)
        self.assertEqual(run.tags["unicode"], "héllo ✓")
        steps, values = store.metric(run_id, "train/loss")
        self.assertEqual(list(steps), list(range(2500)))
        self.assertEqual(list(values), [1.0 / (i + 1) for i in range(2500)])
        steps, values = store.metric(run_id, "val/acc", slice="class=3")
        self.assertEqual((list(steps), list(values)), ([0, 1], [0.5, 0.75]))
        steps, values = store.metric(run_id, "odd")
        self.assertEqual(list(steps), [0, 1, 1, 2])
        self.assertTrue(same_floats(values, [math.nan, math.inf, 3.0, -math.inf]))
        summary = store.summary(run_id, "odd")
        self.assertEqual(summary["count"], 4)
        self.assertEqual(summary["last_value"], -math.inf)
        self.assertEqual((summary["min_value"], summary["max_value"]), (-math.inf, math.inf))
        self.assertEqual(set(store.metric_keys(run_id)),
                         {("train/loss", None), ("val/acc", "class=3"), ("odd", None)})
        self.assertEqual(len(store.runs(query="params.lr = 0.01 and tags.team = vision")), 1)

    def test_cpp_reads_what_python_wrote(self):
        with runlens.start_run(store=self.path, experiment="contract", name="from-py",
                               params={"lr": 0.01, "epochs": 20, "opt": "adam", "flag": True},
                               tags={"unicode": "héllo ✓"}) as run:
            for i in range(3000):
                run.log_metric("train/loss", 1.0 / (i + 1))
            run.log_metric("val/acc", 0.5, step=0, slice="class=3")
            for step, v in [(0, math.nan), (1, math.inf), (2, -math.inf), (1, 3.0)]:
                run.log_metric("odd", v, step=step)
            run_id = run.id
        dumped = json.loads(tool("dump", self.path))
        self.assertEqual(len(dumped), 1)
        meta, points = dumped[0]["run"], dumped[0]["points"]
        self.assertEqual(meta["id"], run_id)
        self.assertEqual(meta["status"], "finished")
        self.assertEqual(meta["params"], {"epochs": 20, "flag": "true", "lr": 0.01, "opt": "adam"})
        self.assertEqual(meta["tags"]["unicode"], "héllo ✓")
        series = {(s["key"], s["slice"]): s for s in points["series"]}
        loss = series[("train/loss", None)]
        self.assertEqual(loss["steps"], list(range(3000)))
        self.assertEqual(loss["values"], [1.0 / (i + 1) for i in range(3000)])
        self.assertEqual(series[("val/acc", "class=3")]["values"], [0.5])
        odd = series[("odd", None)]
        self.assertEqual(odd["steps"], [0, 1, 1, 2])
        self.assertTrue(same_floats([value(v) for v in odd["values"]], [math.nan, math.inf, 3.0, -math.inf]))
        summaries = {(m["key"], m["slice"]): m for m in meta["metrics"]}
        self.assertEqual(summaries[("odd", None)]["count"], 4)
        self.assertEqual(value(summaries[("odd", None)]["last"]), -math.inf)
        self.assertEqual(summaries[("train/loss", None)]["last"], 1.0 / 3000)

    def test_both_clients_write_one_store_at_once(self):
        with runlens.start_run(store=self.path, name="py-first") as run:
            run.log_metric("x", 1.0)
        tool("write", self.path, "cpp-second", "1500")
        with runlens.start_run(store=self.path, name="py-third") as run:
            run.log_metric("x", 2.0)
        names = sorted(r.name for r in runlens.Store(self.path).runs())
        self.assertEqual(names, ["cpp-second", "py-first", "py-third"])
        self.assertEqual(len(json.loads(tool("dump", self.path))), 3)

    def test_cpp_writer_killed_keeps_what_it_flushed(self):
        proc = subprocess.Popen([TOOL, "spin", self.path, "5000"], stdout=subprocess.PIPE, text=True)
        try:
            run_id = proc.stdout.readline().strip()
            flushed = 0
            while flushed < 20000:
                line = proc.stdout.readline()
                self.assertTrue(line, "the writer stopped early")
                flushed = int(line.split()[1])
        finally:
            proc.send_signal(signal.SIGKILL)
            proc.wait()
        if self.engine == "sqlite":
            with sqlite3.connect(self.path) as conn:
                self.assertEqual(conn.execute("PRAGMA integrity_check").fetchone()[0], "ok")
        store = runlens.Store(self.path, crash_timeout=0.5)
        steps, values = store.metric(run_id, "x")
        self.assertGreaterEqual(len(steps), flushed)
        self.assertEqual(list(values[:flushed]), [float(i) for i in range(flushed)])
        time.sleep(1.0)
        self.assertEqual(store.run(run_id).status, "crashed")


PostgreSQLContractTest = on_postgresql(ContractTest)


if __name__ == "__main__":
    unittest.main()
