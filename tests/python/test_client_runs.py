"""Run structure through the Python client: artifacts, child runs, statuses, names, lookups.

Run: cd tests/python && PYTHONPATH=../../client/python /usr/bin/python3 -m unittest -v test_client_runs
"""

import contextlib
import hashlib
import io
import os
import sys
import time
import unittest

from client_testing import TempStoreTest, on_postgresql, runlens  # noqa: E402


class ArtifactTest(TempStoreTest):

    def test_file_is_copied_with_size_and_sha256(self):
        source = os.path.join(self.dir, "model.pkl")
        payload = os.urandom(300_000)
        with open(source, "wb") as handle:
            handle.write(payload)
        with self.start() as run:
            self.assertEqual(run.log_artifact(source), ["model.pkl"])
            run.log_artifact(source, name="models/best.pkl")
        rows = self.sql("SELECT path, size, sha256 FROM artifacts ORDER BY path")
        digest = hashlib.sha256(payload).hexdigest()
        self.assertEqual(rows, [("model.pkl", len(payload), digest),
                                ("models/best.pkl", len(payload), digest)])
        with runlens.Store(self.path) as store:
            listed = store.artifacts(run.id)
            self.assertEqual(store.read_artifact(run.id, "models/best.pkl"), payload)
            copy = store.save_artifact(run.id, "model.pkl", os.path.join(self.dir, "copy"))
        with open(listed[1]["file"], "rb") as handle:
            self.assertEqual(handle.read(), payload)
        with open(copy, "rb") as handle:
            self.assertEqual(handle.read(), payload)
        if self.engine == "sqlite":   # a file store keeps them in a folder beside it
            self.assertEqual(listed[1]["file"], os.path.join(
                self.dir, "store-artifacts", run.id, "models", "best.pkl"))

    def test_folder_is_copied_recursively(self):
        folder = os.path.join(self.dir, "ckpt")
        os.makedirs(os.path.join(folder, "sub"))
        for rel, text in (("a.txt", "A"), ("sub/b.txt", "BB")):
            with open(os.path.join(folder, rel), "w") as handle:
                handle.write(text)
        with self.start() as run:
            self.assertEqual(run.log_artifact(folder), ["ckpt/a.txt", "ckpt/sub/b.txt"])
        self.assertEqual(self.sql("SELECT path, size FROM artifacts ORDER BY path"),
                         [("ckpt/a.txt", 1), ("ckpt/sub/b.txt", 2)])
        with runlens.Store(self.path) as store:
            self.assertEqual(store.read_artifact(run.id, "ckpt/sub/b.txt"), b"BB")
            with self.assertRaises(KeyError):
                store.read_artifact(run.id, "ckpt/none.txt")

    def test_special_files_in_a_folder_are_skipped_and_said(self):
        # A symlink to /dev/zero would copy without end, a FIFO would block forever, a
        # dangling symlink used to abort the upload and leave .tmp-* files behind.
        folder = os.path.join(self.dir, "ckpt")
        os.makedirs(folder)
        with open(os.path.join(folder, "a.txt"), "w") as handle:
            handle.write("A")
        os.symlink("/dev/zero", os.path.join(folder, "zero"))
        os.mkfifo(os.path.join(folder, "pipe"))
        os.symlink(os.path.join(self.dir, "gone"), os.path.join(folder, "dangling"))
        err = io.StringIO()
        with self.start() as run, contextlib.redirect_stderr(err):
            self.assertEqual(run.log_artifact(folder), ["ckpt/a.txt"])
        for name in ("zero", "pipe", "dangling"):
            self.assertIn(os.path.join(folder, name), err.getvalue())
        self.assertEqual(self.sql("SELECT path FROM artifacts"), [("ckpt/a.txt",)])
        left = [name for _, _, names in os.walk(os.path.join(self.dir, "store-artifacts"))
                for name in names if name.startswith(".tmp-")]
        self.assertEqual(left, [])

    def test_a_special_file_given_directly_is_refused(self):
        fifo = os.path.join(self.dir, "pipe")
        os.mkfifo(fifo)
        link = os.path.join(self.dir, "zero")
        os.symlink("/dev/zero", link)
        with self.start() as run:
            for source in (fifo, link, "/dev/zero"):
                with self.assertRaisesRegex(ValueError, "not a regular file", msg=source):
                    run.log_artifact(source)
        self.assertEqual(self.sql("SELECT count(*) FROM artifacts"), [(0,)])

    def test_bad_names_and_missing_files_are_refused(self):
        source = os.path.join(self.dir, "f.txt")
        with open(source, "w") as handle:
            handle.write("x")
        with self.start() as run:
            for name in ("../escape.txt", "/abs.txt", "a/../../b", ""):
                with self.assertRaises(ValueError, msg=name):
                    run.log_artifact(source, name=name)
            with self.assertRaises(FileNotFoundError):
                run.log_artifact(os.path.join(self.dir, "missing.bin"))
        self.assertEqual(self.sql("SELECT count(*) FROM artifacts"), [(0,)])
        self.assertFalse(os.path.exists(os.path.join(self.dir, "escape.txt")))


class RunStructureTest(TempStoreTest):

    def test_child_runs_point_to_their_parent(self):
        with self.start(experiment="pipe", name="pipeline") as parent:
            with parent.child("prepare", params={"rows": 10}) as step1:
                step1.log_metric("rows_out", 10)
            step2 = runlens.start_run(name="train", parent=parent.id[:10], store=self.path)
            step2.finish()
        with runlens.Store(self.path) as store:
            by_name = {r.name: r for r in store.runs()}
        self.assertEqual(by_name["prepare"].parent_id, parent.id)
        self.assertEqual(by_name["prepare"].experiment, "pipe")
        self.assertEqual(by_name["prepare"].params, {"rows": 10})
        self.assertEqual(by_name["train"].parent_id, parent.id)
        self.assertEqual(by_name["train"].experiment, "Default")
        self.assertIsNone(by_name["pipeline"].parent_id)

    def test_unknown_parent_is_refused_and_creates_nothing(self):
        with self.start() as run:
            pass
        with self.assertRaises(KeyError):
            self.start(parent="0123456789abcdef0123456789abcdef")
        with self.assertRaises(ValueError):
            self.start(parent="not-hex!")
        self.assertEqual(self.sql("SELECT uuid FROM runs"), [(run.id,)])

    def test_status_follows_how_the_with_block_ends(self):
        with self.start(name="ok"):
            pass
        with self.assertRaises(ZeroDivisionError):
            with self.start(name="boom") as run:
                run.log_metric("x", 1.0)
                1 / 0
        with self.assertRaises(KeyboardInterrupt):
            with self.start(name="ctrl-c"):
                raise KeyboardInterrupt
        with self.assertRaises(SystemExit):
            with self.start(name="exit-1"):
                sys.exit(1)
        with runlens.Store(self.path) as store:
            status = {r.name: r.status for r in store.runs()}
            self.assertEqual(list(store.metric(run.id, "x")[1]), [1.0])  # flushed on failure
        self.assertEqual(status, {"ok": "finished", "boom": "failed", "ctrl-c": "killed",
                                  "exit-1": "failed"})

    def test_finish_is_idempotent_and_a_finished_run_refuses_more_data(self):
        run = self.start()
        run.log_metric("x", 1.0)
        run.finish("killed")
        end_time = self.sql("SELECT end_time FROM runs")[0][0]
        run.finish()
        self.assertEqual(self.sql("SELECT status, end_time FROM runs"), [("killed", end_time)])
        self.assertEqual(run.status, "killed")
        with self.assertRaises(RuntimeError):
            run.log_metric("x", 2.0)
        with self.assertRaises(RuntimeError):
            run.log_metric("new", 2.0, slice="s")
        with self.assertRaises(RuntimeError):
            run.log_param("p", 1)
        with self.assertRaises(ValueError):
            self.start().finish("done")

    def test_default_names_and_prefix_lookup(self):
        runs = [self.start() for _ in range(3)]
        for run in runs:
            self.assertRegex(run.name, r"^[a-z]+-[a-z]+-\d{1,3}$")
            run.finish()
        with runlens.Store(self.path) as store:
            self.assertEqual(store.run(runs[1].id[:8]).id, runs[1].id)
            self.assertEqual(store.run(runs[1].id.upper()).id, runs[1].id)
            with self.assertRaises(ValueError):
                store.run("abc")
            with self.assertRaises(KeyError):
                store.run("ffffffffff" if not runs[0].id.startswith("ffffffffff") else "0000000000")
            with self.assertRaises(KeyError):
                store.metric(runs[0].id, "no-such-metric")

    def test_runs_filters_by_experiment_and_hides_archived(self):
        a = self.start(experiment="a", name="first")
        a.finish()
        time.sleep(0.01)
        b = self.start(experiment="b", name="second")
        b.finish()
        self.sql("UPDATE runs SET archived = 1 WHERE uuid = ?", (a.id,))
        with runlens.Store(self.path) as store:
            self.assertEqual([r.name for r in store.runs()], ["second"])
            self.assertEqual([r.name for r in store.runs(include_archived=True)],
                             ["second", "first"])
            self.assertEqual([r.name for r in store.runs(experiment="a", include_archived=True)],
                             ["first"])
            self.assertEqual(store.runs(experiment="a"), [])
            self.assertEqual([(e.name, e.run_count) for e in store.experiments()],
                             [("a", 1), ("b", 1)])

    def test_query_filters_runs(self):
        try:
            from runlens import query  # noqa: F401
        except ImportError:
            self.skipTest("runlens/query.py is not written yet (another engineer's file)")
        for lr, acc in ((0.01, 0.95), (0.1, 0.8), (0.01, 0.5)):
            with self.start(params={"lr": lr}) as run:
                run.log_metric("val/acc", acc)
        with runlens.Store(self.path) as store:
            hits = store.runs(query="params.lr = 0.01 and metrics.`val/acc` > 0.9")
            self.assertEqual([(r.params["lr"], r.metrics["val/acc"]) for r in hits], [(0.01, 0.95)])
            with self.assertRaises(query.QueryError):
                store.runs(query="params.lr = ")


PostgreSQLArtifactTest = on_postgresql(ArtifactTest)
PostgreSQLRunStructureTest = on_postgresql(RunStructureTest)


if __name__ == "__main__":
    unittest.main()
