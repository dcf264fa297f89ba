-- A cancelled job frees its technician: its live appointment ends as CANCELLED (kept, no longer holding the slot).
ALTER TABLE appointment DROP CONSTRAINT appointment_status_check;
ALTER TABLE appointment ADD CONSTRAINT appointment_status_check CHECK (status IN ('LIVE', 'SUPERSEDED', 'CANCELLED'));
ALTER TABLE job ADD COLUMN cancel_reason text;
ALTER TABLE job ADD CONSTRAINT job_cancelled_reason CHECK ((status = 'CANCELLED') = (cancel_reason IS NOT NULL));
