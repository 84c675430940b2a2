-- Runlens store, schema version 3: what `runlens sync` needs to merge two stores.
-- docs/sync.md states the rules these columns serve.

-- When a user last changed a field: the later edit wins when two stores disagree.
-- 0 means "as logged, never edited", which loses to any edit. Triggers below stamp the
-- time for every writer (app, CLI, both clients) unless the writer sets it itself, as
-- sync does to carry the winning side's time over.
ALTER TABLE runs ADD COLUMN name_edited_at REAL NOT NULL DEFAULT 0;
ALTER TABLE runs ADD COLUMN notes_edited_at REAL NOT NULL DEFAULT 0;
ALTER TABLE runs ADD COLUMN archived_edited_at REAL NOT NULL DEFAULT 0;
ALTER TABLE experiments ADD COLUMN notes_edited_at REAL NOT NULL DEFAULT 0;
ALTER TABLE experiments ADD COLUMN archived_edited_at REAL NOT NULL DEFAULT 0;
ALTER TABLE params ADD COLUMN edited_at REAL NOT NULL DEFAULT 0;
ALTER TABLE tags ADD COLUMN edited_at REAL NOT NULL DEFAULT 0;
ALTER TABLE metric_directions ADD COLUMN edited_at REAL NOT NULL DEFAULT 0;

-- Values written before this version count as written when their run started (the
-- best time known); a metric direction without a time as older than any edit.
UPDATE params SET edited_at = (SELECT start_time FROM runs WHERE runs.id = params.run_id);
UPDATE tags SET edited_at = (SELECT start_time FROM runs WHERE runs.id = tags.run_id);
UPDATE metric_directions SET edited_at = 1;

-- Runs deleted from this store, so that a sync does not bring them back unasked.
CREATE TABLE deleted_runs (
    uuid       TEXT NOT NULL PRIMARY KEY,
    deleted_at REAL NOT NULL                         -- Unix seconds
) WITHOUT ROWID;

CREATE TRIGGER runs_deleted AFTER DELETE ON runs
BEGIN
    INSERT OR REPLACE INTO deleted_runs(uuid, deleted_at)
    VALUES (OLD.uuid, (julianday('now') - 2440587.5) * 86400.0);
END;

CREATE TRIGGER runs_name_edited AFTER UPDATE OF name ON runs
WHEN NEW.name IS NOT OLD.name AND NEW.name_edited_at = OLD.name_edited_at
BEGIN
    UPDATE runs SET name_edited_at = (julianday('now') - 2440587.5) * 86400.0 WHERE id = NEW.id;
END;

CREATE TRIGGER runs_notes_edited AFTER UPDATE OF notes ON runs
WHEN NEW.notes IS NOT OLD.notes AND NEW.notes_edited_at = OLD.notes_edited_at
BEGIN
    UPDATE runs SET notes_edited_at = (julianday('now') - 2440587.5) * 86400.0 WHERE id = NEW.id;
END;

CREATE TRIGGER runs_archived_edited AFTER UPDATE OF archived ON runs
WHEN NEW.archived IS NOT OLD.archived AND NEW.archived_edited_at = OLD.archived_edited_at
BEGIN
    UPDATE runs SET archived_edited_at = (julianday('now') - 2440587.5) * 86400.0 WHERE id = NEW.id;
END;

CREATE TRIGGER experiments_notes_edited AFTER UPDATE OF notes ON experiments
WHEN NEW.notes IS NOT OLD.notes AND NEW.notes_edited_at = OLD.notes_edited_at
BEGIN
    UPDATE experiments SET notes_edited_at = (julianday('now') - 2440587.5) * 86400.0 WHERE id = NEW.id;
END;

CREATE TRIGGER experiments_archived_edited AFTER UPDATE OF archived ON experiments
WHEN NEW.archived IS NOT OLD.archived AND NEW.archived_edited_at = OLD.archived_edited_at
BEGIN
    UPDATE experiments SET archived_edited_at = (julianday('now') - 2440587.5) * 86400.0 WHERE id = NEW.id;
END;

-- Params, tags and metric directions are stamped when written, logged or edited: a
-- value logged later is as much the newer word as an edit in the app.
CREATE TRIGGER params_written AFTER INSERT ON params WHEN NEW.edited_at = 0
BEGIN
    UPDATE params SET edited_at = (julianday('now') - 2440587.5) * 86400.0
    WHERE run_id = NEW.run_id AND key = NEW.key;
END;

CREATE TRIGGER params_edited AFTER UPDATE OF value ON params
WHEN NEW.value IS NOT OLD.value AND NEW.edited_at = OLD.edited_at
BEGIN
    UPDATE params SET edited_at = (julianday('now') - 2440587.5) * 86400.0
    WHERE run_id = NEW.run_id AND key = NEW.key;
END;

CREATE TRIGGER tags_written AFTER INSERT ON tags WHEN NEW.edited_at = 0
BEGIN
    UPDATE tags SET edited_at = (julianday('now') - 2440587.5) * 86400.0
    WHERE run_id = NEW.run_id AND key = NEW.key;
END;

CREATE TRIGGER tags_edited AFTER UPDATE OF value ON tags
WHEN NEW.value IS NOT OLD.value AND NEW.edited_at = OLD.edited_at
BEGIN
    UPDATE tags SET edited_at = (julianday('now') - 2440587.5) * 86400.0
    WHERE run_id = NEW.run_id AND key = NEW.key;
END;

CREATE TRIGGER metric_directions_written AFTER INSERT ON metric_directions WHEN NEW.edited_at = 0
BEGIN
    UPDATE metric_directions SET edited_at = (julianday('now') - 2440587.5) * 86400.0 WHERE key = NEW.key;
END;

CREATE TRIGGER metric_directions_edited AFTER UPDATE OF direction ON metric_directions
WHEN NEW.direction IS NOT OLD.direction AND NEW.edited_at = OLD.edited_at
BEGIN
    UPDATE metric_directions SET edited_at = (julianday('now') - 2440587.5) * 86400.0 WHERE key = NEW.key;
END;
