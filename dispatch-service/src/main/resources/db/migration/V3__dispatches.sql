-- Dispatches (seed 000) with their invoice links, proof of delivery and the businesses' dispatch policies; the
-- invoice projection follows billing's invoice lifecycle.

-- btree_gist lets one GiST index hold the tenant and the unit (equality) with the booked range (overlap).
CREATE EXTENSION IF NOT EXISTS btree_gist;

ALTER TABLE invoice_projection
    ADD COLUMN status     text NOT NULL DEFAULT 'ISSUED' CHECK (status IN ('ISSUED', 'PROCESSED', 'VOID')),
    ADD COLUMN request_id uuid;

CREATE TABLE dispatch (
    id                 uuid        PRIMARY KEY,
    tenant_id          text        NOT NULL,
    number             text        NOT NULL,
    datetime           timestamptz NOT NULL,
    unit_id            uuid        NOT NULL,
    vehicle_id         uuid        NOT NULL,
    driver_id          uuid        NOT NULL,
    trailer_id         uuid,
    trip_ticket_id     uuid        NOT NULL,
    trip_ticket_number text,
    order_reference    text,
    window_from        timestamptz NOT NULL,
    window_to          timestamptz NOT NULL,
    booked             tstzrange   GENERATED ALWAYS AS (tstzrange(window_from, window_to, '[)')) STORED,
    status             text        NOT NULL CHECK (status IN
                           ('PENDING', 'DRAFT', 'SCHEDULED', 'DISPATCHED', 'COMPLETED', 'CLOSED', 'CANCELLED')),
    invoice_count      integer     NOT NULL CHECK (invoice_count >= 0),
    departed_at        timestamptz,
    recipient_name     text,
    received_at        timestamptz,
    proof_uploaded     boolean     NOT NULL,
    proof_attached     boolean     NOT NULL,
    cancel_reason      text,
    cancelled_by       text,
    cancelled_at       timestamptz,
    deleted_by         text,
    deleted_at         timestamptz,
    history            jsonb       NOT NULL,
    created_by         text        NOT NULL,
    created_at         timestamptz NOT NULL,
    updated_by         text        NOT NULL,
    updated_at         timestamptz NOT NULL,
    version            bigint      NOT NULL,
    CONSTRAINT dispatch_tenant_key UNIQUE (tenant_id, id),
    CONSTRAINT dispatch_number_unique UNIQUE (tenant_id, number),
    CONSTRAINT dispatch_window CHECK (window_to > window_from),
    CONSTRAINT dispatch_completed_delivery CHECK (status NOT IN ('COMPLETED', 'CLOSED')
        OR (recipient_name IS NOT NULL AND received_at IS NOT NULL AND invoice_count > 0)),
    CONSTRAINT dispatch_cancelled_reason CHECK (status <> 'CANCELLED' OR cancel_reason IS NOT NULL),
    -- A unit is never double-booked: live dispatches (not cancelled, not deleted) of one unit never overlap, also
    -- when requests race.
    CONSTRAINT dispatch_unit_double_booked EXCLUDE USING gist (tenant_id WITH =, unit_id WITH =, booked WITH &&)
        WHERE (status <> 'CANCELLED' AND deleted_at IS NULL)
);
-- A trip ticket is used by one live dispatch only.
CREATE UNIQUE INDEX dispatch_trip_ticket_used ON dispatch (tenant_id, trip_ticket_id)
    WHERE status <> 'CANCELLED' AND deleted_at IS NULL;
-- The list's filters and sorts (deleted rows are never listed).
CREATE INDEX dispatch_list_datetime ON dispatch (tenant_id, datetime DESC, id) WHERE deleted_at IS NULL;
CREATE INDEX dispatch_list_created ON dispatch (tenant_id, created_at DESC, id) WHERE deleted_at IS NULL;
CREATE INDEX dispatch_list_number ON dispatch (tenant_id, number) WHERE deleted_at IS NULL;
CREATE INDEX dispatch_list_unit ON dispatch (tenant_id, unit_id, datetime DESC) WHERE deleted_at IS NULL;
CREATE INDEX dispatch_list_created_by ON dispatch (tenant_id, created_by, datetime DESC) WHERE deleted_at IS NULL;
CREATE INDEX dispatch_list_status ON dispatch (tenant_id, status, datetime DESC) WHERE deleted_at IS NULL;

CREATE TABLE dispatch_invoice (
    id             uuid        PRIMARY KEY,
    tenant_id      text        NOT NULL,
    dispatch_id    uuid        NOT NULL,
    invoice_id     uuid        NOT NULL,
    invoice_number text        NOT NULL,
    sales_order_id uuid        NOT NULL,
    customer_id    uuid        NOT NULL,
    attached_by    text        NOT NULL,
    attached_at    timestamptz NOT NULL,
    detached_by    text,
    detached_at    timestamptz,
    CONSTRAINT dispatch_invoice_dispatch FOREIGN KEY (tenant_id, dispatch_id) REFERENCES dispatch (tenant_id, id)
);
-- An invoice is on at most one live dispatch (a detached link is history).
CREATE UNIQUE INDEX dispatch_invoice_live ON dispatch_invoice (tenant_id, invoice_id) WHERE detached_at IS NULL;
CREATE INDEX dispatch_invoice_of_dispatch ON dispatch_invoice (tenant_id, dispatch_id) WHERE detached_at IS NULL;
-- The list's customer filter: a customer's live links, to their dispatches.
CREATE INDEX dispatch_invoice_customer ON dispatch_invoice (tenant_id, customer_id, dispatch_id) WHERE detached_at IS NULL;

CREATE TABLE dispatch_proof (
    dispatch_id  uuid        PRIMARY KEY,
    tenant_id    text        NOT NULL,
    media_type   text        NOT NULL,
    file_name    text,
    size         bigint      NOT NULL,
    sha256       text        NOT NULL,
    content      bytea       NOT NULL,
    uploaded_by  text        NOT NULL,
    uploaded_at  timestamptz NOT NULL,
    CONSTRAINT dispatch_proof_dispatch FOREIGN KEY (tenant_id, dispatch_id) REFERENCES dispatch (tenant_id, id)
);

CREATE TABLE dispatch_policy (
    tenant_id             text        PRIMARY KEY,
    past_datetime_allowed boolean     NOT NULL,
    window_source         text        NOT NULL CHECK (window_source IN ('TRIP_TICKET', 'DURATION')),
    window_minutes        integer     NOT NULL CHECK (window_minutes BETWEEN 15 AND 1440),
    updated_by            text        NOT NULL,
    updated_at            timestamptz NOT NULL
);
