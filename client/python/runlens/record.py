"""Plain records returned by runlens.Store."""

import dataclasses
from typing import Dict, Optional, Union

ParamValue = Union[int, float, str]


@dataclasses.dataclass
class RunRecord:
    """One run as read from a store.

    Duck-typed by runlens.query (id, name, experiment, status, params, tags, metrics).
    status is 'running', 'finished', 'failed', 'killed', or 'crashed' (derived: running
    with a heartbeat older than the store's crash timeout). metrics maps each key to
    the last value of its overall series (NaN where that value is NaN).
    """

    id: str
    name: str
    experiment: str
    status: str
    params: Dict[str, ParamValue]
    tags: Dict[str, str]
    metrics: Dict[str, float]
    start_time: float
    end_time: Optional[float]
    parent_id: Optional[str]
    git_commit: str
    host: str
    command: str
    notes: str
    archived: bool

    @property
    def duration(self):
        """Seconds from start to end, or None while the run has no end time."""
        return None if self.end_time is None else self.end_time - self.start_time


@dataclasses.dataclass
class ExperimentRecord:
    """One experiment as read from a store, with its number of runs."""

    id: str
    name: str
    created_at: float
    archived: bool
    notes: str
    run_count: int
