-- Whether a live appointment was booked over a soft conflict (its flags), so the blocked-jobs queue finds the jobs
-- stuck in a scheduling conflict without reading every appointment.
ALTER TABLE appointment ADD COLUMN flagged boolean GENERATED ALWAYS AS (flags <> '{"lines": []}'::jsonb) STORED;
CREATE INDEX appointment_flagged ON appointment (tenant_id) WHERE status = 'LIVE' AND flagged;
