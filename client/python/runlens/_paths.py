"""Where stores and their artifacts live (docs/storage-format.md, "Where the default store is")."""

import hashlib
import os
import re

from ._errors import StoreError

# "scheme://..." as in postgresql://alice@db.lab/team: a URL, never a file name.
_URL = re.compile(r"^([A-Za-z][A-Za-z0-9+.-]*)://")


# The URL schemes of a PostgreSQL store (libpq's two spellings).
POSTGRES_SCHEMES = ("postgresql", "postgres")


def _redacted(url):
    """The URL without a password: user:secret@host becomes user@host."""
    return re.sub(r"^([A-Za-z][A-Za-z0-9+.-]*://[^/@:]*):[^/@]*@", r"\1@", url)


def redacted(location):
    """A store location as messages may name it: a file path as it is, a URL without
    its password (in the user part or as a `password=` query parameter)."""
    if not is_url(location):
        return location
    return re.sub(r"([?&]password=)[^&#]*", r"\1***", _redacted(location), flags=re.I)


def is_url(location):
    """True for a store given as `scheme://...` rather than as a file path."""
    return isinstance(location, str) and _URL.match(location) is not None


def is_postgres(location):
    """True for a postgresql:// or postgres:// store location."""
    match = _URL.match(location) if isinstance(location, str) else None
    return match is not None and match.group(1).lower() in POSTGRES_SCHEMES


def check_store_location(text):
    """Refuse a store given as a URL of a scheme Runlens has no engine for: taking it for
    a file path would quietly create folders named 'http:' and log into a new SQLite
    file there. postgresql:// and postgres:// name a PostgreSQL store and pass.
    The message is the C++ side's word for word (core/src/store/StorePath.cpp)."""
    match = _URL.match(text)
    if match and not is_postgres(text):
        raise StoreError(f"'{redacted(text)}' is not a store location: Runlens opens SQLite files "
                         f"(e.g. ~/runs.db) and PostgreSQL stores (postgresql://...), not "
                         f"{match.group(1)}:// URLs")
    return text


def default_store_path():
    """Return the default store path without touching the file system.

    The app, the CLI and both clients share this rule, so a script that logs with no
    arguments lands in the store the app opens with no arguments.
    """
    env = os.environ.get("RUNLENS_STORE", "")
    if env:
        return _absolute(check_store_location(env))
    data_home = os.environ.get("XDG_DATA_HOME", "")
    if not data_home:
        data_home = os.path.join(os.path.expanduser("~"), ".local", "share")
    return os.path.abspath(os.path.join(data_home, "runlens", "runlens.db"))


def resolve_store_path(path=None):
    """Return an absolute store path (or a PostgreSQL URL): `path` if given, else the
    default one."""
    if path is None:
        return default_store_path()
    return _absolute(check_store_location(os.fspath(path)))


def _absolute(location):
    """A file path made absolute; a PostgreSQL URL is already a full location."""
    if is_postgres(location):
        return location
    return os.path.abspath(os.path.expanduser(location))


def artifact_root(store_path):
    """Return `<dir>/<stem>-artifacts` for the store file `<dir>/<stem>.db`.

    A PostgreSQL store keeps its artifacts in the database; its local folder is the
    cache that Store.artifacts() fills with them (see artifact_cache_root).
    """
    if is_postgres(store_path):
        return artifact_cache_root(store_path)
    directory, base = os.path.split(store_path)
    stem = os.path.splitext(base)[0] or base
    return os.path.join(directory, stem + "-artifacts")


def artifact_cache_root(location):
    """The cache folder of a PostgreSQL store's artifacts: XDG cache, one folder per
    store, named by a digest of its URL without the password."""
    base = os.environ.get("XDG_CACHE_HOME", "") or os.path.join(os.path.expanduser("~"), ".cache")
    key = hashlib.sha256(redacted(location).encode("utf-8")).hexdigest()[:16]
    return os.path.join(base, "runlens", "artifacts", key)


def run_artifact_dir(store_path, run_uuid):
    """Return the folder that holds the artifacts of one run."""
    return os.path.join(artifact_root(store_path), run_uuid)
