"""Shared set-up for the Python client tests: the client on sys.path, and a base test
case whose every test gets its own store in a temporary folder (the default store points
there too, so a bug can never write into the user's real store)."""

import os
import shutil
import sqlite3
import sys
import tempfile
import unittest
from unittest import mock

HERE = os.path.dirname(os.path.abspath(__file__))
CLIENT = os.path.normpath(os.path.join(HERE, "..", "..", "client", "python"))
if CLIENT not in sys.path:
    sys.path.insert(0, CLIENT)

import runlens  # noqa: E402


class TempStoreTest(unittest.TestCase):

    def setUp(self):
        self.dir = tempfile.mkdtemp(prefix="runlens-test-")
        self.path = os.path.join(self.dir, "store.db")
        patcher = mock.patch.dict(os.environ, {"RUNLENS_STORE": os.path.join(self.dir, "default.db")})
        patcher.start()
        self.addCleanup(patcher.stop)
        self.addCleanup(shutil.rmtree, self.dir, True)
        self.env = dict(os.environ, PYTHONPATH=CLIENT)

    def start(self, **kwargs):
        kwargs.setdefault("store", self.path)
        return runlens.start_run(**kwargs)

    def sql(self, query, args=()):
        conn = sqlite3.connect(self.path)
        try:
            return conn.execute(query, args).fetchall()
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
