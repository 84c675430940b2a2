"""The store schema on PostgreSQL: its migration files and the runner that applies them.

docs/storage-format.md ("PostgreSQL form") is the contract. The migrations live in
schema/postgresql/, numbered like the SQLite ones in schema/ (the same versions, the
same tables; tests/python/test_pg_schema.py keeps the two from drifting).

Nothing public reaches this module yet: it is the groundwork of issue 14, on which the
psycopg2 client of `postgresql://` stores is built. It takes an open psycopg2
connection and imports no driver itself, so `import runlens` never needs psycopg2.
"""

import importlib.resources

from ._db import read_migrations
from ._errors import StoreError

# The identity SQLite keeps in PRAGMA application_id ("RLNS"), kept here as text in
# runlens_meta together with the schema version.
APPLICATION_ID = "RLNS"
META_TABLE = "runlens_meta"
# pg_advisory_xact_lock key that serialises migrations of all stores in one database:
# the SQLite application_id 0x524C4E53 ("RLNS"). Taken by every migrating writer, held
# to the end of its transaction.
MIGRATION_LOCK_KEY = 0x524C4E53

_migrations_cache = None
# psycopg2.extensions.TRANSACTION_STATUS_IDLE, named here without importing psycopg2.
_TRANSACTION_STATUS_IDLE = 0


def migrations():
    """Return [(version, filename, sql)] from schema/postgresql/, in order.

    Versions must be 1, 2, ... without gaps, like the SQLite folder's.
    """
    global _migrations_cache
    if _migrations_cache is None:
        root = importlib.resources.files(__package__) / "schema" / "postgresql"
        _migrations_cache = read_migrations(root, "PostgreSQL schema files")
    return _migrations_cache


def known_version():
    """The newest PostgreSQL schema version this package can read and write."""
    return migrations()[-1][0]


def _quote_ident(name):
    """A schema name as an SQL identifier. Schema names come from the server
    (current_schema()), never from user text, but may hold any character."""
    return '"' + name.replace('"', '""') + '"'


def _where(cur):
    """(schema, words naming the store for messages). No host, user or password: those
    belong to the connection string, which messages never repeat."""
    cur.execute("SELECT current_schema(), current_database()")
    schema, database = cur.fetchone()
    if schema is None:
        raise StoreError(f"PostgreSQL database {database!r}: no schema of the search_path "
                         f"exists, so there is nowhere to keep the store")
    return schema, f"PostgreSQL store (database {database!r}, schema {schema!r})"


def _read_version(cur):
    """The store's schema version in the current schema, 0 for an empty schema.

    Refuses (StoreError) a newer schema, and a schema that holds tables but is not a
    Runlens store; neither is modified. Mirrors _db._check_identity for SQLite.
    """
    schema, where = _where(cur)
    cur.execute("SELECT c.relname FROM pg_catalog.pg_class c "
                "JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace "
                "WHERE n.nspname = %s AND c.relkind IN ('r', 'p', 'v', 'm', 'f')",
                (schema,))
    relations = {name for (name,) in cur.fetchall()}
    if META_TABLE not in relations:
        if relations:
            raise StoreError(f"{where} has tables but is not a Runlens store (no "
                             f"{META_TABLE} table); it was left unchanged")
        return 0
    cur.execute(f"SELECT key, value FROM {_quote_ident(schema)}.{META_TABLE} "
                f"WHERE key IN ('application_id', 'schema_version')")
    meta = dict(cur.fetchall())
    if meta.get("application_id") != APPLICATION_ID:
        raise StoreError(f"{where} is not a Runlens store (application_id "
                         f"{meta.get('application_id')!r}, expected {APPLICATION_ID!r}); "
                         f"it was left unchanged")
    text = meta.get("schema_version", "")
    if not text.isdigit():
        raise StoreError(f"{where} is damaged: its schema version {text!r} is not a "
                         f"number; it was left unchanged")
    version = int(text)
    known = known_version()
    if version > known:
        raise StoreError(f"{where} has schema version {version}, but this runlens package "
                         f"only knows versions up to {known}; upgrade runlens to use it "
                         f"(the database was not modified)")
    return version


def schema_version(conn):
    """The schema version of the store in conn's current schema (0: none yet), read
    in a transaction of its own. Raises StoreError as migrate() does."""
    return _in_transaction(conn, _read_version)


def migrate(conn, upto=None):
    """Create or bring up to date the store in conn's current schema; return its version.

    conn is a psycopg2 connection outside any transaction; it is left that way, with
    its autocommit setting as it was. `upto` stops at an older version (for tests of
    migrations). The rules of docs/storage-format.md:
    - a first look without locking: a store already up to date costs no lock;
    - else one transaction under pg_advisory_xact_lock(MIGRATION_LOCK_KEY) that reads
      the version again (another writer may have migrated while we waited), applies
      each missing migration in order and writes runlens_meta, all or nothing;
    - a newer schema, or a schema that is not a store, is refused and left unchanged.
    Errors of the server (e.g. no right to create tables) are raised as the driver's.
    """
    target = known_version() if upto is None else upto
    if not 0 <= target <= known_version():
        raise ValueError(f"no PostgreSQL schema version {target}")
    version = schema_version(conn)
    if version >= target:
        return version

    def apply(cur):
        # The lock must be taken before the transaction's snapshot matters: under READ
        # COMMITTED every statement after the lock sees what the writer before us
        # committed. Under REPEATABLE READ (a database may default to it) the snapshot
        # would date from before the wait, and we would re-create existing tables.
        cur.execute("SET TRANSACTION ISOLATION LEVEL READ COMMITTED")
        cur.execute("SELECT pg_advisory_xact_lock(%s)", (MIGRATION_LOCK_KEY,))
        current = _read_version(cur)
        for number, _name, script in migrations():
            if current < number <= target:
                # No parameters: psycopg2 sends the script as it is, '%' included,
                # and the server runs its statements in this transaction.
                cur.execute(script)
        if target > current:
            schema, _ = _where(cur)
            for key, value in (("application_id", APPLICATION_ID),
                               ("schema_version", str(target))):
                cur.execute(f"INSERT INTO {_quote_ident(schema)}.{META_TABLE} (key, value) "
                            f"VALUES (%s, %s) ON CONFLICT (key) DO UPDATE "
                            f"SET value = excluded.value", (key, value))
        return max(current, target)

    return _in_transaction(conn, apply)


def _in_transaction(conn, work):
    """Run work(cursor) in one transaction of conn: commit if it returns, roll back if
    it raises; conn's autocommit setting is restored either way."""
    if conn.get_transaction_status() != _TRANSACTION_STATUS_IDLE:
        raise ValueError("the connection is inside a transaction; the store's schema is "
                         "read and migrated in transactions of its own")
    autocommit = conn.autocommit
    conn.autocommit = False
    try:
        try:
            with conn.cursor() as cur:
                result = work(cur)
            conn.commit()
            return result
        except BaseException:
            if not conn.closed:
                conn.rollback()
            raise
    finally:
        if not conn.closed:
            conn.autocommit = autocommit
