-- The durable audit trail (grid-workflow's JdbcAuditStore), PostgreSQL 12 or later.
-- One row per AuditEntry, chained by SHA-256 (grid-core's AuditEntry): the hash covers
-- previous_hash | sequence | at | actor | action | record | area | purpose | outcome, where at is
-- the instant to the nanosecond (at plus at_nano), so a row changed by hand no longer verifies.
-- Every value is an id or a code: no personal data is stored here.

CREATE TABLE audit_entry (
    sequence      bigint PRIMARY KEY CHECK (sequence > 0),   -- from 1, no gaps; a second writer collides
    at            timestamptz NOT NULL,                       -- when, to the microsecond (retention)
    at_nano       integer NOT NULL CHECK (at_nano BETWEEN 0 AND 999999999), -- nano of second, exact
    actor         text COLLATE "C" NOT NULL,
    action        text COLLATE "C" NOT NULL,
    record        text COLLATE "C" NOT NULL,
    area          text COLLATE "C" NOT NULL,
    purpose       text COLLATE "C" NOT NULL,
    outcome       text NOT NULL,
    previous_hash char(64) NOT NULL,
    hash          char(64) NOT NULL
);
CREATE INDEX audit_entry_at ON audit_entry (at);

-- Append-only in the database itself: no UPDATE ever, and DELETE only by the retention job,
-- which sets grid.audit_retention to 'on' for its transaction (SET LOCAL). A host can go further
-- and grant the application's user INSERT and SELECT only.
CREATE FUNCTION audit_entry_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'DELETE' AND current_setting('grid.audit_retention', true) = 'on' THEN
        RETURN OLD;
    END IF;
    RAISE EXCEPTION 'audit_entry is append-only: % refused', TG_OP USING ERRCODE = 'P0001';
END;
$$;
CREATE TRIGGER audit_entry_append_only BEFORE UPDATE OR DELETE ON audit_entry
    FOR EACH ROW EXECUTE FUNCTION audit_entry_append_only();
CREATE TRIGGER audit_entry_no_truncate BEFORE TRUNCATE ON audit_entry
    FOR EACH STATEMENT EXECUTE FUNCTION audit_entry_append_only();
