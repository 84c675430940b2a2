"""MLflow's tracking API, logging into a Runlens store: change one import and keep the script.

    import runlens.mlflow as mlflow          # instead of: import mlflow
    mlflow.set_experiment("digits")
    with mlflow.start_run(run_name="sgd"):
        mlflow.log_params({"lr": 0.01})
        mlflow.log_metric("val_acc", acc, step=epoch)

Standard library only. docs/drop-in.md says what maps to what and what differs. Calls
of MLflow's API that Runlens cannot do (autolog, models, the registry, images, ...)
raise UnsupportedByRunlens (a NotImplementedError) naming the call.
"""

from ._dropin import UnsupportedByRunlens, unsupported
from ._mlflow_client import MlflowClient, PagedList
from ._mlflow_entities import (Experiment, Metric, MlflowException, Run, RunData, RunInfo,
                               RunStatus, ViewType)
from ._mlflow_fluent import _active_experiment
from ._mlflow_fluent import (ActiveRun, active_run, create_experiment, end_run,
                             get_artifact_uri, get_experiment, get_experiment_by_name,
                             last_active_run, log_artifact, log_artifacts, log_dict,
                             log_metric, log_metrics, log_param, log_params, log_text,
                             search_experiments, set_experiment, set_tag, set_tags, start_run)
from ._mlflow_uri import get_tracking_uri, is_tracking_uri_set, set_tracking_uri


def get_run(run_id):
    """The run as an MLflow Run (run.info, run.data)."""
    return MlflowClient().get_run(run_id)


def search_runs(experiment_ids=None, filter_string="", run_view_type=ViewType.ACTIVE_ONLY,
                max_results=100000, order_by=None, output_format="pandas",
                search_all_experiments=False, experiment_names=None):
    """MLflow's search_runs; only output_format='list' (a pandas frame needs pandas)."""
    if output_format != "list":
        raise UnsupportedByRunlens(f"search_runs(output_format={output_format!r})",
                                   "pass output_format='list' for a list of Run objects")
    ids = list(experiment_ids or []) + list(experiment_names or [])
    if not ids and not search_all_experiments:
        ids = [_active_experiment()]
    return MlflowClient().search_runs(ids, filter_string, run_view_type, max_results, order_by)


class _Flavor:
    """mlflow.sklearn, mlflow.pytorch, ...: every function of a model flavor is refused."""

    def __init__(self, name):
        self._name = name

    def __getattr__(self, attribute):
        if attribute.startswith("__"):
            raise AttributeError(attribute)
        return unsupported(f"mlflow.{self._name}.{attribute}",
                           "save the model file and log it with mlflow.log_artifact")


for _name in ("sklearn", "pytorch", "tensorflow", "keras", "xgboost", "lightgbm", "catboost",
              "pyfunc", "transformers", "onnx", "spark", "statsmodels", "models", "data"):
    globals()[_name] = _Flavor(_name)

autolog = unsupported("mlflow.autolog", "log params and metrics with the mlflow.log_* calls")
log_figure = unsupported("mlflow.log_figure", "save the figure to a file and log_artifact it")
log_image = unsupported("mlflow.log_image", "save the image to a file and log_artifact it")
log_table = unsupported("mlflow.log_table", "save the table to a file and log_artifact it")
log_input = unsupported("mlflow.log_input", "log the data set's name and digest as params")
log_model = unsupported("mlflow.log_model", "save the model file and log it with log_artifact")
register_model = unsupported("mlflow.register_model", "Runlens has no model registry")
delete_tag = unsupported("mlflow.delete_tag")
delete_run = unsupported("mlflow.delete_run", "archive runs in the Runlens app")
delete_experiment = unsupported("mlflow.delete_experiment")
set_experiment_tag = unsupported("mlflow.set_experiment_tag")
set_experiment_tags = unsupported("mlflow.set_experiment_tags")
set_registry_uri = unsupported("mlflow.set_registry_uri", "Runlens has no model registry")
evaluate = unsupported("mlflow.evaluate")
enable_system_metrics_logging = unsupported(
    "mlflow.enable_system_metrics_logging", "pass log_system_metrics=True to start_run")

__all__ = [
    "ActiveRun", "Experiment", "Metric", "MlflowClient", "MlflowException", "PagedList",
    "Run", "RunData", "RunInfo", "RunStatus", "UnsupportedByRunlens", "ViewType",
    "active_run", "create_experiment", "end_run", "get_artifact_uri", "get_experiment",
    "get_experiment_by_name", "get_run", "get_tracking_uri", "is_tracking_uri_set",
    "last_active_run", "log_artifact", "log_artifacts", "log_dict", "log_metric",
    "log_metrics", "log_param", "log_params", "log_text", "search_experiments",
    "search_runs", "set_experiment", "set_tag", "set_tags", "set_tracking_uri", "start_run",
]
