"""The throwaway PostgreSQL cluster of the tests (tests/support/pg_cluster.py): it starts,
gives each test a schema or a database, survives a restart, and leaves no server and no
folder behind, also when the process that started it is killed.

Skips with one line when psycopg2 or the PostgreSQL server binaries are absent.
"""

import os
import subprocess
import sys
import time
import unittest
from unittest import mock

HERE = os.path.dirname(os.path.abspath(__file__))
SUPPORT = os.path.normpath(os.path.join(HERE, "..", "support"))
sys.path.insert(0, SUPPORT)

import pg_cluster  # noqa: E402

SCRIPT = os.path.join(SUPPORT, "pg_cluster.py")
psycopg2 = None  # imported by setUpModule, or the module is skipped


def setUpModule():
    global psycopg2
    psycopg2 = pg_cluster.require_psycopg2()
    if pg_cluster.find_bindir() is None:
        raise unittest.SkipTest(pg_cluster.MISSING_SERVER)


def processes_using(folder):
    """Pids of processes whose command line names folder (the server names its data
    folder, the watchdog the cluster's)."""
    found = []
    for entry in os.listdir("/proc"):
        if entry.isdigit():
            try:
                with open(f"/proc/{entry}/cmdline", "rb") as cmdline:
                    if folder.encode() in cmdline.read():
                        found.append(int(entry))
            except OSError:
                pass
    return found


class ClusterTest(unittest.TestCase):

    def assertGone(self, folder, within=10.0):
        """The folder and every process of the cluster disappear within `within` s."""
        deadline = time.monotonic() + within
        while time.monotonic() < deadline:
            if not os.path.exists(folder) and not processes_using(folder):
                return
            time.sleep(0.1)
        self.fail(f"cluster {folder} still there: exists={os.path.exists(folder)}, "
                  f"processes={processes_using(folder)}")

    def query(self, conninfo, sql, **kwargs):
        conn = psycopg2.connect(conninfo, **kwargs)
        try:
            with conn.cursor() as cur:
                cur.execute(sql)
                return cur.fetchone()[0]
        finally:
            conn.close()

    def test_schemas_databases_restart_stop(self):
        started = time.monotonic()
        cluster = pg_cluster.Cluster().start()
        self.addCleanup(cluster.stop)
        seconds = time.monotonic() - started
        self.assertLess(seconds, 30, "a throwaway cluster should start in seconds")
        folder = cluster.dir

        self.assertEqual(self.query(cluster.conninfo(), "SHOW listen_addresses"), "")
        self.assertEqual(self.query(cluster.conninfo(), "SHOW fsync"), "off")
        self.assertEqual(self.query(cluster.conninfo(), "SHOW server_encoding"), "UTF8")
        self.assertNotEqual(self.query(cluster.conninfo(), "SELECT current_user"), "root")

        first, second = cluster.fresh_schema(), cluster.fresh_schema()
        self.assertNotEqual(first, second)
        conn = cluster.connect(schema=first)
        self.addCleanup(conn.close)
        with conn.cursor() as cur:
            cur.execute("SELECT current_schema()")
            self.assertEqual(cur.fetchone()[0], first)
        database = cluster.fresh_database()
        self.assertEqual(self.query(cluster.conninfo(database), "SELECT current_database()"),
                         database)

        cluster.restart()
        with self.assertRaises(psycopg2.Error):  # the old connection was cut
            with conn.cursor() as cur:
                cur.execute("SELECT 1")
        self.assertEqual(self.query(cluster.conninfo(), "SELECT 1"), 1)

        cluster.stop()
        self.assertIsNone(cluster.dir)
        self.assertGone(folder, within=0.5)
        cluster.stop()  # twice is harmless

    def test_killed_owner_leaves_nothing(self):
        # A test process killed outright (a CTest timeout) runs no atexit handler: the
        # watchdog must remove the server and its folder.
        code = ("import sys, time; sys.path.insert(0, sys.argv[1]); import pg_cluster; "
                "print(pg_cluster.shared().dir, flush=True); time.sleep(120)")
        owner = subprocess.Popen([sys.executable, "-c", code, SUPPORT],
                                 stdout=subprocess.PIPE, text=True)
        self.addCleanup(owner.stdout.close)
        self.addCleanup(owner.wait)
        self.addCleanup(owner.kill)
        folder = owner.stdout.readline().strip()
        self.assertTrue(folder and os.path.isdir(folder), folder)
        self.assertTrue(processes_using(folder))
        owner.kill()
        owner.wait()
        self.assertGone(folder)

    def test_command_line(self):
        # What a C++ test does through a subprocess: start, connect, restart, stop.
        # Without --watch-pid the cluster outlives the `start` process until `stop`.
        done = subprocess.run([sys.executable, SCRIPT, "start"],
                              capture_output=True, text=True, timeout=60)
        self.assertEqual(done.returncode, 0, done.stderr)
        lines = dict(line.split("=", 1) for line in done.stdout.splitlines())
        folder, conninfo = lines["dir"], lines["conninfo"]
        self.addCleanup(subprocess.run, [sys.executable, SCRIPT, "stop", folder])
        time.sleep(1.5)  # a watchdog of the exited `start` would have acted by now
        self.assertEqual(self.query(conninfo, "SELECT 1"), 1)

        done = subprocess.run([sys.executable, SCRIPT, "restart", folder],
                              capture_output=True, text=True, timeout=60)
        self.assertEqual(done.returncode, 0, done.stderr)
        self.assertEqual(self.query(conninfo, "SELECT 1"), 1)

        done = subprocess.run([sys.executable, SCRIPT, "stop", folder],
                              capture_output=True, text=True, timeout=60)
        self.assertEqual(done.returncode, 0, done.stderr)
        self.assertGone(folder, within=0.5)

    def test_without_server_binaries_tests_skip(self):
        with mock.patch.object(pg_cluster, "find_bindir", return_value=None):
            with self.assertRaises(unittest.SkipTest) as caught:
                pg_cluster.Cluster()
            self.assertEqual(str(caught.exception),
                             "PostgreSQL server binaries not found (apt-get install postgresql)")
            with mock.patch("sys.stderr"):
                self.assertEqual(pg_cluster.main(["start"]), pg_cluster.SKIP_EXIT_CODE)


if __name__ == "__main__":
    unittest.main()
