"""The Python client on a PostgreSQL store: what only that engine has.

The engine-independent suites (test_client_*.py) run on PostgreSQL too, through
client_testing.on_postgresql. Here: the one-line messages of a bad location (missing
psycopg2, unknown scheme, wrong password, no database, unreachable server, newer
schema), a viewer role, a server restart and a dropped connection in the middle of a
run, a server away for long, the chunk merge rule, and artifacts kept in the database.

Skips with the reason when psycopg2 or the PostgreSQL server binaries are absent.
No test measures wall-clock time.
"""

import contextlib
import hashlib
import io
import os
import struct
import subprocess
import sys
import threading
import time
import unittest
from unittest import mock

from client_testing import PostgreSQLStore, TempStoreTest, runlens  # noqa: E402
from runlens import _engine, _pg, _pg_artifacts, _pg_chunks  # noqa: E402

SECRET = "s3cret-Pw"


class PgStoreTest(PostgreSQLStore, TempStoreTest):
    """A fresh PostgreSQL schema per test, and helpers to name it as another user."""

    def url_as(self, user, password=None):
        """The store URL of this test's schema for another user."""
        auth = user if password is None else f"{user}:{password}"
        return self.pg.url(schema=self.schema).replace(
            "postgresql://postgres@", f"postgresql://{auth}@", 1)

    def assert_one_line_error(self, action, *words):
        with self.assertRaises(runlens.StoreError) as caught:
            action()
        message = str(caught.exception)
        self.assertNotIn("\n", message)
        self.assertNotIn(SECRET, message)
        for word in words:
            self.assertIn(word, message)
        return message


class LocationTest(PgStoreTest):

    def test_missing_psycopg2_says_what_to_install(self):
        url = self.url_as("alice", SECRET)
        blocked = {"psycopg2": None, "psycopg2.extras": None, "psycopg2.extensions": None}
        with mock.patch.dict(sys.modules, blocked):
            message = self.assert_one_line_error(lambda: runlens.start_run(store=url),
                                                 "needs psycopg2",
                                                 "apt-get install python3-psycopg2")
            self.assert_one_line_error(lambda: runlens.Store(url), "needs psycopg2")
        self.assertIn("postgresql://alice@", message)

    def test_postgres_scheme_is_accepted_and_other_schemes_are_refused(self):
        with runlens.start_run(store=self.path.replace("postgresql://", "postgres://")) as run:
            run.log_metric("x", 1.0)
        with runlens.Store(self.path) as store:
            self.assertEqual([r.id for r in store.runs()], [run.id])
        message = self.assert_one_line_error(
            lambda: runlens.start_run(store=f"mysql://bob:{SECRET}@db.lab/runs"),
            "'mysql://bob@db.lab/runs' is not a store location", "not mysql:// URLs")
        self.assertFalse(os.path.exists("mysql:"), message)

    def test_a_url_on_the_command_line_is_kept_without_its_password(self):
        # The run records its command line, which every machine of the team then sees.
        url = self.url_as("postgres", SECRET)
        argv = ["train.py", "--store", url, f"--store={url}"]
        with mock.patch.object(sys, "argv", argv):
            with runlens.start_run(store=self.path) as run:
                run_id = run.id
        command = runlens.Store(self.path).run(run_id).command
        self.assertIn("train.py --store 'postgresql://postgres@/", command)
        self.assertIn("'--store=postgresql://postgres@/", command)
        self.assertNotIn(SECRET, command)

    def test_wrong_password_is_one_line_without_the_password(self):
        self.sql("CREATE ROLE pwuser LOGIN PASSWORD 'right-pw'")
        self.addCleanup(self.sql, "DROP ROLE pwuser")
        hba = os.path.join(self.pg.data_dir, "pg_hba.conf")
        with open(hba) as handle:
            original = handle.read()
        with open(hba, "w") as handle:
            handle.write("local all pwuser scram-sha-256\n" + original)
        self.addCleanup(self.pg._pg_ctl, "reload")
        self.addCleanup(self._write, hba, original)
        self.pg._pg_ctl("reload")
        self.assert_one_line_error(
            lambda: runlens.start_run(store=self.url_as("pwuser", SECRET)),
            "password authentication failed", "wrong user name or password")
        self.assert_one_line_error(  # the password as a query parameter, too
            lambda: runlens.Store(self.url_as("pwuser") + f"&password={SECRET}"),
            "password authentication failed")
        self.assertEqual(self.sql("SELECT count(*) FROM information_schema.tables "
                                  "WHERE table_schema = ?", (self.schema,)), [(0,)])

    @staticmethod
    def _write(path, text):
        with open(path, "w") as handle:
            handle.write(text)

    def test_unreachable_server_unknown_database_and_bad_url(self):
        gone = f"postgresql://alice:{SECRET}@/postgres?host=/nonexistent-runlens-socket"
        self.assert_one_line_error(lambda: runlens.start_run(store=gone),
                                   "cannot open the PostgreSQL store",
                                   "postgresql://alice@/postgres", "is the server running")
        self.assert_one_line_error(lambda: runlens.Store(self.pg.url(dbname="no_such_db")),
                                   'database "no_such_db" does not exist')
        self.assert_one_line_error(
            lambda: runlens.start_run(store=f"postgresql://alice:{SECRET}@db.lab:notaport/x"),
            "notaport")

    def test_newer_schema_is_refused_and_nothing_changes(self):
        with runlens.start_run(store=self.path, params={"p": 1}):
            pass
        self.sql("UPDATE runlens_meta SET value = '99' WHERE key = 'schema_version'")
        before = self.dump()
        self.assert_one_line_error(lambda: runlens.start_run(store=self.path),
                                   "schema version 99", "upgrade runlens")
        self.assert_one_line_error(lambda: runlens.Store(self.path), "schema version 99")
        self.assertEqual(self.dump(), before)


class SQLiteStaysStandardLibraryTest(TempStoreTest):

    def test_sqlite_use_imports_no_driver_and_no_postgresql_module(self):
        script = ("import sys, runlens\n"
                  f"with runlens.start_run(store={self.path!r}) as run:\n"
                  "    run.log_metric('a', 1.0)\n"
                  f"with runlens.Store({self.path!r}) as store:\n"
                  "    store.runs(); store.metric(run.id, 'a'); store.artifacts(run.id)\n"
                  "print(sorted(m for m in sys.modules\n"
                  "             if m.startswith(('psycopg2', 'runlens._pg'))))\n")
        done = subprocess.run([sys.executable, "-c", script], env=self.env, timeout=60,
                              capture_output=True, text=True)
        self.assertEqual(done.returncode, 0, done.stderr)
        self.assertEqual(done.stdout.strip(), "[]")


class ViewerTest(PgStoreTest):
    """A user with SELECT rights only: reads a store, writes nothing, is told why."""

    def setUp(self):
        super().setUp()
        self.sql("DO $$ BEGIN IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'viewer') "
                 "THEN CREATE ROLE viewer LOGIN; END IF; END $$")
        self.sql(f"GRANT USAGE ON SCHEMA {self.schema} TO viewer")

    def test_viewer_reads_but_cannot_write(self):
        with runlens.start_run(store=self.path, params={"lr": 0.5}) as run:
            run.log_metric("loss", 2.0)
        self.sql(f"GRANT SELECT ON ALL TABLES IN SCHEMA {self.schema} TO viewer")
        viewer = self.url_as("viewer")
        with runlens.Store(viewer) as store:
            record = store.run(run.id)
            self.assertEqual(record.params, {"lr": 0.5})
            self.assertEqual(list(store.metric(run.id, "loss")[1]), [2.0])
        before = self.dump()
        self.assert_one_line_error(lambda: runlens.start_run(store=viewer),
                                   "permission denied")
        self.assertEqual(self.dump(), before)

    def test_viewer_of_an_empty_schema_is_told_a_writer_sets_it_up(self):
        self.assert_one_line_error(lambda: runlens.Store(self.url_as("viewer")),
                                   "has no Runlens store yet", "may not create")


class ConnectionLossTest(PgStoreTest):

    def test_server_restart_mid_run_loses_and_repeats_no_point(self):
        points = 30_000
        with self.start() as run:
            for i in range(points // 2):
                run.log_metric("x", i)
            run.flush()
            for i in range(points // 2, points - 1000):
                run.log_metric("x", i)
            self.pg.restart()
            run.log_param("after", "restart")   # a user call meets the broken link first
            for i in range(points - 1000, points):
                run.log_metric("x", i)
        with runlens.Store(self.path) as store:
            record = store.run(run.id)
            steps, values = store.metric(run.id, "x")
        self.assertEqual((record.status, record.params["after"]), ("finished", "restart"))
        self.assertEqual(list(steps), list(range(points)))
        self.assertEqual(len(values), points)

    def test_connection_dropped_inside_a_flush_writes_it_once(self):
        admin = self.pg.connect()
        admin.autocommit = True
        self.addCleanup(admin.close)
        real = _pg_chunks.append_batch
        dropped = []

        def drop_once(conn, *args):
            result = real(conn, *args)   # the first series went in, the transaction is open
            if not dropped:
                dropped.append(conn.raw.get_backend_pid())
                with admin.cursor() as cur:
                    cur.execute("SELECT pg_terminate_backend(%s)", (dropped[0],))
            return result
        with self.start() as run:
            for i in range(5000):
                run.log_metric("a", i)
                run.log_metric("b", -i)
            with mock.patch.object(_pg_chunks, "append_batch", drop_once):
                run.flush()
        self.assertEqual(len(dropped), 1)
        with runlens.Store(self.path) as store:
            for key, sign in (("a", 1), ("b", -1)):
                steps, values = store.metric(run.id, key)
                self.assertEqual(list(steps), list(range(5000)), key)
                self.assertEqual(list(values), [sign * float(i) for i in range(5000)], key)
                self.assertEqual(store.summary(run.id, key)["count"], 5000)

    def test_a_lost_commit_answer_is_checked_not_written_twice(self):
        with self.start() as run:
            run.log_metric("x", 1.0)
            conn = run._writer.conn
            real_execute = conn.execute

            def commit_then_lose_answer(sql, args=()):
                cursor = real_execute(sql, args)
                if sql == "COMMIT" and not lost:
                    lost.append(True)
                    conn.raw.close()   # the commit happened; its answer "never came"
                    raise conn.psycopg2.OperationalError("server closed the connection")
                return cursor
            lost = []
            with mock.patch.object(conn, "execute", commit_then_lose_answer):
                run.flush()
            self.assertEqual(lost, [True])
        with runlens.Store(self.path) as store:
            self.assertEqual(list(store.metric(run.id, "x")[1]), [1.0])
            self.assertEqual(store.summary(run.id, "x")["count"], 1)

    def test_a_server_away_for_long_is_said_then_points_arrive(self):
        err = io.StringIO()
        with mock.patch.object(_engine.PostgreSQL, "quiet_failure_seconds", 0.5), \
                contextlib.redirect_stderr(err):
            with self.start(name="patient") as run:
                run.log_metric("x", 0.0)
                run.flush()
                self.pg.stop_server()
                try:
                    for i in range(1, 1000):
                        run.log_metric("x", float(i))
                    self._wait_for(lambda: "cannot write to" in err.getvalue())
                finally:
                    self.pg.start_server()
                self._wait_for(lambda: "again" in err.getvalue())
        said = err.getvalue()
        self.assertIn(run.id, said)
        self.assertIn("(patient)", said)
        self.assertIn("points stay buffered", said)
        with runlens.Store(self.path) as store:
            self.assertEqual(list(store.metric(run.id, "x")[0]), list(range(1000)))

    def _wait_for(self, condition, limit=60):
        deadline = time.monotonic() + limit   # a limit against hanging, not a measure
        while not condition():
            self.assertLess(time.monotonic(), deadline)
            time.sleep(0.05)

    def test_finish_against_a_dead_server_is_an_error_not_a_silent_loss(self):
        run = self.start()
        run.log_metric("x", 1.0)
        self.pg.stop_server()
        try:
            with mock.patch.object(_pg, "RETRY_SECONDS", 0.3):
                message = self.assert_one_line_error(run.finish, run.id, "1 unwritten points",
                                                     "finish() again")
        finally:
            self.pg.start_server()
        self.assertIn("cannot be reached", message)
        run.finish()
        with runlens.Store(self.path) as store:
            self.assertEqual(store.run(run.id).status, "finished")
            self.assertEqual(list(store.metric(run.id, "x")[1]), [1.0])


class ChunkMergeTest(PgStoreTest):

    def chunk_sizes(self, run_id, key):
        return [(seq, n) for seq, n, *_ in self.chunks(run_id, key)]

    def test_small_flushes_insert_rows_then_merge_at_1024(self):
        flushes, per_flush = 300, 7
        with self.start() as run:
            for flush in range(flushes):
                for i in range(per_flush):
                    run.log_metric("loss", flush * per_flush + i)
                run.flush()
                if flush == 9:   # ten flushes: ten small rows, nothing rewritten yet
                    self.assertEqual(self.chunk_sizes(run.id, "loss"),
                                     [(seq, 7) for seq in range(10)])
        total = flushes * per_flush
        sizes = self.chunk_sizes(run.id, "loss")
        full, rest = divmod(total, 1024)
        self.assertEqual(sizes[:full], [(seq, 1024) for seq in range(full)])
        tail = [n for _, n in sizes[full:]]
        self.assertEqual(sum(tail), rest)
        self.assertTrue(all(n < 1024 for n in tail))
        self.assertLess(len(sizes), flushes // 10)   # not one row per flush
        self.assertEqual([seq for seq, _ in sizes], list(range(len(sizes))))
        steps = []
        for _, n, step_blob, val_blob, time_blob in self.chunks(run.id, "loss"):
            self.assertEqual((len(step_blob), len(val_blob), len(time_blob)), (8 * n,) * 3)
            steps.extend(struct.unpack(f"<{n}q", step_blob))
        self.assertEqual(steps, list(range(total)))
        with runlens.Store(self.path) as store:
            summary = store.summary(run.id, "loss")
        self.assertEqual((summary["count"], summary["last_step"], summary["max_value"]),
                         (total, total - 1, float(total - 1)))

    def test_a_big_batch_after_small_chunks_merges_them_first(self):
        with self.start() as run:
            for i in range(100):
                run.log_metric("x", i)
            run.flush()
            for i in range(100, 3100):
                run.log_metric("x", i)
            run.flush()
            self.assertEqual(self.chunk_sizes(run.id, "x"),
                             [(0, 1024), (1, 1024), (2, 1024), (3, 28)])


class ArtifactTest(PgStoreTest):

    def setUp(self):
        super().setUp()
        cache = mock.patch.dict(os.environ, {"XDG_CACHE_HOME": os.path.join(self.dir, "cache")})
        cache.start()
        self.addCleanup(cache.stop)

    def write_file(self, name, payload):
        path = os.path.join(self.dir, name)
        with open(path, "wb") as handle:
            handle.write(payload)
        return path

    def test_round_trip_in_parts_with_sha256(self):
        payload = os.urandom(2 * 1024 * 1024 + 12345)
        source = self.write_file("model.bin", payload)
        with self.start() as run:
            run.log_artifact(source, name="models/model.bin")
        parts = self.sql("SELECT seq, length(data) FROM artifact_parts ORDER BY seq")
        self.assertEqual(parts, [(0, 1 << 20), (1, 1 << 20), (2, 12345)])
        digest = hashlib.sha256(payload).hexdigest()
        self.assertEqual(self.sql("SELECT path, size, sha256 FROM artifacts"),
                         [("models/model.bin", len(payload), digest)])
        self.assertFalse(os.path.exists(os.path.join(self.dir, "store-artifacts")))
        with runlens.Store(self.path) as store:
            [listed] = store.artifacts(run.id)
            self.assertEqual(store.read_artifact(run.id, "models/model.bin"), payload)
        self.assertEqual((listed["size"], listed["sha256"]), (len(payload), digest))
        self.assertTrue(listed["file"].startswith(os.path.join(self.dir, "cache", "runlens")))
        self.assertTrue(listed["file"].endswith(os.path.join(run.id, "models", "model.bin")))
        with open(listed["file"], "rb") as handle:
            self.assertEqual(handle.read(), payload)

    def test_logging_again_replaces_the_bytes_and_the_cached_copy(self):
        source = self.write_file("notes.txt", b"first")
        with self.start() as run:
            run.log_artifact(source)
            with runlens.Store(self.path) as store:
                old_file = store.artifacts(run.id)[0]["file"]
            self.write_file("notes.txt", b"second!")
            run.log_artifact(source)
        self.assertEqual(self.sql("SELECT count(*) FROM artifact_parts"), [(1,)])
        with runlens.Store(self.path) as store:
            [listed] = store.artifacts(run.id)
        self.assertEqual(listed["file"], old_file)
        with open(listed["file"], "rb") as handle:
            self.assertEqual(handle.read(), b"second!")

    def test_damaged_parts_are_refused_not_returned(self):
        source = self.write_file("a.bin", b"x" * 1000)
        with self.start() as run:
            run.log_artifact(source)
        self.sql("UPDATE artifact_parts SET data = ?", (b"y" * 1000,))
        with runlens.Store(self.path) as store:
            with self.assertRaisesRegex(runlens.StoreError, "damaged"):
                store.artifacts(run.id)
            with self.assertRaisesRegex(runlens.StoreError, "damaged"):
                store.save_artifact(run.id, "a.bin", os.path.join(self.dir, "out.bin"))
        self.assertFalse(os.path.exists(os.path.join(self.dir, "out.bin")))

    def test_a_failing_file_keeps_nothing_of_the_call(self):
        folder = os.path.join(self.dir, "ckpt")
        os.makedirs(folder)
        self.write_file("ckpt/a.txt", b"A")
        self.write_file("ckpt/b.txt", b"B")
        real = _pg_artifacts.write_file
        calls = []

        def fail_second(conn, run_pk, fd, rel, now):
            calls.append(rel)
            if rel.endswith("b.txt"):
                raise OSError("simulated read error")
            return real(conn, run_pk, fd, rel, now)
        with self.start() as run:
            with mock.patch.object(_pg_artifacts, "write_file", fail_second):
                with self.assertRaises(OSError):
                    run.log_artifact(folder)
        self.assertEqual(self.sql("SELECT count(*) FROM artifacts"), [(0,)])
        self.assertEqual(self.sql("SELECT count(*) FROM artifact_parts"), [(0,)])


class DropInTest(PgStoreTest):

    def test_mlflow_drop_in_logs_into_a_postgresql_store(self):
        script = ("import runlens.mlflow as mlflow\n"
                  "with mlflow.start_run(run_name='m') as run:\n"
                  "    mlflow.log_param('lr', 0.1)\n"
                  "    mlflow.log_metric('loss', 0.5, step=3)\n"
                  "print(mlflow.get_tracking_uri().split('?')[0])\n"
                  "print(mlflow.get_run(run.info.run_id).data.params['lr'])\n")
        env = dict(self.env, RUNLENS_STORE=self.path, XDG_CACHE_HOME=self.dir)
        env.pop("MLFLOW_TRACKING_URI", None)
        done = subprocess.run([sys.executable, "-c", script], env=env, timeout=120,
                              capture_output=True, text=True)
        self.assertEqual(done.returncode, 0, done.stderr)
        self.assertEqual(done.stdout.split(), ["postgresql://postgres@/postgres", "0.1"])
        with runlens.Store(self.path) as store:
            [record] = store.runs()
            self.assertEqual((record.name, record.params), ("m", {"lr": 0.1}))
            self.assertEqual(list(store.metric(record.id, "loss")[0]), [3])


class ThreadSafetyTest(PgStoreTest):

    def test_a_store_read_from_threads_while_a_run_writes(self):
        with self.start() as run:
            run.log_metric("x", 0.0)
            run.flush()
            errors = []
            with runlens.Store(self.path) as store:
                def read():
                    try:
                        for _ in range(20):
                            store.runs()
                            store.metric(run.id, "x")
                    except Exception as error:   # collected for the assertion below
                        errors.append(error)
                threads = [threading.Thread(target=read) for _ in range(4)]
                for thread in threads:
                    thread.start()
                for i in range(1, 2000):
                    run.log_metric("x", float(i))
                for thread in threads:
                    thread.join()
            self.assertEqual(errors, [])


if __name__ == "__main__":
    unittest.main()
