"""runlens.tensorboard.SummaryWriter: scripts written for torch's SummaryWriter run with one
changed import, and the store holds exactly the scalars and hparams they logged.

Run: cd tests/python && PYTHONPATH=../../client/python /usr/bin/python3 -m unittest -v test_dropin_tensorboard
"""

import os
import re
import socket
import textwrap
import subprocess
import sys
import unittest

from client_testing import TempStoreTest

import runlens
from runlens.tensorboard import SummaryWriter, UnsupportedByRunlens

# The training-loop layout of torch's tutorials and of many training repos: per-iteration
# scalars, per-epoch train/val pairs through add_scalars, hparams at the end.
TRAIN_SCRIPT = textwrap.dedent('''
    from runlens.tensorboard import SummaryWriter

    writer = SummaryWriter("runs/mnist/lr0.1")
    for epoch in range(3):
        for i in range(4):
            n_iter = epoch * 4 + i
            writer.add_scalar("Loss/train", 1.0 / (n_iter + 1), n_iter)
            writer.add_scalar("Accuracy/train", n_iter / 12, n_iter, walltime=1000.0 + n_iter)
        writer.add_scalars("Loss", {"train": 1.0 / (epoch + 1), "val": 1.5 / (epoch + 1)}, epoch)
    writer.add_hparams({"lr": 0.1, "bsize": 32, "optimizer": "adam"},
                       {"hparam/accuracy": 0.9, "hparam/loss": 0.25})
    writer.close()

    # torch's docs: a sweep logging every trial's hparams through one writer
    with SummaryWriter("runs/mnist/sweep") as w:
        for i in range(3):
            w.add_hparams({"lr": 0.1 * i, "bsize": i}, {"hparam/accuracy": 10 * i})
''')


class WriterTest(TempStoreTest):

    def setUp(self):
        super().setUp()
        cwd = os.getcwd()
        os.chdir(self.dir)           # default log_dirs are made under ./runs, as with torch
        self.addCleanup(os.chdir, cwd)

    def store(self):
        store = runlens.Store(self.path)
        self.addCleanup(store.close)
        return store

    def writer(self, *args, **kwargs):
        kwargs.setdefault("store", self.path)
        writer = SummaryWriter(*args, **kwargs)
        self.addCleanup(writer.close)
        return writer

    def run_script(self, source, check=True):
        script = os.path.join(self.dir, "script.py")
        with open(script, "w") as handle:
            handle.write(source)
        done = subprocess.run([sys.executable, script], cwd=self.dir, timeout=120,
                              env=dict(self.env, RUNLENS_STORE=self.path),
                              stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        if check:
            self.assertEqual(done.returncode, 0, done.stderr)
        return done


class TrainingScriptTest(WriterTest):

    def test_store_holds_every_scalar_slice_and_hparam_of_the_script(self):
        self.run_script(TRAIN_SCRIPT)
        store = self.store()
        runs = {r.name: r for r in store.runs()}
        self.assertEqual({r.experiment for r in runs.values()}, {"mnist"})
        run = runs["lr0.1"]
        self.assertEqual(run.status, "finished")
        self.assertEqual(run.params, {"lr": 0.1, "bsize": 32, "optimizer": "adam"})
        self.assertEqual(run.tags["tensorboard.log_dir"], os.path.join("runs", "mnist", "lr0.1"))
        self.assertEqual(store.metric_keys(run.id), [
            ("Accuracy/train", None), ("Loss", "train"), ("Loss", "val"),
            ("Loss/train", None), ("hparam/accuracy", None), ("hparam/loss", None)])
        steps, values = store.metric(run.id, "Loss/train")
        self.assertEqual((list(steps), list(values)),
                         (list(range(12)), [1.0 / (n + 1) for n in range(12)]))
        steps, values, times = store.metric_with_times(run.id, "Accuracy/train")
        self.assertEqual(list(values), [n / 12 for n in range(12)])
        self.assertEqual(list(times), [1000.0 + n for n in range(12)])
        for tag, scale in (("train", 1.0), ("val", 1.5)):
            steps, values = store.metric(run.id, "Loss", tag)
            self.assertEqual((list(steps), list(values)),
                             ([0, 1, 2], [scale / (e + 1) for e in range(3)]))
        self.assertEqual(run.metrics["hparam/accuracy"], 0.9)
        self.assertEqual(run.metrics["hparam/loss"], 0.25)

    def test_a_sweep_through_one_writer_makes_a_child_run_per_later_trial(self):
        self.run_script(TRAIN_SCRIPT)
        runs = self.store().runs()
        [sweep] = [r for r in runs if r.name == "sweep"]
        self.assertEqual((sweep.params, sweep.metrics), ({"lr": 0.0, "bsize": 0},
                                                         {"hparam/accuracy": 0.0}))
        trials = sorted((r for r in runs if r.parent_id == sweep.id),
                        key=lambda r: r.params["bsize"])
        self.assertEqual([(t.params, t.metrics, t.status) for t in trials], [
            ({"lr": 0.1, "bsize": 1}, {"hparam/accuracy": 10.0}, "finished"),
            ({"lr": 0.1 * 2, "bsize": 2}, {"hparam/accuracy": 20.0}, "finished")])
        self.assertTrue(all(re.fullmatch(r"\d+\.\d+", t.name) for t in trials))  # time, as torch

    def test_writer_left_open_at_exit_is_ended(self):
        self.run_script("from runlens.tensorboard import SummaryWriter\n"
                        "w = SummaryWriter('runs/open')\n"
                        "w.add_scalar('loss', 0.5, 7)\n")
        [run] = self.store().runs()
        self.assertEqual((run.name, run.status), ("open", "finished"))
        self.assertEqual(list(self.store().metric(run.id, "loss")[0]), [7])


class NamingTest(WriterTest):

    def test_default_log_dir_is_torch_s_and_names_the_run(self):
        writer = self.writer(comment="_lr0.01", filename_suffix=".v2")
        pattern = (r"runs/[A-Z][a-z]{2}\d{2}_\d{2}-\d{2}-\d{2}_"
                   + re.escape(socket.gethostname()) + r"_lr0\.01")
        self.assertRegex(writer.log_dir.replace(os.sep, "/"), "^" + pattern + "$")
        self.assertEqual(writer.get_logdir(), writer.log_dir)
        self.assertTrue(os.path.isdir(os.path.join(self.dir, writer.log_dir)))
        writer.close()
        record = self.store().run(writer.run.id)
        self.assertEqual(record.name, os.path.basename(writer.log_dir))
        self.assertEqual(record.experiment, "runs")

    def test_experiment_and_store_can_be_given(self):
        writer = SummaryWriter(log_dir=os.path.join(self.dir, "logs", "trial1"),
                               experiment="digits")
        writer.close()
        record = runlens.Store().run(writer.run.id)   # the default store ($RUNLENS_STORE)
        self.assertEqual((record.name, record.experiment), ("trial1", "digits"))


class ScalarTest(WriterTest):

    def test_default_steps_follow_the_largest_step_and_walltime_is_kept(self):
        writer = self.writer("runs/steps")
        writer.add_scalar("loss", 1.0)
        writer.add_scalar("loss", 2.0, global_step=10, walltime=5.5)
        writer.add_scalar("loss", 3.0)
        writer.add_scalars("pair", {"a": 1, "b": 2}, walltime=7.0)
        writer.flush()      # readers see the points while the writer is open
        steps, values, times = self.store().metric_with_times(writer.run.id, "loss")
        self.assertEqual((list(steps), list(values)), ([0, 10, 11], [1.0, 2.0, 3.0]))
        self.assertEqual(times[1], 5.5)
        self.assertEqual(list(self.store().metric_with_times(writer.run.id, "pair", "b")[2]),
                         [7.0])

    def test_bad_input_raises_and_writes_nothing(self):
        writer = self.writer("runs/bad")
        writer.add_scalar("ok", 1.0)
        for call in (lambda: writer.add_scalar("loss", "high"),
                     lambda: writer.add_scalar("loss", 1.0, global_step="x"),
                     lambda: writer.add_scalar("loss", 1.0, walltime="now"),
                     lambda: writer.add_scalar("", 1.0),
                     lambda: writer.add_scalars("pair", {"a": 1.0, "b": "x"}, 0),
                     lambda: writer.add_scalars("pair", {"a": 1.0, "b\n": 2.0}, 0),
                     lambda: writer.add_scalars("pair", {"a": 1.0}, global_step=1.5),
                     lambda: writer.add_hparams({"lr": 0.1}, {"acc": "good"}),
                     lambda: writer.add_hparams({"lr": 0.1}, {"acc": 1.0}, global_step="x")):
            with self.assertRaises(ValueError):
                call()
        writer.close()
        store = self.store()
        self.assertEqual(store.metric_keys(writer.run.id), [("ok", None)])
        self.assertEqual(store.run(writer.run.id).params, {})

    def test_close_is_idempotent_and_logging_after_it_fails(self):
        writer = self.writer("runs/closed")
        writer.close()
        writer.close()
        with self.assertRaises(RuntimeError):
            writer.add_scalar("loss", 1.0)

    def test_context_manager_marks_an_exception_failed(self):
        with SummaryWriter("runs/ok", store=self.path) as good:
            good.add_scalar("x", 1.0)
        with self.assertRaises(ArithmeticError):
            with SummaryWriter("runs/bad", store=self.path) as bad:
                raise ArithmeticError
        store = self.store()
        self.assertEqual(store.run(good.run.id).status, "finished")
        self.assertEqual(store.run(bad.run.id).status, "failed")

    def test_unsupported_calls_raise_naming_the_call(self):
        writer = self.writer("runs/unsupported")
        for name in ("add_image", "add_images", "add_histogram", "add_graph", "add_figure",
                     "add_text", "add_embedding", "add_pr_curve", "add_audio", "add_video",
                     "add_mesh", "add_custom_scalars"):
            with self.subTest(call=name):
                with self.assertRaises(UnsupportedByRunlens) as caught:
                    getattr(writer, name)("tag", None, 0)
                self.assertIsInstance(caught.exception, NotImplementedError)
                self.assertIn(f"SummaryWriter.{name} is not supported by Runlens' drop-in",
                              str(caught.exception))
        with self.assertRaises(UnsupportedByRunlens) as caught:
            SummaryWriter("runs/purge", purge_step=10, store=self.path)
        self.assertIn("purge_step", str(caught.exception))
        self.assertEqual([r.name for r in self.store().runs()], ["unsupported"])


if __name__ == "__main__":
    unittest.main()
