"""The runlens executable as a user meets it: output, JSON shape, exit codes (0 ok,
1 the user's mistake, 2 a store problem) and one-line messages."""

import csv
import io
import json
import os
import sqlite3
import subprocess
import tempfile
import unittest

import runlens

CLI = os.environ.get("RUNLENS_CLI")


@unittest.skipUnless(CLI and os.path.exists(CLI), "RUNLENS_CLI is not set (run through ctest)")
class CliTest(unittest.TestCase):
    def setUp(self):
        self.dir = tempfile.TemporaryDirectory()
        self.path = os.path.join(self.dir.name, "store.db")
        with runlens.start_run(store=self.path, experiment="digits", name="sgd-lr0.01",
                               params={"lr": 0.01, "epochs": 3}, tags={"team": "vision"}) as run:
            for epoch in range(3):
                run.log_metrics({"train/loss": 1.0 / (epoch + 1), "val/acc": 0.8 + epoch / 20}, step=epoch)
            run.log_metric("val/acc", 0.5, step=2, slice="class=3")
            self.run_id = run.id
        with runlens.start_run(store=self.path, experiment="digits", name="sgd-lr0.1", params={"lr": 0.1}) as run:
            run.log_metric("val/acc", 0.7, step=0)

    def tearDown(self):
        self.dir.cleanup()

    def cli(self, *args, env=None):
        full_env = dict(os.environ, **(env or {}))
        return subprocess.run([CLI, "--store", self.path, *args], capture_output=True, text=True, env=full_env)

    def test_ls_json_has_runs_with_params_tags_and_summaries(self):
        out = self.cli("ls", "--json")
        self.assertEqual(out.returncode, 0, out.stderr)
        runs = {r["name"]: r for r in json.loads(out.stdout)}
        self.assertEqual(set(runs), {"sgd-lr0.01", "sgd-lr0.1"})
        r = runs["sgd-lr0.01"]
        self.assertEqual(r["id"], self.run_id)
        self.assertEqual((r["experiment"], r["status"]), ("digits", "finished"))
        self.assertEqual(r["params"], {"epochs": 3, "lr": 0.01})
        self.assertEqual(r["tags"]["team"], "vision")
        acc = next(m for m in r["metrics"] if m["key"] == "val/acc" and m["slice"] is None)
        self.assertEqual((acc["count"], acc["last"], acc["min"]), (3, 0.9, 0.8))

    def test_ls_query_filters(self):
        out = self.cli("ls", "--json", "--query", "params.lr = 0.01 and metrics.`val/acc` > 0.85")
        self.assertEqual([r["name"] for r in json.loads(out.stdout)], ["sgd-lr0.01"])
        text = self.cli("ls", "-q", "params.lr > 0.05").stdout
        self.assertIn("sgd-lr0.1", text)
        self.assertNotIn("sgd-lr0.01", text)
        self.assertIn("1 run", text)

    def test_bad_query_is_a_one_line_user_error(self):
        out = self.cli("ls", "--query", "params.lr >")
        self.assertEqual(out.returncode, 1)
        self.assertEqual(len(out.stderr.strip().splitlines()), 1)
        # The 1-based column people count, as the app and the Python client say it.
        self.assertIn("at column 12:", out.stderr)
        self.assertEqual(out.stdout, "")

    def test_show_by_prefix_and_unknown_run(self):
        out = self.cli("show", self.run_id[:8])
        self.assertEqual(out.returncode, 0, out.stderr)
        self.assertIn("sgd-lr0.01", out.stdout)
        self.assertIn("val/acc [class=3]", out.stdout)
        shown = json.loads(self.cli("show", self.run_id, "--json").stdout)
        self.assertEqual(shown["params"]["lr"], 0.01)
        missing = self.cli("show", "abcdef123456")
        self.assertEqual(missing.returncode, 1)
        self.assertIn("no run with id", missing.stderr)

    def test_export_csv_and_json(self):
        out_file = os.path.join(self.dir.name, "points.csv")
        self.assertEqual(self.cli("export", self.run_id, "--format", "csv", "-o", out_file).returncode, 0)
        with open(out_file, newline="") as f:
            rows = list(csv.DictReader(f))
        self.assertEqual(len(rows), 7)  # 3 loss + 3 acc + 1 slice point
        sliced = [r for r in rows if r["slice"] == "class=3"]
        self.assertEqual((sliced[0]["key"], sliced[0]["step"], float(sliced[0]["value"])), ("val/acc", "2", 0.5))
        data = json.loads(self.cli("export", self.run_id, "--format", "json").stdout)
        series = {(s["key"], s["slice"]): s for s in data[0]["series"]}
        self.assertEqual(series[("train/loss", None)]["values"], [1.0, 0.5, 1.0 / 3])

    def test_export_reports_a_damaged_series_and_keeps_the_rest(self):
        # A chunk claiming more points than its blobs hold crashed export (SIGSEGV).
        conn = sqlite3.connect(self.path)
        conn.execute("UPDATE chunks SET n = 1000000 WHERE series_id = "
                     "(SELECT id FROM series WHERE key = 'train/loss')")
        conn.commit()
        conn.close()
        for fmt in ("csv", "json"):
            out = self.cli("export", self.run_id, "--format", fmt)
            self.assertEqual(out.returncode, 2, out.stderr)
            self.assertIn("series 'train/loss' of run " + self.run_id, out.stderr)
            self.assertIn("val/acc", out.stdout)
            self.assertNotIn("train/loss", out.stdout)

    def test_export_to_unwritable_path_fails_cleanly(self):
        out = self.cli("export", self.run_id, "-o", "/nonexistent-dir/x.csv")
        self.assertEqual(out.returncode, 1)
        self.assertIn("cannot write", out.stderr)

    def test_store_problems_exit_2(self):
        with sqlite3.connect(self.path) as conn:
            conn.execute("PRAGMA user_version = 42")
        out = self.cli("ls")
        self.assertEqual(out.returncode, 2)
        self.assertIn("newer than this Runlens", out.stderr)
        junk = os.path.join(self.dir.name, "junk.db")
        with open(junk, "wb") as f:
            f.write(b"not a database" * 500)
        out = subprocess.run([CLI, "--store", junk, "ls"], capture_output=True, text=True)
        self.assertEqual(out.returncode, 2)
        self.assertIn("damaged or not a database", out.stderr)

    def test_usage_errors_exit_1(self):
        self.assertEqual(self.cli("frobnicate").returncode, 1)
        self.assertEqual(self.cli("export", self.run_id, "--format", "xml").returncode, 1)

    def test_version_and_help(self):
        out = subprocess.run([CLI, "--version"], capture_output=True, text=True)
        self.assertEqual(out.returncode, 0)
        self.assertEqual(out.stdout.strip(), "runlens " + runlens.__version__)
        self.assertIn("ls", subprocess.run([CLI, "--help"], capture_output=True, text=True).stdout)

    def test_without_display_lists_instead_of_crashing(self):
        env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")}
        out = subprocess.run([CLI, "--store", self.path], capture_output=True, text=True, env=env)
        self.assertEqual(out.returncode, 0, out.stderr)
        self.assertEqual(len(out.stderr.strip().splitlines()), 1)
        self.assertIn("no display", out.stderr)
        self.assertIn("sgd-lr0.01", out.stdout)

    def test_demo_fills_an_empty_store_only_when_asked(self):
        demo = os.path.join(self.dir.name, "demo.db")
        out = subprocess.run([CLI, "--store", demo, "demo", "--if-empty"], capture_output=True, text=True)
        self.assertEqual(out.returncode, 0, out.stderr)
        store = runlens.Store(demo)
        runs = store.runs()
        self.assertGreaterEqual(len(runs), 20)
        self.assertTrue(any(r.status == "failed" for r in runs), "one learning rate must diverge")
        self.assertTrue(any(r.parent_id for r in runs), "the pipeline has child runs")
        self.assertTrue(any(key == "val/acc" and sl for r in runs for key, sl in store.metric_keys(r.id)))
        again = subprocess.run([CLI, "--store", demo, "demo", "--if-empty"], capture_output=True, text=True)
        self.assertIn("already has runs", again.stdout)
        self.assertEqual(len(runlens.Store(demo).runs()), len(runs))


if __name__ == "__main__":
    unittest.main()
