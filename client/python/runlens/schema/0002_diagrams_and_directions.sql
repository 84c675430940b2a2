-- Runlens store, schema version 2: pipeline diagrams and metric directions.

-- Pipeline diagrams kept in the store. json is the diagram file format
-- (docs/diagram-format.md), so a diagram saved to a file and one kept here are the same.
CREATE TABLE diagrams (
    id          INTEGER PRIMARY KEY,
    uuid        TEXT    NOT NULL UNIQUE,             -- 32 lower-case hex digits
    name        TEXT    NOT NULL,
    json        TEXT    NOT NULL,
    created_at  REAL    NOT NULL,
    updated_at  REAL    NOT NULL,
    source_run  TEXT                                 -- uuid of the pipeline run it was made from
);

-- Whether a lower or a higher value of a metric key is better, as the user chose it.
-- Keys without a row fall back to the name rule (loss/error-like keys: lower is better).
CREATE TABLE metric_directions (
    key       TEXT NOT NULL PRIMARY KEY,
    direction TEXT NOT NULL CHECK (direction IN ('min', 'max'))
) WITHOUT ROWID;
