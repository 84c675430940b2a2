"""The per-process writer of one store: its connection, its flusher thread, its runs.

All runs a process has open on the same store share one Writer, so a sweep of fifty
runs in one script still makes one transaction per second, not fifty. The flusher
thread swaps each run's buffers out under the run's lock (O(1) per series, so logging
never waits on SQLite), writes every batch in ONE BEGIN IMMEDIATE transaction with the
heartbeats, and puts the batches back in front of newer points if the write fails, so
nothing logged is lost. On a PostgreSQL store a write also outlives a lost connection
(_pg.run_write); while the server stays out of reach the points wait in memory, and a
writer cut off for long says so on stderr, naming its runs, instead of dropping them.
"""

import atexit
import os
import sys
import threading
import time

from ._engine import engine_for
from ._errors import StoreError

FLUSH_INTERVAL = 1.0       # the doc: flush at least once a second
HEARTBEAT_INTERVAL = 2.0   # the doc: heartbeat at least every 5 s; keep a margin


class Writer:
    """Shared write access to one store path within one process."""

    _registry = {}
    _registry_lock = threading.Lock()

    @classmethod
    def acquire(cls, path, run_factory):
        """Register a new run on the writer for `path`, creating the writer if needed.

        run_factory(writer) creates the run's rows and returns the Run; it runs with the
        writer locked so the flusher never sees a half-made run.
        """
        with cls._registry_lock:
            writer = cls._registry.get(path)
            if writer is None:
                writer = cls(path)
                cls._registry[path] = writer
            with writer.lock:
                try:
                    run = run_factory(writer)
                except BaseException:
                    if not writer.runs:
                        del cls._registry[path]
                        writer.conn.close()
                    raise
                writer.runs.append(run)
            writer._ensure_thread()
        return run

    @classmethod
    def live_writers(cls):
        with cls._registry_lock:
            return list(cls._registry.values())

    def __init__(self, path):
        self.path = path
        self.engine = engine_for(path)
        self.label = self.engine.label(path)   # the path, or the URL without password
        self.pid = os.getpid()
        self.conn = self.engine.open(path)
        self.lock = threading.RLock()
        self.runs = []
        self._stop = threading.Event()
        self._thread = None
        self._last_heartbeat = 0.0
        self._warned = False
        self._failing_since = None   # monotonic time of the first failed periodic flush

    # -- the flusher thread -------------------------------------------------------

    def _ensure_thread(self):
        if self._thread is None:
            self._thread = threading.Thread(target=self._loop, name="runlens-flusher",
                                            daemon=True)
            self._thread.start()

    def _loop(self):
        """Flush about once a second; never let an error kill the thread."""
        next_time = time.monotonic() + FLUSH_INTERVAL
        while not self._stop.wait(max(0.0, next_time - time.monotonic())):
            next_time = time.monotonic() + FLUSH_INTERVAL
            try:
                self.flush(heartbeat=False, patience=FLUSH_INTERVAL)
            except Exception as error:  # the data stays buffered; the next tick retries
                self._flush_failed(error)
            else:
                self._flush_worked()

    def _flush_failed(self, error):
        """Say once that writing fails: at once on SQLite, after the engine's patience on
        PostgreSQL (a server restart or a short network outage is not worth a line)."""
        now = time.monotonic()
        if self._failing_since is None:
            self._failing_since = now
        if self._warned or now - self._failing_since < self.engine.quiet_failure_seconds:
            return
        self._warned = True
        if not self.engine.says_outages:
            print(f"runlens: could not write to {self.path}, will retry: {error}",
                  file=sys.stderr)
            return
        reason = str(error).replace(f"cannot write to {self.label}: ", "")
        print(f"runlens: {self._run_names()} cannot write to {self.label} for "
              f"{now - self._failing_since:.0f} s; {self._buffered()} points stay buffered "
              f"and writing is retried until the run finishes ({reason})", file=sys.stderr)

    def _flush_worked(self):
        if self._warned and self.engine.says_outages:
            self._warned = False
            print(f"runlens: {self._run_names()} can write to {self.label} again; "
                  f"the buffered points are written", file=sys.stderr)
        self._failing_since = None

    def _run_names(self):
        with self.lock:
            names = [f"{run.id} ({run.name})" for run in self.runs]
        return ("run " if len(names) == 1 else "runs ") + ", ".join(names)

    def _buffered(self):
        with self.lock:
            return sum(run._buffered_points() for run in self.runs)

    # -- writing --------------------------------------------------------------------

    def check_process(self):
        if os.getpid() != self.pid:
            raise StoreError(f"this run was started in process {self.pid}; a forked child "
                             f"cannot write it - start a new run in the child instead")

    def write(self, action):
        """Run action(conn) in one write transaction (for params, tags, notes, ...)."""
        self.check_process()
        with self.lock:
            return self.engine.write(self.conn, self.path, action)

    def flush(self, heartbeat=True, extra=None, patience=None):
        """Write every run's buffered points, heartbeats and extra(conn) in one transaction.

        heartbeat=False (the periodic flush) skips the transaction when nothing is
        buffered and the last heartbeat is recent. patience: seconds a PostgreSQL write
        keeps retrying a lost server (None: the engine's full patience).
        """
        self.check_process()
        with self.lock:
            taken = [(run, run._take_batches()) for run in self.runs]
            now = time.time()
            has_points = any(batches for _, batches in taken)
            due = now - self._last_heartbeat >= HEARTBEAT_INTERVAL
            if not (has_points or heartbeat or extra or due):
                return
            def work(conn):
                self._write_batches(conn, taken)
                conn.executemany("UPDATE runs SET heartbeat = ? WHERE id = ?",
                                 [(now, run._pk) for run in self.runs])
                if extra is not None:
                    extra(conn)
            try:
                self.engine.write(self.conn, self.path, work, patience)
            except BaseException:
                for run, batches in taken:
                    run._restore_batches(batches)
                raise
            self._last_heartbeat = now

    def _write_batches(self, conn, taken):
        for run, batches in taken:
            for series, steps, vals, times in batches:
                self.engine.append_batch(conn, run._pk, series.key, series.slice_db,
                                         steps, vals, times)

    def finish(self, run, status, end_time):
        """Flush, mark `run` ended, and let the writer go when it was the last run."""
        def mark(conn):
            conn.execute("UPDATE runs SET status = ?, end_time = ?, heartbeat = ? WHERE id = ?",
                         (status, end_time, end_time, run._pk))
        with self.lock:
            try:
                self.flush(extra=mark)
            except StoreError as error:
                if not self.engine.says_outages:
                    raise
                raise StoreError(f"could not finish run {run.id}: {error}; its "
                                 f"{run._buffered_points()} unwritten points are still in "
                                 f"memory: call finish() again to retry") from None
            self.runs.remove(run)
        self._release_if_idle()

    def _release_if_idle(self):
        """Stop the thread and close the connection once no run is open."""
        with Writer._registry_lock:
            with self.lock:
                if self.runs:
                    return
                if Writer._registry.get(self.path) is self:
                    del Writer._registry[self.path]
        self._stop.set()
        thread = self._thread
        if thread is not None and thread is not threading.current_thread():
            thread.join()
        with self.lock:
            self.conn.close()


# -- process-wide hooks -----------------------------------------------------------

_uncaught_status = None


def _chained_excepthook(previous):
    """An excepthook that remembers how the script died (for the atexit finish), then
    hands over to the hook that was installed before."""
    def hook(exc_type, exc, tb):
        global _uncaught_status
        _uncaught_status = "killed" if issubclass(exc_type, KeyboardInterrupt) else "failed"
        previous(exc_type, exc, tb)
    return hook


def _at_exit():
    """Finish the runs still open at interpreter exit, so nothing buffered is lost."""
    status = _uncaught_status or "finished"
    for writer in Writer.live_writers():
        if writer.pid != os.getpid():
            continue
        for run in list(writer.runs):
            try:
                run.finish(status)
            except Exception as error:
                print(f"runlens: could not finish run {run.id} at exit: {error}",
                      file=sys.stderr)


def _after_fork_in_child():
    """A forked child must not write the parent's runs: forget them (not close)."""
    Writer._registry = {}
    Writer._registry_lock = threading.Lock()


_hooks_installed = False


def install_process_hooks():
    """Install the atexit, excepthook and fork hooks once, at the first run."""
    global _hooks_installed
    if _hooks_installed:
        return
    _hooks_installed = True
    atexit.register(_at_exit)
    sys.excepthook = _chained_excepthook(sys.excepthook)
    if hasattr(os, "register_at_fork"):
        os.register_at_fork(after_in_child=_after_fork_in_child)
