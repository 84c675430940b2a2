"""Bad input gets a clear error and changes nothing (DESIGN.md, "Reliability rules").

Run: cd tests/python && PYTHONPATH=../../client/python /usr/bin/python3 -m unittest -v test_client_bad_input
"""

import hashlib
import os
import re
import shutil
import sqlite3
import unittest

from client_testing import TempStoreTest, on_postgresql, runlens  # noqa: E402
from runlens import _db  # noqa: E402

MiB = 1024 * 1024


def file_digest(path):
    with open(path, "rb") as handle:
        return hashlib.sha256(handle.read()).hexdigest()


class TempStoreTest(TempStoreTest):
    """Helpers of the bad-input tests."""

    def make_store(self, points=0):
        with runlens.start_run(store=self.path, params={"p": 1}) as run:
            for i in range(points):
                run.log_metric("m", i)
        return run

    def assert_refused(self, expected_words, action):
        with self.assertRaises(runlens.StoreError) as caught:
            action()
        message = str(caught.exception)
        for word in expected_words:
            self.assertIn(word, message)
        return message


class BadKeysTest(TempStoreTest):

    BAD_KEYS = {
        "empty": "",
        "not UTF-8 bytes": b"loss\xff",
        "lone surrogate": "loss\udcff",
        "251 bytes": "k" * 251,
        "126 two-byte chars": "\u00e9" * 126,
        "newline": "a\nb",
        "NUL": "a\x00b",
        "DEL": "a\x7fb",
        "C1 control": "a\x85b",
        "not a string": 42,
    }

    def test_bad_keys_are_refused_everywhere_and_change_nothing(self):
        with runlens.start_run(store=self.path) as run:
            run.log_metric("ok", 1.0)
            run.flush()
            before = self.dump()
            for label, key in self.BAD_KEYS.items():
                with self.subTest(label):
                    with self.assertRaises(ValueError):
                        run.log_metric(key, 1.0)
                    with self.assertRaises(ValueError):
                        run.log_metric("ok", 1.0, slice=key) if key != "" else run.log_param(key, 1)
                    with self.assertRaises(ValueError):
                        run.log_metrics({"fine": 1.0, key: 2.0})
                    with self.assertRaises(ValueError):
                        run.log_param(key, 1)
                    with self.assertRaises(ValueError):
                        run.log_params({"fine": 1, key: 2})
                    with self.assertRaises(ValueError):
                        run.set_tag(key, "v")
            run.flush()
            self.assertEqual(self.dump(), before)

    def test_limits_are_exact(self):
        with runlens.start_run(store=self.path) as run:
            run.log_metric("k" * 250, 1.0)
            run.log_param("\u00e9" * 125, 1)
            run.set_tag("tab\tis-control?".replace("\t", "_"), "x")
            run.log_metric("val/acc", 1.0, slice="class=\u00e9")
        with runlens.Store(self.path) as store:
            record = store.run(run.id)
        self.assertIn("k" * 250, record.metrics)
        self.assertIn("\u00e9" * 125, record.params)

    def test_bad_run_arguments_create_no_run_and_no_file(self):
        for kwargs in ({"experiment": ""}, {"name": "a\nb"}, {"params": {"": 1}},
                       {"tags": {"k": "v" * (9 * MiB)}}, {"notes": b"\xff"},
                       {"system_metrics": -1}, {"params": {"big": "x" * (8 * MiB + 1)}}):
            with self.subTest(kwargs=list(kwargs)):
                with self.assertRaises(ValueError):
                    runlens.start_run(store=self.path, **kwargs)
        if self.engine == "sqlite":
            self.assertFalse(os.path.exists(self.path))
        else:   # not even the tables of an empty store
            self.assertEqual(self.sql("SELECT count(*) FROM information_schema.tables "
                                      "WHERE table_schema = ?", (self.schema,)), [(0,)])

    def test_bad_metric_values_and_steps_change_nothing(self):
        with runlens.start_run(store=self.path) as run:
            run.log_metric("m", 1.0)
            for value in ("abc", None, object(), [1, 2], 10 ** 400, complex(1, 1)):
                with self.subTest(value=value):
                    with self.assertRaises(ValueError):
                        run.log_metric("m", value)
            for step in (1.5, "3", 2 ** 63, -(2 ** 63) - 1, float("nan")):
                with self.subTest(step=step):
                    with self.assertRaises(ValueError):
                        run.log_metric("m", 2.0, step=step)
            with self.assertRaises(ValueError):
                run.log_metrics({"m": 1.0, "n": "abc"})
            run.log_metric("m", 3.0)
        with runlens.Store(self.path) as store:
            steps, values = store.metric(run.id, "m")
            self.assertEqual(store.metric_keys(run.id), [("m", None)])
        self.assertEqual((list(steps), list(values)), ([0, 1], [1.0, 3.0]))

    def test_none_and_mappings_as_params_or_tags_are_refused(self):
        # They used to be stored as the text 'None' and as a dict's repr.
        with runlens.start_run(store=self.path) as run:
            for bad in (None, {"lr": 0.1}):
                with self.subTest(value=bad):
                    with self.assertRaisesRegex(ValueError, "None|mapping"):
                        run.set_tag("t", bad)
                    with self.assertRaisesRegex(ValueError, "None|mapping"):
                        run.log_param("p", bad)
            run.log_param("betas", [0.9, 0.999])
        with runlens.Store(self.path) as store:
            record = store.run(run.id)
        self.assertNotIn("t", record.tags)
        self.assertEqual(record.params, {"betas": "[0.9, 0.999]"})
        with self.assertRaisesRegex(ValueError, "tag 'x' is None"):
            runlens.start_run(store=self.path, tags={"x": None})

    def test_bad_run_ids_are_clear_errors(self):
        run = self.make_store()
        with runlens.Store(self.path) as store:
            with self.assertRaisesRegex(ValueError, "hex"):
                store.run("xyz123")
            with self.assertRaisesRegex(ValueError, "6 to 32"):
                store.run(run.id[:5])
            with self.assertRaisesRegex(KeyError, "no run"):
                store.metric("0" * 32 if run.id != "0" * 32 else "1" * 32, "m")

    def test_malformed_query_raises_query_error_with_position(self):
        try:
            from runlens.query import QueryError
        except ImportError:
            self.skipTest("runlens/query.py is not written yet (another engineer's file)")
        self.make_store()
        with runlens.Store(self.path) as store:
            with self.assertRaises(QueryError) as caught:
                store.runs(query="params.lr > ")
        self.assertIsInstance(caught.exception.position, int)
        self.assertTrue(caught.exception.message)


class BigValuesTest(TempStoreTest):

    def test_three_mib_values_are_stored_whole(self):
        text = "\u00e9" * (3 * MiB // 2) + "end"
        with runlens.start_run(store=self.path, notes=text) as run:
            run.log_param("big", text)
            run.set_tag("big", text)
        with runlens.Store(self.path) as store:
            record = store.run(run.id)
        self.assertEqual(record.params["big"], text)
        self.assertEqual(record.tags["big"], text)
        self.assertEqual(record.notes, text)

    def test_ten_mib_values_are_refused_and_nothing_changes(self):
        huge = "x" * (10 * MiB)
        with runlens.start_run(store=self.path) as run:
            run.log_param("small", 1)
            run.flush()
            before = self.dump()
            with self.assertRaisesRegex(ValueError, "8 MiB"):
                run.log_param("big", huge)
            with self.assertRaisesRegex(ValueError, "8 MiB"):
                run.log_params({"fine": 2, "big": huge})   # all or nothing
            with self.assertRaisesRegex(ValueError, "8 MiB"):
                run.set_tags({"fine": "y", "big": huge})
            with self.assertRaisesRegex(ValueError, "8 MiB"):
                run.set_notes(huge)
            with self.assertRaisesRegex(ValueError, "8 MiB"):
                run.log_param("big", huge.encode())
            self.assertEqual(self.dump(), before)


PostgreSQLBadKeysTest = on_postgresql(BadKeysTest)
PostgreSQLBigValuesTest = on_postgresql(BigValuesTest)


class BadFilesTest(TempStoreTest):

    def test_newer_schema_is_refused_and_file_bytes_are_unchanged(self):
        self.make_store(points=10)
        conn = sqlite3.connect(self.path)
        newer = _db.known_version() + 1
        conn.execute(f"PRAGMA user_version = {newer}")
        conn.commit()
        conn.close()
        digest, listing = file_digest(self.path), sorted(os.listdir(self.dir))
        for action in (lambda: runlens.start_run(store=self.path), lambda: runlens.Store(self.path)):
            message = self.assert_refused([str(newer), str(_db.known_version())], action)
            self.assertIn("schema version", message)
        self.assertEqual(file_digest(self.path), digest)
        self.assertEqual(sorted(os.listdir(self.dir)), listing)

    def test_other_sqlite_databases_are_refused_and_unchanged(self):
        conn = sqlite3.connect(self.path)
        conn.execute("CREATE TABLE mine (x)")
        conn.execute("INSERT INTO mine VALUES (1)")
        conn.commit()
        conn.close()
        digest = file_digest(self.path)
        for action in (lambda: runlens.start_run(store=self.path), lambda: runlens.Store(self.path)):
            self.assert_refused(["not a Runlens store"], action)
        self.assertEqual(file_digest(self.path), digest)
        other = os.path.join(self.dir, "other.db")
        conn = sqlite3.connect(other)
        conn.execute("PRAGMA application_id = 1234")
        conn.commit()
        conn.close()
        self.assert_refused(["not a Runlens store"], lambda: runlens.Store(other))

    def test_corrupt_files_are_refused(self):
        with open(self.path, "wb") as handle:
            handle.write(os.urandom(64 * 1024))
        digest = file_digest(self.path)
        self.assert_refused(["not a SQLite database"], lambda: runlens.start_run(store=self.path))
        self.assert_refused(["not a SQLite database"], lambda: runlens.Store(self.path))
        self.assertEqual(file_digest(self.path), digest)
        text = os.path.join(self.dir, "notes.txt")
        with open(text, "w") as handle:
            handle.write("hello\n" * 100)
        self.assert_refused(["not a SQLite database"], lambda: runlens.Store(text))

    def test_damaged_pages_give_store_errors_not_sqlite_errors(self):
        run = self.make_store(points=50_000)
        with open(self.path, "r+b") as handle:
            handle.seek(4096 * 2)
            handle.write(b"\xa5" * (4096 * 20))
        with self.assertRaises(runlens.StoreError):
            with runlens.Store(self.path) as store:
                store.runs()
                store.metric(run.id, "m")

    def test_truncated_files_are_refused(self):
        self.make_store(points=50_000)
        size = os.path.getsize(self.path)
        self.assertFalse(os.path.exists(self.path + "-wal"))
        for keep in (size // 2, size - 1, 50):
            with self.subTest(keep=keep):
                copy = os.path.join(self.dir, f"cut-{keep}.db")
                shutil.copy(self.path, copy)
                with open(copy, "r+b") as handle:
                    handle.truncate(keep)
                for action in (lambda: runlens.start_run(store=copy), lambda: runlens.Store(copy)):
                    with self.assertRaises(runlens.StoreError):
                        action()
                self.assertEqual(os.path.getsize(copy), keep)

    def test_read_only_store_refuses_writers_but_can_be_read(self):
        run = self.make_store(points=5)
        os.chmod(self.path, 0o444)
        self.addCleanup(os.chmod, self.path, 0o644)
        digest = file_digest(self.path)
        self.assert_refused(["read-only"], lambda: runlens.start_run(store=self.path))
        with runlens.Store(self.path) as store:
            self.assertEqual([r.id for r in store.runs()], [run.id])
            self.assertEqual(list(store.metric(run.id, "m")[0]), [0, 1, 2, 3, 4])
        self.assertEqual(file_digest(self.path), digest)

    def make_version_one_store(self):
        """A store as the first release wrote it: only migration 0001 applied."""
        version, _, script = _db.migrations()[0]
        self.assertEqual(version, 1)
        conn = sqlite3.connect(self.path)
        conn.executescript(script)
        conn.execute(f"PRAGMA application_id = {_db.APPLICATION_ID}")
        conn.execute("PRAGMA user_version = 1")
        conn.execute("INSERT INTO experiments (uuid, name, created_at) VALUES ('e' || hex(randomblob(15)), 'old', 1.0)")
        conn.execute("INSERT INTO runs (uuid, experiment_id, name, status, start_time, end_time) "
                     "VALUES ('0123456789abcdef0123456789abcdef', 1, 'v1-run', 'finished', 1.0, 2.0)")
        conn.commit()
        conn.close()

    def test_older_store_is_migrated_and_keeps_its_runs(self):
        if _db.known_version() < 2:
            self.skipTest("only one schema version exists")
        self.make_version_one_store()
        with runlens.Store(self.path) as store:
            self.assertEqual([r.name for r in store.runs()], ["v1-run"])
        conn = sqlite3.connect(self.path)
        self.assertEqual(conn.execute("PRAGMA user_version").fetchone()[0], _db.known_version())
        self.assertEqual(conn.execute("PRAGMA application_id").fetchone()[0], _db.APPLICATION_ID)
        tables = {name for (name,) in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
        conn.close()
        for _, name, script in _db.migrations():
            for created in re.findall(r"CREATE TABLE (\w+)", script):
                self.assertIn(created, tables, name)
        with runlens.start_run(store=self.path, experiment="old") as run:
            run.log_metric("x", 1.0)
        with runlens.Store(self.path) as store:
            self.assertEqual(len(store.runs(experiment="old")), 2)

    def test_older_read_only_store_is_refused_not_modified(self):
        if _db.known_version() < 2:
            self.skipTest("only one schema version exists")
        self.make_version_one_store()
        os.chmod(self.path, 0o444)
        self.addCleanup(os.chmod, self.path, 0o644)
        digest = file_digest(self.path)
        self.assert_refused(["upgrade", "read-only"], lambda: runlens.Store(self.path))
        self.assertEqual(file_digest(self.path), digest)

    def test_a_folder_is_not_a_store(self):
        folder = os.path.join(self.dir, "folder.db")
        os.makedirs(folder)
        with self.assertRaises(runlens.StoreError):
            runlens.Store(folder)


if __name__ == "__main__":
    unittest.main()
