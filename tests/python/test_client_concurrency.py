"""Many processes write one store at once while another reads it.

DESIGN.md: "Many training processes write at once while the app reads: no 'database is
locked' may ever reach user code." The writers start together on a store that does
not exist yet, so creating the schema races too.

Run: cd tests/python && PYTHONPATH=../../client/python /usr/bin/python3 -m unittest -v test_client_concurrency
"""

import json
import os
import sqlite3
import subprocess
import sys
import threading
import time
import unittest
from unittest import mock

from client_testing import PostgreSQLStore, TempStoreTest, on_postgresql, runlens  # noqa: E402
from runlens import _db  # noqa: E402

WRITERS = 8
POINTS = 100_000
BURSTS = 20

WRITER_SCRIPT = r"""
import os, sys, time, runlens
path, index, points, bursts, go = sys.argv[1], int(sys.argv[2]), int(sys.argv[3]), int(sys.argv[4]), sys.argv[5]
while not os.path.exists(go):
    time.sleep(0.001)
with runlens.start_run(store=path, experiment="load", name=f"writer-{index}",
                       params={"index": index}) as run:
    per_burst = points // bursts
    step = 0
    for burst in range(bursts):
        for _ in range(per_burst):
            run.log_metric("m", index * 1e6 + step)
            step += 1
        run.log_metric("m", float(burst), slice=f"burst")
        run.set_tag("progress", str(burst))
        run.flush()
        time.sleep(0.1)   # spread the writing out so the reader sees it grow
print("ok")
"""

READER_SCRIPT = r"""
import json, os, sys, time, runlens
path, stop = sys.argv[1], sys.argv[2]
polls, data_polls, errors, seen = 0, 0, [], {}
store = runlens.Store(path)
while not os.path.exists(stop):
    try:
        for record in store.runs():
            if not record.metrics:
                continue
            steps, values = store.metric(record.id, "m")
            index = record.params["index"]
            n = len(steps)
            if list(steps) != list(range(n)) or any(v != index * 1e6 + s for s, v in zip(steps, values)):
                errors.append(f"inconsistent points in {record.name}")
            if n < seen.get(record.id, 0):
                errors.append(f"{record.name} went back from {seen[record.id]} to {n} points")
            seen[record.id] = n
        polls += 1
        data_polls += bool(seen)
    except Exception as error:
        errors.append(f"{type(error).__name__}: {error}")
store.close()
print(json.dumps({"polls": polls, "data_polls": data_polls, "errors": errors[:20]}))
"""


class WriterLoad:
    """Mixin of a TempStoreTest: many writer processes and a reader on its store."""

    def many_writers(self, writers_count, points):
        """writers_count processes log `points` points each while a reader polls; every
        point arrives, no error reaches a writer or the reader."""
        go = os.path.join(self.dir, "go")
        stop = os.path.join(self.dir, "stop")
        started = time.monotonic()
        writers = [subprocess.Popen([sys.executable, "-c", WRITER_SCRIPT, self.path, str(i),
                                     str(points), str(BURSTS), go], env=self.env,
                                    stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
                   for i in range(writers_count)]
        reader = subprocess.Popen([sys.executable, "-c", READER_SCRIPT, self.path, stop],
                                  env=self.env, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                                  text=True)
        time.sleep(0.3)   # let every interpreter start, then release them together
        open(go, "w").close()
        outputs = [writer.communicate(timeout=300) for writer in writers]
        open(stop, "w").close()
        reader_out, reader_err = reader.communicate(timeout=60)
        elapsed = time.monotonic() - started
        for writer, (out, err) in zip(writers, outputs):
            self.assertEqual((writer.returncode, out.strip()), (0, "ok"), err)
            self.assertNotIn("locked", err)
            self.assertNotIn("deadlock", err)
            self.assertNotIn("serializ", err)
        self.assertEqual(reader.returncode, 0, reader_err)
        report = json.loads(reader_out)
        self.assertEqual(report["errors"], [])
        self.assertGreater(report["data_polls"], 0)

        with runlens.Store(self.path) as store:
            records = store.runs(experiment="load")
            self.assertEqual(sorted(r.name for r in records),
                             sorted(f"writer-{i}" for i in range(writers_count)))
            for record in records:
                self.assertEqual(record.status, "finished")
                index = record.params["index"]
                steps, values = store.metric(record.id, "m")
                self.assertEqual(list(steps), list(range(points)), record.name)
                self.assertTrue(all(v == index * 1e6 + s for s, v in zip(steps, values)))
                self.assertEqual(store.summary(record.id, "m")["count"], points)
                self.assertEqual(list(store.metric(record.id, "m", "burst")[1]),
                                 [float(b) for b in range(BURSTS)])
                self.assertEqual(record.tags["progress"], str(BURSTS - 1))
        if self.engine == "sqlite":
            self.assertEqual(self.sql("PRAGMA integrity_check"), [("ok",)])
        # Both engines' append rules end with full chunks and one partial one.
        chunks = self.sql("SELECT s.id, count(c.seq), sum(c.n), s.count FROM series s "
                          "JOIN chunks c ON c.series_id = s.id WHERE s.key = 'm' "
                          "AND s.slice = '' GROUP BY s.id")
        for _, n_chunks, total, count in chunks:
            self.assertEqual((n_chunks, total, count), (-(-points // 1024), points, points))
        print(f"\n  {writers_count} writers x {points} points + reader ({report['data_polls']} "
              f"polls with data, {self.engine}): {elapsed:.1f} s", file=sys.stderr)



class ManyWritersTest(WriterLoad, TempStoreTest):

    def test_eight_writers_and_a_reader_lose_nothing_and_see_no_errors(self):
        self.many_writers(WRITERS, POINTS)


PostgreSQLManyWritersTest = on_postgresql(ManyWritersTest)


class ThirtyTwoWritersTest(PostgreSQLStore, WriterLoad, TempStoreTest):
    """The issue's load for a team server: 32 writer processes into one PostgreSQL store
    at once lose nothing, and no serialization or deadlock error reaches them."""

    def test_thirty_two_writers_and_a_reader_lose_nothing(self):
        self.many_writers(32, 20_000)


class BusyRetryTest(TempStoreTest):

    def hold_write_lock(self, seconds, ready):
        conn = sqlite3.connect(self.path, isolation_level=None)
        conn.execute("BEGIN IMMEDIATE")
        ready.set()
        time.sleep(seconds)
        conn.execute("COMMIT")
        conn.close()

    def test_flush_waits_out_a_lock_longer_than_busy_timeout(self):
        with runlens.start_run(store=self.path) as run:
            run.flush()
            run._writer.conn.execute("PRAGMA busy_timeout = 50")   # SQLite gives up fast...
            for i in range(1000):
                run.log_metric("x", i)
            ready = threading.Event()
            holder = threading.Thread(target=self.hold_write_lock, args=(1.5, ready))
            holder.start()
            self.assertTrue(ready.wait(30))
            began = time.monotonic()
            run.flush()                                           # ...so our retry loop waits
            waited = time.monotonic() - began
            holder.join()
        self.assertGreater(waited, 1.0)
        with runlens.Store(self.path) as store:
            self.assertEqual(len(store.metric(run.id, "x")[0]), 1000)

    def test_a_lock_held_past_the_retry_limit_is_a_store_error_and_keeps_points(self):
        with runlens.start_run(store=self.path) as run:
            run.flush()
            run._writer.conn.execute("PRAGMA busy_timeout = 50")
            run.log_metric("x", 1.0)
            ready = threading.Event()
            holder = threading.Thread(target=self.hold_write_lock, args=(1.5, ready))
            holder.start()
            self.assertTrue(ready.wait(30))
            with mock.patch.object(_db, "BUSY_RETRY_SECONDS", 0.3):
                with self.assertRaisesRegex(runlens.StoreError, "locked"):
                    run.flush()
            holder.join()
        with runlens.Store(self.path) as store:
            self.assertEqual(list(store.metric(run.id, "x")[1]), [1.0])

    def test_retry_busy_retries_only_busy_errors(self):
        attempts = []

        def flaky():
            attempts.append(1)
            if len(attempts) < 3:
                raise sqlite3.OperationalError("database is locked")
            return "done"
        self.assertEqual(_db.retry_busy(flaky), "done")
        self.assertEqual(len(attempts), 3)

        def broken():
            raise sqlite3.OperationalError("no such table: x")
        with self.assertRaises(sqlite3.OperationalError):
            _db.retry_busy(broken)

    def test_a_damaged_file_that_names_a_lock_is_not_busy(self):
        # A fuzzed store whose schema names an index "...locked...": its error is damage,
        # not a lock, and must not be waited on.
        damaged = os.path.join(os.environ.get("RUNLENS_SOURCE_DIR", ""), "tests", "fuzz", "regressions",
                               "store_open", "timeout-locked-in-a-damaged-schema.db")
        if not os.path.exists(damaged):
            self.skipTest("RUNLENS_SOURCE_DIR not set")
        conn = sqlite3.connect(f"file:{damaged}?mode=ro", uri=True)
        try:
            with self.assertRaises(sqlite3.DatabaseError) as caught:
                conn.execute("SELECT count(*) FROM runs").fetchall()
        finally:
            conn.close()
        self.assertIn("locked", str(caught.exception))
        self.assertFalse(_db.is_busy(caught.exception))
        self.assertFalse(_db.is_busy(sqlite3.OperationalError("malformed database schema (x_locked_idx)")))
        self.assertTrue(_db.is_busy(sqlite3.OperationalError("database is locked")))


if __name__ == "__main__":
    unittest.main()
