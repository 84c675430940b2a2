"""Runlens client: log ML runs, params and metrics into a SQLite or PostgreSQL store.

    import runlens
    with runlens.start_run(experiment="digits", params={"lr": 0.01}) as run:
        run.log_metric("train/loss", loss, step=epoch)
    store = runlens.Store()

Standard library only for SQLite stores; a postgresql:// store needs psycopg2, imported
only then. The store format is docs/storage-format.md in the repository.
"""

from ._errors import StoreError
from ._paths import default_store_path
from ._start import start_run
from ._version import __version__
from .pipeline import describe_pipeline
from .record import ExperimentRecord, RunRecord
from .run import Run
from .store import Store

__all__ = ["start_run", "Run", "Store", "RunRecord", "ExperimentRecord", "StoreError",
           "default_store_path", "describe_pipeline", "__version__"]
