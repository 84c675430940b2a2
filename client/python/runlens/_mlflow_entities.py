"""The objects runlens.mlflow returns, shaped like MLflow's entities.

Scripts read run.info.run_id, run.data.metrics["acc"], metric.step and the like; these
classes give those attributes over what runlens.Store reads. Times are integer
milliseconds and params are text, as in MLflow.
"""

import dataclasses
import os
import pathlib
from typing import Dict, Optional

from ._paths import artifact_root, is_postgres, run_artifact_dir


class MlflowException(Exception):
    """Raised where MLflow raises MlflowException (unknown run, bad filter, misuse)."""

    def __init__(self, message, error_code="INVALID_PARAMETER_VALUE"):
        super().__init__(message)
        self.message = message
        self.error_code = error_code


class RunStatus:
    """MLflow's run status names."""
    RUNNING = "RUNNING"
    SCHEDULED = "SCHEDULED"
    FINISHED = "FINISHED"
    FAILED = "FAILED"
    KILLED = "KILLED"


class ViewType:
    """search_runs' run_view_type: archived Runlens runs are MLflow's deleted ones."""
    ACTIVE_ONLY = 1
    DELETED_ONLY = 2
    ALL = 3


# A crashed run (its process died without ending it) is a failure to MLflow users.
_STATUS = {"running": "RUNNING", "finished": "FINISHED", "failed": "FAILED",
           "killed": "KILLED", "crashed": "FAILED"}


def status_to_runlens(status):
    """'FINISHED' -> 'finished' etc., for end_run and set_terminated."""
    text = str(status).upper()
    if text not in ("FINISHED", "FAILED", "KILLED"):
        raise MlflowException(f"a run can end as FINISHED, FAILED or KILLED, not {status!r}")
    return text.lower()


def millis(seconds):
    """Unix seconds (float or None) -> integer milliseconds (or None), as MLflow keeps times."""
    return None if seconds is None else int(round(seconds * 1000))


@dataclasses.dataclass(frozen=True)
class Metric:
    key: str
    value: float
    timestamp: int
    step: int


@dataclasses.dataclass(frozen=True)
class RunInfo:
    run_id: str
    run_name: str
    experiment_id: str
    status: str
    start_time: int
    end_time: Optional[int]
    artifact_uri: str
    lifecycle_stage: str
    user_id: str = ""

    @property
    def run_uuid(self):
        return self.run_id


@dataclasses.dataclass(frozen=True)
class RunData:
    metrics: Dict[str, float]
    params: Dict[str, str]
    tags: Dict[str, str]


@dataclasses.dataclass(frozen=True)
class Run:
    info: RunInfo
    data: RunData


@dataclasses.dataclass(frozen=True)
class Experiment:
    """Experiment ids are the experiment names: Runlens experiments are named uniquely."""
    experiment_id: str
    name: str
    artifact_location: str
    lifecycle_stage: str
    tags: Dict[str, str]
    creation_time: Optional[int] = None


def param_text(value):
    """A stored param as MLflow shows it: str() of what was logged, as MLflow stores it
    (only booleans differ: Runlens keeps them as 'true'/'false')."""
    return str(value)


def run_from_record(record, store_path):
    """A RunRecord (runlens.Store) as an MLflow Run, with MLflow's system tags added."""
    tags = dict(record.tags)
    tags.setdefault("mlflow.runName", record.name)
    if record.parent_id:
        tags.setdefault("mlflow.parentRunId", record.parent_id)
    if record.notes:
        tags.setdefault("mlflow.note.content", record.notes)
    if record.host:
        tags.setdefault("mlflow.source.host", record.host)
    if record.git_commit:
        tags.setdefault("mlflow.source.git.commit", record.git_commit)
    info = RunInfo(run_id=record.id, run_name=record.name, experiment_id=record.experiment,
                   status=_STATUS[record.status], start_time=millis(record.start_time),
                   end_time=millis(record.end_time),
                   artifact_uri=_file_uri(run_artifact_dir(store_path, record.id)),
                   lifecycle_stage="deleted" if record.archived else "active")
    params = {key: param_text(value) for key, value in record.params.items()}
    return Run(info=info, data=RunData(metrics=dict(record.metrics), params=params, tags=tags))


def experiment_from_record(record, store_path):
    return Experiment(experiment_id=record.name, name=record.name,
                      artifact_location=_file_uri(store_artifact_folder(store_path)),
                      lifecycle_stage="deleted" if record.archived else "active",
                      tags={}, creation_time=millis(record.created_at))


def store_artifact_folder(store_path):
    """The folder MLflow sees as an experiment's artifact location: beside a store
    file, or a PostgreSQL store's artifact cache."""
    return artifact_root(store_path) if is_postgres(store_path) else os.path.dirname(store_path)


def _file_uri(path):
    return pathlib.Path(path).as_uri()
