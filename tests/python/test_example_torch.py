"""The PyTorch example trains a real network through the SummaryWriter drop-in and leaves
one run per learning rate with curves, slices, hparams and the weights behind.

Skipped, with the reason, where PyTorch or scikit-learn does not import.
Run: cd tests/python && PYTHONPATH=../../client/python /usr/bin/python3 -m unittest -v test_example_torch
"""

import os
import shutil
import subprocess
import sys
import tempfile
import unittest

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.normpath(os.path.join(HERE, "..", ".."))
CLIENT = os.path.join(ROOT, "client", "python")
SCRIPT = os.path.join(ROOT, "examples", "python", "train_torch.py")
if CLIENT not in sys.path:
    sys.path.insert(0, CLIENT)

import runlens  # noqa: E402

try:
    import torch
    import sklearn  # noqa: F401  (the example needs it too)
    MISSING = None
except ImportError as error:
    MISSING = (f"PyTorch or scikit-learn does not import ({error}); Debian: "
               f"apt-get install python3-torch python3-sklearn; example not run")

EPOCHS = 3
LRS = ("0.05", "0.1")
TRAIN_ROWS = 1347            # 75 % of the 1797 digits
BATCHES = -(-TRAIN_ROWS // 64)


@unittest.skipIf(MISSING is not None, MISSING or "")
class TorchExampleTest(unittest.TestCase):

    @classmethod
    def setUpClass(cls):
        cls.dir = tempfile.mkdtemp(prefix="runlens-test-")
        cls.path = os.path.join(cls.dir, "torch.db")
        env = dict(os.environ, PYTHONPATH=CLIENT, RUNLENS_STORE=os.path.join(cls.dir, "default.db"))
        cls.done = subprocess.run([sys.executable, SCRIPT, "--store", cls.path, "--epochs",
                                   str(EPOCHS), "--lrs", *LRS], cwd=cls.dir, env=env,
                                  stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                                  timeout=600)

    @classmethod
    def tearDownClass(cls):
        shutil.rmtree(cls.dir, ignore_errors=True)

    def setUp(self):
        self.assertEqual(self.done.returncode, 0, self.done.stderr)
        self.store = runlens.Store(self.path)
        self.addCleanup(self.store.close)

    def runs(self):
        return {r.name: r for r in self.store.runs(experiment="digits")}

    def test_one_finished_run_per_learning_rate_with_its_hparams(self):
        runs = self.runs()
        self.assertEqual(set(runs), {f"mlp-lr{lr}" for lr in LRS})
        for lr in LRS:
            run = runs[f"mlp-lr{lr}"]
            self.assertEqual(run.status, "finished")
            self.assertEqual(run.params, {"lr": float(lr), "hidden": 64, "batch_size": 64,
                                          "epochs": EPOCHS, "optimizer": "SGD+momentum"})
            self.assertEqual(run.tags["tensorboard.log_dir"],
                             os.path.join("runs", "digits", f"mlp-lr{lr}"))

    def test_curves_have_every_batch_and_epoch_and_the_network_learned(self):
        for run in self.runs().values():
            self.assertEqual(self.store.metric_keys(run.id), [
                ("Accuracy/val", None), ("Loss", "train"), ("Loss", "val"),
                ("Loss/train", None), ("hparam/accuracy", None), ("hparam/loss", None)])
            steps, losses = self.store.metric(run.id, "Loss/train")
            self.assertEqual(list(steps), list(range(EPOCHS * BATCHES)))
            self.assertLess(losses[-1], losses[0])
            for key, slice_ in (("Accuracy/val", None), ("Loss", "train"), ("Loss", "val")):
                self.assertEqual(list(self.store.metric(run.id, key, slice_)[0]),
                                 list(range(EPOCHS)))
            accuracy = self.store.metric(run.id, "Accuracy/val")[1][-1]
            self.assertGreater(accuracy, 0.85)      # digits is easy: it learned
            self.assertEqual(run.metrics["hparam/accuracy"], accuracy)
            self.assertEqual(run.metrics["hparam/loss"],
                             self.store.metric(run.id, "Loss", "val")[1][-1])

    def test_weights_are_in_the_log_dir_and_kept_as_an_artifact(self):
        for name, run in self.runs().items():
            [artifact] = self.store.artifacts(run.id)
            self.assertEqual(artifact["path"], "model.pt")
            in_log_dir = os.path.join(self.dir, "runs", "digits", name, "model.pt")
            self.assertEqual(os.path.getsize(in_log_dir), artifact["size"])
            state = torch.load(artifact["file"])
            self.assertEqual(tuple(state["0.weight"].shape), (64, 64))


if __name__ == "__main__":
    unittest.main()
