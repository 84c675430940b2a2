"""The PostgreSQL schema against the SQLite one, so the two engines cannot drift apart.

The SQLite store is made by the client's own code (runlens._db), the PostgreSQL one by
runlens._pg_schema in a schema of its own on a throwaway cluster (tests/support/
pg_cluster.py), and the two catalogs are compared table by table, column by column.
The documented differences (docs/storage-format.md, "PostgreSQL form") are listed
below; anything else that differs is drift. Then the migration runner (idempotent,
concurrent, refusing newer or foreign schemas) and the edit-time triggers, run side by
side on both engines.

Skips with one line when psycopg2 or the PostgreSQL server binaries are absent.
"""

import os
import re
import shutil
import sqlite3
import subprocess
import sys
import tempfile
import threading
import time
import unittest

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.normpath(os.path.join(HERE, "..", "support")))

import client_testing  # noqa: E402  (puts the client on sys.path)
import pg_cluster  # noqa: E402
from runlens import _db, _pg_schema  # noqa: E402
from runlens._errors import StoreError  # noqa: E402

# -- the documented differences -------------------------------------------------------

# SQLite declared type -> PostgreSQL type that keeps its meaning.
TYPES = {"INTEGER": "bigint", "REAL": "double precision", "TEXT": "text", "BLOB": "bytea"}
# SQLite keeps the identity and version in PRAGMA application_id / user_version.
PG_ONLY_TABLES = {"runlens_meta", "artifact_parts"}
# params.value is untyped in SQLite (INTEGER, REAL or TEXT as logged); on PostgreSQL it is
# text, with the kind in value_kind right after it, and two checks that keep both honest.
UNTYPED_COLUMNS = {("params", "value"): "text"}
PG_ONLY_COLUMNS = {("params", "value_kind"): "value"}  # column -> the column it follows
PG_ONLY_CHECKS = {"params": 2}  # checks that name value_kind

FK_ACTIONS = {"a": "NO ACTION", "r": "RESTRICT", "c": "CASCADE", "n": "SET NULL",
              "d": "SET DEFAULT"}

PG = None
psycopg2 = None


def setUpModule():
    global PG, psycopg2
    psycopg2 = pg_cluster.require_psycopg2()  # before spending seconds on a server
    PG = pg_cluster.shared()


def tearDownModule():
    pg_cluster.stop_shared()


# -- reading the two catalogs into one form -------------------------------------------

def _normalize_check(text):
    """One spelling for a CHECK of either engine: PostgreSQL prints `x = ANY (ARRAY[...])`
    with casts where SQLite keeps the `x IN (...)` as written."""
    text = re.sub(r"^CHECK\s*", "", text.strip())
    text = text.replace("::text", "")
    text = re.sub(r"(\w+) = ANY \(ARRAY\[(.*?)\]\)", r"\1 IN (\2)", text)
    return re.sub(r"[\s()]", "", text)


def _sqlite_checks(create_sql):
    """The CHECK expressions of a CREATE TABLE text (SQLite has no catalog of them)."""
    sql = re.sub(r"--[^\n]*", "", create_sql)
    checks = []
    for match in re.finditer(r"\bCHECK\s*\(", sql):
        depth, start = 0, match.end() - 1
        for pos in range(start, len(sql)):
            depth += {"(": 1, ")": -1}.get(sql[pos], 0)
            if depth == 0:
                checks.append(_normalize_check(sql[start:pos + 1]))
                break
    return sorted(checks)


def describe_sqlite(path):
    """{table: description} of a SQLite store, with types already mapped to PostgreSQL's."""
    conn = sqlite3.connect(path)
    try:
        tables = {}
        for name, sql in conn.execute("SELECT name, sql FROM sqlite_master WHERE type = 'table' "
                                      "AND name NOT LIKE 'sqlite_%'"):
            info = conn.execute(f"PRAGMA table_info({name})").fetchall()
            pk = tuple(col for _, col, *_rest, pos in sorted(info, key=lambda r: r[5]) if pos)
            columns = []
            for _cid, col, declared, notnull, default, pos in info:
                rowid_alias = pk == (col,) and declared.upper() == "INTEGER"
                kind = UNTYPED_COLUMNS.get((name, col)) if not declared else TYPES[declared.upper()]
                columns.append((col, kind, bool(notnull or pos), default, rowid_alias))
            uniques, indexes = set(), set()
            for _seq, index, unique, origin, _partial in conn.execute(f"PRAGMA index_list({name})"):
                cols = tuple(r[2] for r in conn.execute(f"PRAGMA index_info({index})"))
                if origin == "u":
                    uniques.add(cols)
                elif origin == "c":
                    indexes.add((index, bool(unique), cols))
            fks = {}
            for fk_id, _seq, ref, src, dst, on_update, on_delete, _match in conn.execute(
                    f"PRAGMA foreign_key_list({name})"):
                entry = fks.setdefault(fk_id, [ref, [], [], on_update, on_delete])
                entry[1].append(src)
                entry[2].append(dst)
            tables[name] = {
                "columns": columns, "primary_key": pk, "unique": uniques, "indexes": indexes,
                "foreign_keys": {(tuple(s), r, tuple(d), u, dl) for r, s, d, u, dl in fks.values()},
                "checks": _sqlite_checks(sql),
            }
        return tables
    finally:
        conn.close()


def describe_pg(cur, schema):
    """{table: description} of one schema of a PostgreSQL database, in the same form."""
    cur.execute("""
        SELECT c.relname, a.attname, format_type(a.atttypid, a.atttypmod), a.attnotnull,
               pg_get_expr(d.adbin, d.adrelid), a.attidentity
        FROM pg_class c
        JOIN pg_namespace n ON n.oid = c.relnamespace
        JOIN pg_attribute a ON a.attrelid = c.oid AND a.attnum > 0 AND NOT a.attisdropped
        LEFT JOIN pg_attrdef d ON d.adrelid = c.oid AND d.adnum = a.attnum
        WHERE n.nspname = %s AND c.relkind = 'r'
        ORDER BY c.relname, a.attnum""", (schema,))
    tables = {}
    for table, col, kind, notnull, default, identity in cur.fetchall():
        if default is not None:
            default = re.sub(r"::[a-z ]+$", "", default)  # ''::text -> ''
        entry = tables.setdefault(table, {"columns": [], "primary_key": (), "unique": set(),
                                          "indexes": set(), "foreign_keys": set(),
                                          "checks": []})
        # identity 'd' = GENERATED BY DEFAULT, the counterpart of SQLite's rowid alias.
        entry["columns"].append((col, kind, notnull, default, identity == "d"))
    cur.execute("""
        SELECT c.relname, k.contype, pg_get_constraintdef(k.oid),
               ARRAY(SELECT a.attname FROM unnest(k.conkey) WITH ORDINALITY u(num, ord)
                     JOIN pg_attribute a ON a.attrelid = k.conrelid AND a.attnum = u.num
                     ORDER BY u.ord),
               f.relname,
               ARRAY(SELECT a.attname FROM unnest(k.confkey) WITH ORDINALITY u(num, ord)
                     JOIN pg_attribute a ON a.attrelid = k.confrelid AND a.attnum = u.num
                     ORDER BY u.ord),
               k.confupdtype, k.confdeltype
        FROM pg_constraint k
        JOIN pg_class c ON c.oid = k.conrelid
        JOIN pg_namespace n ON n.oid = c.relnamespace
        LEFT JOIN pg_class f ON f.oid = k.confrelid
        WHERE n.nspname = %s""", (schema,))
    for table, kind, definition, cols, ref, ref_cols, on_update, on_delete in cur.fetchall():
        entry = tables[table]
        if kind == "p":
            entry["primary_key"] = tuple(cols)
        elif kind == "u":
            entry["unique"].add(tuple(cols))
        elif kind == "f":
            entry["foreign_keys"].add((tuple(cols), ref, tuple(ref_cols),
                                       FK_ACTIONS[on_update], FK_ACTIONS[on_delete]))
        elif kind == "c":
            entry["checks"].append(_normalize_check(definition))
    for entry in tables.values():
        entry["checks"].sort()
    # Indexes that no constraint made (CREATE INDEX), like SQLite's origin 'c'.
    cur.execute("""
        SELECT t.relname, i.relname, x.indisunique,
               ARRAY(SELECT a.attname FROM unnest(x.indkey::int2[]) WITH ORDINALITY u(num, ord)
                     JOIN pg_attribute a ON a.attrelid = x.indrelid AND a.attnum = u.num
                     ORDER BY u.ord)
        FROM pg_index x
        JOIN pg_class i ON i.oid = x.indexrelid
        JOIN pg_class t ON t.oid = x.indrelid
        JOIN pg_namespace n ON n.oid = t.relnamespace
        WHERE n.nspname = %s
          AND NOT EXISTS (SELECT 1 FROM pg_constraint k WHERE k.conindid = x.indexrelid)""",
                (schema,))
    for table, index, unique, cols in cur.fetchall():
        tables[table]["indexes"].add((index, unique, tuple(cols)))
    return tables


def sqlite_store(folder, upto=None):
    """A SQLite store made by the client; upto stops at an older version, applying the
    migration files the way _db does."""
    path = os.path.join(folder, f"store{upto or ''}.db")
    if upto is None:
        _db.open_store(path).close()
        return path
    conn = sqlite3.connect(path, isolation_level=None)
    try:
        for number, _name, script in _db.migrations()[:upto]:
            for statement in _db.split_sql(script):
                conn.execute(statement)
        conn.execute(f"PRAGMA user_version = {upto}")
        conn.execute(f"PRAGMA application_id = {_db.APPLICATION_ID}")
    finally:
        conn.close()
    return path


class PgTestCase(unittest.TestCase):
    """Each test gets a schema of its own; connections are closed after it."""

    def setUp(self):
        self.schema = PG.fresh_schema()

    def connect(self, autocommit=False):
        conn = PG.connect(schema=self.schema)
        conn.autocommit = autocommit
        self.addCleanup(conn.close)
        return conn

    def snapshot(self, conn):
        """The schema's catalog and its meta rows: equal snapshots mean untouched."""
        with conn.cursor() as cur:
            tables = describe_pg(cur, self.schema)
            meta = None
            if "runlens_meta" in tables:
                cur.execute("SELECT key, value, xmin::text FROM runlens_meta ORDER BY key")
                meta = cur.fetchall()
        conn.rollback()
        return tables, meta


# -- the comparison -------------------------------------------------------------------

class SchemaParity(unittest.TestCase):

    @classmethod
    def setUpClass(cls):
        folder = tempfile.mkdtemp(prefix="runlens-pg-schema-")
        cls.addClassCleanup(shutil.rmtree, folder, True)
        cls.sqlite = describe_sqlite(sqlite_store(folder))
        schema = PG.fresh_schema()
        conn = PG.connect(schema=schema)
        try:
            _pg_schema.migrate(conn)
            with conn.cursor() as cur:
                cls.pg = describe_pg(cur, schema)
        finally:
            conn.close()

    def test_same_migration_files(self):
        self.assertEqual([name for _, name, _ in _pg_schema.migrations()],
                         [name for _, name, _ in _db.migrations()])
        self.assertEqual(_pg_schema.known_version(), _db.known_version())

    def test_same_tables(self):
        self.assertEqual(set(self.pg) - PG_ONLY_TABLES, set(self.sqlite))
        self.assertEqual(PG_ONLY_TABLES - set(self.pg), set(), "documented table missing")

    def test_same_columns_in_the_same_order(self):
        for table, sqlite_table in self.sqlite.items():
            with self.subTest(table=table):
                expected = []
                for column in sqlite_table["columns"]:
                    expected.append(column)
                    for (t, extra), after in PG_ONLY_COLUMNS.items():
                        if t == table and after == column[0]:
                            expected.append(next((c for c in self.pg[table]["columns"]
                                                  if c[0] == extra), (extra, "missing")))
                # (name, type, NOT NULL, default, identity) each
                self.assertEqual(self.pg[table]["columns"], expected)

    def test_documented_column_differences(self):
        columns = {c[0]: c for c in self.pg["params"]["columns"]}
        self.assertEqual(columns["value"][1:4], ("text", True, None))
        self.assertEqual(columns["value_kind"][1:4], ("text", True, None))
        sqlite_value = next(c for c in self.sqlite["params"]["columns"] if c[0] == "value")
        self.assertEqual(sqlite_value[1:4], ("text", True, None))  # mapped from untyped

    def test_same_keys_and_constraints(self):
        for table, sqlite_table in self.sqlite.items():
            pg_table = self.pg[table]
            for part in ("primary_key", "unique", "foreign_keys", "indexes"):
                with self.subTest(table=table, part=part):
                    self.assertEqual(pg_table[part], sqlite_table[part])
            with self.subTest(table=table, part="checks"):
                own = [c for c in pg_table["checks"] if "value_kind" in c]
                self.assertEqual(len(own), PG_ONLY_CHECKS.get(table, 0))
                self.assertEqual([c for c in pg_table["checks"] if c not in own],
                                 sqlite_table["checks"])

    def test_no_narrow_types(self):
        # DESIGN.md: never real (timestamps would round to minutes), never integer ids.
        for table, description in self.pg.items():
            for name, kind, *_ in description["columns"]:
                with self.subTest(column=f"{table}.{name}"):
                    self.assertIn(kind, {"bigint", "double precision", "text", "bytea"})


# -- the migration runner -------------------------------------------------------------

class Migrations(PgTestCase):

    def test_new_schema_gets_meta(self):
        conn = self.connect()
        self.assertEqual(_pg_schema.schema_version(conn), 0)
        self.assertEqual(_pg_schema.migrate(conn), _pg_schema.known_version())
        with conn.cursor() as cur:
            cur.execute("SELECT key, value FROM runlens_meta ORDER BY key")
            self.assertEqual(cur.fetchall(), [("application_id", "RLNS"),
                                              ("schema_version", str(_db.known_version()))])
        conn.rollback()

    def test_applying_twice_is_a_no_op(self):
        conn = self.connect()
        _pg_schema.migrate(conn)
        before = self.snapshot(conn)
        self.assertEqual(_pg_schema.migrate(conn), _pg_schema.known_version())
        self.assertEqual(self.snapshot(conn), before)  # xmin too: the meta rows not rewritten

    def test_connection_left_as_found(self):
        for autocommit in (False, True):
            conn = self.connect(autocommit)
            _pg_schema.migrate(conn)
            self.assertEqual(conn.autocommit, autocommit)
            self.assertEqual(conn.get_transaction_status(),
                             psycopg2.extensions.TRANSACTION_STATUS_IDLE)
        with conn.cursor() as cur:
            cur.execute("SELECT 1")
        conn.autocommit = False
        with conn.cursor() as cur:
            cur.execute("SELECT 1")
        with self.assertRaisesRegex(ValueError, "inside a transaction"):
            _pg_schema.migrate(conn)

    def test_concurrent_appliers_end_with_one_schema(self):
        start = threading.Barrier(4)
        results, errors = [], []

        def apply():
            conn = PG.connect(schema=self.schema)
            try:
                start.wait()
                results.append(_pg_schema.migrate(conn))
            except Exception as error:  # reported below, with the others
                errors.append(error)
            finally:
                conn.close()
        threads = [threading.Thread(target=apply) for _ in range(4)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join(60)
        self.assertEqual(errors, [])
        self.assertEqual(results, [_pg_schema.known_version()] * 4)
        tables, meta = self.snapshot(self.connect())
        # The same catalog as one applier alone makes.
        alone = PG.fresh_schema()
        conn = PG.connect(schema=alone)
        self.addCleanup(conn.close)
        _pg_schema.migrate(conn)
        with conn.cursor() as cur:
            self.assertEqual(tables, describe_pg(cur, alone))
        self.assertEqual([m[:2] for m in meta], [("application_id", "RLNS"),
                                                 ("schema_version", str(_db.known_version()))])

    def test_migration_waits_for_the_advisory_lock(self):
        holder = self.connect(autocommit=True)
        with holder.cursor() as cur:
            cur.execute("SELECT pg_advisory_lock(%s)", (_pg_schema.MIGRATION_LOCK_KEY,))
        done = []
        conn = self.connect()
        worker = threading.Thread(target=lambda: done.append(_pg_schema.migrate(conn)))
        worker.start()
        time.sleep(0.5)
        self.assertEqual(done, [], "migrated without the lock")
        self.assertEqual(_pg_schema.schema_version(self.connect()), 0)
        with holder.cursor() as cur:
            cur.execute("SELECT pg_advisory_unlock(%s)", (_pg_schema.MIGRATION_LOCK_KEY,))
        worker.join(30)
        self.assertEqual(done, [_pg_schema.known_version()])

    def test_newer_schema_is_refused_and_left_unchanged(self):
        conn = self.connect(autocommit=True)
        _pg_schema.migrate(conn)
        with conn.cursor() as cur:
            cur.execute("UPDATE runlens_meta SET value = '99' WHERE key = 'schema_version'")
        before = self.snapshot(conn)
        for action in (_pg_schema.migrate, _pg_schema.schema_version):
            with self.subTest(action=action.__name__):
                with self.assertRaises(StoreError) as caught:
                    action(conn)
                message = str(caught.exception)
                self.assertIn("schema version 99", message)
                self.assertIn(f"up to {_pg_schema.known_version()}", message)
                self.assertIn(self.schema, message)
                self.assertTrue(conn.autocommit)
                self.assertEqual(self.snapshot(conn), before)

    def test_foreign_schema_is_refused_and_left_unchanged(self):
        conn = self.connect(autocommit=True)
        with conn.cursor() as cur:
            cur.execute("CREATE TABLE runs (id int)")
        before = self.snapshot(conn)
        with self.assertRaisesRegex(StoreError, "has tables but is not a Runlens store"):
            _pg_schema.migrate(conn)
        self.assertEqual(self.snapshot(conn), before)
        with conn.cursor() as cur:
            cur.execute("CREATE TABLE runlens_meta (key text PRIMARY KEY, value text)")
            cur.execute("INSERT INTO runlens_meta VALUES ('application_id', 'XXXX'), "
                        "('schema_version', '1')")
        before = self.snapshot(conn)
        with self.assertRaisesRegex(StoreError, "application_id 'XXXX'"):
            _pg_schema.migrate(conn)
        self.assertEqual(self.snapshot(conn), before)

    def test_failed_migration_changes_nothing(self):
        # A version-2 store with a stray deleted_runs table: migration 3 fails half-way,
        # and its first half (the new columns) must be rolled back with it.
        conn = self.connect(autocommit=True)
        self.assertEqual(_pg_schema.migrate(conn, upto=2), 2)
        with conn.cursor() as cur:
            cur.execute("CREATE TABLE deleted_runs (x int)")
        before = self.snapshot(conn)
        with self.assertRaises(psycopg2.errors.DuplicateTable):
            _pg_schema.migrate(conn)
        self.assertEqual(self.snapshot(conn), before)
        self.assertEqual(_pg_schema.schema_version(conn), 2)

    def test_upgrade_from_2_sets_times_like_sqlite(self):
        rows = ["INSERT INTO experiments (id, uuid, name, created_at) VALUES (1, 'e1', 'E', 5)",
                "INSERT INTO runs (id, uuid, experiment_id, name, start_time) "
                "VALUES (1, 'r1', 1, 'r', 1000.25)",
                "INSERT INTO tags (run_id, key, value) VALUES (1, 't', 'x')",
                "INSERT INTO metric_directions (key, direction) VALUES ('loss', 'min')"]
        query = ("SELECT (SELECT edited_at FROM params), (SELECT edited_at FROM tags), "
                 "(SELECT edited_at FROM metric_directions), "
                 "(SELECT name_edited_at + notes_edited_at + archived_edited_at FROM runs)")
        with tempfile.TemporaryDirectory() as folder:
            path = sqlite_store(folder, upto=2)
            conn = sqlite3.connect(path, isolation_level=None)
            for row in rows + ["INSERT INTO params (run_id, key, value) VALUES (1, 'p', 3)"]:
                conn.execute(row)
            conn.close()
            conn = _db.open_store(path)
            sqlite_times = conn.execute(query).fetchone()
            conn.close()
        pg = self.connect(autocommit=True)
        _pg_schema.migrate(pg, upto=2)
        with pg.cursor() as cur:
            for row in rows + ["INSERT INTO params (run_id, key, value, value_kind) "
                               "VALUES (1, 'p', '3', 'i')"]:
                cur.execute(row)
            _pg_schema.migrate(pg)
            cur.execute(query)
            pg_times = cur.fetchone()
        self.assertEqual(sqlite_times, (1000.25, 1000.25, 1.0, 0.0))
        self.assertEqual(pg_times, sqlite_times)

    def test_param_kinds_are_checked(self):
        conn = self.connect(autocommit=True)
        _pg_schema.migrate(conn)
        with conn.cursor() as cur:
            cur.execute("INSERT INTO experiments (uuid, name, created_at) VALUES ('e', 'E', 1)")
            cur.execute("INSERT INTO runs (uuid, experiment_id, name, start_time) "
                        "SELECT 'r', id, 'r', 1 FROM experiments")
            good = [("i", "-9223372036854775808"), ("r", "0.1"), ("r", "1e+100"),
                    ("r", "-inf"), ("r", "1.0"), ("t", "nan"), ("t", "007")]
            for n, (kind, value) in enumerate(good):
                cur.execute("INSERT INTO params (run_id, key, value, value_kind) "
                            "SELECT id, %s, %s, %s FROM runs", (f"good{n}", value, kind))
        bad = [("i", "007"), ("i", "+5"), ("i", "1.5"), ("i", "9223372036854775808"),
               ("r", "NaN"), ("r", "one"), ("x", "1")]
        for n, (kind, value) in enumerate(bad):
            with self.subTest(kind=kind, value=value), conn.cursor() as cur:
                with self.assertRaises((psycopg2.errors.CheckViolation,
                                        psycopg2.errors.InvalidTextRepresentation,
                                        psycopg2.errors.NumericValueOutOfRange)):
                    cur.execute("INSERT INTO params (run_id, key, value, value_kind) "
                                "SELECT id, %s, %s, %s FROM runs", (f"bad{n}", value, kind))

    def test_import_runlens_does_not_import_psycopg2(self):
        code = ("import sys, runlens, runlens._pg_schema; "
                "assert 'psycopg2' not in sys.modules, 'psycopg2 imported'")
        done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                              env=dict(os.environ, PYTHONPATH=client_testing.CLIENT))
        self.assertEqual(done.returncode, 0, done.stderr)


# -- the triggers, side by side -------------------------------------------------------

class _SqliteSide:
    name = "sqlite"

    def __init__(self, folder):
        self.conn = _db.open_store(os.path.join(folder, "triggers.db"))  # autocommit

    def run(self, sql):
        self.conn.execute(sql)

    def one(self, sql):
        return self.conn.execute(sql).fetchone()

    def close(self):
        self.conn.close()


class _PgSide:
    name = "postgresql"

    def __init__(self, schema):
        self.conn = PG.connect(schema=schema)
        _pg_schema.migrate(self.conn)
        self.conn.autocommit = True

    def run(self, sql):
        with self.conn.cursor() as cur:
            cur.execute(sql)

    def one(self, sql):
        with self.conn.cursor() as cur:
            cur.execute(sql)
            return cur.fetchone()

    def close(self):
        self.conn.close()


def _param(sqlite_value, pg_value, pg_kind):
    """Param 'p' rewritten, its value as each engine keeps it."""
    return {"sqlite": f"UPDATE params SET value = {sqlite_value} WHERE key = 'p'",
            "postgresql": f"UPDATE params SET value = '{pg_value}', value_kind = '{pg_kind}' "
                          f"WHERE key = 'p'"}


STAMPED = "stamped"

# (what, statement, the edit times to read, expected outcome). A statement is SQL for
# both engines, or {engine: SQL}. Before each step the times it reads are set to 100 (with the
# values unchanged, which stamps nothing), so "100" means "left alone".
# Every step's expected outcome is the same on both engines but one, listed with both.
STEPS = [
    ("tag inserted with edited_at 0",
     "INSERT INTO tags (run_id, key, value) VALUES (1, 'new', 'x')",
     "SELECT edited_at FROM tags WHERE key = 'new'", (STAMPED,)),
    ("tag inserted with its time",
     "INSERT INTO tags (run_id, key, value, edited_at) VALUES (1, 'k', 'a', 50)",
     "SELECT edited_at FROM tags WHERE key = 'k'", (50.0,)),
    ("tag value updated, time left as it was",
     "UPDATE tags SET value = 'b' WHERE key = 'k'",
     "SELECT edited_at FROM tags WHERE key = 'k'", (STAMPED,)),
    ("tag updated to the value it has",
     "UPDATE tags SET value = 'b' WHERE key = 'k'",
     "SELECT edited_at FROM tags WHERE key = 'k'", (100.0,)),
    ("tag value updated with another time",
     "UPDATE tags SET value = 'c', edited_at = 200 WHERE key = 'k'",
     "SELECT edited_at FROM tags WHERE key = 'k'", (200.0,)),
    ("tag upserted as the clients do",
     "INSERT INTO tags (run_id, key, value) VALUES (1, 'k', 'd') "
     "ON CONFLICT (run_id, key) DO UPDATE SET value = excluded.value",
     "SELECT edited_at FROM tags WHERE key = 'k'", (STAMPED,)),
    ("tag upserted with the same value",
     "INSERT INTO tags (run_id, key, value) VALUES (1, 'k', 'd') "
     "ON CONFLICT (run_id, key) DO UPDATE SET value = excluded.value",
     "SELECT edited_at FROM tags WHERE key = 'k'", (100.0,)),
    ("tag upserted with its time, as sync does",
     "INSERT INTO tags (run_id, key, value, edited_at) VALUES (1, 'k', 'e', 300) "
     "ON CONFLICT (run_id, key) DO UPDATE SET value = excluded.value, "
     "edited_at = excluded.edited_at",
     "SELECT edited_at FROM tags WHERE key = 'k'", (300.0,)),
    # The one difference: an upsert that copies excluded.edited_at without giving a time.
    # SQLite's AFTER INSERT trigger never sees the conflicting row, so 0 is written; a
    # BEFORE INSERT trigger stamps the proposed row, which is what excluded is. No writer
    # does this (sync always gives the time); the PostgreSQL outcome is the documented
    # rule ("stamped when the writer did not set the time").
    ("tag upserted copying excluded.edited_at without a time",
     "INSERT INTO tags (run_id, key, value) VALUES (1, 'k', 'f') "
     "ON CONFLICT (run_id, key) DO UPDATE SET value = excluded.value, "
     "edited_at = excluded.edited_at",
     "SELECT edited_at FROM tags WHERE key = 'k'", {"sqlite": (0.0,), "postgresql": (STAMPED,)}),

    ("run renamed",
     "UPDATE runs SET name = 'renamed' WHERE id = 1",
     "SELECT name_edited_at, notes_edited_at, archived_edited_at FROM runs WHERE id = 1",
     (STAMPED, 100.0, 100.0)),
    ("run notes edited",
     "UPDATE runs SET notes = 'n' WHERE id = 1",
     "SELECT name_edited_at, notes_edited_at, archived_edited_at FROM runs WHERE id = 1",
     (100.0, STAMPED, 100.0)),
    ("run archived",
     "UPDATE runs SET archived = 1 WHERE id = 1",
     "SELECT name_edited_at, notes_edited_at, archived_edited_at FROM runs WHERE id = 1",
     (100.0, 100.0, STAMPED)),
    ("run name and notes edited in one statement",
     "UPDATE runs SET name = 'again', notes = 'again' WHERE id = 1",
     "SELECT name_edited_at, notes_edited_at, archived_edited_at FROM runs WHERE id = 1",
     (STAMPED, STAMPED, 100.0)),
    ("run archived with a time given",
     "UPDATE runs SET archived = 0, archived_edited_at = 250 WHERE id = 1",
     "SELECT name_edited_at, notes_edited_at, archived_edited_at FROM runs WHERE id = 1",
     (100.0, 100.0, 250.0)),
    ("run heartbeat and status written",
     "UPDATE runs SET heartbeat = 7, status = 'finished', end_time = 8 WHERE id = 1",
     "SELECT name_edited_at, notes_edited_at, archived_edited_at FROM runs WHERE id = 1",
     (100.0, 100.0, 100.0)),
    ("run name set to the name it has",
     "UPDATE runs SET name = name, notes = notes WHERE id = 1",
     "SELECT name_edited_at, notes_edited_at, archived_edited_at FROM runs WHERE id = 1",
     (100.0, 100.0, 100.0)),
    ("experiment notes edited",
     "UPDATE experiments SET notes = 'n' WHERE id = 1",
     "SELECT notes_edited_at, archived_edited_at FROM experiments WHERE id = 1",
     (STAMPED, 100.0)),
    ("experiment archived",
     "UPDATE experiments SET archived = 1 WHERE id = 1",
     "SELECT notes_edited_at, archived_edited_at FROM experiments WHERE id = 1",
     (100.0, STAMPED)),
    ("experiment notes edited with a time given",
     "UPDATE experiments SET notes = 'm', notes_edited_at = 150 WHERE id = 1",
     "SELECT notes_edited_at, archived_edited_at FROM experiments WHERE id = 1",
     (150.0, 100.0)),

    ("metric direction inserted",
     "INSERT INTO metric_directions (key, direction) VALUES ('loss', 'min')",
     "SELECT edited_at FROM metric_directions WHERE key = 'loss'", (STAMPED,)),
    ("metric direction changed",
     "UPDATE metric_directions SET direction = 'max' WHERE key = 'loss'",
     "SELECT edited_at FROM metric_directions WHERE key = 'loss'", (STAMPED,)),
    ("metric direction set to the one it has",
     "UPDATE metric_directions SET direction = 'max' WHERE key = 'loss'",
     "SELECT edited_at FROM metric_directions WHERE key = 'loss'", (100.0,)),
    ("metric direction changed with a time given",
     "UPDATE metric_directions SET direction = 'min', edited_at = 120 WHERE key = 'loss'",
     "SELECT edited_at FROM metric_directions WHERE key = 'loss'", (120.0,)),

    ("param inserted",
     {"sqlite": "INSERT INTO params (run_id, key, value) VALUES (1, 'p', 1)",
      "postgresql": "INSERT INTO params (run_id, key, value, value_kind) VALUES (1, 'p', '1', 'i')"},
     "SELECT edited_at FROM params WHERE key = 'p'", (STAMPED,)),
    ("param 1 rewritten as the real 1.0 (the same number)",
     _param("1.0", "1.0", "r"), "SELECT edited_at FROM params WHERE key = 'p'", (100.0,)),
    ("param real 1.0 rewritten as the text '1'",
     _param("'1'", "1", "t"), "SELECT edited_at FROM params WHERE key = 'p'", (STAMPED,)),
    ("param text '1' rewritten as the text '1'",
     _param("'1'", "1", "t"), "SELECT edited_at FROM params WHERE key = 'p'", (100.0,)),
    ("param text '1' rewritten as the integer 1",
     _param("1", "1", "i"), "SELECT edited_at FROM params WHERE key = 'p'", (STAMPED,)),
    ("param rewritten as the integer 2^53 + 1",
     _param("9007199254740993", "9007199254740993", "i"),
     "SELECT edited_at FROM params WHERE key = 'p'", (STAMPED,)),
    # A double cannot hold 2^53 + 1: SQLite compares exactly, so must the trigger.
    ("param 2^53 + 1 rewritten as the real 2^53 (another number)",
     _param("9007199254740992.0", "9007199254740992.0", "r"),
     "SELECT edited_at FROM params WHERE key = 'p'", (STAMPED,)),
    ("param real 2^53 rewritten as the integer 2^53 (the same number)",
     _param("9007199254740992", "9007199254740992", "i"),
     "SELECT edited_at FROM params WHERE key = 'p'", (100.0,)),
    ("param rewritten as a real",
     _param("2.5", "2.5", "r"), "SELECT edited_at FROM params WHERE key = 'p'", (STAMPED,)),
    ("param real rewritten as the same real",
     _param("2.5", "2.5", "r"), "SELECT edited_at FROM params WHERE key = 'p'", (100.0,)),
    ("param real 2.5 rewritten as the integer 2",
     _param("2", "2", "i"), "SELECT edited_at FROM params WHERE key = 'p'", (STAMPED,)),
    ("param rewritten with a time given",
     {"sqlite": "UPDATE params SET value = 3, edited_at = 400 WHERE key = 'p'",
      "postgresql": "UPDATE params SET value = '3', value_kind = 'i', edited_at = 400 "
                    "WHERE key = 'p'"},
     "SELECT edited_at FROM params WHERE key = 'p'", (400.0,)),
]


class Triggers(unittest.TestCase):
    """The same writes on both engines stamp the same edit times."""

    def sides(self):
        folder = tempfile.mkdtemp(prefix="runlens-pg-triggers-")
        self.addCleanup(shutil.rmtree, folder, True)
        sides = [_SqliteSide(folder), _PgSide(PG.fresh_schema())]
        for side in sides:
            self.addCleanup(side.close)
            side.run("INSERT INTO experiments (id, uuid, name, created_at) VALUES (1, 'e1', 'E', 1)")
            for run_id in (1, 2):
                side.run(f"INSERT INTO runs (id, uuid, experiment_id, name, start_time) "
                         f"VALUES ({run_id}, 'r{run_id}', 1, 'run', 1)")
        return sides

    @staticmethod
    def _reset(side, query):
        """Set the times query reads to 100 without changing a value (stamps nothing)."""
        match = re.fullmatch(r"SELECT (.*) FROM (\w+) WHERE (.*)", query)
        columns, table, where = match.groups()
        if side.one(f"SELECT count(*) FROM {table} WHERE {where}")[0]:
            sets = ", ".join(f"{c.strip()} = 100" for c in columns.split(","))
            side.run(f"UPDATE {table} SET {sets} WHERE {where}")

    def test_edit_times_are_stamped_the_same_way(self):
        for side in self.sides():
            for what, statement, query, expected in STEPS:
                with self.subTest(engine=side.name, step=what):
                    sql = statement[side.name] if isinstance(statement, dict) else statement
                    self._reset(side, query)
                    before = time.time()
                    side.run(sql)
                    after = time.time()
                    got = tuple(STAMPED if before - 0.002 <= t <= after + 0.002 else t
                                for t in side.one(query))
                    want = expected[side.name] if isinstance(expected, dict) else expected
                    self.assertEqual(got, want)

    def test_deleted_run_is_recorded(self):
        for side in self.sides():
            with self.subTest(engine=side.name):
                before = time.time()
                side.run("DELETE FROM runs WHERE id = 2")
                after = time.time()
                uuid, deleted_at = side.one("SELECT uuid, deleted_at FROM deleted_runs")
                self.assertEqual(uuid, "r2")
                self.assertTrue(before - 0.002 <= deleted_at <= after + 0.002)
                # The same uuid deleted again (imported back, then deleted): one row, the
                # newer time.
                side.run("INSERT INTO runs (id, uuid, experiment_id, name, start_time) "
                         "VALUES (3, 'r2', 1, 'again', 1)")
                time.sleep(0.01)
                side.run("DELETE FROM runs WHERE id = 3")
                rows = side.one("SELECT count(*), max(deleted_at) FROM deleted_runs")
                self.assertEqual(rows[0], 1)
                self.assertGreater(rows[1], deleted_at)


if __name__ == "__main__":
    unittest.main()
