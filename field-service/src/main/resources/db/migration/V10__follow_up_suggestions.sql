-- The follow-up appointment suggested for a job released after waiting on parts: one per job, replaced by a newer
-- suggestion, dropped when the job is booked or cancelled. A suggestion, not a booking: the exclusion constraint of
-- appointment still decides who gets a slot.
CREATE TABLE follow_up (
    tenant_id     text        NOT NULL,
    job_id        uuid        NOT NULL,
    technician_id uuid        NOT NULL,
    starts_at     timestamptz NOT NULL,
    ends_at       timestamptz NOT NULL,
    product_id    uuid,
    suggested_at  timestamptz NOT NULL,
    PRIMARY KEY (tenant_id, job_id),
    CONSTRAINT follow_up_ends_after_start CHECK (ends_at > starts_at)
);

-- Whose truck holds a part: the trucks with a product available, asked when a part arrives.
CREATE INDEX truck_stock_product ON truck_stock (tenant_id, product_id) WHERE available > 0;
