"""`runlens sync` from the command line (docs/sync.md): a sync killed at random moments
leaves the target consistent and the next one finishes the job; a sync while the
source is being written; --watch keeps a live run live; bad input exits 1 or 2 and
writes nothing. The C++ suite (tests/core/tst_sync.cpp) covers the merge rules."""

import json
import os
import random
import signal
import sqlite3
import subprocess
import sys
import threading
import time
import unittest

from client_testing import PostgreSQLStore, TempStoreTest, runlens

CLI = os.environ.get("RUNLENS_CLI")


def consistency_problems(path):
    """What would make a store inconsistent after an interrupted sync: a damaged file, a
    series whose summary count is not the points its chunks hold, a chunk of no series."""
    conn = sqlite3.connect(path)
    try:
        problems = []
        if conn.execute("SELECT count(*) FROM sqlite_master").fetchone()[0] == 0:
            return problems  # killed before the new store had its schema: still a new store
        check = conn.execute("PRAGMA integrity_check").fetchone()[0]
        if check != "ok":
            problems.append(check)
        problems += conn.execute(
            "SELECT 'series ' || s.id || ': count ' || s.count || ' but chunks hold ' || coalesce(sum(c.n), 0) "
            "FROM series s LEFT JOIN chunks c ON c.series_id = s.id GROUP BY s.id "
            "HAVING s.count != coalesce(sum(c.n), 0)").fetchall()
        problems += conn.execute("SELECT 'orphan chunk of series ' || series_id FROM chunks "
                                 "WHERE series_id NOT IN (SELECT id FROM series)").fetchall()
        return problems
    finally:
        conn.close()


@unittest.skipUnless(CLI and os.path.exists(CLI), "RUNLENS_CLI is not set (run through ctest)")
class SyncCliTest(TempStoreTest):

    def setUp(self):
        super().setUp()
        self.source = os.path.join(self.dir, "gpu-box.db")
        self.target = os.path.join(self.dir, "team.db")

    def cli(self, *args, store=None):
        cmd = [CLI] + (["--store", store] if store else []) + list(args)
        return subprocess.run(cmd, capture_output=True, text=True, timeout=300, env=self.env)

    def sync(self, *args):
        return self.cli("sync", *args)

    def fill(self, path, runs, points, series=("loss", "acc")):
        for r in range(runs):
            with runlens.start_run(store=path, experiment=f"exp{r % 3}", name=f"run{r}",
                                   params={"lr": 0.1 / (r + 1), "seed": r}, tags={"team": "vision"}) as run:
                for key in series:
                    for i in range(points):
                        run.log_metric(key, (i * 0.37 + r) % 1.0, step=i)
                if r % 4 == 0:
                    artifact = os.path.join(self.dir, f"model{r}.txt")
                    with open(artifact, "w") as f:
                        f.write(f"weights {r}\n" * 100)
                    run.log_artifact(artifact)

    def exported(self, path):
        """Every run's points as `runlens export --format json` gives them, by uuid."""
        ls = self.cli("ls", "--all", "--json", store=path)
        self.assertEqual(ls.returncode, 0, ls.stderr)
        ids = sorted(r["id"] for r in json.loads(ls.stdout))
        if not ids:
            return {}
        out = self.cli("export", *ids, "--format", "json", store=path)
        self.assertEqual(out.returncode, 0, out.stderr)
        return out.stdout

    def target_problems(self):
        return consistency_problems(self.target) if os.path.exists(self.target) else []

    def test_killed_at_random_moments_then_resumed(self):
        self.fill(self.source, runs=24, points=6000)
        rng = random.Random(int(os.environ.get("RUNLENS_SYNC_SEED", "7")))
        kills = 0
        for _ in range(12):
            proc = subprocess.Popen([CLI, "sync", self.source, self.target], env=self.env,
                                    stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
            time.sleep(rng.uniform(0.0, 0.25))
            if proc.poll() is None:
                proc.send_signal(signal.SIGKILL)
                kills += 1
            proc.wait()
            self.assertEqual(self.target_problems(), [])
        final = self.sync(self.source, self.target)
        self.assertEqual(final.returncode, 0, final.stderr)
        self.assertEqual(self.target_problems(), [])
        self.assertEqual(self.exported(self.target), self.exported(self.source))
        again = self.sync(self.source, self.target)
        self.assertIn(": 0 new runs, 0 updated, 24 unchanged; 0 points", again.stdout)
        print(f"\n  {kills} of 12 syncs were killed mid-way", file=sys.stderr)

    def test_sync_while_the_source_is_written(self):
        stop = threading.Event()
        logged = {}

        def train():
            with runlens.start_run(store=self.source, name="live") as run:
                logged["id"] = run.id
                step = 0
                while not stop.is_set():
                    run.log_metric("loss", 1.0 / (step + 1), step=step)
                    step += 1
                    if step % 500 == 0:
                        time.sleep(0.01)

        writer = threading.Thread(target=train)
        writer.start()
        try:
            for _ in range(6):
                time.sleep(0.3)
                result = self.sync(self.source, self.target)
                self.assertEqual(result.returncode, 0, result.stderr)
                self.assertEqual(consistency_problems(self.target), [])
        finally:
            stop.set()
            writer.join()
        self.assertEqual(self.sync(self.source, self.target).returncode, 0)
        self.assertEqual(self.exported(self.target), self.exported(self.source))
        shown = json.loads(self.cli("show", logged["id"], "--json", store=self.target).stdout)
        self.assertEqual(shown["status"], "finished")

    def test_watch_keeps_a_live_run_live(self):
        run = runlens.start_run(store=self.source, name="watched")
        run.log_metric("loss", 1.0, step=0)
        run.flush()
        watch = subprocess.Popen([CLI, "sync", "--watch", "--interval", "0.2", self.source, self.target],
                                 env=self.env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        try:
            def target_state():
                if not os.path.exists(self.target):
                    return None
                conn = sqlite3.connect(self.target)
                try:
                    return conn.execute("SELECT r.status, s.count FROM runs r JOIN series s ON s.run_id = r.id "
                                        "WHERE r.uuid = ?", (run.id,)).fetchone()
                except sqlite3.OperationalError:
                    return None  # the first pass is still creating the target's tables
                finally:
                    conn.close()

            def wait_for(expected):
                deadline = time.monotonic() + 30
                while time.monotonic() < deadline:
                    if target_state() == expected:
                        return
                    time.sleep(0.05)
                self.fail(f"target never showed {expected}, last {target_state()}")

            wait_for(("running", 1))
            for i in range(1, 200):
                run.log_metric("loss", 1.0 / (i + 1), step=i)
            run.flush()
            wait_for(("running", 200))
            run.finish()
            wait_for(("finished", 200))
        finally:
            watch.send_signal(signal.SIGINT)
            out, err = watch.communicate(timeout=30)
        self.assertEqual(watch.returncode, 0, err)
        self.assertIn("Watching", out)

    def test_dry_run_names_conflicts_and_writes_nothing(self):
        self.fill(self.source, runs=2, points=10)
        self.assertEqual(self.sync(self.source, self.target).returncode, 0)
        with runlens.Store(self.source) as store:
            record = store.runs()[0]
            uuid = record.id
        conn = sqlite3.connect(self.target)
        conn.execute("UPDATE tags SET value = 'audio', edited_at = 1.9e9 WHERE key = 'team'")
        conn.commit()
        conn.close()
        conn = sqlite3.connect(self.source)
        conn.execute("UPDATE tags SET value = 'speech', edited_at = 2e9 WHERE key = 'team' AND run_id = "
                     "(SELECT id FROM runs WHERE uuid = ?)", (uuid,))
        conn.commit()
        conn.close()
        before = self.exported(self.target)
        dry = self.sync("--dry-run", self.source, self.target)
        self.assertEqual(dry.returncode, 0, dry.stderr)
        self.assertIn("Dry run, nothing written.", dry.stdout)
        self.assertIn(f"  {uuid[:8]}  updated {record.experiment} / {record.name}  +0 points\n", dry.stdout)
        self.assertIn("2 conflicts, the later edit would win", dry.stdout)
        self.assertIn(f"tag 'team' of {uuid[:8]}: source \"speech\" over target \"audio\"", dry.stdout)
        self.assertIn("target \"audio\" over source \"vision\"", dry.stdout)
        self.assertEqual(self.exported(self.target), before)
        tags = dict(sqlite3.connect(self.target).execute(
            "SELECT r.uuid, t.value FROM tags t JOIN runs r ON r.id = t.run_id"))
        self.assertEqual(set(tags.values()), {"audio"})

    def test_bad_input_is_one_line_and_writes_nothing(self):
        self.fill(self.source, runs=1, points=3)
        text = os.path.join(self.dir, "notes.db")
        with open(text, "w") as f:
            f.write("these are notes, not a store" * 10)
        newer = os.path.join(self.dir, "newer.db")
        runlens.Store(newer).close()
        conn = sqlite3.connect(newer)
        conn.execute("PRAGMA user_version = 99")
        conn.close()
        cases = [
            ((os.path.join(self.dir, "missing.db"), self.target), 1, "no store at"),
            ((text, self.target), 2, "notes.db"),
            ((self.source, self.source), 1, "same store"),
            ((self.source, newer), 2, "schema version 99"),
            (("--query", "params.lr <", self.source, self.target), 1, "query"),
        ]
        for args, code, words in cases:
            with self.subTest(args=args):
                result = self.sync(*args)
                self.assertEqual(result.returncode, code, result.stderr)
                self.assertEqual(result.stdout, "")
                lines = result.stderr.strip().splitlines()
                self.assertEqual(len(lines), 1, result.stderr)
                self.assertIn(words, lines[0])
                self.assertTrue(lines[0].startswith("runlens: "))
        self.assertFalse(os.path.exists(self.target))
        self.assertEqual(sqlite3.connect(newer).execute("SELECT count(*) FROM runs").fetchone()[0], 0)
        if os.geteuid() != 0:
            readonly = os.path.join(self.dir, "ro.db")
            runlens.Store(readonly).close()
            os.chmod(readonly, 0o444)
            result = self.sync(self.source, readonly)
            self.assertEqual(result.returncode, 2)
            self.assertIn("read-only", result.stderr)


class TeamStoreSyncCliTest(PostgreSQLStore, SyncCliTest):
    """The same kill loop with a PostgreSQL team store as the target, and a round trip
    file -> team store -> file (docs/sync.md). The other tests look at SQLite files."""

    test_sync_while_the_source_is_written = None
    test_watch_keeps_a_live_run_live = None
    test_dry_run_names_conflicts_and_writes_nothing = None
    test_bad_input_is_one_line_and_writes_nothing = None

    def setUp(self):
        super().setUp()
        self.target = self.path  # this test's schema of the throwaway cluster

    def target_problems(self):
        if not self.sql("SELECT 1 FROM information_schema.tables WHERE table_schema = ? "
                        "AND table_name = 'series'", (self.schema,)):
            return []  # killed before the schema was made: still an empty store
        return [row[0] for row in self.sql(
            "SELECT 'series ' || s.id || ': count ' || s.count || ' but chunks hold ' "
            "|| coalesce(sum(c.n), 0) FROM series s LEFT JOIN chunks c ON c.series_id = s.id "
            "GROUP BY s.id HAVING s.count != coalesce(sum(c.n), 0)")] + [row[0] for row in self.sql(
                "SELECT 'artifact without its bytes: ' || a.path FROM artifacts a WHERE a.size <> "
                "coalesce((SELECT sum(length(p.data)) FROM artifact_parts p "
                "WHERE p.run_id = a.run_id AND p.path = a.path), 0)")]

    def test_round_trip_through_the_team_store_changes_nothing(self):
        self.fill(self.source, runs=6, points=2500)
        back = os.path.join(self.dir, "laptop.db")
        self.assertEqual(self.sync(self.source, self.target).returncode, 0)
        pulled = self.sync(self.target, back)
        self.assertEqual(pulled.returncode, 0, pulled.stderr)
        self.assertIn(": 6 new runs", pulled.stdout)
        self.assertEqual(self.exported(self.target), self.exported(self.source))
        self.assertEqual(self.exported(back), self.exported(self.source))
        for a, b in ((self.source, self.target), (self.target, back), (back, self.source)):
            again = self.sync(a, b)
            self.assertIn(": 0 new runs, 0 updated, 6 unchanged; 0 points", again.stdout)
        with runlens.Store(back) as store:
            run = next(r for r in store.runs() if r.name == "run0")
            files = store.artifacts(run.id)
        self.assertEqual([open(f["file"]).read() for f in files], ["weights 0\n" * 100])


if __name__ == "__main__":
    unittest.main()
