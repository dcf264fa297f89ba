-- What happens on site, kept on the job: diagnosis, labor and parts used (jsonb lists, guarded by the job's version),
-- and while it waits on parts, since when and for what.
ALTER TABLE job
    ADD COLUMN diagnosis_findings text,
    ADD COLUMN diagnosis_cause    text,
    ADD COLUMN labor              jsonb NOT NULL DEFAULT '{"lines": []}',
    ADD COLUMN parts_used         jsonb NOT NULL DEFAULT '{"lines": []}',
    ADD COLUMN blocked_since      timestamptz,
    ADD COLUMN waiting_for        text,
    -- A job waiting on parts always says since when and for what; no other job does.
    ADD CONSTRAINT job_blocked_since CHECK ((status = 'WAITING_ON_PARTS') = (blocked_since IS NOT NULL AND waiting_for IS NOT NULL));
CREATE INDEX job_blocked ON job (tenant_id, blocked_since) WHERE status = 'WAITING_ON_PARTS';

-- Whose the job is and when: the board's live appointment, as the job knows it (the technician's queue reads it).
ALTER TABLE job
    ADD COLUMN technician_id   uuid,
    ADD COLUMN scheduled_start timestamptz,
    ADD COLUMN scheduled_end   timestamptz,
    ADD CONSTRAINT job_technician FOREIGN KEY (tenant_id, technician_id) REFERENCES technician (tenant_id, id);
CREATE INDEX job_queue ON job (tenant_id, technician_id, scheduled_start);
