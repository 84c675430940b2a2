"""A training process killed with SIGKILL loses at most its unflushed points.

DESIGN.md: "a training process killed with SIGKILL loses at most its last unflushed
second; the file stays consistent (PRAGMA integrity_check = ok)", and a run whose
heartbeat stopped reads as crashed. Staleness is tested by moving the heartbeat back
in the file (and with Store(crash_timeout=...)) instead of waiting 30 s.

Run: cd tests/python && PYTHONPATH=../../client/python /usr/bin/python3 -m unittest -v test_client_crash
"""

import random
import signal
import subprocess
import sys
import time
import unittest

from client_testing import TempStoreTest, on_postgresql, runlens  # noqa: E402

FLUSHED = 50_000

VICTIM_SCRIPT = r"""
import sys, runlens
run = runlens.start_run(store=sys.argv[1], name="victim", params={"lr": 0.1})
for i in range(int(sys.argv[2])):
    run.log_metric("loss", i * 0.5)
    if i % 10 == 0:
        run.log_metric("loss", -i, slice="tail")
run.flush()
print(run.id, flush=True)
i = int(sys.argv[2])
while True:                      # keep logging (and flushing in the background) until killed
    run.log_metric("loss", i * 0.5)
    i += 1
"""

CHURN_SCRIPT = r"""
import sys, runlens
run = runlens.start_run(store=sys.argv[1], name="churn")
print(run.id, flush=True)
i = 0
while True:
    run.log_metric("a", i)
    run.log_metric("b", -i, slice="s")
    if i % 3 == 0:
        run.log_metric("c", i * 2)
    i += 1
    if i % 5000 == 0:
        run.flush()
"""


class CrashTest(TempStoreTest):

    def spawn(self, script, *args):
        child = subprocess.Popen([sys.executable, "-c", script, self.path, *map(str, args)],
                                 env=self.env, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                                 text=True)
        self.addCleanup(lambda: child.poll() is None and child.kill())
        run_id = child.stdout.readline().strip()
        self.assertRegex(run_id, r"^[0-9a-f]{32}$", child.stderr.read() if not run_id else "")
        return child, run_id

    @staticmethod
    def kill(child):
        child.send_signal(signal.SIGKILL)
        child.wait(timeout=30)
        child.stdout.close()
        child.stderr.close()

    def assert_consistent(self):
        """integrity_check is ok (SQLite) and every series summary matches its chunks."""
        if self.engine == "sqlite":
            self.assertEqual(self.sql("PRAGMA integrity_check"), [("ok",)])
        rows = self.sql("SELECT s.key, s.slice, s.count, coalesce(sum(c.n), 0), "
                        "count(c.seq), coalesce(max(c.seq), -1) FROM series s "
                        "LEFT JOIN chunks c ON c.series_id = s.id GROUP BY s.id")
        for key, slice_, count, points, n_chunks, max_seq in rows:
            self.assertEqual(count, points, f"{key}[{slice_}]")
            self.assertEqual(n_chunks, max_seq + 1, f"{key}[{slice_}] has gaps in seq")

    def set_heartbeat(self, run_id, heartbeat, start_time=None):
        self.sql("UPDATE runs SET heartbeat = ? WHERE uuid = ?", (heartbeat, run_id))
        if start_time is not None:
            self.sql("UPDATE runs SET start_time = ? WHERE uuid = ?", (start_time, run_id))

    def test_sigkill_keeps_flushed_points_and_the_run_reads_as_crashed(self):
        child, run_id = self.spawn(VICTIM_SCRIPT, FLUSHED)
        time.sleep(0.5)
        self.kill(child)
        self.assert_consistent()
        with runlens.Store(self.path) as store:
            record = store.run(run_id)
            self.assertEqual(record.status, "running")       # heartbeat is fresh
            self.assertEqual(record.params, {"lr": 0.1})
            steps, values = store.metric(run_id, "loss")
            self.assertGreaterEqual(len(steps), FLUSHED)
            self.assertEqual(list(steps), list(range(len(steps))))
            self.assertTrue(all(v == s * 0.5 for s, v in zip(steps, values)))
            self.assertEqual(list(store.metric(run_id, "loss", "tail")[1]),
                             [float(-i) for i in range(0, FLUSHED, 10)])
            self.assertEqual(store.summary(run_id, "loss")["count"], len(steps))

            self.set_heartbeat(run_id, time.time() - 31)
            self.assertEqual(store.run(run_id).status, "crashed")
            self.assertEqual([r.status for r in store.runs()], ["crashed"])
            self.set_heartbeat(run_id, None, start_time=time.time() - 31)
            self.assertEqual(store.run(run_id).status, "crashed")
            self.set_heartbeat(run_id, time.time() - 29)
            self.assertEqual(store.run(run_id).status, "running")
        with runlens.Store(self.path, crash_timeout=5) as store:
            self.set_heartbeat(run_id, time.time() - 6)
            self.assertEqual(store.run(run_id).status, "crashed")

    def test_repeated_kills_while_flushing_leave_a_consistent_prefix(self):
        rng = random.Random(7)
        run_ids = []
        for _ in range(4):
            child, run_id = self.spawn(CHURN_SCRIPT)
            run_ids.append(run_id)
            time.sleep(rng.uniform(0.3, 1.2))
            self.kill(child)
            self.assert_consistent()
        with runlens.Store(self.path) as store:
            self.assertEqual(len(store.runs()), 4)
            for run_id in run_ids:
                keys = store.metric_keys(run_id)
                for key, slice_ in keys:
                    steps, values = store.metric(run_id, key, slice_)
                    # each flush is one transaction, so what survived is a prefix
                    self.assertEqual(list(steps), list(range(len(steps))), key)
                a_steps, _ = store.metric(run_id, "a") if ("a", None) in keys else ([], [])
                self.assertTrue(all(len(store.metric(run_id, k, s)[0]) <= len(a_steps)
                                    for k, s in keys))

    def test_a_writer_that_heartbeats_again_reads_as_running(self):
        with runlens.start_run(store=self.path) as run:
            self.set_heartbeat(run.id, time.time() - 60)
            with runlens.Store(self.path) as store:
                self.assertEqual(store.run(run.id).status, "crashed")
                deadline = time.monotonic() + 8
                status = "crashed"
                while status == "crashed" and time.monotonic() < deadline:
                    time.sleep(0.2)
                    status = store.run(run.id).status
                self.assertEqual(status, "running")


PostgreSQLCrashTest = on_postgresql(CrashTest)


if __name__ == "__main__":
    unittest.main()
