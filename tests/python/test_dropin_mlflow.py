"""runlens.mlflow: scripts written for MLflow run with one changed import, and the store
holds exactly what they logged; MLflow's behaviours (nested runs, resume, per-thread
active runs, exit and failure handling, filters) hold too.

Run: cd tests/python && PYTHONPATH=../../client/python /usr/bin/python3 -m unittest -v test_dropin_mlflow
"""

import importlib.util
import json
import os
import subprocess
import sys
import textwrap
import threading
import unittest
from array import array
from unittest import mock

from client_testing import TempStoreTest

import runlens
import runlens.mlflow as mlflow
from runlens import _mlflow_fluent
from runlens._mlflow_filter import translate
from runlens.mlflow import MlflowClient, MlflowException, UnsupportedByRunlens

# A hyper-parameter sweep as MLflow tutorials and training repos write it; only the
# import differs. Values follow from formulas the test recomputes.
SWEEP_SCRIPT = textwrap.dedent('''
    import os
    import tempfile

    import runlens.mlflow as mlflow


    def train(lr, epochs):
        loss = 1.0
        for epoch in range(epochs):
            loss = loss * (1.0 - lr)
            yield epoch, loss, 1.0 - loss


    mlflow.set_experiment("sweep-demo")
    with mlflow.start_run(run_name="sweep", tags={"kind": "sweep"}) as parent:
        mlflow.log_param("search", "grid")
        for lr in (0.1, 0.25):
            with mlflow.start_run(run_name=f"lr-{lr}", nested=True) as child:
                mlflow.log_params({"lr": lr, "epochs": 5, "optimizer": "sgd"})
                mlflow.set_tags({"team": "vision", "model": "mlp"})
                for epoch, loss, acc in train(lr, 5):
                    mlflow.log_metrics({"train loss": loss, "val/acc": acc}, step=epoch)
                mlflow.log_metric("best_acc", acc)
                with tempfile.TemporaryDirectory() as folder:
                    path = os.path.join(folder, "weights.txt")
                    with open(path, "w") as handle:
                        handle.write(f"lr={lr}")
                    mlflow.log_artifact(path, artifact_path="model")
                mlflow.log_dict({"lr": lr, "epochs": 5}, "config.json")
                mlflow.log_text("trained", "notes/summary.txt")
        mlflow.log_metric("children", 2)
    print(parent.info.run_id)
''')


def _sweep_points(lr):
    loss, losses, accs = 1.0, [], []
    for _ in range(5):
        loss = loss * (1.0 - lr)
        losses.append(loss)
        accs.append(1.0 - loss)
    return losses, accs


class MlflowTest(TempStoreTest):
    """Each test logs into its own store through the tracking URI, and leaves no run open."""

    def setUp(self):
        super().setUp()
        mlflow.set_tracking_uri(self.path)
        self.addCleanup(self._reset)

    def _reset(self):
        while mlflow.active_run() is not None:
            mlflow.end_run()
        mlflow.set_tracking_uri(None)
        _mlflow_fluent._experiment = None

    def store(self):
        store = runlens.Store(self.path)
        self.addCleanup(store.close)
        return store

    def run_script(self, source, env=None, check=True):
        script = os.path.join(self.dir, "script.py")
        with open(script, "w") as handle:
            handle.write(source)
        return self.run_file(script, env, check)

    def run_file(self, script, env=None, check=True):
        """Run a script in the test's folder, logging to its store via MLFLOW_TRACKING_URI."""
        done = subprocess.run([sys.executable, script], cwd=self.dir, timeout=120,
                              env=dict(self.env, MLFLOW_TRACKING_URI=self.path, **(env or {})),
                              stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        if check:
            self.assertEqual(done.returncode, 0, done.stderr)
        return done


class SweepScriptTest(MlflowTest):

    def test_store_holds_every_run_param_tag_point_and_artifact_of_the_script(self):
        parent_id = self.run_script(SWEEP_SCRIPT).stdout.strip()
        store = self.store()
        runs = store.runs(experiment="sweep-demo")
        self.assertEqual(len(runs), 3)
        [parent] = [r for r in runs if r.id == parent_id]
        self.assertEqual((parent.name, parent.status, parent.parent_id),
                         ("sweep", "finished", None))
        self.assertEqual(parent.params, {"search": "grid"})
        self.assertEqual(parent.tags["kind"], "sweep")
        self.assertEqual(parent.metrics, {"children": 2.0})
        children = {r.name: r for r in runs if r.parent_id == parent_id}
        self.assertEqual(set(children), {"lr-0.1", "lr-0.25"})
        for lr in (0.1, 0.25):
            child = children[f"lr-{lr}"]
            self.assertEqual(child.status, "finished")
            self.assertEqual(child.params, {"lr": lr, "epochs": 5, "optimizer": "sgd"})
            self.assertEqual({k: v for k, v in child.tags.items() if k != "python.version"},
                             {"team": "vision", "model": "mlp"})
            self.assertEqual(store.metric_keys(child.id),
                             [("best_acc", None), ("train loss", None), ("val/acc", None)])
            losses, accs = _sweep_points(lr)
            self.assertEqual(store.metric(child.id, "train loss"), (
                array("q", range(5)), array("d", losses)))
            self.assertEqual(list(store.metric(child.id, "val/acc")[1]), accs)
            self.assertEqual(list(store.metric(child.id, "best_acc")[0]), [0])
            self.assertEqual(child.metrics["best_acc"], accs[-1])
            artifacts = {a["path"]: a for a in store.artifacts(child.id)}
            self.assertEqual(set(artifacts), {"model/weights.txt", "config.json",
                                              "notes/summary.txt"})
            with open(artifacts["model/weights.txt"]["file"]) as handle:
                self.assertEqual(handle.read(), f"lr={lr}")
            with open(artifacts["config.json"]["file"]) as handle:
                self.assertEqual(json.load(handle), {"lr": lr, "epochs": 5})

    def test_client_reads_the_sweep_back_as_mlflow_objects(self):
        parent_id = self.run_script(SWEEP_SCRIPT).stdout.strip()
        client = MlflowClient(tracking_uri=self.path)
        best = client.search_runs(["sweep-demo"],
                                  "metrics.best_acc > 0.3 and params.optimizer = 'sgd'",
                                  order_by=["metrics.best_acc DESC"])
        self.assertEqual([r.info.run_name for r in best], ["lr-0.25", "lr-0.1"])
        run = client.get_run(best[0].info.run_id)
        self.assertEqual(run.info.run_id, best[0].info.run_id)
        self.assertEqual(run.info.status, "FINISHED")
        self.assertEqual(run.info.experiment_id, "sweep-demo")
        self.assertIsInstance(run.info.start_time, int)
        self.assertEqual(run.data.params, {"lr": "0.25", "epochs": "5", "optimizer": "sgd"})
        self.assertEqual(run.data.tags["mlflow.runName"], "lr-0.25")
        self.assertEqual(run.data.tags["mlflow.parentRunId"], parent_id)
        history = client.get_metric_history(run.info.run_id, "val/acc")
        self.assertEqual([m.step for m in history], list(range(5)))
        self.assertEqual([m.value for m in history], _sweep_points(0.25)[1])
        self.assertTrue(all(isinstance(m.timestamp, int) and m.key == "val/acc" for m in history))
        self.assertEqual(client.get_metric_history(run.info.run_id, "no such key"), [])
        children = client.search_runs([], f"tags.mlflow.parentRunId = '{parent_id}'")
        self.assertEqual(len(children), 2)


EXAMPLE = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "examples",
                       "python", "mlflow_script.py")


@unittest.skipIf(importlib.util.find_spec("sklearn") is None,
                 "scikit-learn is not installed (Debian: python3-sklearn); example not run")
class ExampleScriptTest(MlflowTest):
    """examples/python/mlflow_script.py, plain MLflow code but for its import."""

    def test_example_logs_a_sweep_with_nested_runs_metrics_and_artifacts(self):
        done = self.run_file(EXAMPLE, env={"EPOCHS": "3"})
        self.assertIn("logged to file://" + self.path, done.stdout)
        store = self.store()
        runs = store.runs(experiment="digits-mlflow")
        [parent] = [r for r in runs if r.name == "lr-sweep"]
        children = {r.name: r for r in runs if r.parent_id == parent.id}
        self.assertEqual(set(children), {"sgd-lr0.01", "sgd-lr0.1"})
        for name, child in children.items():
            self.assertEqual(child.status, "finished")
            self.assertEqual(child.params["epochs"], 3)
            self.assertEqual(child.tags["model"], "SGDClassifier")
            for key in ("train_loss", "val_loss", "val_acc"):
                self.assertEqual(list(store.metric(child.id, key)[0]), [0, 1, 2])
            self.assertGreater(child.metrics["val_acc"], 0.8)
            self.assertEqual([a["path"] for a in store.artifacts(child.id)],
                             ["config.json", "model/model.pkl"])
        best = max(children.values(), key=lambda r: r.metrics["val_acc"])
        self.assertEqual(parent.tags["best_run"], best.id)
        self.assertEqual(parent.metrics["best_val_acc"], best.metrics["val_acc"])


class LifecycleTest(MlflowTest):

    def test_run_left_open_at_exit_is_ended_with_its_points(self):
        self.run_script("import runlens.mlflow as mlflow\n"
                        "mlflow.start_run(run_name='open')\n"
                        "for i in range(3):\n    mlflow.log_metric('x', i)\n")
        [run] = self.store().runs()
        self.assertEqual((run.name, run.status), ("open", "finished"))
        self.assertEqual(list(self.store().metric(run.id, "x")[1]), [0.0, 1.0, 2.0])

    def test_uncaught_exception_at_exit_marks_the_open_run_failed(self):
        done = self.run_script("import runlens.mlflow as mlflow\n"
                               "mlflow.start_run(run_name='dies')\n"
                               "mlflow.log_metric('x', 1)\n"
                               "raise RuntimeError('boom')\n", check=False)
        self.assertNotEqual(done.returncode, 0)
        [run] = self.store().runs()
        self.assertEqual(run.status, "failed")
        self.assertEqual(run.metrics, {"x": 1.0})

    def test_exception_in_with_marks_the_run_failed_and_ends_it(self):
        with self.assertRaises(ZeroDivisionError):
            with mlflow.start_run(run_name="bad") as active:
                mlflow.log_metric("loss", 1.0)
                1 / 0
        self.assertIsNone(mlflow.active_run())
        self.assertEqual(self.store().run(active.info.run_id).status, "failed")
        self.assertEqual(mlflow.get_run(active.info.run_id).info.status, "FAILED")

    def test_keyboard_interrupt_in_with_marks_the_run_killed(self):
        with self.assertRaises(KeyboardInterrupt):
            with mlflow.start_run() as active:
                raise KeyboardInterrupt
        self.assertEqual(self.store().run(active.info.run_id).status, "killed")

    def test_end_run_takes_mlflow_statuses(self):
        active = mlflow.start_run()
        mlflow.end_run(status="KILLED")
        self.assertEqual(self.store().run(active.info.run_id).status, "killed")
        mlflow.end_run()   # nothing active: nothing to do, as in MLflow
        mlflow.start_run()
        with self.assertRaises(MlflowException):
            mlflow.end_run(status="RUNNING")

    def test_log_without_active_run_starts_one_in_the_active_experiment(self):
        mlflow.set_experiment("auto")
        mlflow.log_metric("x", 3.0)
        active = mlflow.active_run()
        self.assertIsNotNone(active)
        mlflow.end_run()
        run = self.store().run(active.info.run_id)
        self.assertEqual((run.experiment, run.metrics), ("auto", {"x": 3.0}))

    def test_nested_runs_are_parent_and_child_runs(self):
        with mlflow.start_run(run_name="parent") as parent:
            with self.assertRaises(MlflowException) as caught:
                mlflow.start_run()
            self.assertIn("nested=True", str(caught.exception))
            with mlflow.start_run(run_name="child", nested=True) as child:
                self.assertEqual(mlflow.active_run().info.run_id, child.info.run_id)
                with mlflow.start_run(run_name="grandchild", nested=True) as grandchild:
                    pass
            self.assertEqual(mlflow.active_run().info.run_id, parent.info.run_id)
        store = self.store()
        self.assertEqual(store.run(child.info.run_id).parent_id, parent.info.run_id)
        self.assertEqual(store.run(grandchild.info.run_id).parent_id, child.info.run_id)
        self.assertIsNone(mlflow.active_run())
        self.assertEqual(mlflow.last_active_run().info.run_id, parent.info.run_id)

    def test_resume_by_run_id_goes_on_after_the_stored_steps(self):
        with mlflow.start_run(run_name="first") as first:
            for step in range(3):
                mlflow.log_metric("loss", 1.0 / (step + 1))
            mlflow.log_param("lr", 0.1)
        run_id = first.info.run_id
        self.assertEqual(len(run_id), 32)
        int(run_id, 16)   # MLflow run ids are hex
        with mlflow.start_run(run_id=run_id) as again:
            self.assertEqual(again.info.run_id, run_id)
            self.assertEqual(self.store().run(run_id).status, "running")
            mlflow.log_metric("loss", 0.1)
            mlflow.log_param("resumed", True)
        record = self.store().run(run_id)
        self.assertEqual(record.status, "finished")
        self.assertEqual(record.params, {"lr": 0.1, "resumed": "true"})
        steps, values = self.store().metric(run_id, "loss")
        self.assertEqual(list(steps), [0, 1, 2, 3])
        self.assertEqual(values[3], 0.1)
        self.assertEqual(len(self.store().runs()), 1)

    def test_refused_resume_leaves_the_run_as_it_was(self):
        with mlflow.start_run(run_name="done") as done:
            pass
        with self.assertRaises(UnsupportedByRunlens):
            mlflow.start_run(run_id=done.info.run_id, run_name="renamed")
        with self.assertRaises(ValueError):
            mlflow.start_run(run_id=done.info.run_id, tags={"bad\nkey": 1})
        self.assertIsNone(mlflow.active_run())
        record = self.store().run(done.info.run_id)
        self.assertEqual((record.name, record.status), ("done", "finished"))
        self.assertNotIn("bad\nkey", record.tags)

    def test_resume_unknown_run_id_fails_clearly(self):
        with self.assertRaises(MlflowException) as caught:
            mlflow.start_run(run_id="0123456789abcdef0123456789abcdef")
        self.assertIn("not found", str(caught.exception))
        self.assertIsNone(mlflow.active_run())

    def test_each_thread_has_its_own_active_run(self):
        main = mlflow.start_run(run_name="main")
        seen = {}

        def worker(name):
            seen[name + "-before"] = mlflow.active_run()
            with mlflow.start_run(run_name=name) as mine:
                mlflow.log_metric("x", 1.0)
                seen[name] = mine.info.run_id
                seen[name + "-active"] = mlflow.active_run().info.run_id

        threads = [threading.Thread(target=worker, args=(f"t{i}",)) for i in range(2)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
        self.assertEqual(mlflow.active_run().info.run_id, main.info.run_id)
        for name in ("t0", "t1"):
            self.assertIsNone(seen[name + "-before"])
            self.assertEqual(seen[name + "-active"], seen[name])
            record = self.store().run(seen[name])
            self.assertEqual((record.name, record.status, record.metrics),
                             (name, "finished", {"x": 1.0}))
        mlflow.end_run()
        self.assertEqual(self.store().run(main.info.run_id).metrics, {})


class LoggingTest(MlflowTest):

    def test_timestamps_are_milliseconds_and_steps_as_given(self):
        with mlflow.start_run() as active:
            mlflow.log_metric("acc", 0.5, step=10, timestamp=1_700_000_000_250)
            mlflow.log_metrics({"acc": 0.75}, step=20, timestamp=1_700_000_001_000)
        steps, values, times = self.store().metric_with_times(active.info.run_id, "acc")
        self.assertEqual((list(steps), list(values)), ([10, 20], [0.5, 0.75]))
        self.assertEqual(list(times), [1_700_000_000.25, 1_700_000_001.0])
        history = MlflowClient().get_metric_history(active.info.run_id, "acc")
        self.assertEqual([m.timestamp for m in history], [1_700_000_000_250, 1_700_000_001_000])

    def test_bad_metric_input_raises_and_writes_nothing(self):
        with mlflow.start_run() as active:
            mlflow.log_metric("ok", 1.0)
            for call in (lambda: mlflow.log_metric("acc", "high"),
                         lambda: mlflow.log_metric("bad\nkey", 1.0),
                         lambda: mlflow.log_metric("acc", 1.0, step="x"),
                         lambda: mlflow.log_metric("acc", 1.0, timestamp="soon"),
                         lambda: mlflow.log_metrics({"acc": 1.0, "loss": None}),
                         lambda: mlflow.log_param("", 1)):
                with self.assertRaises(ValueError):
                    call()
        store = self.store()
        self.assertEqual(store.metric_keys(active.info.run_id), [("ok", None)])
        self.assertEqual(store.run(active.info.run_id).params, {})

    def test_log_param_returns_the_value_and_description_becomes_notes(self):
        with mlflow.start_run(description="first try") as active:
            self.assertEqual(mlflow.log_param("lr", 0.01), 0.01)
            mlflow.set_tag("mlflow.note.content", "**better** notes")
            mlflow.set_tag("stage", 2)
        record = self.store().run(active.info.run_id)
        self.assertEqual(record.notes, "**better** notes")
        self.assertEqual(record.tags["stage"], "2")
        self.assertNotIn("mlflow.note.content", record.tags)

    def test_run_name_tag_names_the_run(self):
        with mlflow.start_run(tags={"mlflow.runName": "from-tag"}) as active:
            pass
        self.assertEqual(self.store().run(active.info.run_id).name, "from-tag")

    def test_log_artifacts_copies_a_folder_s_contents(self):
        folder = os.path.join(self.dir, "out")
        os.makedirs(os.path.join(folder, "sub"))
        for name in ("a.txt", os.path.join("sub", "b.txt")):
            with open(os.path.join(folder, name), "w") as handle:
                handle.write(name)
        with mlflow.start_run() as active:
            mlflow.log_artifacts(folder, artifact_path="outputs")
            mlflow.log_artifacts(folder)
        paths = [a["path"] for a in self.store().artifacts(active.info.run_id)]
        self.assertEqual(paths, ["a.txt", "outputs/a.txt", "outputs/sub/b.txt", "sub/b.txt"])


class ExperimentTest(MlflowTest):

    def test_experiments_are_named_by_their_ids(self):
        experiment = mlflow.set_experiment("vision")
        self.assertEqual((experiment.experiment_id, experiment.name), ("vision", "vision"))
        self.assertIsNone(mlflow.get_experiment_by_name("vision"))   # no run yet
        with mlflow.start_run() as active:
            pass
        self.assertEqual(active.info.experiment_id, "vision")
        self.assertEqual([e.name for e in mlflow.search_experiments()], ["vision"])
        self.assertEqual(MlflowClient().get_experiment("vision").name, "vision")
        [record] = self.store().experiments()
        self.assertEqual(mlflow.set_experiment(experiment_id=record.id).name, "vision")
        self.assertEqual(mlflow.create_experiment("new"), "new")
        with self.assertRaises(MlflowException):
            mlflow.create_experiment("vision")
        with self.assertRaises(UnsupportedByRunlens):
            mlflow.search_experiments(filter_string="name = 'vision'")


class TrackingUriTest(MlflowTest):

    def test_file_uri_and_env_store_path_are_honoured(self):
        other = os.path.join(self.dir, "other.db")
        mlflow.set_tracking_uri("file://" + other)
        self.assertEqual(mlflow.get_tracking_uri(), "file://" + other)
        with mlflow.start_run() as active:
            pass
        self.assertEqual(runlens.Store(other).run(active.info.run_id).status, "finished")
        mlflow.set_tracking_uri(None)
        with mock.patch.dict(os.environ, {"MLFLOW_TRACKING_URI": self.path}):
            self.assertEqual(mlflow.get_tracking_uri(), "file://" + self.path)

    def test_env_uri_of_a_real_mlflow_falls_back_to_the_default_store(self):
        mlflow.set_tracking_uri(None)
        for uri in ("http://localhost:5000", self.dir):   # a server, an mlruns-like folder
            with mock.patch.dict(os.environ, {"MLFLOW_TRACKING_URI": uri}), \
                    mock.patch("sys.stderr"):
                self.assertEqual(mlflow.get_tracking_uri(),
                                 "file://" + os.path.join(self.dir, "default.db"))

    def test_explicit_uri_that_is_no_store_is_refused(self):
        with self.assertRaises(UnsupportedByRunlens) as caught:
            mlflow.set_tracking_uri("http://localhost:5000")
        self.assertIn("set_tracking_uri", str(caught.exception))
        with self.assertRaises(ValueError):
            mlflow.set_tracking_uri(self.dir)


class UnsupportedTest(MlflowTest):

    def test_unsupported_calls_raise_naming_the_call(self):
        calls = {
            "mlflow.autolog": lambda: mlflow.autolog(),
            "mlflow.log_figure": lambda: mlflow.log_figure(None, "f.png"),
            "mlflow.log_image": lambda: mlflow.log_image(None, "i.png"),
            "mlflow.sklearn.log_model": lambda: mlflow.sklearn.log_model(None, "model"),
            "mlflow.pytorch.autolog": lambda: mlflow.pytorch.autolog(),
            "mlflow.register_model": lambda: mlflow.register_model("runs:/x/model", "m"),
            "mlflow.delete_tag": lambda: mlflow.delete_tag("t"),
            "search_runs(output_format='pandas')": lambda: mlflow.search_runs(),
            "MlflowClient.download_artifacts":
                lambda: MlflowClient().download_artifacts("0" * 32, "model"),
        }
        for name, call in calls.items():
            with self.subTest(call=name):
                with self.assertRaises(UnsupportedByRunlens) as caught:
                    call()
                self.assertIsInstance(caught.exception, NotImplementedError)
                self.assertIn(name, str(caught.exception))
                self.assertIn("not supported by Runlens' drop-in", str(caught.exception))
        self.assertEqual(self.store().runs(), [])   # nothing was started on the way


class _Named:
    """The least a record needs for a query on its name."""

    def __init__(self, name):
        self.name, self.id, self.experiment, self.status = name, "0" * 32, "e", "finished"
        self.params, self.tags, self.metrics = {}, {}, {}


class FilterTest(MlflowTest):

    def test_translation_to_the_runlens_query_language(self):
        cases = {
            "metrics.val_acc > 0.9 and params.lr = '0.01'":
                "metrics.`val_acc` > 0.9 and params.`lr` = '0.01'",
            "metrics.`val acc` >= 1": "metrics.`val acc` >= 1",
            'params."batch size" != "64"': "params.`batch size` != '64'",
            "attributes.status = 'FINISHED'": "(status = finished)",
            "attribute.status != 'FAILED'": "not (status = failed or status = crashed)",
            "tags.\"mlflow.runName\" LIKE 'sgd%'": "name ~ '^sgd.*$'",
            "attributes.run_name ILIKE '%a.b_'": "name ~ '^.*a\\\\.b.$'",
            "tags.team IN ('vision', 'nlp')": "(tags.`team` = 'vision' or tags.`team` = 'nlp')",
            "attributes.run_id NOT IN ('ab')": "not (id = 'ab')",
            "params.x IS NULL": "not params.`x` ~ ''",
            "tags.x IS NOT NULL": "tags.`x` ~ ''",
            "tags.quote = 'it''s'".replace("''", "\\'"): "tags.`quote` = 'it\\'s'",
            "": "",
        }
        for mlflow_filter, expected in cases.items():
            with self.subTest(filter=mlflow_filter):
                self.assertEqual(translate(mlflow_filter), (expected, []))
                runlens.query.parse(expected)   # the result is valid Runlens
        like = runlens.query.parse(translate("attributes.run_name LIKE '%a.b_'")[0])
        self.assertTrue(like.matches(_Named("xa.bc")))
        self.assertFalse(like.matches(_Named("xaxbc")))   # '.' is a literal dot
        self.assertFalse(like.matches(_Named("xa.bcd")))  # '_' is one character

    def test_search_results_follow_the_filter(self):
        for name, lr, acc, status in (("a", 0.1, 0.8, "FINISHED"), ("b", 0.01, 0.9, "FINISHED"),
                                      ("c", 0.01, 0.95, "FAILED")):
            mlflow.start_run(run_name=name, tags={"team": "vision" if name != "a" else "nlp"})
            mlflow.log_params({"lr": lr})
            mlflow.log_metric("val acc", acc)
            mlflow.end_run(status)
        client = MlflowClient()

        def names(text, **kwargs):
            return sorted(r.info.run_name for r in client.search_runs([], text, **kwargs))

        self.assertEqual(names("params.lr = '0.01'"), ["b", "c"])
        self.assertEqual(names("metrics.`val acc` > 0.85 and attributes.status = 'FINISHED'"),
                         ["b"])
        self.assertEqual(names("tags.team != 'nlp' and attributes.run_name LIKE '_'"), ["b", "c"])
        self.assertEqual(names("metrics.missing > 0"), [])
        self.assertEqual(names("params.lr IS NOT NULL"), ["a", "b", "c"])
        ordered = client.search_runs([], "", order_by=["params.lr ASC", "metrics.`val acc` DESC"])
        self.assertEqual([r.info.run_name for r in ordered], ["c", "b", "a"])
        self.assertEqual(len(client.search_runs([], "", max_results=2)), 2)
        listed = mlflow.search_runs(filter_string="metrics.`val acc` < 0.85", output_format="list")
        self.assertEqual([r.info.run_name for r in listed], ["a"])
        self.assertEqual(client.search_runs(["no-such-experiment"], ""), [])

    def test_bad_filters_raise_mlflow_exception_with_the_reason(self):
        bad = {
            "metrics.acc >": "quoted string",
            "metrics.acc = 'high'": "numbers",
            "foo.acc = 1": "unknown entity",
            "metrics.a = 1 or metrics.b = 2": "OR",
            "params.lr == 1": "quoted string",
            "params.lr = 'open": "unexpected character",
            "acc > 1": "expected a field",
            "attributes.colour = 'red'": "unknown attribute",
            "attributes.status = 'DONE'": "unknown run status",
            "tags.t IN ('a'": "')'",
            "metrics.a > 1 metrics.b > 2": "expected AND",
            "params.p ~ 'x'": "unexpected character",
            "tags.t LIKE '('": "",    # a valid LIKE: '(' is escaped, so no regex error
        }
        client = MlflowClient()
        for text, reason in bad.items():
            with self.subTest(filter=text):
                if not reason:
                    client.search_runs([], text)
                    continue
                with self.assertRaises(MlflowException) as caught:
                    client.search_runs([], text)
                self.assertIn(reason, str(caught.exception))

    def test_filters_runlens_cannot_express_raise_unsupported(self):
        for text in ("attributes.start_time > 0", "attributes.end_time < 5", "user_id = 'x'"):
            with self.subTest(filter=text):
                with self.assertRaises(UnsupportedByRunlens) as caught:
                    MlflowClient().search_runs([], text)
                self.assertIn("search_runs filter", str(caught.exception))


if __name__ == "__main__":
    unittest.main()
