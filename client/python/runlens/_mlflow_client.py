"""MlflowClient: the reading calls training and analysis scripts make most.

get_run, search_runs (MLflow filter syntax, translated by _mlflow_filter), and
get_metric_history read runlens.Store. Writing calls with a run_id write to runs open
in this process (through the same Run objects as the fluent API) and refuse others,
since logging into a finished run would silently reopen it.
"""

import pathlib

from . import _mlflow_fluent, _mlflow_uri
from ._dropin import UnsupportedByRunlens, unsupported
from ._mlflow_entities import (Metric, MlflowException, ViewType, millis, run_from_record,
                               status_to_runlens)
from ._mlflow_filter import sort_records, translate
from ._resume import open_run
from .query import QueryError, parse
from .store import Store

SEARCH_MAX_RESULTS_DEFAULT = 1000


class PagedList(list):
    """search_runs' result: a list with MLflow's token (always None: one page holds all)."""
    token = None


class MlflowClient:
    """Reads (and, for runs open in this process, writes) the store of a tracking URI."""

    def __init__(self, tracking_uri=None, registry_uri=None):
        if registry_uri is not None:
            raise UnsupportedByRunlens("MlflowClient(registry_uri=...)",
                                       "Runlens has no model registry")
        self._path = (_mlflow_uri.uri_to_path(tracking_uri) if tracking_uri is not None
                      else None)

    @property
    def tracking_uri(self):
        return pathlib.Path(self._store_path()).as_uri()

    def _store_path(self):
        return self._path if self._path is not None else _mlflow_uri.store_path()

    def _flush_if_open(self, run_id):
        """A run open in this process may hold unflushed points: write them first."""
        try:
            run = open_run(run_id, self._store_path())
        except ValueError:
            run = None
        if run is not None and run.status == "running":
            run.flush()

    # -- reading ------------------------------------------------------------------------

    def get_run(self, run_id):
        self._flush_if_open(run_id)
        path = self._store_path()
        with Store(path) as store:
            try:
                return run_from_record(store.run(run_id), path)
            except (KeyError, ValueError) as error:
                raise MlflowException(f"Run {run_id!r} not found ({error.args[0]})",
                                      "RESOURCE_DOES_NOT_EXIST") from None

    def get_metric_history(self, run_id, key):
        """Every point of the overall series `key`, by step; [] when the run has none."""
        self._flush_if_open(run_id)
        with Store(self._store_path()) as store:
            try:
                store.run(run_id)
            except (KeyError, ValueError) as error:
                raise MlflowException(f"Run {run_id!r} not found ({error.args[0]})",
                                      "RESOURCE_DOES_NOT_EXIST") from None
            try:
                steps, values, times = store.metric_with_times(run_id, key)
            except KeyError:
                return []
        return [Metric(key=key, value=v, timestamp=millis(t), step=s)
                for s, v, t in zip(steps, values, times)]

    def search_runs(self, experiment_ids=None, filter_string="",
                    run_view_type=ViewType.ACTIVE_ONLY,
                    max_results=SEARCH_MAX_RESULTS_DEFAULT, order_by=None, page_token=None):
        """Runs of the experiments (ids are names; None or [] for all) matching the filter."""
        if page_token is not None:
            raise UnsupportedByRunlens("search_runs(page_token=...)",
                                       "all results come in one page")
        query_text, predicates = translate(filter_string)
        try:
            query = parse(query_text)
        except QueryError as error:
            raise MlflowException(f"Invalid filter string {filter_string!r}: {error}") from None
        path = self._store_path()
        with Store(path) as store:
            records = _view(store, run_view_type)
        if experiment_ids:
            names = {_mlflow_fluent._experiment_name(i, path) for i in _as_list(experiment_ids)}
            records = [r for r in records if r.experiment in names]
        records = [r for r in records
                   if query.matches(r) and all(p(r) for p in predicates)]
        records = sort_records(records, order_by)[:int(max_results)]
        return PagedList(run_from_record(r, path) for r in records)

    def get_experiment(self, experiment_id):
        return self._experiment(_mlflow_fluent._experiment_name(experiment_id,
                                                                self._store_path()))

    def get_experiment_by_name(self, name):
        try:
            return self._experiment(name)
        except MlflowException:
            return None

    def search_experiments(self, view_type=ViewType.ACTIVE_ONLY, max_results=None,
                           filter_string=None, order_by=None):
        return _mlflow_fluent.search_experiments(view_type, max_results, filter_string,
                                                 order_by, self._store_path())

    def _experiment(self, name):
        for experiment in self.search_experiments(ViewType.ALL):
            if experiment.name == name:
                return experiment
        raise MlflowException(f"no experiment named {name!r}", "RESOURCE_DOES_NOT_EXIST")

    # -- writing to runs open in this process ---------------------------------------------

    def _open(self, run_id):
        run = open_run(run_id, self._store_path())
        if run is None:
            raise MlflowException(f"run {run_id!r} is not open in this process; Runlens' "
                                  f"drop-in writes only to runs started or resumed here "
                                  f"(mlflow.start_run(run_id=...))")
        return run

    def log_metric(self, run_id, key, value, timestamp=None, step=None, synchronous=None):
        wall_time = None if timestamp is None else _mlflow_fluent._seconds(key, timestamp)
        self._open(run_id).log_metric(key, value, step, None, wall_time)

    def log_param(self, run_id, key, value, synchronous=None):
        self._open(run_id).log_param(key, value)
        return value

    def set_tag(self, run_id, key, value, synchronous=None):
        self._open(run_id).set_tag(key, value)

    def log_artifact(self, run_id, local_path, artifact_path=None):
        _mlflow_fluent.log_artifact(local_path, artifact_path, run_id=self._open(run_id).id)

    def set_terminated(self, run_id, status="FINISHED", end_time=None):
        if end_time is not None:
            raise UnsupportedByRunlens("set_terminated(end_time=...)",
                                       "a run ends at the time it is ended")
        self._open(run_id).finish(status_to_runlens(status))

    delete_run = unsupported("MlflowClient.delete_run", "archive runs in the Runlens app")
    create_run = unsupported("MlflowClient.create_run", "use mlflow.start_run")
    list_artifacts = unsupported("MlflowClient.list_artifacts",
                                 "read them with runlens.Store().artifacts(run_id)")
    download_artifacts = unsupported("MlflowClient.download_artifacts",
                                     "artifacts are files beside the store already")
    create_registered_model = unsupported("MlflowClient.create_registered_model",
                                          "Runlens has no model registry")
    create_model_version = unsupported("MlflowClient.create_model_version",
                                       "Runlens has no model registry")


def _view(store, run_view_type):
    if run_view_type == ViewType.ACTIVE_ONLY:
        return store.runs()
    records = store.runs(include_archived=True)
    if run_view_type == ViewType.DELETED_ONLY:
        return [r for r in records if r.archived]
    if run_view_type == ViewType.ALL:
        return records
    raise MlflowException(f"run_view_type must be ViewType.ACTIVE_ONLY, DELETED_ONLY or ALL, "
                          f"not {run_view_type!r}")


def _as_list(ids):
    return [ids] if isinstance(ids, str) else list(ids)
