-- Runlens store, schema version 1.
-- This file is the single source of the schema: the Python package applies it as is,
-- and the C++ core embeds the very same file at build time. docs/storage-format.md
-- explains every table; change the schema only by adding a numbered migration.

CREATE TABLE experiments (
    id          INTEGER PRIMARY KEY,
    uuid        TEXT    NOT NULL UNIQUE,             -- 32 lower-case hex digits
    name        TEXT    NOT NULL UNIQUE,
    created_at  REAL    NOT NULL,                    -- Unix seconds
    archived    INTEGER NOT NULL DEFAULT 0,
    notes       TEXT    NOT NULL DEFAULT ''
);

CREATE TABLE runs (
    id            INTEGER PRIMARY KEY,
    uuid          TEXT    NOT NULL UNIQUE,           -- 32 lower-case hex digits
    experiment_id INTEGER NOT NULL REFERENCES experiments(id),
    parent_id     INTEGER REFERENCES runs(id),       -- pipeline: the parent run of a step
    name          TEXT    NOT NULL,
    status        TEXT    NOT NULL DEFAULT 'running'
                  CHECK (status IN ('running', 'finished', 'failed', 'killed')),
    start_time    REAL    NOT NULL,                  -- Unix seconds
    end_time      REAL,                              -- NULL while running
    heartbeat     REAL,                              -- last sign of life of the writer
    git_commit    TEXT    NOT NULL DEFAULT '',
    host          TEXT    NOT NULL DEFAULT '',
    command       TEXT    NOT NULL DEFAULT '',
    notes         TEXT    NOT NULL DEFAULT '',       -- Markdown
    archived      INTEGER NOT NULL DEFAULT 0,
    source        TEXT    UNIQUE                     -- origin of an imported run, NULL if logged
);
CREATE INDEX runs_experiment ON runs(experiment_id);
CREATE INDEX runs_parent ON runs(parent_id);

-- value has no declared type on purpose: it keeps INTEGER, REAL or TEXT as logged.
CREATE TABLE params (
    run_id INTEGER NOT NULL REFERENCES runs(id),
    key    TEXT    NOT NULL,
    value  NOT NULL,
    PRIMARY KEY (run_id, key)
) WITHOUT ROWID;

CREATE TABLE tags (
    run_id INTEGER NOT NULL REFERENCES runs(id),
    key    TEXT    NOT NULL,
    value  TEXT    NOT NULL,
    PRIMARY KEY (run_id, key)
) WITHOUT ROWID;

-- One metric series per (run, key, slice); slice '' is the overall metric.
-- The summary columns are kept up to date by every writer, so tables never scan points.
CREATE TABLE series (
    id          INTEGER PRIMARY KEY,
    run_id      INTEGER NOT NULL REFERENCES runs(id),
    key         TEXT    NOT NULL,
    slice       TEXT    NOT NULL DEFAULT '',
    count       INTEGER NOT NULL DEFAULT 0,
    first_step  INTEGER,                             -- smallest step
    last_step   INTEGER,                             -- largest step
    last_value  REAL,                                -- value at last_step (NULL: NaN)
    last_time   REAL,                                -- wall time of the newest point
    min_value   REAL,                                -- NaN ignored; NULL if none
    max_value   REAL,
    UNIQUE (run_id, key, slice)
);

-- Points in packed chunks, in the order they were logged. steps: n little-endian int64,
-- vals: n little-endian IEEE-754 float64 (NaN and +-Inf legal), times: n float64 Unix
-- seconds. times is the last column so that reading steps and values skips it.
CREATE TABLE chunks (
    series_id INTEGER NOT NULL REFERENCES series(id),
    seq       INTEGER NOT NULL,
    n         INTEGER NOT NULL CHECK (n > 0),
    steps     BLOB    NOT NULL,
    vals      BLOB    NOT NULL,
    times     BLOB    NOT NULL,
    PRIMARY KEY (series_id, seq)
);

-- Files copied into <store stem>-artifacts/<run uuid>/<path> beside the store file.
CREATE TABLE artifacts (
    run_id     INTEGER NOT NULL REFERENCES runs(id),
    path       TEXT    NOT NULL,
    size       INTEGER NOT NULL,
    sha256     TEXT    NOT NULL,
    created_at REAL    NOT NULL,
    PRIMARY KEY (run_id, path)
) WITHOUT ROWID;
