-- btree_gist lets one GiST index hold the tenant and the technician (equality) with the booked slot (overlap).
CREATE EXTENSION IF NOT EXISTS btree_gist;

-- A technician's time booked for a job. Rescheduling or reassigning supersedes the row and adds its replacement
-- (which names it in replaces), so every change of an appointment is kept.
CREATE TABLE appointment (
    id            uuid        PRIMARY KEY,
    tenant_id     text        NOT NULL,
    job_id        uuid        NOT NULL,
    technician_id uuid        NOT NULL,
    starts_at     timestamptz NOT NULL,
    ends_at       timestamptz NOT NULL,
    slot          tstzrange   GENERATED ALWAYS AS (tstzrange(starts_at, ends_at, '[)')) STORED,
    status        text        NOT NULL CHECK (status IN ('LIVE', 'SUPERSEDED')),
    replaces      uuid,
    reason        text,
    flags         jsonb       NOT NULL,
    created_by    text        NOT NULL,
    created_at    timestamptz NOT NULL,
    updated_by    text        NOT NULL,
    updated_at    timestamptz NOT NULL,
    version       bigint      NOT NULL,
    CONSTRAINT appointment_tenant_id_unique UNIQUE (tenant_id, id),
    CONSTRAINT appointment_job FOREIGN KEY (tenant_id, job_id) REFERENCES job (tenant_id, id),
    CONSTRAINT appointment_technician FOREIGN KEY (tenant_id, technician_id) REFERENCES technician (tenant_id, id),
    CONSTRAINT appointment_replaces FOREIGN KEY (tenant_id, replaces) REFERENCES appointment (tenant_id, id),
    CONSTRAINT appointment_ends_after_start CHECK (ends_at > starts_at),
    -- A technician is never in two places: live appointments of one technician never overlap, also when eight
    -- dispatchers race for the same slot.
    CONSTRAINT appointment_technician_double_booked EXCLUDE USING gist
        (tenant_id WITH =, technician_id WITH =, slot WITH &&) WHERE (status = 'LIVE')
);
-- A job has one live appointment: two dispatchers assigning the same job cannot both win.
CREATE UNIQUE INDEX appointment_job_live ON appointment (tenant_id, job_id) WHERE status = 'LIVE';
-- The board reads a day's live appointments.
CREATE INDEX appointment_board ON appointment (tenant_id, starts_at) WHERE status = 'LIVE';
CREATE INDEX appointment_of_job ON appointment (tenant_id, job_id, created_at);

-- Each tenant's board rules; a tenant without a row has the defaults (refuse, refuse, 7 days).
CREATE TABLE board_policy (
    tenant_id        text        PRIMARY KEY,
    availability     text        NOT NULL CHECK (availability IN ('REFUSE', 'FLAG')),
    skill            text        NOT NULL CHECK (skill IN ('REFUSE', 'FLAG')),
    blocked_sla_days integer     NOT NULL CHECK (blocked_sla_days BETWEEN 1 AND 365),
    updated_by       text        NOT NULL,
    updated_at       timestamptz NOT NULL
);
