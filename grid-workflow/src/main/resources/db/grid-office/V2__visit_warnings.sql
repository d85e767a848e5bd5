-- Visit warnings (grid-workflow's VisitWatch and ReturnVisitWatch): one row per visit or return
-- visit not done in time that the office acted on. The key (visit/RULE/SUBJECT/PERIOD_END or
-- return-visit/MATTER/CLOSURE) is the primary key: a warning is recorded, and its outbox event
-- queued, once across ticks, restarts and offices sharing the database.

CREATE TABLE office_visit_warning (
    key      text COLLATE "C" PRIMARY KEY,
    sequence bigserial NOT NULL UNIQUE,               -- the order recorded
    warning  jsonb NOT NULL                           -- the VisitWarning
);

-- Closed matters are looked up when an office starts watching return visits.
CREATE INDEX office_matter_closed ON office_matter (id) WHERE state = 'CLOSED';
