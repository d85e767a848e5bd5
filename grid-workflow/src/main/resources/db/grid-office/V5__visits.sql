-- Visits (走访) recorded through grid-workflow's VisitBook on a JdbcVisitLedger: one row per visit,
-- so the visits survive a restart and the office's visit watch does not warn about visits done.
-- Personal data (who visited whom, when, where): this table is their system of record; the library
-- reads it only through the book's scope checks and audit, and never puts a value of it in a
-- message or a log. Independent of V4 (created by no other migration, referencing none), so a
-- database at V3 or V4 applies it the same way.

CREATE TABLE office_visit (
    id       text COLLATE "C" PRIMARY KEY,            -- the host's visit id, or auto/UUID when it gave none:
                                                      -- a retried record keeps one row
    sequence bigserial NOT NULL UNIQUE,               -- the order recorded
    grid     text COLLATE "C" NOT NULL,               -- the subject's grid when recorded
    subject  text COLLATE "C" NOT NULL,               -- the subject's opaque reference
    visitor  text COLLATE "C" NOT NULL,
    at       timestamptz NOT NULL,                    -- to the microsecond, as the book stamps it
    outcome  text NOT NULL CHECK (outcome IN ('MET', 'NOT_MET', 'MATTER_REPORTED')),
    location text                                     -- where, or null (sensitive)
);

-- An area's visits (a grid, or every grid below a community by the code's prefix), by instant.
CREATE INDEX office_visit_grid ON office_visit (grid, at);
-- A subject's visits.
CREATE INDEX office_visit_subject ON office_visit (subject);
-- The visit watch's days, every grid.
CREATE INDEX office_visit_at ON office_visit (at);
