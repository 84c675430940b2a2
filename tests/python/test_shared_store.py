"""A store in a folder shared by several users: another user's reader must not lock the
owner out, and a store on read-only media must be readable.

Each step runs as a different non-root user in a subprocess (setpriv), because root
ignores file permissions. Skipped when not root or setpriv is missing.

Run: cd tests/python && PYTHONPATH=../../client/python /usr/bin/python3 -m unittest -v test_shared_store
"""

import os
import pwd
import shutil
import subprocess
import sys
import tempfile
import unittest

from client_testing import CLIENT  # noqa: E402

SETPRIV = shutil.which("setpriv")
CLI = os.environ.get("RUNLENS_CLI")

WRITE = ("import sys, runlens\n"
         "with runlens.start_run(store=sys.argv[1], name='x') as run:\n"
         "    run.log_metric('loss', 1.0)\n")
READ = ("import sys, runlens\n"
        "with runlens.Store(sys.argv[1]) as store:\n"
        "    print(len(store.runs()))\n")


def _user_exists(name):
    try:
        pwd.getpwnam(name)
        return True
    except KeyError:
        return False


@unittest.skipUnless(os.geteuid() == 0 and SETPRIV and _user_exists("daemon") and _user_exists("nobody"),
                     "needs root, setpriv and the users daemon and nobody to act as two users")
class SharedStoreTest(unittest.TestCase):

    def setUp(self):
        # The client must be readable by the other users; the test folder is shared.
        self.dir = tempfile.mkdtemp(prefix="runlens-shared-")
        self.addCleanup(shutil.rmtree, self.dir, True)
        os.chmod(self.dir, 0o1777)
        self.client = os.path.join(self.dir, "client")
        shutil.copytree(CLIENT, self.client)
        for root, dirs, files in os.walk(self.client):
            for name in dirs + files:
                os.chmod(os.path.join(root, name), 0o755)
        self.path = os.path.join(self.dir, "store.db")

    def as_user(self, user, group, argv):
        env = {"PYTHONPATH": self.client, "PATH": "/usr/bin:/bin", "HOME": self.dir}
        return subprocess.run([SETPRIV, f"--reuid={user}", f"--regid={group}", "--clear-groups"] + argv,
                              env=env, cwd=self.dir, capture_output=True, text=True, timeout=60)

    def python(self, user, group, script, path):
        return self.as_user(user, group, [sys.executable, "-c", script, path])

    def side_files(self, path):
        return sorted(name for name in os.listdir(os.path.dirname(path))
                      if name.startswith(os.path.basename(path) + "-"))

    def test_another_users_reader_leaves_the_owner_able_to_write(self):
        first = self.python("daemon", "daemon", WRITE, self.path)
        self.assertEqual(first.returncode, 0, first.stderr)
        read = self.python("nobody", "nogroup", READ, self.path)
        self.assertEqual(read.returncode, 0, read.stderr)
        self.assertEqual(read.stdout.strip(), "1")
        self.assertEqual(self.side_files(self.path), [], "the reader left -wal/-shm files behind")
        again = self.python("daemon", "daemon", WRITE, self.path)
        self.assertEqual(again.returncode, 0, again.stderr)
        self.assertEqual(self.python("nobody", "nogroup", READ, self.path).stdout.strip(), "2")

    @unittest.skipUnless(CLI and os.path.exists(CLI), "RUNLENS_CLI is not set (run through ctest)")
    def test_another_users_cli_leaves_the_owner_able_to_write(self):
        first = self.python("daemon", "daemon", WRITE, self.path)
        self.assertEqual(first.returncode, 0, first.stderr)
        listing = self.as_user("nobody", "nogroup", [CLI, "--store", self.path, "ls"])
        self.assertEqual(listing.returncode, 0, listing.stderr)
        self.assertEqual(self.side_files(self.path), [], "runlens ls left -wal/-shm files behind")
        again = self.python("daemon", "daemon", WRITE, self.path)
        self.assertEqual(again.returncode, 0, again.stderr)

    def test_read_only_file_in_read_only_folder_is_readable(self):
        made = self.python("daemon", "daemon", WRITE, self.path)
        self.assertEqual(made.returncode, 0, made.stderr)
        media = os.path.join(self.dir, "media")
        os.mkdir(media)
        copy = os.path.join(media, "store.db")
        shutil.copy(self.path, copy)
        os.chmod(copy, 0o444)
        os.chmod(media, 0o555)
        self.addCleanup(os.chmod, media, 0o755)
        read = self.python("nobody", "nogroup", READ, copy)
        self.assertEqual(read.returncode, 0, read.stderr)
        self.assertEqual(read.stdout.strip(), "1")
        if CLI and os.path.exists(CLI):
            listing = self.as_user("nobody", "nogroup", [CLI, "--store", copy, "ls"])
            self.assertEqual(listing.returncode, 0, listing.stderr)


if __name__ == "__main__":
    unittest.main()
