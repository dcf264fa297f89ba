-- Every job status change (seed 002's JobStatusEvent): who, when, from, to, why. Append only.
CREATE TABLE job_status_event (
    id          uuid        PRIMARY KEY,
    tenant_id   text        NOT NULL,
    job_id      uuid        NOT NULL,
    from_status text,
    to_status   text        NOT NULL,
    why         text,
    changed_by  text        NOT NULL,
    changed_at  timestamptz NOT NULL,
    CONSTRAINT job_status_event_job FOREIGN KEY (tenant_id, job_id) REFERENCES job (tenant_id, id)
);
CREATE INDEX job_status_event_of_job ON job_status_event (tenant_id, job_id, changed_at);

-- Every change of any record (seed 002's AuditEvent), with the customer and job it concerns when it has them, so a
-- customer's or a job's history reads it. Append only.
CREATE TABLE audit_event (
    id          uuid        PRIMARY KEY,
    tenant_id   text        NOT NULL,
    record_type text        NOT NULL,
    record_id   uuid        NOT NULL,
    action      text        NOT NULL CHECK (action IN ('CREATED', 'CHANGED')),
    version     bigint      NOT NULL,
    customer_id uuid,
    job_id      uuid,
    changed_by  text        NOT NULL,
    changed_at  timestamptz NOT NULL
);
CREATE INDEX audit_event_of_customer ON audit_event (tenant_id, customer_id, changed_at) WHERE customer_id IS NOT NULL;
CREATE INDEX audit_event_of_job ON audit_event (tenant_id, job_id, changed_at) WHERE job_id IS NOT NULL;
CREATE INDEX audit_event_of_record ON audit_event (tenant_id, record_id, changed_at);
