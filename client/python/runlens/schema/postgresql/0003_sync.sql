-- Runlens store on PostgreSQL, schema version 3: what `runlens sync` needs to merge two
-- stores (docs/sync.md). The same columns and the same stamping rules as ../0003_sync.sql
-- (SQLite); see 0001 for the types.

-- When a user last changed a field: the later edit wins when two stores disagree.
-- 0 means "as logged, never edited", which loses to any edit. Triggers below stamp the
-- time for every writer unless the writer sets it itself, as sync does to carry the
-- winning side's time over.
ALTER TABLE runs ADD COLUMN name_edited_at double precision NOT NULL DEFAULT 0;
ALTER TABLE runs ADD COLUMN notes_edited_at double precision NOT NULL DEFAULT 0;
ALTER TABLE runs ADD COLUMN archived_edited_at double precision NOT NULL DEFAULT 0;
ALTER TABLE experiments ADD COLUMN notes_edited_at double precision NOT NULL DEFAULT 0;
ALTER TABLE experiments ADD COLUMN archived_edited_at double precision NOT NULL DEFAULT 0;
ALTER TABLE params ADD COLUMN edited_at double precision NOT NULL DEFAULT 0;
ALTER TABLE tags ADD COLUMN edited_at double precision NOT NULL DEFAULT 0;
ALTER TABLE metric_directions ADD COLUMN edited_at double precision NOT NULL DEFAULT 0;

-- Values written before this version count as written when their run started (the
-- best time known); a metric direction without a time as older than any edit.
UPDATE params SET edited_at = (SELECT start_time FROM runs WHERE runs.id = params.run_id);
UPDATE tags SET edited_at = (SELECT start_time FROM runs WHERE runs.id = tags.run_id);
UPDATE metric_directions SET edited_at = 1;

-- Runs deleted from this store, so that a sync does not bring them back unasked.
CREATE TABLE deleted_runs (
    uuid       text             NOT NULL PRIMARY KEY,
    deleted_at double precision NOT NULL            -- Unix seconds
);

-- The triggers. SQLite's are AFTER triggers that UPDATE the row again; here they are
-- BEFORE row triggers that set the time in the row being written, which gives the same
-- values without writing every row twice (each extra UPDATE would leave a dead row
-- version behind on PostgreSQL). The time is the wall clock at the moment of the write
-- (clock_timestamp(), not the transaction's start), rounded to the millisecond as
-- SQLite's julianday('now') gives it, so ties mean the same on both engines.
-- The functions name no table through search_path: a trigger runs under the writer's
-- search_path, which need not contain the store's schema.

CREATE FUNCTION runs_stamp_edits() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    now_s double precision := round(extract(epoch FROM clock_timestamp()) * 1000) / 1000;
BEGIN
    IF NEW.name IS DISTINCT FROM OLD.name AND NEW.name_edited_at = OLD.name_edited_at THEN
        NEW.name_edited_at := now_s;
    END IF;
    IF NEW.notes IS DISTINCT FROM OLD.notes AND NEW.notes_edited_at = OLD.notes_edited_at THEN
        NEW.notes_edited_at := now_s;
    END IF;
    IF NEW.archived IS DISTINCT FROM OLD.archived AND NEW.archived_edited_at = OLD.archived_edited_at THEN
        NEW.archived_edited_at := now_s;
    END IF;
    RETURN NEW;
END
$$;
-- OF name, notes, archived: the heartbeat UPDATE every few seconds does not call it.
CREATE TRIGGER runs_edited BEFORE UPDATE OF name, notes, archived ON runs
    FOR EACH ROW EXECUTE FUNCTION runs_stamp_edits();

CREATE FUNCTION experiments_stamp_edits() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    now_s double precision := round(extract(epoch FROM clock_timestamp()) * 1000) / 1000;
BEGIN
    IF NEW.notes IS DISTINCT FROM OLD.notes AND NEW.notes_edited_at = OLD.notes_edited_at THEN
        NEW.notes_edited_at := now_s;
    END IF;
    IF NEW.archived IS DISTINCT FROM OLD.archived AND NEW.archived_edited_at = OLD.archived_edited_at THEN
        NEW.archived_edited_at := now_s;
    END IF;
    RETURN NEW;
END
$$;
CREATE TRIGGER experiments_edited BEFORE UPDATE OF notes, archived ON experiments
    FOR EACH ROW EXECUTE FUNCTION experiments_stamp_edits();

-- Params, tags and metric directions are stamped when written, logged or edited: a
-- value logged later is as much the newer word as an edit in the app. Inserted with 0:
-- stamped; value changed while edited_at was left as it was: stamped.
-- An upsert (INSERT ... ON CONFLICT DO UPDATE) meets the insert branch first, for the
-- proposed row, so excluded.edited_at already holds the stamp when the writer gave 0.

-- Whether a param's value changed is decided as SQLite compares its untyped column: two
-- texts by their bytes, an integer and a real by their numbers (1 and 1.0 are the same
-- value; the real must be exactly that integer), a text never equals a number.
CREATE FUNCTION params_stamp_written() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    same boolean;
    i bigint;
    r double precision;
BEGIN
    IF TG_OP = 'INSERT' THEN
        IF NEW.edited_at = 0 THEN
            NEW.edited_at := round(extract(epoch FROM clock_timestamp()) * 1000) / 1000;
        END IF;
        RETURN NEW;
    END IF;
    IF NEW.edited_at <> OLD.edited_at THEN
        RETURN NEW;
    END IF;
    IF NEW.value_kind = OLD.value_kind THEN
        same := CASE NEW.value_kind
                    WHEN 'i' THEN NEW.value::bigint = OLD.value::bigint
                    WHEN 'r' THEN NEW.value::double precision = OLD.value::double precision
                    ELSE NEW.value = OLD.value
                END;
    ELSIF NEW.value_kind = 't' OR OLD.value_kind = 't' THEN
        same := false;
    ELSE
        IF NEW.value_kind = 'i' THEN
            i := NEW.value::bigint;
            r := OLD.value::double precision;
        ELSE
            i := OLD.value::bigint;
            r := NEW.value::double precision;
        END IF;
        -- 2^63 is exact as a double; inside the range r::bigint is exact for an integral r.
        same := r = trunc(r) AND r >= -9223372036854775808::double precision
                AND r < 9223372036854775808::double precision AND r::bigint = i;
    END IF;
    IF NOT same THEN
        NEW.edited_at := round(extract(epoch FROM clock_timestamp()) * 1000) / 1000;
    END IF;
    RETURN NEW;
END
$$;
CREATE TRIGGER params_written BEFORE INSERT OR UPDATE OF value, value_kind ON params
    FOR EACH ROW EXECUTE FUNCTION params_stamp_written();

CREATE FUNCTION tags_stamp_written() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF (TG_OP = 'INSERT' AND NEW.edited_at = 0)
       OR (TG_OP = 'UPDATE' AND NEW.value IS DISTINCT FROM OLD.value
           AND NEW.edited_at = OLD.edited_at) THEN
        NEW.edited_at := round(extract(epoch FROM clock_timestamp()) * 1000) / 1000;
    END IF;
    RETURN NEW;
END
$$;
CREATE TRIGGER tags_written BEFORE INSERT OR UPDATE OF value ON tags
    FOR EACH ROW EXECUTE FUNCTION tags_stamp_written();

CREATE FUNCTION metric_directions_stamp_written() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF (TG_OP = 'INSERT' AND NEW.edited_at = 0)
       OR (TG_OP = 'UPDATE' AND NEW.direction IS DISTINCT FROM OLD.direction
           AND NEW.edited_at = OLD.edited_at) THEN
        NEW.edited_at := round(extract(epoch FROM clock_timestamp()) * 1000) / 1000;
    END IF;
    RETURN NEW;
END
$$;
CREATE TRIGGER metric_directions_written BEFORE INSERT OR UPDATE OF direction ON metric_directions
    FOR EACH ROW EXECUTE FUNCTION metric_directions_stamp_written();

-- Named through the deleted row's own schema (TG_TABLE_SCHEMA), not search_path.
CREATE FUNCTION runs_record_deleted() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    EXECUTE format('INSERT INTO %I.deleted_runs (uuid, deleted_at) VALUES ($1, $2) '
                   'ON CONFLICT (uuid) DO UPDATE SET deleted_at = excluded.deleted_at',
                   TG_TABLE_SCHEMA)
        USING OLD.uuid,
              (round(extract(epoch FROM clock_timestamp()) * 1000) / 1000)::double precision;
    RETURN OLD;
END
$$;
CREATE TRIGGER runs_deleted AFTER DELETE ON runs
    FOR EACH ROW EXECUTE FUNCTION runs_record_deleted();

-- Change notification, PostgreSQL only (a SQLite reader polls PRAGMA data_version):
-- every statement that writes a store table bumps the runlens_changes sequence and
-- notifies channel 'runlens_changes' with the store's schema name as payload. Open apps
-- LISTEN and reload what changed within a second of another machine's commit; after a
-- reconnect, when notifications may have been missed, they compare the sequence's
-- last_value with the one they saw. NOTIFY is delivered at commit (never for a rolled
-- back write) and one transaction's identical notifications are merged, so a flush of
-- many chunks costs one message. Statement-level triggers: one call per statement, not
-- per row, and every writer (the clients, the app, psql) is covered without code.
CREATE SEQUENCE runlens_changes;

CREATE FUNCTION runlens_note_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM nextval(format('%I.runlens_changes', TG_TABLE_SCHEMA)::regclass);
    PERFORM pg_notify('runlens_changes', TG_TABLE_SCHEMA);
    RETURN NULL;
END
$$;
CREATE TRIGGER experiments_changed AFTER INSERT OR UPDATE OR DELETE ON experiments
    FOR EACH STATEMENT EXECUTE FUNCTION runlens_note_change();
CREATE TRIGGER runs_changed AFTER INSERT OR UPDATE OR DELETE ON runs
    FOR EACH STATEMENT EXECUTE FUNCTION runlens_note_change();
CREATE TRIGGER params_changed AFTER INSERT OR UPDATE OR DELETE ON params
    FOR EACH STATEMENT EXECUTE FUNCTION runlens_note_change();
CREATE TRIGGER tags_changed AFTER INSERT OR UPDATE OR DELETE ON tags
    FOR EACH STATEMENT EXECUTE FUNCTION runlens_note_change();
CREATE TRIGGER series_changed AFTER INSERT OR UPDATE OR DELETE ON series
    FOR EACH STATEMENT EXECUTE FUNCTION runlens_note_change();
CREATE TRIGGER chunks_changed AFTER INSERT OR UPDATE OR DELETE ON chunks
    FOR EACH STATEMENT EXECUTE FUNCTION runlens_note_change();
CREATE TRIGGER artifacts_changed AFTER INSERT OR UPDATE OR DELETE ON artifacts
    FOR EACH STATEMENT EXECUTE FUNCTION runlens_note_change();
CREATE TRIGGER diagrams_changed AFTER INSERT OR UPDATE OR DELETE ON diagrams
    FOR EACH STATEMENT EXECUTE FUNCTION runlens_note_change();
CREATE TRIGGER metric_directions_changed AFTER INSERT OR UPDATE OR DELETE ON metric_directions
    FOR EACH STATEMENT EXECUTE FUNCTION runlens_note_change();

-- Artifact files, PostgreSQL only. A SQLite store keeps them as files in a folder beside
-- it (docs/storage-format.md, "artifacts"); a team store keeps them in the database, so
-- a file logged on one machine opens on any other without a shared file system. A file
-- is its artifacts row (size, sha256 of the whole) and parts of at most 1 MiB in seq
-- order 0, 1, ...; both are written in one transaction, so a reader sees a whole file
-- or none. Deleting or replacing the artifacts row takes its parts with it.
CREATE TABLE artifact_parts (
    run_id bigint NOT NULL,
    path   text   NOT NULL,
    seq    bigint NOT NULL,
    data   bytea  NOT NULL,
    PRIMARY KEY (run_id, path, seq),
    FOREIGN KEY (run_id, path) REFERENCES artifacts(run_id, path) ON DELETE CASCADE
);
CREATE TRIGGER artifact_parts_changed AFTER INSERT OR UPDATE OR DELETE ON artifact_parts
    FOR EACH STATEMENT EXECUTE FUNCTION runlens_note_change();

-- Compression of the packed columns, PostgreSQL only (not part of the format: a reader
-- sees the same bytes). The default, pglz, compresses float64 points by almost nothing
-- and made writing 1 M points take 1.4 s instead of 0.2 s (measured here with COPY);
-- lz4 is as fast as no compression and still halves sequential steps. A server built
-- without lz4 stores them uncompressed (EXTERNAL) instead.
DO $$
BEGIN
    ALTER TABLE chunks ALTER COLUMN steps SET COMPRESSION lz4,
                       ALTER COLUMN vals SET COMPRESSION lz4,
                       ALTER COLUMN times SET COMPRESSION lz4;
    ALTER TABLE artifact_parts ALTER COLUMN data SET COMPRESSION lz4;
EXCEPTION WHEN feature_not_supported THEN
    ALTER TABLE chunks ALTER COLUMN steps SET STORAGE EXTERNAL,
                       ALTER COLUMN vals SET STORAGE EXTERNAL,
                       ALTER COLUMN times SET STORAGE EXTERNAL;
    ALTER TABLE artifact_parts ALTER COLUMN data SET STORAGE EXTERNAL;
END
$$;
