"""Shared set-up for the Python client tests: the client on sys.path, and a base test
case whose every test gets its own store in a temporary folder (the default store points
there too, so a bug can never write into the user's real store).

Both engines: `PgXTest = on_postgresql(XTest)` runs the tests of XTest again on a
PostgreSQL store (a fresh schema of a throwaway cluster per test; tests/support/
pg_cluster.py), skipped with the reason when psycopg2 or the server are absent.
self.path is then the store's postgresql:// URL and self.sql() runs on that schema.
A test that is about SQLite files only is marked @sqlite_only("why").
"""

import functools
import os
import shutil
import sqlite3
import sys
import tempfile
import unittest
from unittest import mock

HERE = os.path.dirname(os.path.abspath(__file__))
CLIENT = os.path.normpath(os.path.join(HERE, "..", "..", "client", "python"))
SUPPORT = os.path.normpath(os.path.join(HERE, "..", "support"))
for folder in (CLIENT, SUPPORT):
    if folder not in sys.path:
        sys.path.insert(0, folder)

import runlens  # noqa: E402


class TempStoreTest(unittest.TestCase):

    engine = "sqlite"

    def setUp(self):
        self.dir = tempfile.mkdtemp(prefix="runlens-test-")
        self.path = self.new_store()
        patcher = mock.patch.dict(os.environ, {"RUNLENS_STORE": os.path.join(self.dir, "default.db")})
        patcher.start()
        self.addCleanup(patcher.stop)
        self.addCleanup(shutil.rmtree, self.dir, True)
        self.env = dict(os.environ, PYTHONPATH=CLIENT)

    def start(self, **kwargs):
        kwargs.setdefault("store", self.path)
        return runlens.start_run(**kwargs)

    def new_store(self):
        """The location of this test's store (not created yet)."""
        return os.path.join(self.dir, "store.db")

    def sql(self, query, args=()):
        """Run one statement on the store outside the client (committed); its rows."""
        conn = sqlite3.connect(self.path)
        try:
            rows = conn.execute(query, args).fetchall()
            conn.commit()
            return rows
        finally:
            conn.close()

    def chunks(self, run_id, key, slice_=""):
        return self.sql("SELECT c.seq, c.n, c.steps, c.vals, c.times FROM chunks c "
                        "JOIN series s ON s.id = c.series_id JOIN runs r ON r.id = s.run_id "
                        "WHERE r.uuid = ? AND s.key = ? AND s.slice = ? ORDER BY c.seq",
                        (run_id, key, slice_))

    def dump(self):
        """Every row of every table (runs without the ever-moving heartbeat): equal dumps
        mean nothing was changed."""
        conn = sqlite3.connect(self.path)
        try:
            tables = [name for (name,) in conn.execute(
                "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")]
            dump = {}
            for table in tables:
                columns = [row[1] for row in conn.execute(f"PRAGMA table_info({table})")
                           if row[1] != "heartbeat"]
                dump[table] = sorted(conn.execute(
                    f"SELECT {', '.join(columns)} FROM {table}").fetchall(), key=repr)
            return dump
        finally:
            conn.close()


def sqlite_only(reason):
    """Mark a test as being about SQLite files: skipped on the PostgreSQL variant."""
    def mark(test):
        @functools.wraps(test)
        def run(self, *args, **kwargs):
            if self.engine != "sqlite":
                self.skipTest(f"SQLite only: {reason}")
            return test(self, *args, **kwargs)
        return run
    return mark


class PostgreSQLStore:
    """Mixin: each test's store is a fresh schema of the shared throwaway cluster."""

    engine = "postgresql"
    pg = None

    @classmethod
    def setUpClass(cls):
        import pg_cluster
        pg_cluster.require_psycopg2()          # SkipTest with what to install
        PostgreSQLStore.pg = pg_cluster.shared()  # SkipTest when the server is absent
        super().setUpClass()

    def tearDown(self):
        """Finish the runs a test left open while the server is up: the at-exit finish
        would meet a cluster already stopped by then."""
        from runlens import _writer
        for writer in _writer.Writer.live_writers():
            if writer.path == self.path:
                for run in list(writer.runs):
                    try:
                        run.finish()
                    except Exception:
                        pass
        super().tearDown()

    def new_store(self):
        self.schema = self.pg.fresh_schema()
        return self.pg.url(schema=self.schema)

    def sql(self, query, args=()):
        """The same statement on PostgreSQL: `?` placeholders become `%s`, bytea comes
        back as bytes (as SQLite's blobs do)."""
        conn = self.pg.connect(schema=self.schema)
        try:
            conn.autocommit = True
            with conn.cursor() as cur:
                cur.execute(query.replace("%", "%%").replace("?", "%s"), tuple(args))
                rows = cur.fetchall() if cur.description else []
            return [tuple(bytes(v) if isinstance(v, memoryview) else v for v in row)
                    for row in rows]
        finally:
            conn.close()

    def dump(self):
        """Every row of every table (runs without the heartbeat): equal dumps mean
        nothing was changed."""
        tables = [name for (name,) in self.sql(
            "SELECT table_name FROM information_schema.tables WHERE table_schema = ? "
            "ORDER BY table_name", (self.schema,))]
        dump = {}
        for table in tables:
            columns = [name for (name,) in self.sql(
                "SELECT column_name FROM information_schema.columns WHERE table_schema = ? "
                "AND table_name = ? ORDER BY ordinal_position", (self.schema, table))
                if name != "heartbeat"]
            dump[table] = sorted(self.sql(f"SELECT {', '.join(columns)} FROM {table}"),
                                 key=repr)
        return dump


def on_postgresql(test_class):
    """The tests of test_class, run on a PostgreSQL store (the class to put in the
    module under its own name, so unittest finds it)."""
    return type("PostgreSQL" + test_class.__name__, (PostgreSQLStore, test_class),
                {"__module__": test_class.__module__})
