"""PostgreSQL stores: the connection, transactions that survive the network, errors.

Imported only for a postgresql:// (or postgres://) store, and it alone imports
psycopg2, so `import runlens` and SQLite stores stay standard-library-only.

The shared code speaks the sqlite3 dialect of the DB-API (`?` placeholders,
conn.execute() returning a cursor); Connection translates that, so run.py, store.py
and the rest need no copy per engine. What differs beyond placeholders (chunks,
params, artifacts) lives in _pg_chunks.py, _engine.py and _pg_artifacts.py.

Transactions (docs/storage-format.md, "Concurrency rules for writers"): writes run at
READ COMMITTED and are retried when the server asks for it (serialization failure,
deadlock) and when the connection is lost (reconnecting with back-off). A COMMIT whose
answer was lost may have committed: its transaction id is checked with txid_status()
after reconnecting, so a retried flush never writes its points twice. Reads run in
REPEATABLE READ READ ONLY transactions: one snapshot per Store call.
"""

import contextlib
import functools
import random
import re
import time
import urllib.parse

from . import _pg_schema
from ._errors import StoreError
from ._paths import redacted

INSTALL_HINT = "apt-get install python3-psycopg2"
# How long a write keeps retrying a lost server before giving up (the SQLite busy
# retry's 60 s: the same patience for the same "the store is not available").
RETRY_SECONDS = 60.0
# SQLSTATEs whose transaction the server asks us to run again.
_RETRY_SQLSTATES = {"40001", "40P01"}   # serialization_failure, deadlock_detected
# Server going away: admin/crash shutdown, cannot connect now. Class 08 too (below).
_GONE_SQLSTATES = {"57P01", "57P02", "57P03"}
# Applied unless the URL says otherwise: fail a dead host in seconds rather than the
# kernel's minutes, and notice a silent network partition through keepalives.
_CONNECT_DEFAULTS = {"connect_timeout": "10", "keepalives": "1", "keepalives_idle": "10",
                     "keepalives_interval": "5", "keepalives_count": "3",
                     "application_name": "runlens"}

_BEGIN_WRITE = "BEGIN ISOLATION LEVEL READ COMMITTED"
_BEGIN_READ = "BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY"


def driver(location):
    """Import psycopg2, or raise the one-line StoreError saying what to install."""
    try:
        import psycopg2
        import psycopg2.extras  # noqa: F401  (execute_batch)
    except ImportError:
        raise StoreError(f"the PostgreSQL store {redacted(location)} needs psycopg2: "
                         f"{INSTALL_HINT}") from None
    return psycopg2


@functools.lru_cache(maxsize=256)
def translate(sql):
    """The shared code's `?` placeholders as psycopg2's `%s` (a literal % doubled).

    Only our own SQL texts pass here (user text always travels as a parameter), and
    none holds a `?` inside a string literal.
    """
    return sql.replace("%", "%%").replace("?", "%s")


class Unreachable(Exception):
    """The server could not be reached (connect failed, or the connection broke)."""


class Connection:
    """One psycopg2 connection in autocommit mode (BEGIN/COMMIT are ours), with the
    calls of sqlite3.Connection the shared code makes, and a reconnect()."""

    def __init__(self, location, psycopg2):
        self.location = location
        self.label = redacted(location)
        self.psycopg2 = psycopg2
        self.raw = None
        self._secrets = _secrets(location)

    # -- connecting ---------------------------------------------------------------

    def open(self):
        """(Re)connect; raise Unreachable with a one-line reason on failure."""
        self.close()
        try:
            settings = self.psycopg2.extensions.parse_dsn(self.location)
        except self.psycopg2.Error as error:
            raise StoreError(f"{self.label} is not a valid PostgreSQL URL: "
                             f"{self.reason(error)}") from None
        extra = {k: v for k, v in _CONNECT_DEFAULTS.items() if k not in settings}
        try:
            self.raw = self.psycopg2.connect(self.location, **extra)
        except self.psycopg2.Error as error:
            raise Unreachable(self.reason(error)) from None
        self.raw.autocommit = True
        return self

    @property
    def broken(self):
        return self.raw is None or self.raw.closed != 0

    def ensure_open(self):
        if self.broken:
            self.open()

    def close(self):
        if self.raw is not None:
            try:
                self.raw.close()
            except self.psycopg2.Error:
                pass
            self.raw = None

    # -- the sqlite3-like calls -----------------------------------------------------

    def execute(self, sql, args=()):
        cursor = self.raw.cursor()
        cursor.execute(translate(sql), tuple(args))
        return cursor

    def executemany(self, sql, rows):
        cursor = self.raw.cursor()
        self.psycopg2.extras.execute_batch(cursor, translate(sql), rows, page_size=64)
        return cursor

    def copy_in(self, statement, stream):
        """COPY ... FROM STDIN with the bytes of a file-like stream."""
        with self.raw.cursor() as cursor:
            cursor.copy_expert(statement, stream, size=1 << 20)

    # -- words ------------------------------------------------------------------------

    def reason(self, error):
        """A psycopg2 error as one line, never holding the password."""
        return describe(error, self._secrets)

    def lost(self, error):
        """True when `error` means the connection is gone (retry after reconnecting)."""
        if isinstance(error, Unreachable):
            return True
        code = getattr(error, "pgcode", None) or ""
        if code.startswith("08") or code in _GONE_SQLSTATES:
            return True
        if isinstance(error, self.psycopg2.InterfaceError):
            return self.broken
        # An OperationalError without SQLSTATE comes from libpq, not from the server:
        # the link broke (sent, received or reconnecting), whatever its wording.
        return isinstance(error, self.psycopg2.OperationalError) and (
            self.broken or not code)

    def retryable(self, error):
        return self.lost(error) or getattr(error, "pgcode", None) in _RETRY_SQLSTATES


def _secrets(location):
    """The password texts of a URL (raw and percent-decoded) to scrub from messages."""
    found = set()
    try:
        parts = urllib.parse.urlsplit(location)
        if parts.password:
            found.add(parts.password)
        for key, value in urllib.parse.parse_qsl(parts.query):
            if key.lower() == "password" and value:
                found.add(value)
    except ValueError:
        pass
    found |= {urllib.parse.unquote(text) for text in found}
    return tuple(sorted((text for text in found if text), key=len, reverse=True))


def describe(error, secrets=()):
    """One line a user can act on, from a psycopg2 (or our Unreachable) error."""
    text = getattr(error, "pgerror", None) or str(error)
    lines = [line.strip() for line in text.splitlines() if line.strip()]
    line = lines[0] if lines else type(error).__name__
    line = re.sub(r"\bFATAL:\s+", "", line)
    lower = line.lower()
    if "password authentication failed" in lower:
        line += " (wrong user name or password)"
    elif "could not translate host name" in lower:
        line += " (unknown host)"
    elif "no such file or directory" in lower or "connection refused" in lower:
        line += " (is the server running, at that host and port?)"
    elif "timeout expired" in lower:
        line = "the server did not answer in time (timeout expired)"
    elif "server closed the connection unexpectedly" in lower:
        line = "the server closed the connection"
    for secret in secrets:
        line = line.replace(secret, "***")
    return line


# -- opening ------------------------------------------------------------------------

def open_store(location, readonly=False):
    """Connect to the store at a postgresql:// location; create or migrate it unless
    readonly. A user who may not create tables (a viewer) gets a clear refusal for a
    store that is missing or needs an upgrade; an up-to-date store opens for reading."""
    psycopg2 = driver(location)
    conn = Connection(location, psycopg2)
    try:
        conn.open()
    except Unreachable as error:
        raise StoreError(f"cannot open the PostgreSQL store {conn.label}: {error}") from None
    try:
        with store_errors(conn, "open the store"):
            _bring_up_to_date(conn, readonly)
        return conn
    except BaseException:
        conn.close()
        raise


def _bring_up_to_date(conn, readonly):
    version = _pg_schema.schema_version(conn.raw)
    known = _pg_schema.known_version()
    if version >= known:
        return
    what = ("has no Runlens store yet" if version == 0 else
            f"has a store of schema version {version} that needs an upgrade to {known}")
    if readonly:
        raise StoreError(f"{conn.label} {what}, but it is opened read-only; a writer "
                         f"(a run logged by a user who may create tables) sets it up")
    try:
        _pg_schema.migrate(conn.raw)
    except conn.psycopg2.errors.InsufficientPrivilege:
        raise StoreError(f"{conn.label} {what}, and this user may not create its tables "
                         f"(permission denied); a user with CREATE rights on the schema "
                         f"sets it up with a first run, then viewers can read it") from None


# -- transactions -------------------------------------------------------------------

@contextlib.contextmanager
def store_errors(conn, action):
    """Re-raise driver errors (other than our own StoreError) as one-line StoreErrors."""
    try:
        yield
    except StoreError:
        raise
    except Unreachable as error:
        raise StoreError(f"cannot {action} {conn.label}: the server cannot be reached: "
                         f"{error}") from None
    except conn.psycopg2.Error as error:
        raise StoreError(f"cannot {action} {conn.label}: {conn.reason(error)}") from None


def run_write(conn, action, patience=None):
    """Run action(conn) in one READ COMMITTED transaction and return its result.

    Retried, from the start, on a lost connection (reconnecting) and on the errors the
    server asks to retry, for `patience` seconds (None: RETRY_SECONDS); then the last
    error is raised (as Unreachable or the driver's error; store_errors words it).
    action must therefore be repeatable: it is, since every write is built from values
    held in memory.
    """
    deadline = time.monotonic() + (RETRY_SECONDS if patience is None else patience)
    delay = 0.05
    pending = None   # (txid, result) of a COMMIT whose answer was lost
    while True:
        try:
            if pending is not None:
                conn.ensure_open()
                if _committed(conn, pending[0]):
                    return pending[1]
                pending = None
            return _attempt(conn, action)
        except _CommitUnknown as unknown:
            pending, error = (unknown.txid, unknown.result), unknown.error
        except Exception as caught:
            if not conn.retryable(caught):
                _roll_back(conn)
                raise
            error = caught
        _roll_back(conn)
        if time.monotonic() >= deadline:
            if pending is not None:
                raise StoreError(f"cannot write to {conn.label}: the connection was lost "
                                 f"during COMMIT and the server stayed unreachable, so "
                                 f"whether the write was kept is unknown") from None
            raise error
        time.sleep(delay * (0.5 + random.random()))
        delay = min(delay * 2, 2.0)


class _CommitUnknown(Exception):
    """The connection broke during COMMIT: the write may or may not be kept."""

    def __init__(self, txid, result, error):
        super().__init__(str(error))
        self.txid, self.result, self.error = txid, result, error


def _attempt(conn, action):
    conn.ensure_open()
    conn.execute(_BEGIN_WRITE)
    txid = conn.execute("SELECT txid_current()").fetchone()[0]
    result = action(conn)
    try:
        conn.execute("COMMIT")
    except conn.psycopg2.Error as error:
        if conn.lost(error):
            raise _CommitUnknown(txid, result, error) from None
        raise
    return result


def _committed(conn, txid):
    """Whether transaction txid committed; waits while the server still runs it."""
    while True:
        status = conn.execute("SELECT txid_status(?)", (txid,)).fetchone()[0]
        if status != "in progress":
            return status == "committed"
        time.sleep(0.05)


def _roll_back(conn):
    """End a failed transaction, if the connection still has one."""
    if conn.broken:
        return
    try:
        if conn.raw.get_transaction_status() != conn.psycopg2.extensions.TRANSACTION_STATUS_IDLE:
            conn.raw.cursor().execute("ROLLBACK")
    except conn.psycopg2.Error:
        conn.close()


@contextlib.contextmanager
def read_transaction(conn):
    """One REPEATABLE READ READ ONLY transaction; reconnects first if the link broke."""
    conn.ensure_open()
    conn.execute(_BEGIN_READ)
    try:
        yield conn
    except BaseException:
        _roll_back(conn)
        raise
    conn.execute("COMMIT")
