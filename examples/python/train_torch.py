#!/usr/bin/env python3
"""Train a small PyTorch network on scikit-learn's digits, logging through Runlens'
SummaryWriter drop-in: the training loop is torch's usual one, with one changed import.

    PYTHONPATH=client/python /usr/bin/python3 examples/python/train_torch.py [--store PATH]

One writer (one Runlens run) per learning rate under runs/digits/: per-batch
Loss/train, per-epoch Loss train/val as slices of one key (add_scalars) and
Accuracy/val, and the hyper-parameters with the final accuracy (add_hparams). The
weights are saved into writer.log_dir, as a torch script would, and kept as an artifact
of the run. The store is --store, else $RUNLENS_STORE, else the default store. A few
seconds on 2 CPUs; load_digits ships with scikit-learn, nothing is downloaded.
"""

import argparse
import os
import sys
import time

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", "..", "client", "python"))

from runlens.tensorboard import SummaryWriter   # instead of: from torch.utils.tensorboard import SummaryWriter  # noqa: E402,E501

try:
    import torch
    from torch import nn
    from digits_data import load_split
except ImportError as error:   # pragma: no cover - depends on the machine
    raise SystemExit(f"this example needs PyTorch and scikit-learn ({error}); "
                     f"on Debian: apt-get install python3-torch python3-sklearn")


def load_data(seed):
    """The digits split (digits_data.py) as float32 tensors."""
    x_train, x_val, y_train, y_val = load_split(seed)
    as_x = lambda x: torch.tensor(x, dtype=torch.float32)  # noqa: E731
    return (as_x(x_train), torch.tensor(y_train), as_x(x_val), torch.tensor(y_val))


def make_model(hidden):
    return nn.Sequential(nn.Linear(64, hidden), nn.ReLU(), nn.Dropout(0.1),
                         nn.Linear(hidden, 10))


def evaluate(model, loss_fn, x, y):
    """(mean loss, accuracy) on a whole split, without gradients."""
    model.eval()
    with torch.no_grad():
        logits = model(x)
        return loss_fn(logits, y).item(), (logits.argmax(dim=1) == y).float().mean().item()


def train(lr, data, args):
    """Train one model with its own writer; return the final validation accuracy."""
    x_train, y_train, x_val, y_val = data
    torch.manual_seed(args.seed)
    model = make_model(args.hidden)
    optimizer = torch.optim.SGD(model.parameters(), lr=lr, momentum=0.9)
    loss_fn = nn.CrossEntropyLoss()
    writer = SummaryWriter(os.path.join(args.log_root, f"mlp-lr{lr}"), store=args.store)
    step = 0
    for epoch in range(args.epochs):
        model.train()
        order = torch.randperm(len(y_train))
        for start in range(0, len(order), args.batch_size):
            batch = order[start:start + args.batch_size]
            optimizer.zero_grad()
            loss = loss_fn(model(x_train[batch]), y_train[batch])
            loss.backward()
            optimizer.step()
            writer.add_scalar("Loss/train", loss.item(), step)
            step += 1
        train_loss, _ = evaluate(model, loss_fn, x_train, y_train)
        val_loss, val_acc = evaluate(model, loss_fn, x_val, y_val)
        writer.add_scalars("Loss", {"train": train_loss, "val": val_loss}, epoch)
        writer.add_scalar("Accuracy/val", val_acc, epoch)
    weights = os.path.join(writer.log_dir, "model.pt")
    torch.save(model.state_dict(), weights)
    writer.run.log_artifact(weights)            # Runlens only: keep the weights with the run
    writer.add_hparams({"lr": lr, "hidden": args.hidden, "batch_size": args.batch_size,
                        "epochs": args.epochs, "optimizer": "SGD+momentum"},
                       {"hparam/accuracy": val_acc, "hparam/loss": val_loss})
    writer.close()
    return val_acc


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--store", help="store file (default: $RUNLENS_STORE or the default store)")
    parser.add_argument("--log-root", default=os.path.join("runs", "digits"),
                        help="folder of the writers' log_dirs; its name is the experiment")
    parser.add_argument("--epochs", type=int, default=10)
    parser.add_argument("--hidden", type=int, default=64)
    parser.add_argument("--batch-size", type=int, default=64)
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--lrs", type=float, nargs="+", default=[0.01, 0.1])
    args = parser.parse_args(argv)
    torch.set_num_threads(2)            # the machines this runs on have 2 CPUs
    data = load_data(args.seed)
    started = time.perf_counter()
    for lr in args.lrs:
        accuracy = train(lr, data, args)
        print(f"lr {lr:<6g} val accuracy {accuracy:.3f}")
    print(f"trained {len(args.lrs)} models in {time.perf_counter() - started:.1f} s")


if __name__ == "__main__":
    main()
