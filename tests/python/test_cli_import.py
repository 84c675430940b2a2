"""`runlens import` as a user meets it: what it prints, idempotency (a second import adds
nothing), --experiment, and the exit codes: 0 imported (or already there), 1 nothing
importable in what was given, 2 a store problem."""

import json
import os
import struct
import subprocess
import tempfile
import unittest

CLI = os.environ.get("RUNLENS_CLI")


def crc32c(data):
    crc = 0xFFFFFFFF
    for b in data:
        crc ^= b
        for _ in range(8):
            crc = (crc >> 1) ^ (0x82F63B78 if crc & 1 else 0)
    return crc ^ 0xFFFFFFFF


def masked(data):
    c = crc32c(data)
    return (((c >> 15) | (c << 17)) + 0xA282EAD8) & 0xFFFFFFFF


def varint(v):
    out = bytearray()
    while v >= 0x80:
        out.append((v & 0x7F) | 0x80)
        v >>= 7
    out.append(v)
    return bytes(out)


def field(n, wire, payload):
    return varint(n << 3 | wire) + payload


def scalar_event(wall, step, tag, value):
    """A TensorBoard Event with one Summary.Value{tag, simple_value}, TFRecord-framed."""
    val = field(1, 2, varint(len(tag)) + tag.encode()) + field(2, 5, struct.pack("<f", value))
    summary = field(1, 2, varint(len(val)) + val)
    event = field(1, 1, struct.pack("<d", wall)) + field(2, 0, varint(step)) + field(5, 2, varint(len(summary)) + summary)
    length = struct.pack("<Q", len(event))
    return length + struct.pack("<I", masked(length)) + event + struct.pack("<I", masked(event))


def write(path, data):
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "wb") as f:
        f.write(data if isinstance(data, bytes) else data.encode())


@unittest.skipUnless(CLI and os.path.exists(CLI), "RUNLENS_CLI is not set (run through ctest)")
class CliImportTest(unittest.TestCase):
    RUN_ID = "0123456789abcdef0123456789abcdef"

    def setUp(self):
        self.tmp = tempfile.TemporaryDirectory()
        self.store = os.path.join(self.tmp.name, "store.db")
        self.logs = os.path.join(self.tmp.name, "logs")
        mlruns = os.path.join(self.logs, "mlruns")
        write(os.path.join(mlruns, "1", "meta.yaml"),
              "artifact_location: file:///C:/Users/u/mlruns/1\nexperiment_id: '1'\nlifecycle_stage: active\nname: digits\n")
        run = os.path.join(mlruns, "1", self.RUN_ID)
        write(os.path.join(run, "meta.yaml"),
              f"run_id: {self.RUN_ID}\nrun_uuid: {self.RUN_ID}\nrun_name: sgd\nstatus: 3\n"
              "start_time: 1700000000000\nend_time: 1700000060000\nlifecycle_stage: active\n")
        write(os.path.join(run, "params", "lr"), "0.01")
        write(os.path.join(run, "metrics", "loss"), "1700000001000 0.5 0\n1700000002000 0.25 1\n")
        write(os.path.join(self.logs, "tb", "run1", "events.out.tfevents.1700000000.host.1.0"),
              b"".join(scalar_event(1700000000.0 + i, i, "loss", 1.0 / (i + 1)) for i in range(5)))
        write(os.path.join(self.logs, "lightning_logs", "version_0", "metrics.csv"),
              "epoch,step,train_loss,val_loss\r\n0,0,1.0,\r\n0,1,0.9,\r\n0,1,,1.2\r\n")
        write(os.path.join(self.logs, "lightning_logs", "version_0", "hparams.yaml"),
              "lr: 0.001\noptimizer: !!python/name:torch.optim.adam.Adam ''\n")
        write(os.path.join(self.logs, "keras", "training.log"), "epoch,acc,loss\n0,0.5,1.0\n1,0.6,0.8\n")

    def tearDown(self):
        self.tmp.cleanup()

    def cli(self, *args, store=None):
        return subprocess.run([CLI, "--store", store or self.store, *args], capture_output=True, text=True)

    def runs(self):
        out = self.cli("ls", "--json", "--all")
        self.assertEqual(out.returncode, 0, out.stderr)
        return json.loads(out.stdout)

    def test_imports_every_format_and_says_what(self):
        out = self.cli("import", self.logs)
        self.assertEqual(out.returncode, 0, out.stderr)
        self.assertIn("Imported 4 runs", out.stdout)
        # The Python object in hparams.yaml is reported, not executed or stored.
        self.assertIn("optimizer", out.stdout)
        runs = {r["name"]: r for r in self.runs()}
        self.assertEqual(set(runs), {"sgd", "tb/run1", "lightning_logs/version_0", "keras/training.log"})
        sgd = runs["sgd"]
        self.assertEqual((sgd["id"], sgd["experiment"], sgd["status"]), (self.RUN_ID, "digits", "finished"))
        self.assertEqual(sgd["params"], {"lr": "0.01"})
        counts = {(r["name"], m["key"]): m["count"] for r in runs.values() for m in r["metrics"]}
        self.assertEqual(counts[("sgd", "loss")], 2)
        self.assertEqual(counts[("tb/run1", "loss")], 5)
        self.assertEqual(counts[("lightning_logs/version_0", "train_loss")], 2)
        self.assertEqual(counts[("lightning_logs/version_0", "val_loss")], 1)
        self.assertEqual(counts[("keras/training.log", "acc")], 2)
        self.assertEqual(runs["lightning_logs/version_0"]["params"], {"lr": 0.001})

    def test_second_import_adds_nothing(self):
        self.assertEqual(self.cli("import", self.logs).returncode, 0)
        before = self.runs()
        again = self.cli("import", self.logs, os.path.join(self.logs, "keras", "training.log"))
        self.assertEqual(again.returncode, 0, again.stderr)
        self.assertIn("Imported 0 runs", again.stdout)
        self.assertIn("Already in the store, skipped: 4 runs", again.stdout)
        self.assertEqual(self.runs(), before)

    def test_experiment_option_puts_every_run_there(self):
        out = self.cli("import", self.logs, "--experiment", "legacy")
        self.assertEqual(out.returncode, 0, out.stderr)
        self.assertEqual({r["experiment"] for r in self.runs()}, {"legacy"})

    def test_nothing_importable_exits_1_and_changes_nothing(self):
        empty = os.path.join(self.tmp.name, "empty")
        os.makedirs(empty)
        write(os.path.join(self.tmp.name, "notes.txt"), "hello\n")
        for target in (os.path.join(self.tmp.name, "missing"), empty, os.path.join(self.tmp.name, "notes.txt")):
            out = self.cli("import", target)
            self.assertEqual(out.returncode, 1, target)
            self.assertIn("nothing could be imported", out.stderr)
            self.assertEqual(len(out.stderr.strip().splitlines()), 1)
        self.assertEqual(self.runs(), [])

    def test_partly_good_input_imports_the_good_part(self):
        out = self.cli("import", os.path.join(self.logs, "keras"), os.path.join(self.tmp.name, "missing"))
        self.assertEqual(out.returncode, 0, out.stderr)
        self.assertIn("Imported 1 run", out.stdout)
        self.assertIn("no such file or folder", out.stdout)

    def test_damaged_event_file_keeps_what_is_sound(self):
        path = os.path.join(self.logs, "tb", "run1", "events.out.tfevents.1700000000.host.1.0")
        with open(path, "rb") as f:
            data = f.read()
        write(path, data[:-10])  # the writer died in the last record
        out = self.cli("import", os.path.join(self.logs, "tb"))
        self.assertEqual(out.returncode, 0, out.stderr)
        self.assertIn("damaged event file", out.stdout)
        [run] = self.runs()
        self.assertEqual(run["metrics"][0]["count"], 4)

    def test_store_problems_exit_2(self):
        not_a_store = os.path.join(self.tmp.name, "notes.db")
        write(not_a_store, "this is not a database\n" * 100)
        out = self.cli("import", self.logs, store=not_a_store)
        self.assertEqual(out.returncode, 2, out.stdout)
        with open(not_a_store) as f:
            self.assertTrue(f.read().startswith("this is not a database"))


if __name__ == "__main__":
    unittest.main()
