"""Run: what a training script holds while it logs (created by runlens.start_run)."""

import hashlib
import os
import shutil
import stat
import sys
import tempfile
import threading
import time

from . import _validate
from ._paths import run_artifact_dir
from ._series import SeriesBuffer

_now = time.time
_STATUSES = ("finished", "failed", "killed")


class _FinishedIndex(dict):
    """Replaces a finished run's series index: any further log_metric fails loudly.

    Swapping the index costs nothing on the hot path, unlike a flag checked per call.
    """

    def __init__(self, run_id):
        super().__init__()
        self.run_id = run_id

    def get(self, key, default=None):
        raise RuntimeError(f"run {self.run_id} is finished; start a new run to log more")


class Run:
    """An open run. Log params, tags, metrics and artifacts; finish() or use `with`.

    log_metric only appends to in-memory buffers (it is called millions of times);
    a background thread writes them to the store about once a second, and finish()
    and interpreter exit write the rest, so nothing logged is lost.
    """

    def __init__(self, writer, pk, run_uuid, name, experiment, parent_id):
        self._writer = writer
        self._pk = pk
        self.id = run_uuid
        self.name = name
        self.experiment = experiment
        self.parent_id = parent_id
        self.store_path = writer.path
        self.status = "running"
        self._lock = threading.Lock()
        self._series = {}        # key -> SeriesBuffer of the overall series
        self._sliced = {}        # (key, slice) -> SeriesBuffer
        self._all = []           # every SeriesBuffer once, in creation order
        self._monitor = None
        self._finished = False

    def __repr__(self):
        return (f"<runlens.Run {self.id[:8]} {self.name!r} experiment={self.experiment!r} "
                f"status={self.status}>")

    # -- metrics (the hot path) ------------------------------------------------------

    def log_metric(self, key, value, step=None, slice=None, wall_time=None):
        """Log one point of series (key, slice); step defaults to the largest step + 1.

        value: anything float() accepts (numpy scalars too); NaN and +-Inf are legal.
        slice: None or '' for the overall series, e.g. 'class=3' for a per-slice result.
        wall_time: Unix seconds of the point, default now (importers and the MLflow and
        TensorBoard drop-ins pass the time their caller gave).
        """
        if slice is None:
            series = self._series.get(key)
        else:
            series = self._sliced.get((key, slice))
        if series is None:
            series = self._open_series(key, slice)
        when = _now() if wall_time is None else _validate.wall_time(key, wall_time)
        with self._lock:
            try:
                if step is None:
                    step = series.next_step
                try:
                    series.steps.append(step)
                except (TypeError, OverflowError):
                    step = _validate.step(key, step)
                    series.steps.append(step)
                try:
                    series.vals.append(value)
                except (TypeError, OverflowError):
                    series.vals.append(_validate.metric_value(key, value))
                series.times.append(when)
                if step >= series.next_step:
                    series.next_step = step + 1
            except BaseException:
                series.trim()
                raise

    def log_metrics(self, metrics, step=None, slice=None, wall_time=None):
        """Log several metrics at once, at one step (or each series' own next step)."""
        items = []
        for key, value in dict(metrics).items():
            series = self._sliced.get((key, slice)) if slice is not None else self._series.get(key)
            items.append((series or self._open_series(key, slice),
                          _validate.metric_value(key, value)))
        if step is not None:
            step = _validate.step("metrics", step)
        when = _now() if wall_time is None else _validate.wall_time("metrics", wall_time)
        with self._lock:
            try:
                for series, value in items:
                    point_step = series.next_step if step is None else step
                    series.steps.append(point_step)
                    series.vals.append(value)
                    series.times.append(when)
                    if point_step >= series.next_step:
                        series.next_step = point_step + 1
            except BaseException:
                for series, _ in items:
                    series.trim()
                raise

    def _open_series(self, key, slice_):
        """First use of (key, slice): validate once, then index the buffer for fast lookups."""
        name = _validate.key(key, "metric key")
        slice_db = "" if slice_ is None or slice_ == "" else _validate.key(slice_, "slice")
        with self._lock:
            index = self._series if slice_db == "" else self._sliced
            lookup = name if slice_db == "" else (name, slice_db)
            series = index.get(lookup)
            if series is None:
                series = SeriesBuffer(name, slice_db)
                index[lookup] = series
                self._all.append(series)
            if isinstance(key, str) and slice_ is not None and slice_db == "":
                self._sliced[(key, slice_)] = series   # slice='' is the overall series
        return series

    def _take_batches(self):
        """Called by the writer: hand over every non-empty buffer (O(1) per series)."""
        batches = []
        with self._lock:
            for series in self._all:
                taken = series.take()
                if taken is not None:
                    batches.append((series,) + taken)
        return batches

    def _buffered_points(self):
        """How many logged points wait in memory (for messages about a failing store)."""
        with self._lock:
            return sum(len(series.times) for series in self._all)

    def _restore_batches(self, batches):
        """Called by the writer when a flush failed: put the points back, in order."""
        with self._lock:
            for series, steps, vals, times in batches:
                series.restore(steps, vals, times)

    # -- params, tags, notes -----------------------------------------------------------

    def log_param(self, key, value):
        """Record a parameter; logging the same key again replaces the value."""
        self.log_params({key: value})

    def log_params(self, params):
        """Record several parameters in one transaction (all or nothing)."""
        engine = self._writer.engine
        self._upsert("params", "param key", _validate.param_value, params,
                     engine.param_columns, engine.param_placeholders, engine.param_update,
                     engine.param_args)

    def set_tag(self, key, value):
        """Set a tag (text); setting it again replaces the value."""
        self.set_tags({key: value})

    def set_tags(self, tags):
        """Set several tags in one transaction (all or nothing)."""
        self._upsert("tags", "tag key", _validate.tag_value, tags)

    def _upsert(self, table, what, validate_value, items, columns="value",
                placeholders="?", update="value = excluded.value", to_args=lambda v: (v,)):
        """Validates every key and value first, so bad input writes nothing, then writes
        them all in one transaction; a key written again replaces its value.
        columns/placeholders/update/to_args: how the engine keeps a value (params on
        PostgreSQL are a text and its kind)."""
        rows = []
        for key, value in dict(items).items():
            name = _validate.key(key, what)
            rows.append((self._pk, name) + to_args(validate_value(name, value)))
        self._check_open()
        if rows:
            self._writer.write(lambda conn: conn.executemany(
                f"INSERT INTO {table} (run_id, key, {columns}) VALUES (?, ?, {placeholders}) "
                f"ON CONFLICT (run_id, key) DO UPDATE SET {update}", rows))

    def set_notes(self, text):
        """Replace the run's Markdown notes."""
        notes = _validate.text_value(text, "notes")
        self._check_open()
        self._writer.write(lambda conn: conn.execute(
            "UPDATE runs SET notes = ? WHERE id = ?", (notes, self._pk)))

    # -- artifacts ---------------------------------------------------------------------

    def log_artifact(self, path, name=None):
        """Copy a file (or a folder, recursively) into the run's artifact folder.

        Stored as <store dir>/<stem>-artifacts/<run id>/<name> with its size and
        sha256; on a PostgreSQL store, in the database (artifact_parts). Returns the
        relative artifact paths recorded.

        Only regular files are copied (a symlink counts as what it points to). In a
        folder, devices, FIFOs, sockets and dangling symlinks are skipped with one
        line each on stderr; a single path that is not a regular file or folder is
        refused with ValueError. If any copy fails, nothing of the call is kept.
        """
        source = os.fspath(path)
        if not os.path.exists(source):
            raise FileNotFoundError(f"artifact {source!r} does not exist")
        if not os.path.isfile(source) and not os.path.isdir(source):
            raise ValueError(f"artifact {source!r} is not a regular file or folder "
                             f"(a device, FIFO or socket); nothing was copied")
        base = _validate.artifact_path(name if name is not None
                                       else os.path.basename(os.path.normpath(source)))
        files = self._artifact_files(source, base)
        self._check_open()
        if self._writer.engine.artifacts_in_database:
            self._artifacts_into_database(files)
            return [rel for _, rel in files]
        target_root = run_artifact_dir(self.store_path, self.id)
        copied, rows = [], []
        try:
            for src, rel in files:
                dest = os.path.join(target_root, *rel.split("/"))
                size, digest = _copy_with_digest(src, dest)
                copied.append(dest)
                rows.append((self._pk, rel, size, digest, _now()))
            self._writer.write(lambda conn: conn.executemany(
                "INSERT INTO artifacts (run_id, path, size, sha256, created_at) "
                "VALUES (?, ?, ?, ?, ?) ON CONFLICT (run_id, path) DO UPDATE SET "
                "size = excluded.size, sha256 = excluded.sha256, "
                "created_at = excluded.created_at", rows))
        except BaseException:
            for dest in copied:
                _remove_quietly(dest)
            raise
        return [rel for _, rel in files]

    def _artifacts_into_database(self, files):
        """PostgreSQL: every file's row and parts in one transaction (all or nothing)."""
        from . import _pg_artifacts
        handles = []
        try:
            for src, rel in files:
                handles.append((_open_regular_file(src), rel))
            now = _now()
            self._writer.write(lambda conn: [
                _pg_artifacts.write_file(conn, self._pk, fd, rel, now) for fd, rel in handles])
        finally:
            for fd, _ in handles:
                os.close(fd)

    @staticmethod
    def _artifact_files(source, base):
        """[(source file, relative artifact path)] for a file or a folder tree."""
        if os.path.isfile(source):
            return [(source, base)]
        files = []
        for folder, dirs, names in os.walk(source):
            dirs.sort()
            for file_name in sorted(names):
                full = os.path.join(folder, file_name)
                if not os.path.isfile(full):
                    # os.walk lists symlinks to folders as folders and never follows them.
                    print(f"runlens: skipped artifact {full!r}: not a regular file "
                          f"(device, FIFO, socket or dangling symlink)", file=sys.stderr)
                    continue
                rel = os.path.relpath(full, source).replace(os.sep, "/")
                files.append((full, _validate.artifact_path(base + "/" + rel)))
        return files

    # -- structure and lifecycle -----------------------------------------------------

    def child(self, name, **kwargs):
        """Start a child run (a pipeline step): same store and experiment by default."""
        from ._start import start_run
        kwargs.setdefault("experiment", self.experiment)
        kwargs.setdefault("store", self.store_path)
        return start_run(name=name, parent=self, **kwargs)

    def flush(self):
        """Write everything buffered now (the background thread does it every second)."""
        self._writer.flush(heartbeat=True)

    def finish(self, status="finished"):
        """Flush, set status and end_time. Calling it again does nothing."""
        if self._finished:
            return
        if status not in _STATUSES:
            raise ValueError(f"status must be one of {', '.join(_STATUSES)}, not {status!r}")
        self._writer.check_process()
        if self._monitor is not None:
            self._monitor.stop()
        with self._lock:
            if not isinstance(self._series, _FinishedIndex):
                self._series = _FinishedIndex(self.id)
                self._sliced = _FinishedIndex(self.id)
        self._writer.finish(self, status, _now())
        self._finished = True
        self.status = status

    def _check_open(self):
        if self._finished:
            raise RuntimeError(f"run {self.id} is finished; start a new run to log more")

    def __enter__(self):
        return self

    def __exit__(self, exc_type, exc, tb):
        """Normal exit -> finished, KeyboardInterrupt -> killed, other exceptions -> failed."""
        if exc_type is None:
            status = "finished"
        elif issubclass(exc_type, KeyboardInterrupt):
            status = "killed"
        elif issubclass(exc_type, SystemExit) and exc.code in (None, 0):
            status = "finished"
        else:
            status = "failed"
        try:
            self.finish(status)
        except Exception as error:
            if exc_type is None:
                raise
            print(f"runlens: could not finish run {self.id}: {error}", file=sys.stderr)
        return False


def _copy_with_digest(source, dest):
    """Copy source to dest atomically (temp file + rename); return (size, sha256 hex)."""
    os.makedirs(os.path.dirname(dest), exist_ok=True)
    digest = hashlib.sha256()
    size = 0
    source_fd = _open_regular_file(source)
    handle, temp = tempfile.mkstemp(prefix=".tmp-", dir=os.path.dirname(dest))
    try:
        with os.fdopen(handle, "wb") as out, os.fdopen(source_fd, "rb") as src:
            while True:
                block = src.read(1 << 20)
                if not block:
                    break
                digest.update(block)
                out.write(block)
                size += len(block)
        shutil.copymode(source, temp)
        os.replace(temp, dest)
    except BaseException:
        _remove_quietly(temp)
        raise
    return size, digest.hexdigest()


def _open_regular_file(source):
    """Open source for reading; refuse (ValueError) anything but a regular file.

    O_NONBLOCK: a FIFO swapped in after the listing must not block the open; fstat
    then refuses it (and devices) before a byte is read.
    """
    source_fd = os.open(source, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0))
    try:
        if not stat.S_ISREG(os.fstat(source_fd).st_mode):
            raise ValueError(f"artifact {source!r} is not a regular file; nothing was copied")
    except BaseException:
        os.close(source_fd)
        raise
    return source_fd


def _remove_quietly(path):
    try:
        os.remove(path)
    except OSError:
        pass
