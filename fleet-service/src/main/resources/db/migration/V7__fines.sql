-- Fines (seed 004, "Fines & Accidents": the speeding fine). Depends on V1-V3 (vehicle, driver, vehicle_expense),
-- V4 (driver_transaction, order_cost) and V6 (trip_ticket). docs/trips-and-fines.md.

-- A fine letter about a vehicle. Attributed to the driver the driving record names at committed_at (or, when
-- nobody is recorded, by a manager later); its amount is the vehicle's FINE expense from the start, and once
-- attributed the driver's deduction and, with an order, the order's cost.
CREATE TABLE fine (
    id                    uuid        PRIMARY KEY,
    tenant_id             text        NOT NULL,
    vehicle_id            uuid        NOT NULL,
    committed_at          timestamptz NOT NULL,
    location              text        NOT NULL,
    offense               text        NOT NULL,
    offense_details       text,
    amount                numeric     NOT NULL CHECK (amount > 0),
    currency              text        NOT NULL CHECK (currency ~ '^[A-Z]{3}$'),
    -- The authority's own number of the letter: one letter is recorded once.
    reference             text        NOT NULL,
    issuing_authority     text        NOT NULL,
    received_on           date        NOT NULL,
    status                text        NOT NULL CHECK (status IN ('PENDING_ATTRIBUTION', 'ATTRIBUTED')),
    driver_id             uuid,
    attribution           text        CHECK (attribution IN ('DRIVING_RECORD', 'MANUAL')),
    -- Where the driving record had the driver from (a trip ticket, a dispatch); none when attributed by hand.
    driving_source        text        CHECK (driving_source IN ('TRIP_TICKET', 'DISPATCH')),
    driving_source_id     uuid,
    driving_source_number text,
    trip_ticket_id        uuid,
    order_reference       text,
    attributed_by         text,
    attributed_at         timestamptz,
    vehicle_expense_id    uuid        NOT NULL,
    driver_transaction_id uuid,
    order_cost_id         uuid,
    created_by            text        NOT NULL,
    created_at            timestamptz NOT NULL,
    updated_by            text        NOT NULL,
    updated_at            timestamptz NOT NULL,
    version               bigint      NOT NULL,
    CONSTRAINT fine_tenant_id_unique UNIQUE (tenant_id, id),
    CONSTRAINT fine_vehicle FOREIGN KEY (tenant_id, vehicle_id) REFERENCES vehicle (tenant_id, id),
    CONSTRAINT fine_driver FOREIGN KEY (tenant_id, driver_id) REFERENCES driver (tenant_id, id),
    CONSTRAINT fine_trip_ticket FOREIGN KEY (tenant_id, trip_ticket_id) REFERENCES trip_ticket (tenant_id, id),
    CONSTRAINT fine_vehicle_expense FOREIGN KEY (vehicle_expense_id) REFERENCES vehicle_expense (id),
    CONSTRAINT fine_driver_transaction FOREIGN KEY (driver_transaction_id) REFERENCES driver_transaction (id),
    CONSTRAINT fine_order_cost FOREIGN KEY (order_cost_id) REFERENCES order_cost (id),
    -- Attributed exactly when a driver is named, with who did it and the driver's deduction.
    CONSTRAINT fine_attribution_complete CHECK ((status = 'ATTRIBUTED') = (driver_id IS NOT NULL)
        AND (status = 'PENDING_ATTRIBUTION' OR (attribution IS NOT NULL AND attributed_by IS NOT NULL
            AND attributed_at IS NOT NULL AND driver_transaction_id IS NOT NULL))),
    CONSTRAINT fine_driving_source_whole CHECK ((driving_source IS NULL) = (driving_source_id IS NULL)
        AND (attribution = 'DRIVING_RECORD') = (driving_source IS NOT NULL)),
    CONSTRAINT fine_order_cost_with_order CHECK (order_cost_id IS NULL OR order_reference IS NOT NULL)
);
-- One letter, one fine: the reference compared without surrounding blanks and case.
CREATE UNIQUE INDEX fine_reference_unique ON fine (tenant_id, lower(reference));
CREATE INDEX fine_tenant_committed ON fine (tenant_id, committed_at DESC);
CREATE INDEX fine_vehicle ON fine (tenant_id, vehicle_id, committed_at DESC);
CREATE INDEX fine_driver ON fine (tenant_id, driver_id) WHERE driver_id IS NOT NULL;
CREATE INDEX fine_order ON fine (tenant_id, order_reference) WHERE order_reference IS NOT NULL;
CREATE INDEX fine_pending ON fine (tenant_id, created_at) WHERE status = 'PENDING_ATTRIBUTION';
