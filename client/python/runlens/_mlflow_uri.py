"""Which Runlens store an MLflow tracking URI means.

A tracking URI here is a store file: a plain path or a `file:` URI. The choice, first
match wins: set_tracking_uri(), then MLFLOW_TRACKING_URI when it names a Runlens store
(an existing one, or a missing `.db` file), then the default store of runlens.Store().
An MLFLOW_TRACKING_URI left over for a real MLflow (a server URL, an mlruns folder) is
not an error: the script logs to the default store and says so once.
"""

import os
import pathlib
import sys
import urllib.parse

from ._dropin import UnsupportedByRunlens
from ._paths import default_store_path, is_postgres

_SQLITE_MAGIC = b"SQLite format 3\x00"
_RUNLENS_APPLICATION_ID = (0x524C4E53).to_bytes(4, "big")   # the store's header, offset 68

_explicit = None        # set by set_tracking_uri
_warned_env = set()


def uri_to_path(uri):
    """A plain path or file: URI -> absolute path; other schemes raise UnsupportedByRunlens."""
    text = os.fspath(uri)
    if isinstance(text, bytes):
        text = os.fsdecode(text)
    parsed = urllib.parse.urlparse(text)
    if parsed.scheme == "file":
        if parsed.netloc not in ("", "localhost"):
            raise UnsupportedByRunlens(f"set_tracking_uri({text!r})",
                                       "a file: URI must name a file on this machine")
        text = urllib.parse.unquote(parsed.path)
    elif parsed.scheme and len(parsed.scheme) > 1:   # a one-letter scheme is a Windows drive
        raise UnsupportedByRunlens(f"set_tracking_uri({text!r})",
                                   "Runlens logs to a local store file: pass its path or a "
                                   "file: URI")
    if not text:
        raise ValueError("a tracking URI must not be empty")
    return os.path.abspath(os.path.expanduser(text))


def is_runlens_store(path):
    """True for an existing Runlens store file, or a missing file named *.db."""
    if not os.path.exists(path):
        return path.endswith(".db")
    try:
        with open(path, "rb") as handle:
            head = handle.read(72)
    except OSError:
        return False
    return len(head) == 0 or (head[:16] == _SQLITE_MAGIC and head[68:72] == _RUNLENS_APPLICATION_ID)


def set_tracking_uri(uri):
    """Log to the store file `uri` (a path or a file: URI) from now on; None resets."""
    global _explicit
    if uri is None:
        _explicit = None
        return
    path = uri_to_path(uri)
    if os.path.isdir(path):
        raise ValueError(f"tracking URI {uri!r} is a folder; Runlens logs to a store "
                         f"file, e.g. {os.path.join(path, 'runlens.db')!r} (an MLflow "
                         f"mlruns folder is not a Runlens store)")
    _explicit = path


def store_path():
    """The store file the MLflow drop-in logs to now."""
    if _explicit is not None:
        return _explicit
    env = os.environ.get("MLFLOW_TRACKING_URI", "")
    if env:
        try:
            path = uri_to_path(env)
        except (UnsupportedByRunlens, ValueError):
            path = None
        if path is not None and is_runlens_store(path):
            return path
        _warn_once(env)
    return default_store_path()


def get_tracking_uri():
    """The store as a file: URI (file:///.../runlens.db), or its postgresql:// URL."""
    path = store_path()
    return path if is_postgres(path) else pathlib.Path(path).as_uri()


def is_tracking_uri_set():
    return _explicit is not None or bool(os.environ.get("MLFLOW_TRACKING_URI"))


def _warn_once(env):
    if env not in _warned_env:
        _warned_env.add(env)
        print(f"runlens.mlflow: MLFLOW_TRACKING_URI={env!r} is not a Runlens store; "
              f"logging to {default_store_path()}", file=sys.stderr)
