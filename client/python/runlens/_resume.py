"""Reopening a run that was started earlier, so that a script can log more into it.

MLflow scripts resume runs by id (`mlflow.start_run(run_id=...)`); the drop-ins do it
through here. The run becomes 'running' again with no end time, and its series go on
from their largest step, so a default step never repeats one stored before.
"""

import time

from . import _writer
from ._ids import normalize_run_id, resolve_run
from ._paths import resolve_store_path
from ._series import SeriesBuffer
from .run import Run


def open_run(run_id, store=None):
    """Return the Run of this process with that id (or unique prefix), if one is open."""
    text = normalize_run_id(run_id)
    path = resolve_store_path(store)
    for writer in _writer.Writer.live_writers():
        if writer.path == path:
            with writer.lock:
                for run in writer.runs:
                    if run.id.startswith(text):
                        return run
    return None


def resume_run(run_id, store=None):
    """Reopen run `run_id` (full id or unique prefix) of the store and return it.

    A run already open in this process is handed back as is: two Run objects of one
    run would keep separate next steps. Raises KeyError for an unknown id.
    """
    path = resolve_store_path(store)
    already = open_run(run_id, path)
    if already is not None:
        return already

    def reopen(conn):
        pk, run_uuid = resolve_run(conn, run_id)
        name, experiment, parent = conn.execute(
            "SELECT r.name, e.name, p.uuid FROM runs r JOIN experiments e "
            "ON e.id = r.experiment_id LEFT JOIN runs p ON p.id = r.parent_id "
            "WHERE r.id = ?", (pk,)).fetchone()
        now = time.time()
        conn.execute("UPDATE runs SET status = 'running', end_time = NULL, heartbeat = ? "
                     "WHERE id = ?", (now, pk))
        series = conn.execute("SELECT key, slice, last_step FROM series WHERE run_id = ?",
                              (pk,)).fetchall()
        return pk, run_uuid, name, experiment, parent, series

    def factory(writer):
        pk, run_uuid, name, experiment, parent, series = writer.write(reopen)
        run = Run(writer, pk, run_uuid, name, experiment, parent)
        _continue_series(run, series)
        return run

    _writer.install_process_hooks()
    return _writer.Writer.acquire(path, factory)


def _continue_series(run, series):
    """Index the stored series so default steps go on after the largest stored step."""
    for key, slice_db, last_step in series:
        buffer = SeriesBuffer(key, slice_db)
        buffer.next_step = 0 if last_step is None else last_step + 1
        if slice_db == "":
            run._series[key] = buffer
        else:
            run._sliced[(key, slice_db)] = buffer
        run._all.append(buffer)
