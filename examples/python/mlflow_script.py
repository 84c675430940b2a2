#!/usr/bin/env python3
"""An MLflow training script as MLflow users write it, logging to Runlens by one changed import.

    PYTHONPATH=client/python RUNLENS_STORE=/tmp/demo.db /usr/bin/python3 examples/python/mlflow_script.py

The store is MLFLOW_TRACKING_URI when it names a Runlens store file (a .db path or a
file: URI), else $RUNLENS_STORE, else the default store. Everything below the import
is plain MLflow: an experiment, a parent run with a nested run per learning rate,
params, tags, per-epoch metrics, and the model and a config as artifacts.
"""

import os
import pickle
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", "..", "client", "python"))

import runlens.mlflow as mlflow   # instead of: import mlflow  # noqa: E402

import numpy as np  # noqa: E402
from sklearn.datasets import load_digits  # noqa: E402
from sklearn.linear_model import SGDClassifier  # noqa: E402
from sklearn.metrics import accuracy_score, log_loss  # noqa: E402
from sklearn.model_selection import train_test_split  # noqa: E402

EPOCHS = int(os.environ.get("EPOCHS", "10"))

X, y = load_digits(return_X_y=True)
X_train, X_val, y_train, y_val = train_test_split(X / 16.0, y, test_size=0.25, random_state=0)
classes = np.unique(y)

mlflow.set_experiment("digits-mlflow")

with mlflow.start_run(run_name="lr-sweep") as parent:
    mlflow.set_tag("dataset", "sklearn.load_digits")
    best_acc, best_run = 0.0, None
    for lr in (0.01, 0.1):
        with mlflow.start_run(run_name=f"sgd-lr{lr}", nested=True) as run:
            mlflow.log_params({"lr": lr, "epochs": EPOCHS, "loss": "log_loss"})
            mlflow.set_tags({"model": "SGDClassifier", "framework": "scikit-learn"})
            model = SGDClassifier(loss="log_loss", learning_rate="constant", eta0=lr,
                                  random_state=0)
            for epoch in range(EPOCHS):
                model.partial_fit(X_train, y_train, classes=classes)
                mlflow.log_metric("train_loss", log_loss(y_train, model.predict_proba(X_train)),
                                  step=epoch)
                mlflow.log_metrics({"val_loss": log_loss(y_val, model.predict_proba(X_val)),
                                    "val_acc": accuracy_score(y_val, model.predict(X_val))},
                                   step=epoch)
            acc = accuracy_score(y_val, model.predict(X_val))
            with tempfile.TemporaryDirectory() as tmp:
                path = os.path.join(tmp, "model.pkl")
                with open(path, "wb") as f:
                    pickle.dump(model, f)
                mlflow.log_artifact(path, artifact_path="model")
            mlflow.log_dict({"lr": lr, "epochs": EPOCHS}, "config.json")
            if acc > best_acc:
                best_acc, best_run = acc, run.info.run_id
    mlflow.log_metric("best_val_acc", best_acc)
    mlflow.set_tag("best_run", best_run)

client = mlflow.MlflowClient()
runs = client.search_runs([parent.info.experiment_id],
                          f"tags.mlflow.parentRunId = '{parent.info.run_id}'",
                          order_by=["metrics.val_acc DESC"])
for r in runs:
    print(f"{r.info.run_name:12s} val_acc {r.data.metrics['val_acc']:.3f} "
          f"({r.info.status}, lr={r.data.params['lr']})")
print(f"logged to {mlflow.get_tracking_uri()}")
