-- Outbox claims (grid-workflow's JdbcOfficeStore.claimDeliverable): offices sharing the database
-- split the outbox as they split the due timers. An office claims the run of a matter's (or a
-- visit warning's) oldest undelivered events for a lease; the others pass over every event of that
-- matter until the claimed ones are delivered (their rows deleted), their delivery fails (the claim
-- ends from the failed event on) or the lease runs out (a crashed office's claims return).

ALTER TABLE office_outbox
    ADD COLUMN claimed_by  text,                      -- the office that holds the event, if any
    ADD COLUMN lease_until timestamptz;               -- until when; later, anyone may claim it

-- Whether a matter is held is asked for every candidate run: a small index of the claimed rows
-- answers it without reading the matter's pending events. Delivered rows are deleted, so the
-- outbox and its indexes hold only what is pending.
CREATE INDEX office_outbox_claimed ON office_outbox (matter, lease_until) WHERE claimed_by IS NOT NULL;
-- Where a claimed run ends: the matter's first event still in backoff after a failed delivery.
CREATE INDEX office_outbox_waiting ON office_outbox (matter, sequence) WHERE not_before IS NOT NULL;
