"""The digits example trains real models and leaves runs, slices and artifacts behind.

Skipped (with a message) where scikit-learn is not installed.
Run: cd tests/python && PYTHONPATH=../../client/python /usr/bin/python3 -m unittest -v test_example_digits
"""

import importlib.util
import os
import shutil
import subprocess
import sys
import tempfile
import unittest

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.normpath(os.path.join(HERE, "..", ".."))
CLIENT = os.path.join(ROOT, "client", "python")
SCRIPT = os.path.join(ROOT, "examples", "python", "train_digits.py")
if CLIENT not in sys.path:
    sys.path.insert(0, CLIENT)

import runlens  # noqa: E402

EPOCHS = 3


@unittest.skipIf(importlib.util.find_spec("sklearn") is None,
                 "scikit-learn is not installed (Debian: python3-sklearn); example not run")
class DigitsExampleTest(unittest.TestCase):

    @classmethod
    def setUpClass(cls):
        cls.dir = tempfile.mkdtemp(prefix="runlens-test-")
        cls.path = os.path.join(cls.dir, "digits.db")
        env = dict(os.environ, PYTHONPATH=CLIENT, RUNLENS_STORE=os.path.join(cls.dir, "default.db"))
        cls.done = subprocess.run([sys.executable, SCRIPT, "--store", cls.path, "--epochs",
                                   str(EPOCHS), "--quick"], env=env, stdout=subprocess.PIPE,
                                  stderr=subprocess.PIPE, text=True, timeout=300)

    @classmethod
    def tearDownClass(cls):
        shutil.rmtree(cls.dir, ignore_errors=True)

    def setUp(self):
        self.assertEqual(self.done.returncode, 0, self.done.stderr)
        self.store = runlens.Store(self.path)
        self.addCleanup(self.store.close)

    def test_sweep_has_one_finished_child_per_model(self):
        runs = self.store.runs(experiment="digits")
        [sweep] = [r for r in runs if r.name == "sweep"]
        children = [r for r in runs if r.parent_id == sweep.id]
        self.assertEqual(len(children), len(runs) - 1)
        self.assertGreaterEqual(len(children), 3)
        self.assertTrue(all(r.status == "finished" for r in runs))
        self.assertEqual({r.params["model"] for r in children},
                         {"SGDClassifier", "LogisticRegression"})
        self.assertEqual(sweep.params["features"], 64)
        for child in children:
            self.assertEqual(child.params["epochs"], EPOCHS)
            self.assertIn("Final validation accuracy", child.notes)

    def test_children_log_curves_and_per_class_slices(self):
        children = [r for r in self.store.runs(experiment="digits") if r.parent_id]
        for child in children:
            keys = self.store.metric_keys(child.id)
            self.assertIn(("train/loss", None), keys)
            self.assertIn(("val/loss", None), keys)
            self.assertEqual({s for k, s in keys if k == "val/acc"},
                             {None} | {f"class={c}" for c in range(10)})
            steps, values = self.store.metric(child.id, "val/acc", "class=3")
            self.assertEqual(list(steps), list(range(EPOCHS)))
            self.assertTrue(all(0.0 <= v <= 1.0 for v in values))
            self.assertGreater(child.metrics["val/acc"], 0.8)   # digits is easy: it learned
            self.assertGreater(child.metrics["train/loss"], 0.0)

    def test_models_are_saved_as_artifacts(self):
        for child in [r for r in self.store.runs(experiment="digits") if r.parent_id]:
            [artifact] = self.store.artifacts(child.id)
            self.assertEqual(artifact["path"], "model.pkl")
            self.assertTrue(os.path.isfile(artifact["file"]))
            self.assertEqual(os.path.getsize(artifact["file"]), artifact["size"])


if __name__ == "__main__":
    unittest.main()
