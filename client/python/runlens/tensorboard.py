"""PyTorch's SummaryWriter, logging scalars into a Runlens store: change one import.

    from runlens.tensorboard import SummaryWriter   # instead of torch.utils.tensorboard
    writer = SummaryWriter(comment="lr0.01")
    writer.add_scalar("loss/train", loss, global_step=step)
    writer.add_scalars("loss", {"train": a, "val": b}, step)
    writer.add_hparams({"lr": 0.01}, {"hparam/acc": acc})

One writer is one Runlens run. Its log_dir is named as torch names it (default
runs/<Mon><DD>_<HH-MM-SS>_<host><comment>) and created, so files a script saves into
writer.log_dir land where they would with torch; the run is named after the last part
of log_dir and its experiment after the folder above (TensorBoard's --logdir).
add_scalars(main_tag, {tag: value}) logs key main_tag with slice tag: TensorBoard's
run-per-tag layout as Runlens slices. Standard library only; images, histograms,
graphs and the like raise UnsupportedByRunlens naming the call. docs/drop-in.md has
the details.
"""

import os
import socket
import time
from datetime import datetime

from . import _validate
from ._dropin import UnsupportedByRunlens, unsupported
from ._start import start_run

__all__ = ["SummaryWriter", "UnsupportedByRunlens"]


def default_log_dir(comment=""):
    """torch's default: runs/<Mon><DD>_<HH-MM-SS>_<host><comment>."""
    current_time = datetime.now().strftime("%b%d_%H-%M-%S")
    return os.path.join("runs", current_time + "_" + socket.gethostname() + comment)


def names_for(log_dir):
    """(experiment, run name) of a log_dir: its parent folder's name and its own."""
    parts = [p for p in os.path.normpath(os.fspath(log_dir)).split(os.sep) if p not in ("", ".")]
    if not parts:
        raise ValueError(f"log_dir {log_dir!r} names no folder")
    experiment = parts[-2] if len(parts) > 1 else "Default"
    return experiment, parts[-1]


class SummaryWriter:
    """torch.utils.tensorboard.SummaryWriter's scalar and hparams calls, as one Runlens run.

    Extra keyword arguments (Runlens only): experiment= and store= override the names
    derived from log_dir and the default store.
    """

    def __init__(self, log_dir=None, comment="", purge_step=None, max_queue=10,
                 flush_secs=120, filename_suffix="", *, experiment=None, store=None):
        if purge_step is not None:
            raise UnsupportedByRunlens("SummaryWriter(purge_step=...)",
                                       "Runlens keeps every point logged")
        if not log_dir:
            log_dir = default_log_dir(comment)
        self.log_dir = os.fspath(log_dir)
        self.filename_suffix = filename_suffix   # accepted: there are no event files to name
        derived_experiment, name = names_for(self.log_dir)
        os.makedirs(self.log_dir, exist_ok=True)
        self._run = start_run(experiment=experiment or derived_experiment, name=name,
                              store=store, tags={"tensorboard.log_dir": self.log_dir})
        self._log = self._run.log_metric     # bound once: add_scalar is the hot path
        self._hparams_logged = False

    @property
    def run(self):
        """The runlens.Run this writer logs to (its id, store path, ...)."""
        return self._run

    def get_logdir(self):
        return self.log_dir

    # -- scalars ------------------------------------------------------------------------

    def add_scalar(self, tag, scalar_value, global_step=None, walltime=None,
                   new_style=False, double_precision=False):
        """Log one point of series `tag`; global_step None -> the series' next step."""
        self._log(tag, scalar_value, global_step, None, walltime)

    def add_scalars(self, main_tag, tag_scalar_dict, global_step=None, walltime=None):
        """Log {tag: value} as series main_tag, one slice per tag, all or nothing."""
        values = {}
        for tag, value in dict(tag_scalar_dict).items():
            values[_validate.key(tag, "add_scalars tag")] = _validate.metric_value(
                f"{main_tag} [{tag}]", value)
        _validate.key(main_tag, "add_scalars main_tag")
        if global_step is not None:
            global_step = _validate.step(main_tag, global_step)
        if walltime is not None:
            walltime = _validate.wall_time(main_tag, walltime)
        for tag, value in values.items():
            self._log(main_tag, value, global_step, tag, walltime)

    def add_hparams(self, hparam_dict, metric_dict, hparam_domain_discrete=None,
                    run_name=None, global_step=None):
        """Hyper-parameters as params and their results as metrics.

        The writer's first call describes its own run. torch writes every call to a
        sub-run of log_dir, so a later call (a sweep through one writer) or a call
        with run_name logs a child run named run_name (default: the time, as torch).
        """
        if not isinstance(hparam_dict, dict) or not isinstance(metric_dict, dict):
            raise TypeError("add_hparams: hparam_dict and metric_dict must be dicts")
        if run_name is None and not self._hparams_logged:
            self._log_hparams(self._run, hparam_dict, metric_dict, global_step)
        else:
            name = run_name or str(time.time())
            with self._run.child(name) as child:
                self._log_hparams(child, hparam_dict, metric_dict, global_step)
        self._hparams_logged = True

    @staticmethod
    def _log_hparams(run, hparam_dict, metric_dict, global_step):
        """Validate everything first, so bad input writes nothing."""
        metrics = {key: _validate.metric_value(key, value) for key, value in metric_dict.items()}
        if global_step is not None:
            global_step = _validate.step("add_hparams", global_step)
        run.log_params({key: _scalar(value) for key, value in hparam_dict.items()})
        if metrics:
            run.log_metrics(metrics, step=global_step)

    # -- lifecycle ------------------------------------------------------------------------

    def flush(self):
        self._run.flush()

    def close(self):
        """End the run as finished; closing again does nothing, as with torch."""
        self._run.finish("finished")

    def __enter__(self):
        return self

    def __exit__(self, exc_type, exc, tb):
        """Unlike torch's writer, an exception marks the run failed (killed on Ctrl-C)."""
        return self._run.__exit__(exc_type, exc, tb)

    # -- what Runlens does not keep -----------------------------------------------------

    _HINT = "Runlens' SummaryWriter keeps scalars and hparams only"
    add_image = unsupported("SummaryWriter.add_image", _HINT)
    add_images = unsupported("SummaryWriter.add_images", _HINT)
    add_image_with_boxes = unsupported("SummaryWriter.add_image_with_boxes", _HINT)
    add_figure = unsupported("SummaryWriter.add_figure", _HINT)
    add_histogram = unsupported("SummaryWriter.add_histogram", _HINT)
    add_histogram_raw = unsupported("SummaryWriter.add_histogram_raw", _HINT)
    add_graph = unsupported("SummaryWriter.add_graph", _HINT)
    add_onnx_graph = unsupported("SummaryWriter.add_onnx_graph", _HINT)
    add_text = unsupported("SummaryWriter.add_text", _HINT)
    add_audio = unsupported("SummaryWriter.add_audio", _HINT)
    add_video = unsupported("SummaryWriter.add_video", _HINT)
    add_embedding = unsupported("SummaryWriter.add_embedding", _HINT)
    add_pr_curve = unsupported("SummaryWriter.add_pr_curve", _HINT)
    add_pr_curve_raw = unsupported("SummaryWriter.add_pr_curve_raw", _HINT)
    add_mesh = unsupported("SummaryWriter.add_mesh", _HINT)
    add_custom_scalars = unsupported("SummaryWriter.add_custom_scalars", _HINT)
    add_custom_scalars_multilinechart = unsupported(
        "SummaryWriter.add_custom_scalars_multilinechart", _HINT)
    add_custom_scalars_marginchart = unsupported(
        "SummaryWriter.add_custom_scalars_marginchart", _HINT)


def _scalar(value):
    """A one-element tensor or numpy scalar as the Python number it holds, as torch does."""
    item = getattr(value, "item", None)
    if item is not None and not isinstance(value, (str, bytes)):
        try:
            return item()
        except (TypeError, ValueError, RuntimeError):
            return value
    return value
