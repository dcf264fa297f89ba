-- A customer's service locations: several addresses one customer sends technicians to.
CREATE TABLE location (
    id           uuid        PRIMARY KEY,
    tenant_id    text        NOT NULL,
    customer_id  uuid        NOT NULL,
    label        text,
    line1        text        NOT NULL,
    city         text        NOT NULL,
    postal_code  text        NOT NULL,
    access_notes text,
    created_by   text        NOT NULL,
    created_at   timestamptz NOT NULL,
    updated_by   text        NOT NULL,
    updated_at   timestamptz NOT NULL,
    version      bigint      NOT NULL,
    CONSTRAINT location_customer FOREIGN KEY (tenant_id, customer_id) REFERENCES customer (tenant_id, id),
    -- What a service call's location key references: a location of that call's customer.
    CONSTRAINT location_tenant_customer_id_unique UNIQUE (tenant_id, customer_id, id)
);

-- A call names where (one of its customer's locations) and when the customer would like someone.
ALTER TABLE service_call
    ADD COLUMN location_id           uuid,
    ADD COLUMN preferred_window_from timestamptz,
    ADD COLUMN preferred_window_to   timestamptz,
    ADD CONSTRAINT service_call_location FOREIGN KEY (tenant_id, customer_id, location_id)
        REFERENCES location (tenant_id, customer_id, id),
    ADD CONSTRAINT service_call_preferred_window CHECK (
        (preferred_window_from IS NULL AND preferred_window_to IS NULL)
        OR preferred_window_from < preferred_window_to);

-- A scheduled visit's work: what a call became, with the skill it needs and how long it should take.
CREATE TABLE job (
    id               uuid        PRIMARY KEY,
    tenant_id        text        NOT NULL,
    service_call_id  uuid        NOT NULL,
    customer_id      uuid        NOT NULL,
    location_id      uuid,
    title            text        NOT NULL,
    trade            text        NOT NULL CHECK (trade IN ('HVAC', 'PLUMBING', 'ELECTRICAL')),
    skill_level      integer     NOT NULL CHECK (skill_level BETWEEN 1 AND 3),
    expected_minutes integer     NOT NULL CHECK (expected_minutes BETWEEN 1 AND 1440),
    status           text        NOT NULL CHECK (status IN ('READY_TO_SCHEDULE', 'SCHEDULED', 'IN_PROGRESS',
                                                            'WAITING_ON_PARTS', 'COMPLETED', 'CANCELLED')),
    created_by       text        NOT NULL,
    created_at       timestamptz NOT NULL,
    updated_by       text        NOT NULL,
    updated_at       timestamptz NOT NULL,
    version          bigint      NOT NULL,
    CONSTRAINT job_tenant_id_unique UNIQUE (tenant_id, id),
    CONSTRAINT job_service_call FOREIGN KEY (tenant_id, service_call_id) REFERENCES service_call (tenant_id, id)
);
CREATE INDEX job_service_call ON job (tenant_id, service_call_id);
CREATE INDEX job_tenant_status ON job (tenant_id, status);
