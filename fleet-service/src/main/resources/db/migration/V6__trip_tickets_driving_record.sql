-- Trip tickets and the driving record (seed 004: "Who was driving?"; docs/trips-and-fines.md).
-- Depends on V1 (vehicle) and V2 (driver, trailer).

-- btree_gist lets one GiST index hold the tenant and the vehicle (equality) with the time range (overlap).
CREATE EXTENSION IF NOT EXISTS btree_gist;

-- A driver takes a vehicle (and, with a heavy truck, a trailer) for a window and a route.
-- While ISSUED the ticket holds its planned window; once CLOSED, the actual one (departed_at to returned_at).
CREATE TABLE trip_ticket (
    id                uuid        PRIMARY KEY,
    tenant_id         text        NOT NULL,
    number            text        NOT NULL,
    vehicle_id        uuid        NOT NULL,
    vehicle_kind      text        NOT NULL CHECK (vehicle_kind IN ('LKV', 'PKV')),
    driver_id         uuid        NOT NULL,
    trailer_id        uuid,
    transport_unit_id uuid,
    planned_from      timestamptz NOT NULL,
    planned_to        timestamptz NOT NULL,
    origin            text        NOT NULL,
    destination       text        NOT NULL,
    via               varchar[]   NOT NULL,
    purpose           text        NOT NULL,
    order_reference   text,
    status            text        NOT NULL CHECK (status IN ('ISSUED', 'CLOSED', 'CANCELLED')),
    odometer_out_km   bigint      NOT NULL CHECK (odometer_out_km >= 0),
    odometer_in_km    bigint,
    distance_km       bigint,
    departed_at       timestamptz,
    returned_at       timestamptz,
    closed_by         text,
    closed_at         timestamptz,
    cancelled_by      text,
    cancelled_at      timestamptz,
    cancel_reason     text,
    -- The window the ticket holds the vehicle, driver and trailer for: planned while issued, actual once closed.
    period            tstzrange   GENERATED ALWAYS AS
                          (tstzrange(COALESCE(departed_at, planned_from), COALESCE(returned_at, planned_to), '[)')) STORED,
    created_by        text        NOT NULL,
    created_at        timestamptz NOT NULL,
    updated_by        text        NOT NULL,
    updated_at        timestamptz NOT NULL,
    version           bigint      NOT NULL,
    CONSTRAINT trip_ticket_number_unique UNIQUE (tenant_id, number),
    CONSTRAINT trip_ticket_tenant_id_unique UNIQUE (tenant_id, id),
    CONSTRAINT trip_ticket_vehicle FOREIGN KEY (tenant_id, vehicle_id, vehicle_kind) REFERENCES vehicle (tenant_id, id, kind),
    CONSTRAINT trip_ticket_driver FOREIGN KEY (tenant_id, driver_id) REFERENCES driver (tenant_id, id),
    CONSTRAINT trip_ticket_trailer FOREIGN KEY (tenant_id, trailer_id) REFERENCES trailer (tenant_id, id),
    CONSTRAINT trip_ticket_planned_window CHECK (planned_to > planned_from),
    -- A trailer rides behind a heavy truck; light vehicles are not assigned to orders (seed 004).
    CONSTRAINT trip_ticket_trailer_needs_lkv CHECK (trailer_id IS NULL OR vehicle_kind = 'LKV'),
    CONSTRAINT trip_ticket_order_needs_lkv CHECK (order_reference IS NULL OR vehicle_kind = 'LKV'),
    CONSTRAINT trip_ticket_closed_complete CHECK (status <> 'CLOSED' OR (odometer_in_km IS NOT NULL
        AND departed_at IS NOT NULL AND returned_at IS NOT NULL AND closed_by IS NOT NULL AND closed_at IS NOT NULL)),
    CONSTRAINT trip_ticket_odometer_in CHECK (odometer_in_km IS NULL
        OR (odometer_in_km >= odometer_out_km AND distance_km = odometer_in_km - odometer_out_km)),
    CONSTRAINT trip_ticket_actual_window CHECK (returned_at IS NULL OR returned_at > departed_at),
    CONSTRAINT trip_ticket_cancelled_reason CHECK (status <> 'CANCELLED' OR cancel_reason IS NOT NULL),
    -- One vehicle, one driver, one trailer on at most one non-cancelled ticket at any moment: racing issues cannot
    -- both win, and a close whose actual window runs into the next ticket is refused.
    CONSTRAINT trip_ticket_vehicle_in_use EXCLUDE USING gist (tenant_id WITH =, vehicle_id WITH =, period WITH &&)
        WHERE (status <> 'CANCELLED'),
    CONSTRAINT trip_ticket_driver_in_use EXCLUDE USING gist (tenant_id WITH =, driver_id WITH =, period WITH &&)
        WHERE (status <> 'CANCELLED'),
    CONSTRAINT trip_ticket_trailer_in_use EXCLUDE USING gist (tenant_id WITH =, trailer_id WITH =, period WITH &&)
        WHERE (status <> 'CANCELLED' AND trailer_id IS NOT NULL)
);
CREATE INDEX trip_ticket_tenant_planned ON trip_ticket (tenant_id, planned_from DESC);
CREATE INDEX trip_ticket_tenant_order ON trip_ticket (tenant_id, order_reference) WHERE order_reference IS NOT NULL;

-- The driving record: who drove which vehicle (with which trailer) when, for which order. A projection written
-- through one out-port by every source: trip tickets now (planned window when issued, actual when closed, removed
-- when cancelled); dispatches of dispatch-service later (source DISPATCH, fed by a Kafka consumer). One row per
-- source record. Sources may overlap; the lookup picks one (docs/trips-and-fines.md, "Precedence").
CREATE TABLE driving_period (
    id              uuid        PRIMARY KEY,
    tenant_id       text        NOT NULL,
    vehicle_id      uuid        NOT NULL,
    driver_id       uuid        NOT NULL,
    trailer_id      uuid,
    starts_at       timestamptz NOT NULL,
    ends_at         timestamptz NOT NULL,
    period          tstzrange   GENERATED ALWAYS AS (tstzrange(starts_at, ends_at, '[)')) STORED,
    order_reference text,
    source          text        NOT NULL CHECK (source IN ('TRIP_TICKET', 'DISPATCH')),
    source_id       uuid        NOT NULL,
    source_number   text,
    recorded_at     timestamptz NOT NULL,
    version         bigint      NOT NULL,
    CONSTRAINT driving_period_window CHECK (ends_at > starts_at),
    CONSTRAINT driving_period_one_per_source UNIQUE (tenant_id, source, source_id),
    CONSTRAINT driving_period_vehicle FOREIGN KEY (tenant_id, vehicle_id) REFERENCES vehicle (tenant_id, id),
    CONSTRAINT driving_period_driver FOREIGN KEY (tenant_id, driver_id) REFERENCES driver (tenant_id, id),
    CONSTRAINT driving_period_trailer FOREIGN KEY (tenant_id, trailer_id) REFERENCES trailer (tenant_id, id)
);
-- "Who drove vehicle V at instant T": tenant and vehicle by equality, T inside the range, on one GiST index.
CREATE INDEX driving_period_vehicle_period ON driving_period USING gist (tenant_id, vehicle_id, period);
