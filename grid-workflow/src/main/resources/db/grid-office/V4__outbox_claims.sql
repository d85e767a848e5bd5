-- Outbox claims (grid-workflow's JdbcOfficeStore.claimDeliverable): offices sharing the database
-- split the outbox as they split the due timers. An office claims the run of a matter's (or a
-- visit warning's) oldest undelivered events for a lease, written on the run's first row (the
-- matter's head); the others pass over every event of that matter until the claimed ones are
-- delivered (their rows deleted, the head among them), the head's delivery fails (its claim ends)
-- or the lease runs out (a crashed office's claims return).

ALTER TABLE office_outbox
    ADD COLUMN claimed_by  text,                      -- the office that holds the matter, on its head
    ADD COLUMN lease_until timestamptz;               -- until when; later, anyone may claim it

-- Where a claimed run ends: the matter's first event still in backoff after a failed delivery.
-- Delivered rows are deleted, so the outbox and its indexes hold only what is pending; the lease
-- columns are in no index, so stamping a head can stay a heap-only update.
CREATE INDEX office_outbox_waiting ON office_outbox (matter, sequence) WHERE not_before IS NOT NULL;
