"""runlens.Store: reading runs and metrics back from a store (a file or PostgreSQL)."""

import math
import os
import shutil
import threading
import time
from array import array

from . import _chunks
from ._engine import engine_for
from ._errors import StoreError
from ._ids import resolve_run
from ._paths import resolve_store_path, run_artifact_dir
from .record import ExperimentRecord, RunRecord

CRASH_TIMEOUT_SECONDS = 30.0   # the doc: running + heartbeat older than 30 s -> crashed

_RUN_COLUMNS = ("r.id, r.uuid, r.name, e.name, r.status, r.start_time, r.end_time, "
                "r.heartbeat, p.uuid, r.git_commit, r.host, r.command, r.notes, r.archived")


class Store:
    """A store opened for reading (it is created or migrated when writable).

    One connection guarded by a lock; every public method reads inside one read
    transaction so that it sees a single consistent snapshot while clients write.
    crash_timeout: seconds without heartbeat after which a running run reads as
    'crashed' (the doc's 30 s; tests pass a smaller value).
    """

    def __init__(self, path=None, crash_timeout=CRASH_TIMEOUT_SECONDS):
        self.path = resolve_store_path(path)
        self.crash_timeout = float(crash_timeout)
        self._engine = engine_for(self.path)
        self._label = self._engine.label(self.path)   # for messages: no password
        self._lock = threading.RLock()
        self._conn = self._engine.open(self.path,
                                       readonly=self._engine.reader_is_read_only(self.path))

    def close(self):
        """Close the connection; the Store cannot be used afterwards."""
        with self._lock:
            if self._conn is not None:
                self._conn.close()
                self._conn = None

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()
        return False

    def __repr__(self):
        return f"<runlens.Store {self._label!r}>"

    def _reading(self, what):
        """Context: the lock, a read transaction, and driver errors as StoreError."""
        store = self

        class _Reading:
            def __enter__(self):
                store._lock.acquire()
                try:
                    if store._conn is None:
                        raise StoreError(f"the store {store._label} is closed")
                    self._txn = store._engine.read(store._conn, store.path, what)
                    return self._txn.__enter__()
                except BaseException:
                    store._lock.release()
                    raise

            def __exit__(self, *exc):
                try:
                    return self._txn.__exit__(*exc)
                finally:
                    store._lock.release()
        return _Reading()

    # -- runs --------------------------------------------------------------------

    def runs(self, query=None, experiment=None, include_archived=False):
        """Return RunRecords, newest first, optionally filtered.

        query: runlens query text (e.g. "params.lr = 0.01 and metrics.`val/acc` > 0.9");
        a malformed query raises runlens.query.QueryError before anything is read.
        experiment: an experiment name. Archived runs are left out unless asked for.
        """
        matcher = None
        if query is not None and str(query).strip():
            from .query import parse   # written separately; imported only when needed
            matcher = parse(query)
        where, args = ["1 = 1"], []
        if experiment is not None:
            where.append("e.name = ?")
            args.append(experiment)
        if not include_archived:
            where.append("r.archived = 0")
        with self._reading("read runs from") as conn:
            rows = conn.execute(
                f"SELECT {_RUN_COLUMNS} FROM runs r JOIN experiments e ON e.id = r.experiment_id "
                f"LEFT JOIN runs p ON p.id = r.parent_id WHERE {' AND '.join(where)} "
                f"ORDER BY r.start_time DESC, r.id DESC", args).fetchall()
            scope = "" if experiment is None else \
                " WHERE run_id IN (SELECT r.id FROM runs r JOIN experiments e " \
                "ON e.id = r.experiment_id WHERE e.name = ?)"
            scope_args = [] if experiment is None else [experiment]
            params = _grouped(conn.execute(f"SELECT run_id, key, {self._engine.param_select} "
                                           f"FROM params{scope}", scope_args),
                              read=self._engine.param_read)
            tags = _grouped(conn.execute(f"SELECT run_id, key, value FROM tags{scope}",
                                         scope_args))
            metric_scope = (scope + " AND" if scope else " WHERE") + " slice = ''"
            metrics = _grouped(conn.execute(
                f"SELECT run_id, key, last_value FROM series{metric_scope}", scope_args),
                null=math.nan)
        now = time.time()
        records = [self._record(row, params, tags, metrics, now) for row in rows]
        if matcher is not None:
            records = [record for record in records if matcher.matches(record)]
        return records

    def run(self, run_id):
        """Return one RunRecord by full id or a unique prefix of at least 6 hex digits.

        Raises ValueError for a malformed id, KeyError when none or several runs match.
        """
        with self._reading("read a run from") as conn:
            pk, _ = resolve_run(conn, run_id)
            row = conn.execute(
                f"SELECT {_RUN_COLUMNS} FROM runs r JOIN experiments e ON e.id = r.experiment_id "
                f"LEFT JOIN runs p ON p.id = r.parent_id WHERE r.id = ?", (pk,)).fetchone()
            params = _grouped(conn.execute(f"SELECT run_id, key, {self._engine.param_select} "
                                           f"FROM params WHERE run_id = ?", (pk,)),
                              read=self._engine.param_read)
            tags = _grouped(conn.execute("SELECT run_id, key, value FROM tags "
                                         "WHERE run_id = ?", (pk,)))
            metrics = _grouped(conn.execute("SELECT run_id, key, last_value FROM series "
                                            "WHERE run_id = ? AND slice = ''", (pk,)),
                               null=math.nan)
        return self._record(row, params, tags, metrics, time.time())

    def _record(self, row, params, tags, metrics, now):
        (pk, run_uuid, name, experiment, status, start, end, heartbeat, parent,
         git_commit, host, command, notes, archived) = row
        if status == "running":
            alive = heartbeat if heartbeat is not None else start
            if alive is None or alive < now - self.crash_timeout:
                status = "crashed"
        return RunRecord(id=run_uuid, name=name, experiment=experiment, status=status,
                         params=params.get(pk, {}), tags=tags.get(pk, {}),
                         metrics=metrics.get(pk, {}), start_time=start, end_time=end,
                         parent_id=parent, git_commit=git_commit, host=host,
                         command=command, notes=notes, archived=bool(archived))

    def experiments(self):
        """Return every experiment (archived ones too) with its run count, by name."""
        with self._reading("read experiments from") as conn:
            rows = conn.execute(
                "SELECT e.uuid, e.name, e.created_at, e.archived, e.notes, count(r.id) "
                "FROM experiments e LEFT JOIN runs r ON r.experiment_id = e.id "
                "GROUP BY e.id ORDER BY e.name").fetchall()
        return [ExperimentRecord(id=u, name=n, created_at=c, archived=bool(a), notes=t,
                                 run_count=k) for u, n, c, a, t, k in rows]

    def artifacts(self, run_id):
        """Return [{'path', 'size', 'sha256', 'created_at', 'file'}] of a run, by path.

        'file' is a local file with the artifact's bytes: beside a SQLite store, or
        for a PostgreSQL store a copy in the user's cache folder, written (and checked
        against its sha256) by this call when missing or out of date.
        """
        with self._reading("read artifacts from") as conn:
            pk, run_uuid = resolve_run(conn, run_id)
            rows = conn.execute("SELECT path, size, sha256, created_at FROM artifacts "
                                "WHERE run_id = ? ORDER BY path", (pk,)).fetchall()
            if self._engine.artifacts_in_database:
                from . import _pg_artifacts
                files = [_pg_artifacts.materialise(conn, pk, run_uuid, self.path, row)
                         for row in rows]
        if not self._engine.artifacts_in_database:
            folder = run_artifact_dir(self.path, run_uuid)
            files = [os.path.join(folder, *row[0].split("/")) for row in rows]
        return [{"path": p, "size": s, "sha256": h, "created_at": c, "file": f}
                for (p, s, h, c), f in zip(rows, files)]

    def read_artifact(self, run_id, path):
        """Return the bytes of artifact `path` of a run (either engine).

        Raises KeyError when the run has no such artifact.
        """
        with self._reading("read artifacts from") as conn:
            pk, run_uuid, row = self._artifact_row(conn, run_id, path)
            if self._engine.artifacts_in_database:
                from . import _pg_artifacts
                return b"".join(_pg_artifacts.parts(conn, pk, path))
        with open(os.path.join(run_artifact_dir(self.path, run_uuid), *path.split("/")),
                  "rb") as handle:
            return handle.read()

    def save_artifact(self, run_id, path, dest):
        """Write artifact `path` of a run to the file `dest` (either engine; checked
        against its sha256 on PostgreSQL) and return dest."""
        dest = os.fspath(dest)
        with self._reading("read artifacts from") as conn:
            pk, run_uuid, row = self._artifact_row(conn, run_id, path)
            if self._engine.artifacts_in_database:
                from . import _pg_artifacts
                return _pg_artifacts.write_to(conn, pk, path, row[0], row[1], dest)
        shutil.copyfile(os.path.join(run_artifact_dir(self.path, run_uuid),
                                     *path.split("/")), dest)
        return dest

    @staticmethod
    def _artifact_row(conn, run_id, path):
        pk, run_uuid = resolve_run(conn, run_id)
        row = conn.execute("SELECT size, sha256 FROM artifacts WHERE run_id = ? AND path = ?",
                           (pk, path)).fetchone()
        if row is None:
            raise KeyError(f"run {run_uuid} has no artifact {path!r}")
        return pk, run_uuid, row

    # -- metrics -----------------------------------------------------------------

    def metric_keys(self, run_id):
        """Return [(key, slice)] of a run's series, slice None for the overall series."""
        with self._reading("read metrics from") as conn:
            pk, _ = resolve_run(conn, run_id)
            rows = conn.execute("SELECT key, slice FROM series WHERE run_id = ? "
                                "ORDER BY key, slice", (pk,)).fetchall()
        return [(key, slice_ or None) for key, slice_ in rows]

    def summary(self, run_id, key, slice=None):
        """Return the stored summary of a series as a dict (count, first_step, ...)."""
        with self._reading("read metrics from") as conn:
            sid = self._series_id(conn, run_id, key, slice)
            row = conn.execute("SELECT count, first_step, last_step, last_value, last_time, "
                               "min_value, max_value FROM series WHERE id = ?", (sid,)).fetchone()
        names = ("count", "first_step", "last_step", "last_value", "last_time",
                 "min_value", "max_value")
        return dict(zip(names, row))

    def metric(self, run_id, key, slice=None):
        """Return (steps array('q'), values array('d')) sorted stably by step."""
        steps, values, _ = self._points(run_id, key, slice, with_times=False)
        return steps, values

    def metric_with_times(self, run_id, key, slice=None):
        """Return (steps, values, wall times) sorted stably by step."""
        return self._points(run_id, key, slice, with_times=True)

    def _series_id(self, conn, run_id, key, slice_):
        pk, run_uuid = resolve_run(conn, run_id)
        row = conn.execute("SELECT id FROM series WHERE run_id = ? AND key = ? AND slice = ?",
                           (pk, key, slice_ or "")).fetchone()
        if row is None:
            label = key if not slice_ else f"{key} [{slice_}]"
            raise KeyError(f"run {run_uuid} has no metric {label!r}")
        return row[0]

    def _points(self, run_id, key, slice_, with_times):
        """Concatenate the chunks in seq order, then sort stably by step.

        Blobs are joined once and decoded with one frombytes() per column: growing an
        array chunk by chunk re-copies it many times.
        """
        columns = "n, steps, vals, times" if with_times else "n, steps, vals"
        blobs = ([], [], []) if with_times else ([], [])
        with self._reading("read metrics from") as conn:
            sid = self._series_id(conn, run_id, key, slice_)
            for row in conn.execute(f"SELECT {columns} FROM chunks WHERE series_id = ? "
                                    f"ORDER BY seq", (sid,)):
                n = row[0]
                for column, blob in zip(blobs, row[1:]):
                    if len(blob) != 8 * n:
                        raise StoreError(f"{self._label} is corrupt: a chunk of series {key!r} "
                                         f"has blobs that do not hold {n} points")
                    column.append(blob)
        arrays = [array(code) for code in ("q", "d", "d")[:len(blobs)]]
        for target, column in zip(arrays, blobs):
            _chunks.decode_into(target, b"".join(column))
        steps, values = arrays[0], arrays[1]
        times = arrays[2] if with_times else None
        return _sorted_by_step(steps, values, times)


def _sorted_by_step(steps, values, times):
    """Sort points by step, stably (equal steps keep log order); cheap when already sorted.

    sorted() on already ordered ints is one C pass (timsort finds a single run), which
    beats a Python-level pairwise check; the full index sort only runs when needed.
    """
    as_list = steps.tolist()
    ordered = sorted(as_list)
    if ordered == as_list:
        return steps, values, times
    order = sorted(range(len(as_list)), key=as_list.__getitem__)
    steps = array("q", ordered)
    values = array("d", map(values.__getitem__, order))
    if times is not None:
        times = array("d", map(times.__getitem__, order))
    return steps, values, times


def _grouped(cursor, null=None, read=None):
    """{run pk: {key: value}} from rows (run_id, key, value); NULL values become `null`,
    others go through read() when given (the engine's decoding of a param)."""
    groups = {}
    for pk, key, value in cursor:
        if value is None:
            value = null
        elif read is not None:
            value = read(value)
        groups.setdefault(pk, {})[key] = value
    return groups
