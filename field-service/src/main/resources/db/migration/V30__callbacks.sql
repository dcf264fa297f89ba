-- Quality (issue 13). When each job was completed: the time of its COMPLETED status change (a job completes once).
-- Intake links callbacks by it and quality counts first-time fix by it, so both read one definition.
CREATE VIEW job_completion AS
SELECT j.tenant_id, j.id AS job_id, j.service_call_id, j.customer_id, j.location_id, j.technician_id,
       e.changed_at AS completed_at
FROM job j
JOIN job_status_event e ON e.tenant_id = j.tenant_id AND e.job_id = j.id AND e.to_status = 'COMPLETED'
WHERE j.status = 'COMPLETED';
CREATE INDEX job_status_event_completed ON job_status_event (tenant_id, changed_at) WHERE to_status = 'COMPLETED';

-- A callback's link to the completed job it returns to (seed 002's Callback), decided when the call is opened and
-- never changed: the job, its technician (the callback counts against them), its completion and the whole days
-- between that and the call.
ALTER TABLE service_call
    ADD COLUMN callback_job_id        uuid,
    ADD COLUMN callback_technician_id uuid,
    ADD COLUMN callback_completed_at  timestamptz,
    ADD COLUMN callback_days_after    bigint,
    ADD CONSTRAINT service_call_callback_job FOREIGN KEY (tenant_id, callback_job_id) REFERENCES job (tenant_id, id),
    ADD CONSTRAINT service_call_callback_whole CHECK (
        (callback_job_id IS NULL) = (callback_completed_at IS NULL)
        AND (callback_job_id IS NULL) = (callback_days_after IS NULL)
        AND (callback_days_after IS NULL OR callback_days_after >= 0));
CREATE INDEX service_call_callback_job ON service_call (tenant_id, callback_job_id) WHERE callback_job_id IS NOT NULL;
