"""The two engines behind one client: what differs between a SQLite file and PostgreSQL.

The shared code (run.py, store.py, _writer.py, _start.py, ...) writes SQL that both
engines run, and asks the store's engine for the rest: how to open it and run a
transaction, how chunks are appended, how a param value is kept, where artifacts
live. engine_for() picks one from the store location; the PostgreSQL engine is
imported only for a postgresql:// store, so SQLite use never imports psycopg2.
"""

import contextlib
import os

from . import _chunks, _db
from ._errors import StoreError
from ._paths import is_postgres


def engine_for(location):
    """The engine of a store location (a file path or a postgresql:// URL)."""
    if is_postgres(location):
        return PostgreSQL
    return SQLite


class SQLite:
    """A store file (docs/storage-format.md), artifacts as files beside it."""

    name = "SQLite"
    artifacts_in_database = False
    # A failing flush is said at once, in the words of a file that cannot be written.
    quiet_failure_seconds = 0.0
    says_outages = False
    # params.value keeps the SQLite type it was written with: one column, as it is.
    param_columns = "value"
    param_placeholders = "?"
    param_update = "value = excluded.value"
    param_select = "value"

    @staticmethod
    def label(location):
        return location

    @staticmethod
    def open(location, readonly=False):
        return _db.open_store(location, readonly)

    @staticmethod
    def reader_is_read_only(location):
        """True when the store exists but may not be written (open it read-only then)."""
        if not os.path.exists(location):
            return False
        try:
            _db.check_writable(location)
        except StoreError:
            return True
        return False

    @staticmethod
    def write(conn, location, action, patience=None):
        """action(conn) in one BEGIN IMMEDIATE transaction (busy waits retried)."""
        with _db.store_errors(location, "write to"):
            with _db.write_transaction(conn):
                return action(conn)

    @staticmethod
    @contextlib.contextmanager
    def read(conn, location, what):
        """A read transaction (one snapshot); sqlite3 errors as StoreError."""
        with _db.store_errors(location, what), _db.read_transaction(conn):
            yield conn

    @staticmethod
    def append_batch(conn, run_pk, key, slice_, steps, vals, times):
        return _chunks.append_batch(conn, run_pk, key, slice_, steps, vals, times)

    @staticmethod
    def param_args(value):
        return (value,)

    @staticmethod
    def param_read(value):
        return value


class PostgreSQL:
    """A schema of a PostgreSQL database (storage-format.md, "PostgreSQL form"),
    artifacts in its artifact_parts table. Its modules load on first use."""

    name = "PostgreSQL"
    artifacts_in_database = True
    # A server restart or a short outage is retried quietly; a writer cut off for as
    # long as a write's patience (_pg.RETRY_SECONDS) names its runs on stderr, and
    # says when it can write again.
    quiet_failure_seconds = 60.0
    says_outages = True
    # params: the value as text and its kind ('i', 'r', 't'); read back as kind+text.
    param_columns = "value, value_kind"
    param_placeholders = "?, ?"
    param_update = "value = excluded.value, value_kind = excluded.value_kind"
    param_select = "value_kind || value"

    @staticmethod
    def label(location):
        from ._paths import redacted
        return redacted(location)

    @staticmethod
    def open(location, readonly=False):
        from . import _pg
        return _pg.open_store(location, readonly)

    @staticmethod
    def reader_is_read_only(location):
        # The server decides what this user may do: a reader opens as a writer would
        # (creating or migrating the store) and a viewer gets a clear refusal there.
        return False

    @staticmethod
    def write(conn, location, action, patience=None):
        from . import _pg
        with _pg.store_errors(conn, "write to"):
            return _pg.run_write(conn, action, patience)

    @staticmethod
    @contextlib.contextmanager
    def read(conn, location, what):
        from . import _pg
        with _pg.store_errors(conn, what), _pg.read_transaction(conn):
            yield conn

    @staticmethod
    def append_batch(conn, run_pk, key, slice_, steps, vals, times):
        from . import _pg_chunks
        return _pg_chunks.append_batch(conn, run_pk, key, slice_, steps, vals, times)

    @staticmethod
    def param_args(value):
        """(text, kind) as the schema's CHECK wants them: canonical ints, repr floats
        (_validate already turned NaN into the text 'nan' and bools into text)."""
        if isinstance(value, int):
            return (str(value), "i")
        if isinstance(value, float):
            return (repr(value), "r")
        return (value, "t")

    @staticmethod
    def param_read(value):
        kind, text = value[0], value[1:]
        if kind == "i":
            return int(text)
        if kind == "r":
            return float(text)
        return text

