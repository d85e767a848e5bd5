-- The durable office store (grid-workflow's JdbcOfficeStore), PostgreSQL 12 or later.
-- Snapshots and history entries are jsonb (GridJson.mapper()); the fields the office queries are
-- columns with indexes. Text keys use COLLATE "C" so SQL orders them as Java's String.compareTo.

CREATE SEQUENCE office_matter_id;

CREATE TABLE office_matter (
    id             text COLLATE "C" PRIMARY KEY,
    external_id    text COLLATE "C" UNIQUE,           -- idempotent intake; NULLs do not collide
    area           text COLLATE "C" NOT NULL,          -- area code digits, queried by prefix
    state          text NOT NULL,
    is_open        boolean NOT NULL,
    version        bigint NOT NULL,                    -- optimistic concurrency
    due            timestamptz,                        -- earliest due instant of the open clocks
    problem_reason text,                               -- the clock problem, if any
    problem_since  timestamptz,
    snapshot       jsonb NOT NULL,                     -- the Matter at version
    facts          jsonb NOT NULL                      -- the history's report, area and category
);
CREATE INDEX office_matter_open_area ON office_matter (area COLLATE "C" text_pattern_ops) WHERE is_open;
CREATE INDEX office_matter_open_state ON office_matter (state, id) WHERE is_open;
CREATE INDEX office_matter_open_due ON office_matter (due) WHERE is_open;
CREATE INDEX office_matter_problem ON office_matter (id) WHERE problem_reason IS NOT NULL;

-- The append-only history: one row per transition. A fired SLA step's key is unique per matter,
-- a second guard (after the version check) against firing a step twice.
CREATE TABLE office_transition (
    matter   text COLLATE "C" NOT NULL REFERENCES office_matter (id),
    version  bigint NOT NULL,
    step_key text COLLATE "C",
    entry    jsonb NOT NULL,
    PRIMARY KEY (matter, version)
);
CREATE UNIQUE INDEX office_transition_step ON office_transition (matter, step_key) WHERE step_key IS NOT NULL;

-- Pending SLA timers, one row per clock's next step; claimed by an instance for a lease.
CREATE TABLE office_timer (
    matter       text COLLATE "C" NOT NULL REFERENCES office_matter (id),
    metric       text NOT NULL,
    metric_order int NOT NULL,                         -- the Metric's declaration order (due order)
    cycle        int NOT NULL,
    step         int NOT NULL,
    at           timestamptz NOT NULL,
    claimed_by   text,
    lease_until  timestamptz,
    PRIMARY KEY (matter, metric, cycle, step)
);
CREATE INDEX office_timer_due ON office_timer (at, matter, metric_order, cycle, step);

-- Host events waiting for delivery, per matter in sequence order, with backoff.
CREATE TABLE office_outbox (
    sequence   bigserial PRIMARY KEY,
    matter     text COLLATE "C" NOT NULL,
    event      jsonb NOT NULL,
    attempts   int NOT NULL DEFAULT 0,
    not_before timestamptz                             -- NULL: at once
);
CREATE INDEX office_outbox_matter ON office_outbox (matter, sequence);

CREATE TABLE office_outbox_stats (
    id        int PRIMARY KEY CHECK (id = 1),
    delivered bigint NOT NULL,
    failures  bigint NOT NULL
);
INSERT INTO office_outbox_stats VALUES (1, 0, 0);

-- Modes, the admission list, the policy record and the calendars put in force (OfficeSettings).
CREATE TABLE office_settings (
    id       int PRIMARY KEY CHECK (id = 1),
    version  bigint NOT NULL,
    settings jsonb NOT NULL
);
