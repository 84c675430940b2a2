"""MLflow's fluent API (mlflow.start_run, mlflow.log_metric, ...) over runlens runs.

Every call goes to a runlens.Run, so buffering, flushing, validation and the exit hooks
are the client's own. As in MLflow, each thread has its own stack of active runs (a
nested run sits on top of its parent), the active experiment is process-wide, and a
log call without an active run starts one.
"""

import json
import os
import pathlib
import tempfile
import threading

from . import _mlflow_uri, _validate
from ._dropin import UnsupportedByRunlens
from ._mlflow_entities import (Experiment, MlflowException, RunStatus, ViewType,
                               experiment_from_record, run_from_record, status_to_runlens,
                               store_artifact_folder)
from ._paths import run_artifact_dir
from ._resume import open_run, resume_run
from ._start import start_run as _start_native
from .store import Store

DEFAULT_EXPERIMENT = "Default"
NOTE_TAG = "mlflow.note.content"     # MLflow keeps a run's description in this tag
RUN_NAME_TAG = "mlflow.runName"


# Each thread's active-run stack, and `top`, its last run or None, for the hot path. A
# plain threading.local (no subclass, no per-thread __init__) reads fastest; a thread
# that never started a run has neither attribute.
_local = threading.local()
_experiment = None          # set_experiment's name; None: $MLFLOW_EXPERIMENT_NAME or Default
_last_run = None            # (run id, store path) of the run ended last, for last_active_run


class ActiveRun:
    """What start_run returns: a context manager whose info and data are read on access."""

    def __init__(self, run):
        self._run = run

    def __repr__(self):
        return f"<ActiveRun: run_id={self._run.id}, name={self._run.name!r}>"

    @property
    def info(self):
        return _snapshot(self._run).info

    @property
    def data(self):
        return _snapshot(self._run).data

    def __enter__(self):
        return self

    def __exit__(self, exc_type, exc, tb):
        """Normal exit -> FINISHED, KeyboardInterrupt -> KILLED, an exception -> FAILED."""
        try:
            self._run.__exit__(exc_type, exc, tb)
        finally:
            _forget(self._run)
        return False


def _snapshot(run):
    """The run as MLflow shows it, including what is still buffered."""
    if run.status == "running":
        run.flush()
    with Store(run.store_path) as store:
        return run_from_record(store.run(run.id), run.store_path)


def _stack():
    try:
        return _local.stack
    except AttributeError:
        _local.stack = []
        _local.top = None
        return _local.stack


def _top():
    try:
        return _local.top
    except AttributeError:
        return None


def _push(run):
    _stack().append(run)
    _local.top = run


def _forget(run):
    """Take `run` off this thread's stack, wherever it is, and remember it as the last."""
    global _last_run
    stack = _stack()
    if run in stack:
        stack.remove(run)
    _local.top = stack[-1] if stack else None
    _last_run = (run.id, run.store_path)


# -- experiments -----------------------------------------------------------------------

def _active_experiment():
    return _experiment or os.environ.get("MLFLOW_EXPERIMENT_NAME") or DEFAULT_EXPERIMENT


def _experiment_name(experiment_id, store_path=None):
    """Experiment ids are names; an experiment's uuid (as the app shows it) works too."""
    text = _validate.key(str(experiment_id), "experiment id")
    with Store(store_path or _mlflow_uri.store_path()) as store:
        for record in store.experiments():
            if record.id == text:
                return record.name
    return text


def set_experiment(experiment_name=None, experiment_id=None):
    """Make an experiment active (created when its first run starts); return it."""
    global _experiment
    if (experiment_name is None) == (experiment_id is None):
        raise MlflowException("set_experiment needs exactly one of experiment_name and "
                              "experiment_id")
    name = (_validate.key(experiment_name, "experiment name") if experiment_id is None
            else _experiment_name(experiment_id))
    _experiment = name
    return get_experiment_by_name(name) or _new_experiment(name)


def get_experiment_by_name(name):
    """The experiment of that name, or None when no run of it was logged yet."""
    path = _mlflow_uri.store_path()
    with Store(path) as store:
        for record in store.experiments():
            if record.name == name:
                return experiment_from_record(record, path)
    return None


def get_experiment(experiment_id):
    name = _experiment_name(experiment_id)
    found = get_experiment_by_name(name)
    if found is None:
        raise MlflowException(f"no experiment with id {experiment_id!r}",
                              "RESOURCE_DOES_NOT_EXIST")
    return found


def create_experiment(name, artifact_location=None, tags=None):
    """Return the new experiment's id (its name); the store gets it with its first run."""
    if artifact_location is not None or tags:
        raise UnsupportedByRunlens("create_experiment(artifact_location=/tags=)",
                                   "artifacts live beside the store file")
    name = _validate.key(name, "experiment name")
    if get_experiment_by_name(name) is not None:
        raise MlflowException(f"experiment {name!r} already exists", "RESOURCE_ALREADY_EXISTS")
    return name


def search_experiments(view_type=ViewType.ACTIVE_ONLY, max_results=None, filter_string=None,
                       order_by=None, store_path=None):
    """Every experiment by name (archived ones are MLflow's deleted ones)."""
    if filter_string or order_by:
        raise UnsupportedByRunlens("search_experiments(filter_string=/order_by=)",
                                   "filter the list in Python")
    path = store_path or _mlflow_uri.store_path()
    with Store(path) as store:
        found = [experiment_from_record(r, path) for r in store.experiments()]
    stage = {ViewType.ACTIVE_ONLY: ("active",), ViewType.DELETED_ONLY: ("deleted",),
             ViewType.ALL: ("active", "deleted")}.get(view_type)
    if stage is None:
        raise MlflowException(f"view_type must be a ViewType, not {view_type!r}")
    found = [e for e in found if e.lifecycle_stage in stage]
    return found if max_results is None else found[:int(max_results)]


def _new_experiment(name):
    return Experiment(experiment_id=name, name=name, lifecycle_stage="active", tags={},
                      artifact_location=pathlib.Path(
                          store_artifact_folder(_mlflow_uri.store_path())).as_uri())


# -- runs --------------------------------------------------------------------------------

def start_run(run_id=None, experiment_id=None, run_name=None, nested=False,
              parent_run_id=None, tags=None, description=None, log_system_metrics=None):
    """Start a run (or resume run_id) and make it this thread's active run."""
    stack = _stack()
    if stack and not nested:
        raise MlflowException(f"Run with UUID {stack[-1].id} is already active. To start a "
                              f"nested run, call start_run with nested=True")
    tags, notes = _split_tags(tags)
    if description is not None:
        notes = description
    if run_id is not None:
        run = _resume(run_id, run_name, tags, notes)
    else:
        parent = parent_run_id if parent_run_id is not None else (
            stack[-1] if stack else None)
        experiment = (_experiment_name(experiment_id) if experiment_id is not None
                      else _active_experiment())
        name_tag = tags.pop(RUN_NAME_TAG, None)   # MLflow's older way to name a run
        run = _start_native(experiment=experiment, name=run_name or name_tag, tags=tags,
                            store=_mlflow_uri.store_path(), parent=parent,
                            system_metrics=bool(log_system_metrics), notes=notes or "")
    _push(run)
    return ActiveRun(run)


def _resume(run_id, run_name, tags, notes):
    """Reopen a stored run; everything is checked first, so a refusal leaves it as it was."""
    path = _mlflow_uri.store_path()
    tags = {_validate.key(k, "tag key"): _validate.tag_value(k, v) for k, v in tags.items()}
    notes = None if notes is None else _validate.text_value(notes, "notes")
    with Store(path) as store:
        try:
            record = store.run(run_id)
        except (KeyError, ValueError) as error:
            raise MlflowException(f"Run {run_id!r} not found: {error.args[0]}",
                                  "RESOURCE_DOES_NOT_EXIST") from None
    if run_name is not None and run_name != record.name:
        raise UnsupportedByRunlens("start_run(run_id=..., run_name=...)",
                                   f"run {record.id} is named {record.name!r}; renaming is "
                                   f"not supported")
    run = resume_run(record.id, path)
    if tags:
        run.set_tags(tags)
    if notes:
        run.set_notes(notes)
    return run


def _split_tags(tags):
    """(tags without the description tag, the description or None)."""
    tags = dict(tags or {})
    return tags, tags.pop(NOTE_TAG, None)


def end_run(status=RunStatus.FINISHED):
    """End this thread's active run (nothing to do when none is active, as in MLflow)."""
    run = _top()
    if run is None:
        return
    final = status_to_runlens(status)
    try:
        run.finish(final)
    finally:
        _forget(run)


def active_run():
    """This thread's active run, or None."""
    run = _top()
    return None if run is None else ActiveRun(run)


def last_active_run():
    """The run ended last in this process (or the active one), as an MLflow Run."""
    if _top() is not None:
        return _snapshot(_top())
    if _last_run is None:
        return None
    run_id, path = _last_run
    with Store(path) as store:
        return run_from_record(store.run(run_id), path)


def _target(run_id):
    """The run a log call writes to: run_id's open run, the active run, or a new one."""
    if run_id is not None:
        run = open_run(run_id, _mlflow_uri.store_path())
        if run is None:
            raise MlflowException(f"run {run_id!r} is not open in this process; resume it "
                                  f"with mlflow.start_run(run_id={run_id!r}) first")
        return run
    run = _top()
    return run if run is not None else start_run()._run


# -- logging (log_metric is the hot path: no lookups beyond the thread's top run) --------

def log_metric(key, value, step=None, synchronous=None, timestamp=None, run_id=None):
    """Log one point; timestamp is MLflow's integer milliseconds, default now."""
    if run_id is None:
        try:
            run = _local.top
        except AttributeError:
            run = None
        if run is None:
            run = _target(None)
    else:
        run = _target(run_id)
    run.log_metric(key, value, step, None,
                   None if timestamp is None else _seconds(key, timestamp))


def log_metrics(metrics, step=None, synchronous=None, run_id=None, timestamp=None):
    """Log several metrics at one step, all or nothing."""
    run = _target(run_id)
    run.log_metrics(metrics, step, None,
                    None if timestamp is None else _seconds("metrics", timestamp))


def _seconds(key, timestamp_ms):
    return _validate.wall_time(key, timestamp_ms) / 1000.0


def log_param(key, value, synchronous=None):
    """Log a param and return its value, as MLflow does."""
    _target(None).log_param(key, value)
    return value


def log_params(params, synchronous=None, run_id=None):
    _target(run_id).log_params(params)


def set_tag(key, value, synchronous=None):
    set_tags({key: value})


def set_tags(tags, synchronous=None):
    """Set tags; mlflow.note.content becomes the run's notes, as MLflow shows it."""
    run = _target(None)
    tags, notes = _split_tags(tags)
    if notes is not None:
        notes = _validate.text_value(notes, "notes")
    run.set_tags(tags)
    if notes is not None:
        run.set_notes(notes)


def log_artifact(local_path, artifact_path=None, run_id=None):
    """Copy a file (or folder) into the run's artifacts, under artifact_path if given."""
    name = os.path.basename(os.path.normpath(os.fspath(local_path)))
    _target(run_id).log_artifact(local_path, _join(artifact_path, name))


def log_artifacts(local_dir, artifact_path=None, run_id=None):
    """Copy the contents of local_dir (not the folder itself) under artifact_path."""
    folder = os.fspath(local_dir)
    if not os.path.isdir(folder):
        raise FileNotFoundError(f"log_artifacts: {folder!r} is not a folder")
    run = _target(run_id)
    for entry in sorted(os.listdir(folder)):
        run.log_artifact(os.path.join(folder, entry), _join(artifact_path, entry))


def log_dict(dictionary, artifact_file, run_id=None):
    """Save a dict as JSON under artifact_file (JSON is valid YAML for .yaml names too)."""
    text = json.dumps(dictionary, indent=2, sort_keys=False, default=str)
    log_text(text + "\n", artifact_file, run_id)


def log_text(text, artifact_file, run_id=None):
    """Save text under artifact_file (a relative path such as 'notes/readme.txt')."""
    name = _validate.artifact_path(artifact_file)
    run = _target(run_id)
    with tempfile.TemporaryDirectory(prefix="runlens-mlflow-") as folder:
        path = os.path.join(folder, name.rsplit("/", 1)[-1])
        with open(path, "w", encoding="utf-8") as handle:
            handle.write(text)
        run.log_artifact(path, name)


def get_artifact_uri(artifact_path=None):
    """file: URI of the active run's artifact folder (or of one artifact in it)."""
    run = _target(None)
    folder = run_artifact_dir(run.store_path, run.id)
    if artifact_path:
        folder = os.path.join(folder, *_validate.artifact_path(artifact_path).split("/"))
    return pathlib.Path(folder).as_uri()


def _join(folder, name):
    if folder in (None, "", "."):
        return name
    return f"{_validate.artifact_path(folder)}/{name}"
