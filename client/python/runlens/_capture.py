"""What a run records about where it ran: git commit, host, command line, Python version.

Captured once at start so the app can answer "which code produced this curve?"
without the user having to log it by hand. Every probe is best effort: a missing git,
a slow file system or an odd argv yields '' rather than an error in the training script.
"""

import functools
import os
import platform
import shlex
import socket
import subprocess
import sys

from . import _paths

GIT_TIMEOUT_SECONDS = 2.0


def git_commit(cwd=None):
    """Return `git rev-parse HEAD` in cwd (default: the current directory), or ''."""
    try:
        return _git_commit_in(cwd or os.getcwd())
    except OSError:
        return ""


@functools.lru_cache(maxsize=16)
def _git_commit_in(cwd):
    """Cached per folder: a sweep starting hundreds of runs spawns git once."""
    try:
        done = subprocess.run(["git", "rev-parse", "HEAD"], cwd=cwd,
                              stdin=subprocess.DEVNULL, stdout=subprocess.PIPE,
                              stderr=subprocess.DEVNULL, timeout=GIT_TIMEOUT_SECONDS,
                              check=False)
    except (OSError, subprocess.SubprocessError, ValueError):
        return ""
    if done.returncode != 0:
        return ""
    commit = done.stdout.decode("ascii", "replace").strip()
    return commit if len(commit) in (40, 64) else ""


def host():
    """Return the machine's host name, or ''."""
    try:
        return socket.gethostname()
    except OSError:
        return ""


def _without_password(arg):
    """A store URL as an argument ("URL" or "--store=URL") without its password: the run
    keeps its command line, and so does every machine the store is shared with."""
    if not isinstance(arg, str):
        return arg
    name, eq, rest = arg.partition("=")
    if eq and "://" in rest and "://" not in name:
        return name + eq + _paths.redacted(rest)
    return _paths.redacted(arg)


def command():
    """Return the command line that started this process, shell-quoted.

    sys.executable comes first so the command can be pasted into a shell as is.
    """
    argv = [_without_password(arg) for arg in sys.argv if arg != ""] if sys.argv else []
    parts = ([sys.executable] if sys.executable else []) + argv
    try:
        return shlex.join(parts)
    except (TypeError, ValueError):
        return " ".join(map(str, parts))


def python_version():
    """Return e.g. '3.11.2', stored as the tag `python.version`."""
    return platform.python_version()
