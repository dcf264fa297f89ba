-- Dispatch's copies of fleet's transport units (transport-unit-readiness-changed) and trip tickets
-- (trip-ticket-issued / -closed / -cancelled), kept by the units capability.
CREATE TABLE transport_unit_projection (
    tenant_id       text        NOT NULL,
    id              uuid        NOT NULL,
    status          text        NOT NULL,
    driver_id       uuid,
    vehicle_id      uuid,
    trailer_id      uuid,
    ready_for_order boolean     NOT NULL,
    reasons         jsonb       NOT NULL,
    unit_version    bigint      NOT NULL,
    changed_at      timestamptz NOT NULL,
    PRIMARY KEY (tenant_id, id)
);
CREATE INDEX transport_unit_projection_ready ON transport_unit_projection (tenant_id, ready_for_order, changed_at DESC);

CREATE TABLE trip_ticket_projection (
    tenant_id           text        NOT NULL,
    id                  uuid        NOT NULL,
    number              text        NOT NULL,
    vehicle_id          uuid        NOT NULL,
    registration_number text,
    driver_id           uuid        NOT NULL,
    driver_number       text,
    trailer_id          uuid,
    transport_unit_id   uuid,
    planned_from        timestamptz NOT NULL,
    planned_to          timestamptz NOT NULL,
    order_reference     text,
    status              text        NOT NULL CHECK (status IN ('OPEN', 'CLOSED', 'CANCELLED')),
    PRIMARY KEY (tenant_id, id)
);
CREATE INDEX trip_ticket_projection_status ON trip_ticket_projection (tenant_id, status, planned_from DESC);
CREATE INDEX trip_ticket_projection_unit ON trip_ticket_projection (tenant_id, transport_unit_id, planned_from DESC);
