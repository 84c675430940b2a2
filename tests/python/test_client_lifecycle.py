"""Buffering, flushing, heartbeats, process exit and fork, and system metrics.

Run: cd tests/python && PYTHONPATH=../../client/python /usr/bin/python3 -m unittest -v test_client_lifecycle
"""

import os
import subprocess
import sys
import threading
import time
import unittest
from unittest import mock

from client_testing import CLIENT, TempStoreTest, on_postgresql, runlens, sqlite_only  # noqa: E402


class BufferingTest(TempStoreTest):

    def test_background_thread_flushes_within_about_a_second(self):
        with self.start() as run:
            run.log_metric("live", 1.0)
            deadline = time.monotonic() + 5
            count = 0
            while time.monotonic() < deadline and count == 0:
                time.sleep(0.1)
                count = self.sql("SELECT coalesce(sum(count), 0) FROM series")[0][0]
            self.assertEqual(count, 1)

    def test_heartbeat_advances_without_data(self):
        with self.start():
            self.sql("UPDATE runs SET heartbeat = 0")
            deadline = time.monotonic() + 6
            beat = 0
            while time.monotonic() < deadline and not beat:
                time.sleep(0.2)
                beat = self.sql("SELECT heartbeat FROM runs")[0][0]
            self.assertGreater(beat, time.time() - 10)
            self.assertEqual(self.sql("SELECT count(*) FROM series"), [(0,)])

    def test_failed_flush_keeps_every_point_in_order(self):
        with self.start() as run:
            for i in range(10):
                run.log_metric("x", i)
            engine = run._writer.engine    # where this store's appends go
            real = engine.append_batch
            calls = []

            def failing(*args):
                if not calls:   # points logged while the flush is writing come after
                    for i in range(10, 15):
                        run.log_metric("x", i)
                calls.append(args)
                raise OSError("simulated failure")
            with mock.patch.object(engine, "append_batch", failing):
                with self.assertRaises(OSError):
                    run.flush()
            self.assertEqual(len(calls), 1)
            for i in range(15, 20):
                run.log_metric("x", i)
            self.assertEqual(engine.append_batch, real)
        with runlens.Store(self.path) as store:
            steps, values = store.metric(run.id, "x")
        self.assertEqual(list(steps), list(range(20)))
        self.assertEqual(list(values), [float(i) for i in range(20)])

    @sqlite_only("simulates a full disk with PRAGMA max_page_count")
    def test_disk_full_is_a_store_error_and_loses_nothing(self):
        with self.start() as run:
            run.flush()
            run._writer.conn.execute("PRAGMA max_page_count = 1")   # simulate a full disk
            for i in range(20000):
                run.log_metric("x", i)
            with self.assertRaises(runlens.StoreError) as caught:
                run.flush()
            self.assertIn("full", str(caught.exception))
            run._writer.conn.execute("PRAGMA max_page_count = 1073741823")
        with runlens.Store(self.path) as store:
            steps, _ = store.metric(run.id, "x")
        self.assertEqual(list(steps), list(range(20000)))

    def test_threads_logging_one_series_never_tear_points(self):
        with self.start() as run:
            def work(offset):
                for i in range(20000):
                    step = offset + i
                    run.log_metric("shared", step * 2.0, step=step)
            threads = [threading.Thread(target=work, args=(k * 1_000_000,)) for k in range(4)]
            for thread in threads:
                thread.start()
            for thread in threads:
                thread.join()
        with runlens.Store(self.path) as store:
            steps, values = store.metric(run.id, "shared")
        self.assertEqual(len(steps), 80000)
        self.assertTrue(all(v == s * 2.0 for s, v in zip(steps, values)))
        self.assertEqual(len(set(steps)), 80000)

    def test_runs_in_one_process_share_one_writer(self):
        first = self.start()
        second = self.start()
        self.assertIs(first._writer, second._writer)
        first.log_metric("a", 1.0)
        second.log_metric("b", 2.0)
        first.finish()
        self.assertTrue(second._writer._thread.is_alive())
        second.finish()
        self.assertFalse(second._writer._thread.is_alive())
        with runlens.Store(self.path) as store:
            self.assertEqual(list(store.metric(second.id, "b")[1]), [2.0])


class ProcessExitTest(TempStoreTest):

    def run_script(self, body):
        script = ("import runlens, sys\n"
                  f"run = runlens.start_run(store={self.path!r}, name='script')\n" + body)
        env = dict(os.environ, PYTHONPATH=CLIENT)
        return subprocess.run([sys.executable, "-c", script], env=env, timeout=60,
                              stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)

    def test_interpreter_exit_flushes_and_finishes(self):
        done = self.run_script("for i in range(5000):\n    run.log_metric('x', i)\n")
        self.assertEqual(done.returncode, 0, done.stderr)
        with runlens.Store(self.path) as store:
            [record] = store.runs()
            self.assertEqual(record.status, "finished")
            self.assertEqual(len(store.metric(record.id, "x")[0]), 5000)

    def test_uncaught_exception_marks_the_run_failed(self):
        done = self.run_script("run.log_metric('x', 1)\nraise RuntimeError('boom')\n")
        self.assertNotEqual(done.returncode, 0)
        self.assertIn("boom", done.stderr)
        with runlens.Store(self.path) as store:
            [record] = store.runs()
            self.assertEqual(record.status, "failed")
            self.assertEqual(list(store.metric(record.id, "x")[1]), [1.0])

    def test_uncaught_keyboard_interrupt_marks_the_run_killed(self):
        done = self.run_script("raise KeyboardInterrupt\n")
        self.assertNotEqual(done.returncode, 0)
        with runlens.Store(self.path) as store:
            self.assertEqual(store.runs()[0].status, "killed")


    @unittest.skipUnless(hasattr(os, "fork"), "needs os.fork")
    def test_forked_child_neither_writes_nor_finishes_the_parents_run(self):
        done = self.run_script(
            "import os\n"
            "for i in range(10):\n    run.log_metric('x', i)\n"
            "pid = os.fork()\n"
            "if pid == 0:\n"
            "    try:\n        run.flush()\n        print('child flushed')\n"
            "    except runlens.StoreError:\n        print('child refused')\n"
            "    sys.stdout.flush()\n"
            "    sys.exit(0)   # runs the inherited atexit handlers\n"
            "os.waitpid(pid, 0)\n"
            "run.set_tag('after_fork', 'yes')\n"
            "for i in range(10, 20):\n    run.log_metric('x', i)\n")
        self.assertEqual(done.returncode, 0, done.stderr)
        self.assertIn("child refused", done.stdout)
        with runlens.Store(self.path) as store:
            [record] = store.runs()
            self.assertEqual(record.status, "finished")
            self.assertEqual(record.tags["after_fork"], "yes")
            self.assertEqual(list(store.metric(record.id, "x")[0]), list(range(20)))


PostgreSQLBufferingTest = on_postgresql(BufferingTest)
PostgreSQLProcessExitTest = on_postgresql(ProcessExitTest)


class SystemMetricsTest(TempStoreTest):

    def test_samples_become_sys_series(self):
        if not os.path.exists("/proc/stat"):
            self.skipTest("needs Linux /proc")
        with self.start(system_metrics=0.2) as run:
            time.sleep(1.1)
        with runlens.Store(self.path) as store:
            keys = {key for key, _ in store.metric_keys(run.id)}
            self.assertTrue({"sys/cpu_percent", "sys/memory_percent", "sys/process_rss_mb"} <= keys)
            steps, values = store.metric(run.id, "sys/process_rss_mb")
        self.assertEqual(list(steps), list(range(len(steps))))
        self.assertGreaterEqual(len(steps), 3)
        self.assertTrue(all(v > 1 for v in values))

    def test_nvidia_smi_output_is_parsed(self):
        from runlens.system_metrics import parse_nvidia_smi
        self.assertEqual(parse_nvidia_smi("0, 37, 1024, 4096\n1, [N/A], 512, 0\nbad line\n"),
                         {"sys/gpu0_util": 37.0, "sys/gpu0_memory_mb": 1024.0,
                          "sys/gpu0_memory_percent": 25.0, "sys/gpu1_memory_mb": 512.0})

    def test_cpu_percent_from_proc_stat_deltas(self):
        from runlens.system_metrics import cpu_percent, read_cpu_times
        stat = os.path.join(self.dir, "stat")
        with open(stat, "w") as handle:
            handle.write("cpu  100 0 100 700 100 0 0 0 0 0\ncpu0 1 2 3 4\n")
        before = read_cpu_times(stat)
        self.assertEqual(before, (200, 1000))
        self.assertEqual(cpu_percent(before, (260, 1100)), 60.0)


if __name__ == "__main__":
    unittest.main()
