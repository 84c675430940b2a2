"""Round trips through the Python client: what is logged is what the store holds.

Run: cd tests/python && PYTHONPATH=../../client/python /usr/bin/python3 -m unittest -v test_client_store
"""

import math
import os
import shutil
import struct
import subprocess
import sys
import tempfile
import time
import unittest
from unittest import mock

from client_testing import TempStoreTest, on_postgresql, runlens, sqlite_only  # noqa: E402

try:
    import numpy
except ImportError:  # numpy is optional: only the numpy-scalar test needs it
    numpy = None


class RoundTripTest(TempStoreTest):

    def test_params_tags_metrics_and_captured_fields_round_trip(self):
        with self.start(experiment="digits", name="sgd-lr0.01",
                        params={"lr": 0.01, "epochs": 20}, tags={"team": "vision"}) as run:
            for epoch in range(20):
                run.log_metrics({"train/loss": 1.0 / (epoch + 1), "val/acc": epoch / 20},
                                step=epoch)
        self.assertRegex(run.id, r"^[0-9a-f]{32}$")
        with runlens.Store(self.path) as store:
            [record] = store.runs()
        self.assertEqual(record.id, run.id)
        self.assertEqual(record.name, "sgd-lr0.01")
        self.assertEqual(record.experiment, "digits")
        self.assertEqual(record.status, "finished")
        self.assertEqual(record.params, {"lr": 0.01, "epochs": 20})
        self.assertEqual(record.tags["team"], "vision")
        self.assertEqual(record.tags["python.version"], ".".join(map(str, sys.version_info[:3])))
        self.assertEqual(record.metrics, {"train/loss": 0.05, "val/acc": 0.95})
        self.assertIsNotNone(record.end_time)
        self.assertLessEqual(record.start_time, record.end_time)
        self.assertIsNone(record.parent_id)
        self.assertTrue(record.host)
        self.assertIn(sys.executable, record.command)
        self.assertRegex(record.git_commit, r"^([0-9a-f]{40}|[0-9a-f]{64})?$")
        self.assertFalse(record.archived)

    def test_git_commit_is_captured_in_a_repository_and_empty_outside(self):
        repo = os.path.join(self.dir, "repo")
        os.makedirs(repo)
        env = dict(os.environ, GIT_AUTHOR_NAME="t", GIT_AUTHOR_EMAIL="t@t", GIT_COMMITTER_NAME="t",
                   GIT_COMMITTER_EMAIL="t@t")
        try:
            subprocess.run(["git", "init", "-q", repo], check=True, env=env)
            subprocess.run(["git", "-C", repo, "commit", "-q", "--allow-empty", "-m", "x"],
                           check=True, env=env)
        except (OSError, subprocess.CalledProcessError):
            self.skipTest("git is not available")
        head = subprocess.run(["git", "-C", repo, "rev-parse", "HEAD"], check=True,
                              stdout=subprocess.PIPE, text=True).stdout.strip()
        from runlens import _capture
        self.assertEqual(_capture.git_commit(repo), head)
        plain = os.path.join(self.dir, "plain")
        os.makedirs(plain)
        with mock.patch.dict(os.environ, {"GIT_CEILING_DIRECTORIES": self.dir}):
            self.assertEqual(_capture.git_commit(plain), "")

    def test_default_step_counts_per_series_from_largest_step(self):
        with self.start() as run:
            for value in (1.0, 2.0, 3.0):
                run.log_metric("loss", value)
            run.log_metric("loss", 4.0, step=10)
            run.log_metric("loss", 5.0)              # largest step + 1 -> 11
            run.log_metric("loss", 6.0, step=2)
            run.log_metric("loss", 7.0)              # still 12: the largest step was 11
            run.log_metric("loss", 8.0, slice="class=1")   # a slice counts on its own
            run.log_metrics({"a": 1, "b": 2})
            run.log_metrics({"a": 3})
        with runlens.Store(self.path) as store:
            steps, values = store.metric(run.id, "loss")
            self.assertEqual(list(steps), [0, 1, 2, 2, 10, 11, 12])
            self.assertEqual(list(values), [1.0, 2.0, 3.0, 6.0, 4.0, 5.0, 7.0])
            self.assertEqual(list(store.metric(run.id, "loss", "class=1")[0]), [0])
            self.assertEqual(list(store.metric(run.id, "a")[0]), [0, 1])
            self.assertEqual(list(store.metric(run.id, "b")[0]), [0])

    def test_slices_are_separate_series_and_not_in_record_metrics(self):
        with self.start() as run:
            for epoch in range(3):
                run.log_metric("val/acc", 0.5 + epoch / 10, step=epoch)
                for cls in range(3):
                    run.log_metric("val/acc", cls / 10 + epoch, step=epoch, slice=f"class={cls}")
            run.log_metric("val/acc", 0.9, step=3, slice="")   # '' is the overall series
        with runlens.Store(self.path) as store:
            self.assertEqual(store.metric_keys(run.id),
                             [("val/acc", None), ("val/acc", "class=0"), ("val/acc", "class=1"),
                              ("val/acc", "class=2")])
            self.assertEqual(list(store.metric(run.id, "val/acc", "class=2")[1]), [0.2, 1.2, 2.2])
            self.assertEqual(list(store.metric(run.id, "val/acc")[0]), [0, 1, 2, 3])
            self.assertEqual(store.run(run.id).metrics, {"val/acc": 0.9})

    def test_nan_and_infinities_round_trip_and_summary_ignores_nan(self):
        values = [float("nan"), 1.0, float("inf"), float("-inf"), float("nan"), 2.0]
        with self.start() as run:
            for value in values:
                run.log_metric("x", value)
            run.log_metric("all_nan", float("nan"))
            run.log_metric("all_nan", float("nan"))
            run.log_metric("ends_nan", 1.0)
            run.log_metric("ends_nan", float("nan"))
        with runlens.Store(self.path) as store:
            _, read = store.metric(run.id, "x")
            self.assertEqual([repr(v) for v in read], [repr(v) for v in values])
            summary = store.summary(run.id, "x")
            self.assertEqual(summary["min_value"], float("-inf"))
            self.assertEqual(summary["max_value"], float("inf"))
            self.assertEqual(summary["last_value"], 2.0)
            nan_summary = store.summary(run.id, "all_nan")
            self.assertIsNone(nan_summary["min_value"])
            self.assertIsNone(nan_summary["max_value"])
            self.assertIsNone(nan_summary["last_value"])
            record = store.run(run.id)
            self.assertTrue(math.isnan(record.metrics["all_nan"]))
            self.assertTrue(math.isnan(record.metrics["ends_nan"]))
            self.assertEqual(store.summary(run.id, "ends_nan")["max_value"], 1.0)

    def test_repeated_and_out_of_order_steps_sort_stably_and_summarise(self):
        with self.start() as run:
            for step, value in [(5, 50.0), (3, 30.0), (5, 51.0), (1, 10.0), (3, 31.0)]:
                run.log_metric("m", value, step=step)
            run.flush()
            with runlens.Store(self.path) as store:
                steps, values = store.metric(run.id, "m")
                self.assertEqual(list(steps), [1, 3, 3, 5, 5])
                self.assertEqual(list(values), [10.0, 30.0, 31.0, 50.0, 51.0])
                self.assertEqual(store.summary(run.id, "m"),
                                 {**store.summary(run.id, "m"), "count": 5, "first_step": 1,
                                  "last_step": 5, "last_value": 51.0, "min_value": 10.0,
                                  "max_value": 51.0})
            run.log_metric("m", 52.0, step=5)      # a later flush at the same step wins
            run.log_metric("m", -1.0, step=0)      # a smaller step changes first_step only
            run.flush()
            with runlens.Store(self.path) as store:
                summary = store.summary(run.id, "m")
                self.assertEqual((summary["count"], summary["first_step"], summary["last_step"],
                                  summary["last_value"], summary["min_value"]),
                                 (7, 0, 5, 52.0, -1.0))
                steps, values, times = store.metric_with_times(run.id, "m")
                self.assertEqual(list(steps), [0, 1, 3, 3, 5, 5, 5])
                self.assertEqual(list(values), [-1.0, 10.0, 30.0, 31.0, 50.0, 51.0, 52.0])
                self.assertEqual(len(times), 7)
                self.assertAlmostEqual(summary["last_time"], max(times), delta=1e-6)
            run.log_metric("m", 99.0, step=4)      # below last_step: last_value unchanged
        with runlens.Store(self.path) as store:
            self.assertEqual(store.summary(run.id, "m")["last_value"], 52.0)

    def test_metric_with_times_are_wall_clock_times_in_log_order(self):
        before = time.time()
        with self.start() as run:
            for step in (2, 1, 0):
                run.log_metric("t", step, step=step)
                time.sleep(0.01)
        after = time.time()
        with runlens.Store(self.path) as store:
            steps, values, times = store.metric_with_times(run.id, "t")
        self.assertEqual(list(steps), [0, 1, 2])
        self.assertTrue(before <= times[2] < times[1] < times[0] <= after)

    @sqlite_only("PostgreSQL inserts small chunks and merges them (test_pg_client)")
    def test_ten_small_flushes_fill_one_chunk(self):
        with self.start() as run:
            for flush in range(10):
                for i in range(5):
                    run.log_metric("loss", flush * 5 + i)
                run.flush()
        rows = self.chunks(run.id, "loss")
        self.assertEqual([(seq, n) for seq, n, *_ in rows], [(0, 50)])
        self.assertEqual(struct.unpack("<50q", rows[0][2]), tuple(range(50)))
        self.assertEqual(struct.unpack("<50d", rows[0][3]), tuple(float(i) for i in range(50)))

    def test_large_batches_split_into_1024_point_chunks_and_top_up_the_last(self):
        with self.start() as run:
            for i in range(3000):
                run.log_metric("big", i * 0.5)
            run.flush()
            self.assertEqual([n for _, n, *_ in self.chunks(run.id, "big")], [1024, 1024, 952])
            for i in range(100):
                run.log_metric("big", -i)
            run.flush()
            self.assertEqual([(s, n) for s, n, *_ in self.chunks(run.id, "big")],
                             [(0, 1024), (1, 1024), (2, 1024), (3, 28)])
        rows = self.chunks(run.id, "big")
        steps = []
        for _, n, step_blob, val_blob, time_blob in rows:
            self.assertEqual((len(step_blob), len(val_blob), len(time_blob)), (8 * n,) * 3)
            steps.extend(struct.unpack(f"<{n}q", step_blob))
        self.assertEqual(steps, list(range(3100)))
        with runlens.Store(self.path) as store:
            _, values = store.metric(run.id, "big")
            self.assertEqual(values[2999], 1499.5)
            self.assertEqual(values[3099], -99.0)
            self.assertEqual(store.summary(run.id, "big")["count"], 3100)

    def test_reader_accepts_chunks_of_any_size(self):
        with self.start() as run:
            run.log_metric("x", 0.0)
        series_id = self.sql("SELECT id FROM series WHERE key = 'x'")[0][0]
        n = 5000   # an importer may write chunks bigger than 1024 points
        self.sql("INSERT INTO chunks (series_id, seq, n, steps, vals, times) VALUES (?,?,?,?,?,?)",
                 (series_id, 1, n, struct.pack(f"<{n}q", *range(1, n + 1)),
                  struct.pack(f"<{n}d", *[float(i) for i in range(1, n + 1)]),
                  struct.pack(f"<{n}d", *[0.0] * n)))
        with runlens.Store(self.path) as store:
            steps, values = store.metric(run.id, "x")
        self.assertEqual(list(steps), list(range(n + 1)))
        self.assertEqual(values[-1], float(n))

    def test_param_types_are_kept(self):
        class Custom:
            def __str__(self):
                return "custom!"
        params = {"int": 3, "float": 0.25, "str": "adam", "true": True, "false": False,
                  "list": [1, 2], "custom": Custom(), "nan": float("nan"),
                  "inf": float("inf"), "huge": 2 ** 70}
        with self.start(params=params) as run:
            run.log_param("late", 7)
            run.log_params({"int": 4})      # logging again replaces
        if self.engine == "sqlite":
            types = dict(self.sql("SELECT key, typeof(value) FROM params"))
        else:   # the kind column says what SQLite's typeof() would
            kinds = {"i": "integer", "r": "real", "t": "text"}
            types = {k: kinds[v] for k, v in self.sql("SELECT key, value_kind FROM params")}
        self.assertEqual(types, {"int": "integer", "float": "real", "str": "text", "true": "text",
                                 "false": "text", "list": "text", "custom": "text",
                                 "nan": "text", "inf": "real", "huge": "text", "late": "integer"})
        with runlens.Store(self.path) as store:
            got = store.run(run.id).params
        self.assertEqual(got, {"int": 4, "float": 0.25, "str": "adam", "true": "true",
                               "false": "false", "list": "[1, 2]",
                               "custom": "custom!", "nan": "nan", "inf": float("inf"),
                               "huge": str(2 ** 70), "late": 7})

    def test_tags_and_notes_are_text_and_replaced(self):
        with self.start(tags={"a": 1, "flag": True}, notes="# first") as run:
            run.set_tag("a", "two")
            run.set_tags({"b": 2.5})
            run.set_notes("**second**\nline")
        with runlens.Store(self.path) as store:
            record = store.run(run.id)
        self.assertEqual({k: v for k, v in record.tags.items() if k != "python.version"},
                         {"a": "two", "flag": "true", "b": "2.5"})
        self.assertEqual(record.notes, "**second**\nline")

    @unittest.skipIf(numpy is None, "numpy is not installed")
    def test_numpy_scalars_work_as_values_and_steps(self):
        with self.start(params={"lr": numpy.float32(0.5), "n": numpy.int64(3),
                                "b": numpy.bool_(True)}) as run:
            run.log_metric("x", numpy.float32(0.25), step=numpy.int64(4))
            run.log_metric("x", numpy.float64(0.5))
            run.log_metric("x", numpy.array(0.75))
        with runlens.Store(self.path) as store:
            steps, values = store.metric(run.id, "x")
            self.assertEqual(store.run(run.id).params, {"lr": 0.5, "n": 3, "b": "true"})
        self.assertEqual(list(steps), [4, 5, 6])
        self.assertEqual(list(values), [0.25, 0.5, 0.75])

    def test_values_that_float_accepts_are_logged(self):
        from decimal import Decimal
        from fractions import Fraction
        with self.start() as run:
            run.log_metric("x", "1.5")
            run.log_metric("x", Decimal("2.5"))
            run.log_metric("x", Fraction(7, 2))
            run.log_metric("x", True)
            run.log_metric("x", 5, step=10.0)   # an integral float step is accepted
        with runlens.Store(self.path) as store:
            steps, values = store.metric(run.id, "x")
        self.assertEqual(list(values), [1.5, 2.5, 3.5, 1.0, 5.0])
        self.assertEqual(list(steps), [0, 1, 2, 3, 10])


PostgreSQLRoundTripTest = on_postgresql(RoundTripTest)


class DefaultPathTest(unittest.TestCase):

    def test_default_store_path_rule(self):
        from runlens._paths import artifact_root, default_store_path
        with mock.patch.dict(os.environ, {"RUNLENS_STORE": "/tmp/x/my.db", "XDG_DATA_HOME": "/d"}):
            self.assertEqual(default_store_path(), "/tmp/x/my.db")
        with mock.patch.dict(os.environ, {"RUNLENS_STORE": "", "XDG_DATA_HOME": "/d"}):
            self.assertEqual(default_store_path(), "/d/runlens/runlens.db")
        with mock.patch.dict(os.environ, {"RUNLENS_STORE": "", "XDG_DATA_HOME": "", "HOME": "/h"}):
            self.assertEqual(default_store_path(), "/h/.local/share/runlens/runlens.db")
        self.assertEqual(artifact_root("/h/.local/share/runlens/runlens.db"),
                         "/h/.local/share/runlens/runlens-artifacts")

    def test_store_without_path_uses_and_creates_the_default(self):
        folder = tempfile.mkdtemp(prefix="runlens-test-")
        self.addCleanup(shutil.rmtree, folder, True)
        with mock.patch.dict(os.environ, {"RUNLENS_STORE": "", "XDG_DATA_HOME": folder}):
            with runlens.start_run() as run:
                run.log_metric("x", 1)
            with runlens.Store() as store:
                self.assertEqual(store.path, os.path.join(folder, "runlens", "runlens.db"))
                self.assertEqual([r.id for r in store.runs()], [run.id])

    def test_version(self):
        self.assertEqual(runlens.__version__, "0.1.0")


if __name__ == "__main__":
    unittest.main()
