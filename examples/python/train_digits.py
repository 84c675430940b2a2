#!/usr/bin/env python3
"""Train a few scikit-learn classifiers on the bundled digits data set and log them to Runlens.

    PYTHONPATH=client/python /usr/bin/python3 examples/python/train_digits.py [--store PATH]

One parent run ("sweep") with a child run per model, as a pipeline would have. Every
child logs its hyper-parameters, per-epoch train/loss, val/loss and val/acc, and the
per-class validation accuracy as slices (`slice="class=3"`), then saves the model as an
artifact. load_digits ships with scikit-learn: nothing is downloaded.
"""

import argparse
import os
import pickle
import sys
import tempfile
import warnings

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", "..", "client", "python"))

import runlens  # noqa: E402
from digits_data import load_split  # noqa: E402

try:
    import numpy as np
    from sklearn.exceptions import ConvergenceWarning
    from sklearn.linear_model import LogisticRegression, SGDClassifier
    from sklearn.metrics import log_loss
except ImportError as error:   # pragma: no cover - depends on the machine
    raise SystemExit(f"this example needs scikit-learn and numpy ({error}); "
                     f"on Debian: apt-get install python3-sklearn")


def model_configs(quick):
    """(run name, estimator factory, params) for every model of the sweep."""
    configs = []
    rates = (0.01, 0.1) if quick else (0.001, 0.01, 0.1)
    alphas = (1e-4,) if quick else (1e-4, 1e-3)
    for lr in rates:
        for alpha in alphas:
            params = {"model": "SGDClassifier", "loss": "log_loss", "lr": lr, "alpha": alpha}
            configs.append((f"sgd-lr{lr}-a{alpha}", params,
                            lambda seed, lr=lr, alpha=alpha: SGDClassifier(
                                loss="log_loss", learning_rate="constant", eta0=lr,
                                alpha=alpha, random_state=seed)))
    for c in ((1.0,) if quick else (0.1, 1.0)):
        params = {"model": "LogisticRegression", "C": c, "solver": "lbfgs"}
        configs.append((f"logreg-C{c}", params,
                        lambda seed, c=c: LogisticRegression(C=c, max_iter=1, warm_start=True)))
    return configs


def train_epoch(model, x_train, y_train, classes, rng):
    """One pass: partial_fit on shuffled data where supported, else one more solver step."""
    if hasattr(model, "partial_fit"):
        order = rng.permutation(len(y_train))
        model.partial_fit(x_train[order], y_train[order], classes=classes)
    else:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", ConvergenceWarning)
            model.fit(x_train, y_train)   # warm_start with max_iter=1: one more iteration


def log_epoch(run, model, epoch, data, classes):
    """Log train/loss, val/loss, val/acc and the per-class val/acc slices of one epoch."""
    x_train, x_val, y_train, y_val = data
    predicted = model.predict(x_val)
    run.log_metrics({
        "train/loss": log_loss(y_train, model.predict_proba(x_train), labels=classes),
        "val/loss": log_loss(y_val, model.predict_proba(x_val), labels=classes),
        "val/acc": float(np.mean(predicted == y_val)),
    }, step=epoch)
    for cls in classes:
        mask = y_val == cls
        run.log_metric("val/acc", float(np.mean(predicted[mask] == cls)), step=epoch,
                       slice=f"class={cls}")


def train_one(parent, name, params, factory, data, args):
    """Train one model as a child run of the sweep; return its final validation accuracy."""
    classes = np.unique(data[2])
    rng = np.random.default_rng(args.seed)
    with parent.child(name, params={**params, "epochs": args.epochs, "seed": args.seed},
                      tags={"dataset": "sklearn.load_digits"}) as run:
        model = factory(args.seed)
        for epoch in range(args.epochs):
            train_epoch(model, data[0], data[2], classes, rng)
            log_epoch(run, model, epoch, data, classes)
        accuracy = float(np.mean(model.predict(data[1]) == data[3]))
        with tempfile.TemporaryDirectory() as folder:
            path = os.path.join(folder, "model.pkl")
            with open(path, "wb") as handle:
                pickle.dump(model, handle)
            run.log_artifact(path)
        run.set_notes(f"Final validation accuracy: **{accuracy:.3f}**")
    return accuracy


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--store", help="store file (default: the Runlens default store)")
    parser.add_argument("--experiment", default="digits")
    parser.add_argument("--epochs", type=int, default=20)
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--quick", action="store_true", help="fewer models, for tests")
    args = parser.parse_args(argv)
    data = load_split(args.seed)
    with runlens.start_run(experiment=args.experiment, name="sweep", store=args.store,
                           params={"train_rows": len(data[2]), "val_rows": len(data[3]),
                                   "features": data[0].shape[1]}) as sweep:
        best = None
        for step, (name, params, factory) in enumerate(model_configs(args.quick)):
            accuracy = train_one(sweep, name, params, factory, data, args)
            sweep.log_metric("best/val_acc", max(accuracy, best or 0.0), step=step)
            best = max(accuracy, best or 0.0)
            print(f"{name:24s} val/acc {accuracy:.3f}")
    print(f"logged to {sweep.store_path} (sweep run {sweep.id})")


if __name__ == "__main__":
    main()
