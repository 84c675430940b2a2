"""Opening a store: identity checks, pragmas, migrations, and retrying busy writes.

Everything here follows docs/storage-format.md ("Identity and version", "Concurrency
rules for writers"). The order of the checks matters: a file is inspected read-only
until it is known to be a Runlens store of a version we understand, so a newer or
foreign file is never modified.
"""

import contextlib
import importlib.resources
import os
import random
import re
import sqlite3
import time
import urllib.parse

from ._errors import StoreError

APPLICATION_ID = 0x524C4E53  # "RLNS"
BUSY_TIMEOUT_MS = 10000
# How long BEGIN/COMMIT keep retrying SQLITE_BUSY before giving up (the doc: >= 60 s).
BUSY_RETRY_SECONDS = 60.0
# The doc's "Performance settings": measured, chunk writes run about twice as fast.
NEW_STORE_PAGE_SIZE = 16384
WAL_AUTOCHECKPOINT_PAGES = 4000

_SQLITE_MAGIC = b"SQLite format 3\x00"
_MIGRATION_NAME = re.compile(r"(\d{4})_[A-Za-z0-9_.-]+\.sql")
_migrations_cache = None


def read_migrations(root, what):
    """Return [(version, filename, sql)] of the NNNN_*.sql files in `root`, in order.

    Both engines' folders follow one rule: versions 1, 2, ... without gaps. `what`
    names the folder in the error that says the package is broken.
    """
    found = []
    for entry in root.iterdir():
        match = _MIGRATION_NAME.fullmatch(entry.name)
        if match:
            found.append((int(match.group(1)), entry.name, entry.read_text("utf-8")))
    found.sort()
    versions = [v for v, _, _ in found]
    if not found or versions != list(range(1, len(found) + 1)):
        raise StoreError(f"runlens package is broken: {what} {versions} are not 1..N")
    return found


def migrations():
    """Return [(version, filename, sql)] from the package's schema/ folder, in order.

    Loaded through importlib.resources so it works from a source tree on PYTHONPATH
    and from an installed wheel alike.
    """
    global _migrations_cache
    if _migrations_cache is None:
        _migrations_cache = read_migrations(importlib.resources.files(__package__) / "schema", "schema files")
    return _migrations_cache


def known_version():
    """The newest schema version this package can read and write."""
    return migrations()[-1][0]


def split_sql(script):
    """Split a migration script into single statements.

    sqlite3's executescript() would COMMIT the surrounding BEGIN IMMEDIATE, and the
    doc requires migrations to run inside that transaction, so statements are executed
    one by one; sqlite3.complete_statement() knows about comments and quoted ';'.
    """
    statements, start = [], 0
    for pos, char in enumerate(script):
        if char == ";" and sqlite3.complete_statement(script[start:pos + 1]):
            statements.append(script[start:pos + 1].strip())
            start = pos + 1
    return statements


def is_busy(error):
    """True for the SQLITE_BUSY / SQLITE_LOCKED errors that go away by waiting."""
    if not isinstance(error, sqlite3.OperationalError):
        return False
    # By result code where Python gives it (3.11+), else by SQLite's own wording: a
    # damaged file's error may quote a name that merely contains "locked".
    code = getattr(error, "sqlite_errorcode", None)
    if code is not None:
        return code & 0xFF in (5, 6)  # SQLITE_BUSY, SQLITE_LOCKED
    return str(error).startswith(("database is locked", "database table is locked",
                                  "database schema is locked"))


def retry_busy(action, what="write to the store"):
    """Run action(), retrying SQLITE_BUSY with back-off for BUSY_RETRY_SECONDS.

    busy_timeout already waits 10 s inside SQLite; this outer loop covers the cases
    SQLite returns BUSY without waiting (e.g. BEGIN IMMEDIATE racing a checkpoint,
    journal_mode changes) and long bursts of many writers, so that "database is
    locked" never reaches user code in normal use.
    """
    deadline = time.monotonic() + BUSY_RETRY_SECONDS
    delay = 0.005
    while True:
        try:
            return action()
        except sqlite3.OperationalError as error:
            if not is_busy(error):
                raise
            if time.monotonic() >= deadline:
                raise StoreError(f"could not {what}: the store stayed locked by other "
                                 f"processes for {BUSY_RETRY_SECONDS:.0f} s ({error})") from error
            time.sleep(delay * (0.5 + random.random()))
            delay = min(delay * 2, 0.25)


@contextlib.contextmanager
def write_transaction(conn):
    """BEGIN IMMEDIATE ... COMMIT with busy retries; ROLLBACK on any exception."""
    retry_busy(lambda: conn.execute("BEGIN IMMEDIATE"), "start a write transaction")
    try:
        yield conn
        retry_busy(lambda: conn.execute("COMMIT"), "commit")
    except BaseException:
        if conn.in_transaction:
            try:
                conn.execute("ROLLBACK")
            except sqlite3.Error:
                pass
        raise


@contextlib.contextmanager
def read_transaction(conn):
    """A deferred transaction so that several SELECTs see one snapshot."""
    conn.execute("BEGIN")
    try:
        yield conn
    finally:
        if conn.in_transaction:
            conn.execute("COMMIT")


def describe(error):
    """Turn a sqlite3 error into words a user can act on."""
    text = str(error)
    lower = text.lower()
    if "not a database" in lower or "malformed" in lower:
        return f"the file is corrupt or not a SQLite database ({text})"
    if "readonly" in lower or "read-only" in lower:
        return f"the store is read-only ({text})"
    if "disk is full" in lower or "disk full" in lower:
        return f"the disk is full ({text})"
    if "unable to open" in lower:
        return f"the file cannot be opened ({text})"
    return text


@contextlib.contextmanager
def store_errors(path, action):
    """Re-raise sqlite3 errors (other than our own StoreError) as StoreError."""
    try:
        yield
    except StoreError:
        raise
    except sqlite3.Error as error:
        raise StoreError(f"cannot {action} {path}: {describe(error)}") from error


def check_file(path):
    """Refuse, without opening it with SQLite, a file that cannot be a healthy store.

    Catches a non-SQLite file, and a file cut short: when no -wal file is pending, a
    healthy database is at least as long as the page count its header declares.
    """
    try:
        size = os.stat(path).st_size
    except FileNotFoundError:
        return
    if not os.path.isfile(path):
        raise StoreError(f"{path} is not a regular file")
    if size == 0:
        return
    with open(path, "rb") as handle:
        head = handle.read(100)
    if len(head) < 100 or head[:16] != _SQLITE_MAGIC:
        raise StoreError(f"{path} is not a Runlens store: it is not a SQLite database "
                         f"(wrong header; corrupt or another kind of file)")
    page_size = int.from_bytes(head[16:18], "big")
    page_size = 65536 if page_size == 1 else page_size
    pages = int.from_bytes(head[28:32], "big")
    header_size_valid = head[24:28] == head[92:96]
    try:
        wal_size = os.path.getsize(path + "-wal")
    except OSError:
        wal_size = 0
    if wal_size == 0 and header_size_valid and pages and size < pages * page_size:
        raise StoreError(f"{path} is truncated: its header declares {pages * page_size} "
                         f"bytes but the file has {size}; restore it from a backup")


def check_writable(path):
    """Refuse to write a store the user marked read-only (mode bits), even as root."""
    if os.path.exists(path):
        mode = os.stat(path).st_mode
        if not mode & 0o222 or not os.access(path, os.W_OK):
            raise StoreError(f"{path} is read-only; cannot write runs to it "
                             f"(make it writable or pass another store path)")
    directory = os.path.dirname(path) or "."
    if not os.access(directory, os.W_OK | os.X_OK):
        raise StoreError(f"cannot write to the folder {directory} of store {path}")


def _read_immutable(path):
    if os.path.exists(path + "-wal"):
        return False
    try:
        owner = os.stat(path).st_uid
    except OSError:
        return False
    directory = os.path.dirname(os.path.abspath(path))
    return owner != os.geteuid() or not os.access(directory, os.W_OK)


def _connect(path, readonly):
    """Open a connection in autocommit mode (we issue BEGIN/COMMIT ourselves)."""
    if readonly:
        # A reader must not create -wal/-shm files: owned by the reader, they lock the
        # owner out of a shared folder, and read-only media cannot hold them. Without a
        # -wal no connection has the store open, so a reader that is not the owner (or
        # cannot write the folder) reads it immutable: no locks, no side files. The C++
        # core (Database.cpp) follows the same rule.
        query = "immutable=1" if _read_immutable(path) else "mode=ro"
        uri = "file:" + urllib.parse.quote(os.path.abspath(path)) + "?" + query
        conn = sqlite3.connect(uri, uri=True, timeout=BUSY_TIMEOUT_MS / 1000,
                               isolation_level=None, check_same_thread=False)
    else:
        conn = sqlite3.connect(path, timeout=BUSY_TIMEOUT_MS / 1000,
                               isolation_level=None, check_same_thread=False)
    conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
    conn.execute("PRAGMA synchronous = NORMAL")
    return conn


def _identity(conn):
    """Return (user_version, application_id, number of schema objects)."""
    def read():
        version = conn.execute("PRAGMA user_version").fetchone()[0]
        app_id = conn.execute("PRAGMA application_id").fetchone()[0]
        objects = conn.execute("SELECT count(*) FROM sqlite_master").fetchone()[0]
        return version, app_id, objects
    return retry_busy(read, "read the store header")


def _check_identity(path, version, app_id, objects):
    """Raise StoreError unless the file is a Runlens store we may use (doc steps 2-3)."""
    known = known_version()
    if version > known:
        raise StoreError(f"{path} has schema version {version}, but this runlens package "
                         f"only knows versions up to {known}; upgrade runlens to use it "
                         f"(the file was not modified)")
    if app_id != APPLICATION_ID and (objects > 0 or app_id != 0 or version != 0):
        raise StoreError(f"{path} is a SQLite database but not a Runlens store "
                         f"(application_id {app_id:#x}, expected {APPLICATION_ID:#x}); "
                         f"the file was not modified")


def _migrate(conn, path):
    """Apply missing migrations inside one BEGIN IMMEDIATE, re-checking the version.

    Another process may have created or migrated the store between our first look and
    our lock, so the version is read again once the write lock is held.
    """
    with write_transaction(conn):
        version, app_id, objects = _identity(conn)
        _check_identity(path, version, app_id, objects)
        for number, _name, script in migrations():
            if number <= version:
                continue
            for statement in split_sql(script):
                conn.execute(statement)
            conn.execute(f"PRAGMA user_version = {number}")
        conn.execute(f"PRAGMA application_id = {APPLICATION_ID}")


def _prepare_writer(conn, new_file):
    """Page size (only takes effect on a file without pages yet), autocheckpoint, WAL."""
    if new_file:
        conn.execute(f"PRAGMA page_size = {NEW_STORE_PAGE_SIZE}")
    conn.execute(f"PRAGMA wal_autocheckpoint = {WAL_AUTOCHECKPOINT_PAGES}")
    retry_busy(lambda: conn.execute("PRAGMA journal_mode = WAL").fetchall(),
               "switch the store to WAL mode")


def open_store(path, readonly=False):
    """Open (and create or migrate, unless readonly) the store at `path`.

    Returns an autocommit sqlite3 connection usable from any thread under the caller's
    lock. Raises StoreError with a clear message for every problem with the file.
    """
    if readonly and not os.path.exists(path):
        raise StoreError(f"no store at {path}")
    if not readonly:
        os.makedirs(os.path.dirname(path) or ".", exist_ok=True)
        check_writable(path)
    check_file(path)
    conn = None
    try:
        with store_errors(path, "open the store"):
            conn = _connect(path, readonly)
            version, app_id, objects = _identity(conn)
            _check_identity(path, version, app_id, objects)
            if readonly:
                if version < known_version():
                    raise StoreError(f"{path} has schema version {version} and needs an "
                                     f"upgrade to {known_version()}, but it is opened read-only")
            else:
                _prepare_writer(conn, new_file=version == 0 and objects == 0)
                if version < known_version():
                    _migrate(conn, path)
        return conn
    except BaseException:
        if conn is not None:
            conn.close()
        raise
