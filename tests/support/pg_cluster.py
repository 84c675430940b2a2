"""A throwaway PostgreSQL cluster for tests (TOOLCHAIN.md, "PostgreSQL in tests").

Standard library only. One cluster per test run: initdb into a fresh temporary folder,
the server listening on a Unix socket in that folder only (no TCP), fsync off; about
3 s to start. Each test then takes a schema (fresh_schema(), milliseconds) or, when
it needs one, a database (fresh_database()) of its own.

In a unittest module:

    def setUpModule():
        global PG
        pg_cluster.require_psycopg2()      # skip before spending 3 s on a server
        PG = pg_cluster.shared()           # SkipTest when the binaries are absent

    def tearDownModule():
        pg_cluster.stop_shared()

shared() starts the cluster once per process; stop_shared() ends it (CTest runs one
module per process; a run of several modules in one process may leave it to the end).
Whatever happens, the cluster is stopped and its folder removed: by stop_shared(),
by atexit when the interpreter exits, and by a watchdog process when the test process
is killed (a CTest timeout), since the server lives in a session of its own and
survives its parent otherwise.

From another language (C++ tests, through a subprocess):

    python3 tests/support/pg_cluster.py start [--watch-pid PID]
        prints `dir=<folder>`, `conninfo=<libpq connection string>` and
        `url=<postgresql:// store location>`, one a line;
        with --watch-pid the cluster goes away by itself when process PID ends.
        Exit code 77 (skip) when the server binaries are absent.
    python3 tests/support/pg_cluster.py restart DIR
    python3 tests/support/pg_cluster.py stop-server DIR | start-server DIR   (data kept)
    python3 tests/support/pg_cluster.py stop DIR
"""

import argparse
import atexit
import glob
import grp
import itertools
import json
import os
import pwd
import select
import shutil
import signal
import subprocess
import sys
import tempfile
import time
import unittest
import urllib.parse

MISSING_SERVER = "PostgreSQL server binaries not found (apt-get install postgresql)"
MISSING_PSYCOPG2 = "psycopg2 not found (apt-get install python3-psycopg2)"
SKIP_EXIT_CODE = 77  # what CTest's SKIP_RETURN_CODE and automake take for "skipped"

# With listen_addresses='' the port only names the socket file (.s.PGSQL.<port>), and the
# socket sits in a folder of this cluster's own: no clash with any other server.
PORT = 5432
SUPERUSER = "postgres"
_INFO = "cluster.json"
# sun_path holds 108 bytes with its terminating NUL.
_MAX_SOCKET_PATH = 107
_SERVER_OPTIONS = ("-c listen_addresses='' -c fsync=off -c synchronous_commit=off "
                   "-c full_page_writes=off")


def find_bindir():
    """The folder of initdb, pg_ctl and postgres, or None.

    pg_config (from libpq-dev) names it; Debian keeps it off PATH in
    /usr/lib/postgresql/<major>/bin, which is the fallback (newest major first).
    libpq-dev without the server still has pg_config, hence the check for the tools.
    """
    candidates = []
    try:
        out = subprocess.run(["pg_config", "--bindir"], capture_output=True, text=True,
                             check=True).stdout.strip()
        candidates.append(out)
    except (OSError, subprocess.CalledProcessError):
        pass

    def major(path):
        name = os.path.basename(os.path.dirname(path))
        return tuple(int(p) for p in name.split(".") if p.isdigit())
    candidates += sorted(glob.glob("/usr/lib/postgresql/*/bin"), key=major, reverse=True)
    for folder in candidates:
        if all(os.access(os.path.join(folder, tool), os.X_OK)
               for tool in ("initdb", "pg_ctl", "postgres")):
            return folder
    return None


def require_psycopg2():
    """Import psycopg2, or raise unittest.SkipTest saying what to install."""
    try:
        import psycopg2
    except ImportError:
        raise unittest.SkipTest(MISSING_PSYCOPG2) from None
    return psycopg2


def _server_account():
    """(uid, gid) to run initdb and the server as, or None to run them as ourselves.

    PostgreSQL refuses to run as root, and CI runs as root: then the `postgres` account
    when it exists (Debian's package creates it), else nobody:nogroup.
    """
    if os.geteuid() != 0:
        return None
    try:
        account = pwd.getpwnam("postgres")
        return account.pw_uid, account.pw_gid
    except KeyError:
        pass
    nobody = pwd.getpwnam("nobody")
    try:
        return nobody.pw_uid, grp.getgrnam("nogroup").gr_gid
    except KeyError:
        return nobody.pw_uid, nobody.pw_gid


def _short_temp_parent():
    """A temporary folder short enough for the socket path: TMPDIR if it fits, else /tmp."""
    room = len("/rlpg.XXXXXXXX/.s.PGSQL.") + len(str(PORT))
    for parent in (tempfile.gettempdir(), "/tmp"):
        if len(parent) + room <= _MAX_SOCKET_PATH and os.access(parent, os.W_OK | os.X_OK):
            return parent
    raise RuntimeError("no temporary folder short enough for a Unix socket path")


class Cluster:
    """One throwaway cluster: start(), connect(), fresh_schema(), restart(), stop()."""

    def __init__(self, bindir=None):
        self.bindir = bindir or find_bindir()
        if self.bindir is None:
            raise unittest.SkipTest(MISSING_SERVER)
        self.dir = None          # the cluster's folder: socket, data/, log
        self.account = _server_account()
        self._watchdog = None
        self._names = itertools.count(1)

    # -- where things are --------------------------------------------------------------

    @property
    def data_dir(self):
        return os.path.join(self.dir, "data")

    @property
    def log_path(self):
        return os.path.join(self.dir, "server.log")

    @property
    def socket_dir(self):
        return self.dir

    @property
    def running(self):
        return self.dir is not None

    def conninfo(self, dbname="postgres"):
        """A libpq connection string (no password: trust authentication over the socket)."""
        return f"host={self.socket_dir} port={PORT} user={SUPERUSER} dbname={dbname}"

    def url(self, dbname="postgres", schema=None):
        """The store location a Runlens program takes (RUNLENS_STORE, --store): a
        postgresql:// URL naming the socket folder as host and, with schema, a
        search_path of that schema only, so each test has a store of its own."""
        query = {"host": self.socket_dir, "port": str(PORT)}
        if schema is not None:
            query["options"] = f"-c search_path={schema}"
        return (f"postgresql://{SUPERUSER}@/{dbname}?"
                + urllib.parse.urlencode(query, quote_via=urllib.parse.quote))

    # -- life cycle --------------------------------------------------------------------

    def start(self, watch_pid="self", at_exit=True):
        """initdb and start the server; ~3 s. On failure nothing is left behind.

        watch_pid: a watchdog stops the cluster when that process ends: "self" (this
        process), a pid, or None for no watchdog.
        at_exit: also stop it when this interpreter exits (the command line's `start`
        turns both off unless asked: the cluster must outlive it).
        """
        if self.running:
            raise RuntimeError("the cluster is already running")
        self.dir = tempfile.mkdtemp(prefix="rlpg.", dir=_short_temp_parent())
        try:
            if self.account is not None:
                os.chown(self.dir, *self.account)
            self._run_as_server(os.path.join(self.bindir, "initdb"), "-D", self.data_dir,
                                "-U", SUPERUSER, "--auth=trust", "-E", "UTF8", "--locale=C",
                                "--no-sync", "--no-instructions")
            self._pg_ctl("start", "-l", self.log_path, "-o", self._options())
            self._write_info()
            self._start_watchdog(os.getpid() if watch_pid == "self" else watch_pid)
        except BaseException:
            self.stop()
            raise
        if at_exit:
            atexit.register(self.stop)
        return self

    def restart(self, mode="fast"):
        """pg_ctl restart: every connection is cut, the server comes back on the same
        socket with the same data. For tests of reconnecting."""
        self._pg_ctl("restart", "-m", mode, "-l", self.log_path, "-o", self._options())

    def stop_server(self):
        """Stop the server but keep the cluster (data, folder): start_server() brings it
        back. For tests of a server that stays away for a while."""
        self._pg_ctl("stop", "-m", "fast")

    def start_server(self):
        """Start the server of a cluster stopped by stop_server()."""
        self._pg_ctl("start", "-l", self.log_path, "-o", self._options())

    def stop(self):
        """Stop the server (immediately: the data is thrown away) and remove the folder.
        Safe to call twice, and on a cluster whose server already died."""
        atexit.unregister(self.stop)
        if self.dir is None:
            return
        self._stop_watchdog()
        if os.path.exists(os.path.join(self.data_dir, "postmaster.pid")):
            try:
                self._pg_ctl("stop", "-m", "immediate")
            except RuntimeError:
                self._kill_postmaster()
        shutil.rmtree(self.dir, ignore_errors=True)
        self.dir = None

    # -- per-test isolation ------------------------------------------------------------

    def connect(self, dbname="postgres", schema=None, **kwargs):
        """A psycopg2 connection; with schema, its search_path is that schema only."""
        psycopg2 = require_psycopg2()
        if schema is not None:
            kwargs["options"] = f"-c search_path={schema}"
        return psycopg2.connect(self.conninfo(dbname), **kwargs)

    def fresh_schema(self, dbname="postgres"):
        """CREATE SCHEMA with a name unique in this cluster; returns the name.
        Connect with connect(schema=name) to work in it."""
        name = f"t{next(self._names)}"
        self._admin(dbname, f"CREATE SCHEMA {name}")
        return name

    def fresh_database(self):
        """CREATE DATABASE with a name unique in this cluster (~0.2 s); returns the name."""
        name = f"db{next(self._names)}"
        self._admin("postgres", f"CREATE DATABASE {name}")
        return name

    def _admin(self, dbname, statement):
        conn = self.connect(dbname)
        try:
            conn.autocommit = True
            with conn.cursor() as cur:
                cur.execute(statement)
        finally:
            conn.close()

    # -- internals ---------------------------------------------------------------------

    def _options(self):
        return f"-k {self.socket_dir} -p {PORT} {_SERVER_OPTIONS}"

    def _run_as_server(self, *command):
        """Run a server tool as the server's account (never root), quietly; on failure
        raise RuntimeError with its output and the server log's tail."""
        extra = {}
        if self.account is not None:
            # What `setpriv --reuid --regid --clear-groups` does, without the tool.
            extra = dict(user=self.account[0], group=self.account[1], extra_groups=[])
        # The PG* variables of the caller (PGDATA, PGPORT, ...) must not steer the tools.
        env = {k: v for k, v in os.environ.items() if not k.startswith("PG")}
        env["LC_ALL"] = "C"
        done = subprocess.run(command, cwd=self.dir, env=env, stdin=subprocess.DEVNULL,
                              capture_output=True, text=True, **extra)
        if done.returncode != 0:
            raise RuntimeError(f"{os.path.basename(command[0])} {command[1]} failed "
                               f"(exit {done.returncode}): {done.stdout}{done.stderr}"
                               f"{self._log_tail()}")

    def _pg_ctl(self, action, *args):
        self._run_as_server(os.path.join(self.bindir, "pg_ctl"), action, "-D", self.data_dir,
                            "-w", "-s", "-t", "60", *args)

    def _log_tail(self):
        try:
            with open(self.log_path, encoding="utf-8", errors="replace") as log:
                return "\nserver log:\n" + "".join(log.readlines()[-20:])
        except OSError:
            return ""

    def _kill_postmaster(self):
        """pg_ctl could not stop it: kill the postmaster of *this* data folder, checked
        through /proc, so no other server is ever touched. Its children exit when they
        see their postmaster gone."""
        try:
            with open(os.path.join(self.data_dir, "postmaster.pid")) as pidfile:
                pid = int(pidfile.readline())
            with open(f"/proc/{pid}/cmdline", "rb") as cmdline:
                if self.data_dir.encode() not in cmdline.read():
                    return
            os.kill(pid, signal.SIGKILL)
        except (OSError, ValueError):
            pass

    def _write_info(self):
        """What `stop DIR` and the watchdog need to find this cluster again."""
        with open(os.path.join(self.dir, _INFO), "w") as info:
            json.dump({"bindir": self.bindir, "account": self.account}, info)

    @classmethod
    def attach(cls, folder):
        """The cluster running in folder (started by another process)."""
        with open(os.path.join(folder, _INFO)) as info:
            data = json.load(info)
        cluster = cls(data["bindir"])
        cluster.account = tuple(data["account"]) if data["account"] else None
        cluster.dir = folder
        return cluster

    def _start_watchdog(self, pid):
        if pid is None:
            return
        # A session of its own: a kill of the test's process group spares it, and it
        # outlives a `start` command line that returns at once.
        self._watchdog = subprocess.Popen(
            [sys.executable, os.path.abspath(__file__), "watch", self.dir, str(pid)],
            stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
            start_new_session=True)

    def _stop_watchdog(self):
        if self._watchdog is not None:
            self._watchdog.terminate()
            self._watchdog.wait()
            self._watchdog = None


def _wait_for_end(pid, info):
    """Wait until process pid ends (True) or the file info goes away first (False)."""
    try:
        handle = os.pidfd_open(pid)  # readable once the process has ended; no pid reuse
    except ProcessLookupError:
        return True
    except (AttributeError, OSError):
        handle = None                # no pidfd (kernel before 5.3): poll the pid
    try:
        while os.path.exists(info):
            if handle is not None:
                if select.select([handle], [], [], 1.0)[0]:
                    return True
            else:
                try:
                    os.kill(pid, 0)
                except ProcessLookupError:
                    return True
                except PermissionError:
                    pass
                time.sleep(1.0)
        return False
    finally:
        if handle is not None:
            os.close(handle)


def watch(folder, pid):
    """The watchdog: when process pid ends, stop the cluster in folder. Returns early,
    doing nothing, when the folder goes away first (its owner stopped the cluster)."""
    info = os.path.join(folder, _INFO)
    if _wait_for_end(pid, info) and os.path.exists(info):
        Cluster.attach(folder).stop()


_shared = None


def shared():
    """The one cluster of this process, started on first use (raises SkipTest when the
    server binaries are absent)."""
    global _shared
    if _shared is None or not _shared.running:
        _shared = Cluster().start()
    return _shared


def stop_shared():
    """Stop the cluster shared() started, if any."""
    global _shared
    if _shared is not None:
        _shared.stop()
        _shared = None


def main(argv=None):
    parser = argparse.ArgumentParser(description="A throwaway PostgreSQL cluster for tests.")
    sub = parser.add_subparsers(dest="action", required=True)
    start = sub.add_parser("start", help="start a cluster; print dir= and conninfo=")
    start.add_argument("--watch-pid", type=int,
                       help="stop the cluster when this process ends (else it runs "
                            "until `stop DIR`)")
    for action in ("stop", "restart", "stop-server", "start-server"):
        sub.add_parser(action).add_argument("dir")
    watcher = sub.add_parser("watch")  # the watchdog itself; not for direct use
    watcher.add_argument("dir")
    watcher.add_argument("pid", type=int)
    args = parser.parse_args(argv)

    try:
        if args.action == "start":
            cluster = Cluster().start(watch_pid=args.watch_pid, at_exit=False)
            print(f"dir={cluster.dir}")
            print(f"conninfo={cluster.conninfo()}")
            print(f"url={cluster.url()}")
        elif args.action == "watch":
            watch(args.dir, args.pid)
        elif args.action == "restart":
            Cluster.attach(args.dir).restart()
        elif args.action == "stop-server":
            Cluster.attach(args.dir).stop_server()
        elif args.action == "start-server":
            Cluster.attach(args.dir).start_server()
        elif os.path.exists(args.dir):
            Cluster.attach(args.dir).stop()
        # else: stopped already (by its watchdog, or a second stop); nothing to do
    except unittest.SkipTest as skip:
        print(f"pg_cluster: skipped: {skip}", file=sys.stderr)
        return SKIP_EXIT_CODE
    except (RuntimeError, OSError) as error:
        print(f"pg_cluster: {error}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
