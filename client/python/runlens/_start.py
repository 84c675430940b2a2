"""runlens.start_run: create the run's rows and hand back a Run that logs into them."""

import time
import uuid

from . import _capture, _validate, _writer
from ._ids import resolve_run
from ._names import default_run_name
from ._paths import redacted, resolve_store_path
from .run import Run

DEFAULT_EXPERIMENT = "Default"
SYSTEM_METRICS_INTERVAL = 10.0


def start_run(experiment=DEFAULT_EXPERIMENT, name=None, params=None, tags=None, store=None,
              parent=None, system_metrics=False, notes=""):
    """Start a run and return it; use it as a context manager to set its final status.

    experiment: created on first use. name: a default like 'brave-otter-417' if None.
    store: a store file path or a postgresql:// URL; default $RUNLENS_STORE, else the
    XDG data folder.
    parent: a Run or run id (hex, or a unique prefix) for a pipeline step.
    system_metrics: True samples CPU/memory/GPU every 10 s into sys/* series (a
    number of seconds sets another interval).
    Every argument is validated before anything is written.
    """
    experiment = _validate.key(experiment, "experiment name")
    run_uuid = uuid.uuid4().hex
    name = default_run_name(run_uuid) if name is None else _validate.key(name, "run name")
    param_rows = [(_validate.key(k, "param key"), v) for k, v in dict(params or {}).items()]
    param_rows = [(k, _validate.param_value(k, v)) for k, v in param_rows]
    tag_rows = [(_validate.key(k, "tag key"), v) for k, v in dict(tags or {}).items()]
    tag_rows = [(k, _validate.tag_value(k, v)) for k, v in tag_rows]
    if "python.version" not in dict(tag_rows):
        tag_rows.append(("python.version", _capture.python_version()))
    notes = _validate.text_value(notes, "notes")
    interval = _monitor_interval(system_metrics)
    path = resolve_store_path(store)
    parent_ref = _parent_ref(parent, path)
    captured = (_capture.git_commit(), _capture.host(), _capture.command())

    def create(conn, engine):
        now = time.time()
        conn.execute("INSERT INTO experiments (uuid, name, created_at) VALUES (?, ?, ?) "
                     "ON CONFLICT (name) DO NOTHING", (uuid.uuid4().hex, experiment, now))
        exp_pk = conn.execute("SELECT id FROM experiments WHERE name = ?",
                              (experiment,)).fetchone()[0]
        parent_pk, parent_uuid = resolve_run(conn, parent_ref) if parent_ref else (None, None)
        pk = conn.execute(
            "INSERT INTO runs (uuid, experiment_id, parent_id, name, status, start_time, "
            "heartbeat, git_commit, host, command, notes) "
            "VALUES (?, ?, ?, ?, 'running', ?, ?, ?, ?, ?, ?) RETURNING id",
            (run_uuid, exp_pk, parent_pk, name, now, now) + captured + (notes,)).fetchall()[0][0]
        conn.executemany(f"INSERT INTO params (run_id, key, {engine.param_columns}) "
                         f"VALUES (?, ?, {engine.param_placeholders})",
                         [(pk, k) + engine.param_args(v) for k, v in param_rows])
        conn.executemany("INSERT INTO tags (run_id, key, value) VALUES (?, ?, ?)",
                         [(pk, k, v) for k, v in tag_rows])
        return pk, parent_uuid

    def factory(writer):
        pk, parent_uuid = writer.write(lambda conn: create(conn, writer.engine))
        return Run(writer, pk, run_uuid, name, experiment, parent_uuid)

    _writer.install_process_hooks()
    run = _writer.Writer.acquire(path, factory)
    if interval:
        from .system_metrics import SystemMonitor
        run._monitor = SystemMonitor(run, interval)
        run._monitor.start()
    return run


def _monitor_interval(system_metrics):
    """True -> the default interval, a positive number -> that many seconds, else 0."""
    if system_metrics is True:
        return SYSTEM_METRICS_INTERVAL
    if not system_metrics:
        return 0.0
    try:
        seconds = float(system_metrics)
    except (TypeError, ValueError):
        raise ValueError(f"system_metrics must be True, False or seconds, "
                         f"not {system_metrics!r}") from None
    if not seconds > 0:
        raise ValueError(f"system_metrics interval must be positive, not {system_metrics!r}")
    return seconds


def _parent_ref(parent, path):
    """Return the parent's run id text, refusing a Run from another store."""
    if parent is None:
        return None
    if isinstance(parent, Run):
        if parent.store_path != path:
            raise ValueError(f"parent run {parent.id} is in store {redacted(parent.store_path)}, "
                             f"not in {redacted(path)}")
        return parent.id
    if not isinstance(parent, str):
        raise ValueError(f"parent must be a Run or a run id string, not {type(parent).__name__}")
    return parent
