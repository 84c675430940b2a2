"""The runlens executable on stores it cannot use: damaged, truncated, not Runlens, from
a newer Runlens, read-only (as a user who may not write), on a full disk. Each time: a
one-line message that says what is wrong, exit code 2, and the store's bytes unchanged.
Readers (`ls`, `show`, `export`) and a writer (`import` of a small Keras log) are tried."""

import hashlib
import os
import sys
import shutil
import sqlite3
import subprocess
import tempfile
import unittest

import runlens

CLI = os.environ.get("RUNLENS_CLI")
NOBODY = ["setpriv", "--reuid=nobody", "--regid=nogroup", "--clear-groups"]


def digest(path):
    with open(path, "rb") as handle:
        return hashlib.sha256(handle.read()).hexdigest()


def can_run_as_nobody():
    if os.geteuid() != 0 or not shutil.which("setpriv"):
        return False
    return subprocess.run(NOBODY + ["true"], capture_output=True).returncode == 0


@unittest.skipUnless(CLI and os.path.exists(CLI), "RUNLENS_CLI is not set (run through ctest)")
class CliBadStoreTest(unittest.TestCase):
    def setUp(self):
        self.tmp = tempfile.TemporaryDirectory()
        self.addCleanup(self.tmp.cleanup)
        self.dir = self.tmp.name
        self.path = os.path.join(self.dir, "store.db")
        with runlens.start_run(store=self.path, experiment="e", name="first", params={"lr": 0.1}) as run:
            for step in range(3000):
                run.log_metric("loss", 1.0 / (step + 1), step=step)
            self.run_id = run.id
        self.log = os.path.join(self.dir, "keras", "training.log")
        os.makedirs(os.path.dirname(self.log))
        with open(self.log, "w") as handle:
            handle.write("epoch,loss,val_loss\n" + "".join(f"{e},{1 / (e + 1)},{2 / (e + 1)}\n" for e in range(2000)))
        os.chmod(self.dir, 0o755)
        os.chmod(os.path.dirname(self.log), 0o755)
        os.chmod(self.log, 0o644)

    def cli(self, store, *args, prefix=()):
        return subprocess.run([*prefix, CLI, "--store", store, *args], capture_output=True, text=True)

    def commands(self):
        return [("ls",), ("show", self.run_id), ("export", self.run_id, "-o", os.path.join(self.dir, "x.csv")),
                ("import", self.log)]

    def assert_store_error(self, out, words):
        self.assertEqual(out.returncode, 2, out.stdout + out.stderr)
        lines = out.stderr.strip().splitlines()
        self.assertEqual(len(lines), 1, out.stderr)
        self.assertTrue(lines[0].startswith("runlens: "), out.stderr)
        self.assertTrue(any(w in lines[0] for w in words), f"none of {words} in: {lines[0]}")

    def assert_refused_unchanged(self, store, words, commands=None):
        before = digest(store)
        for args in commands or self.commands():
            with self.subTest(command=args[0]):
                self.assert_store_error(self.cli(store, *args), words)
                self.assertEqual(digest(store), before, f"'{args[0]}' changed the store")

    def test_a_url_is_not_taken_for_a_path(self):
        # Issue 14: RUNLENS_STORE=postgresql://... used to create a folder "postgresql:"
        # and log into a new SQLite file there. Now a scheme Runlens does not know is
        # refused, a PostgreSQL URL goes to the server, and neither creates anything
        # here nor shows the password.
        for url, words in (("mysql://alice:s3cret@db.lab/runlens_team",
                            ["'mysql://alice@db.lab/runlens_team' is not a store location", "not mysql:// URLs"]),
                           ("postgresql://alice:s3cret@/runlens_team?host=/nonexistent-runlens&password=s3cret",
                            ["cannot connect to the PostgreSQL store 'postgresql://alice@/runlens_team"])):
            env = dict(os.environ, RUNLENS_STORE=url, PYTHONPATH=os.environ.get("PYTHONPATH", ""))
            for how in ("--store", "RUNLENS_STORE", "sync", "python"):
                with self.subTest(url=url, how=how):
                    if how == "--store":
                        out = subprocess.run([CLI, "--store", url, "ls"], capture_output=True, text=True, cwd=self.dir)
                    elif how == "RUNLENS_STORE":
                        out = subprocess.run([CLI, "ls"], capture_output=True, text=True, cwd=self.dir, env=env)
                    elif how == "sync":
                        out = subprocess.run([CLI, "sync", self.path, url], capture_output=True, text=True,
                                             cwd=self.dir)
                    else:
                        code = "import runlens\nwith runlens.start_run() as r: r.log_metric('x', 1.0)"
                        out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                                             cwd=self.dir, env=env)
                        self.assertNotEqual(out.returncode, 0)
                    if how != "python":
                        self.assert_store_error(out, words)
                    self.assertNotIn("s3cret", out.stdout + out.stderr)
                    self.assertEqual([n for n in os.listdir(self.dir) if n.startswith(("postgres", "mysql"))], [])

    def test_damaged_store(self):
        size = os.path.getsize(self.path)
        with open(self.path, "r+b") as handle:  # every page but the header page
            handle.seek(4096)
            handle.write(b"\xa5" * (size - 4096))
        self.assert_refused_unchanged(self.path, ["damaged", "not a database"])

    def test_truncated_store(self):
        size = os.path.getsize(self.path)
        for keep in (size // 2, 100):
            with self.subTest(keep=keep):
                copy = os.path.join(self.dir, f"cut-{keep}.db")
                shutil.copy(self.path, copy)
                os.truncate(copy, keep)
                self.assert_refused_unchanged(copy, ["damaged", "not a database"])

    def test_sqlite_file_of_another_program(self):
        other = os.path.join(self.dir, "other.db")
        with sqlite3.connect(other) as conn:
            conn.execute("CREATE TABLE people (name TEXT)")
            conn.execute("INSERT INTO people VALUES ('ada')")
        conn.close()
        self.assert_refused_unchanged(other, ["not a Runlens store"])

    def test_store_of_a_newer_runlens(self):
        with sqlite3.connect(self.path) as conn:
            conn.execute("PRAGMA user_version = 999")
        conn.close()
        self.assert_refused_unchanged(self.path, ["newer than this Runlens"])

    @unittest.skipUnless(can_run_as_nobody(), "needs root and setpriv to run the CLI as an unprivileged user")
    def test_read_only_file_can_be_read_not_written(self):
        os.chmod(self.path, 0o444)
        os.chown(self.dir, 65534, -1)  # nobody may make the -wal/-shm files beside it
        before = digest(self.path)
        out = self.cli(self.path, "ls", prefix=NOBODY)
        self.assertEqual(out.returncode, 0, out.stderr)
        self.assertIn("first", out.stdout)
        out = self.cli(self.path, "import", self.log, prefix=NOBODY)
        self.assert_store_error(out, ["read-only"])
        self.assertEqual(digest(self.path), before)

    @unittest.skipUnless(can_run_as_nobody(), "needs root and setpriv to run the CLI as an unprivileged user")
    def test_read_only_folder_refuses_writers(self):
        # The store and its folder belong to root: nobody may write either.
        before = digest(self.path)
        out = self.cli(self.path, "import", self.log, prefix=NOBODY)
        self.assert_store_error(out, ["read-only", "cannot open"])
        self.assertEqual(digest(self.path), before)
        self.assertFalse(os.path.exists(self.path + "-journal"))

    def test_full_disk(self):
        # A 1 MiB tmpfs in a mount namespace of our own: needs root (or user namespaces).
        if not shutil.which("unshare") or os.geteuid() != 0:
            self.skipTest("needs root and unshare to mount a small tmpfs")
        mnt = os.path.join(self.dir, "small")
        os.mkdir(mnt)
        script = r'''
set -e
mount -t tmpfs -o size=1m tmpfs "$MNT"
cp "$STORE" "$MNT/store.db"
sha256sum "$MNT/store.db" | cut -d' ' -f1
# Leave 96 KiB: room for the -shm file, not for the import's pages.
dd if=/dev/zero of="$MNT/filler" bs=4k count=$(( $(stat -f -c %a "$MNT") - 24 )) 2>/dev/null
set +e
"$CLI" --store "$MNT/store.db" import "$LOG" 2>&1 >/dev/null
echo "rc=$?"
sha256sum "$MNT/store.db" | cut -d' ' -f1
'''
        env = dict(os.environ, MNT=mnt, STORE=self.path, CLI=CLI, LOG=self.log)
        out = subprocess.run(["unshare", "-m", "sh", "-c", script], capture_output=True, text=True, env=env)
        if "Operation not permitted" in out.stderr or "permission denied" in out.stderr.lower():
            self.skipTest("mounting a tmpfs is not permitted here: " + out.stderr.strip())
        lines = out.stdout.strip().splitlines()
        self.assertGreaterEqual(len(lines), 3, out.stdout + out.stderr)
        before, message, rc, after = lines[0], lines[1:-2], lines[-2], lines[-1]
        self.assertEqual(rc, "rc=2", out.stdout)
        self.assertEqual(len(message), 1, message)
        self.assertIn("disk is full", message[0])
        self.assertEqual(before, after, "the store changed on a full disk")


if __name__ == "__main__":
    unittest.main()
