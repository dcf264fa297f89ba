-- The vehicle register (seed 004): heavy trucks (LKV) and light vehicles (PKV).
CREATE TABLE vehicle (
    id                  uuid        PRIMARY KEY,
    tenant_id           text        NOT NULL,
    registration_number text        NOT NULL,
    kind                text        NOT NULL CHECK (kind IN ('LKV', 'PKV')),
    make                text        NOT NULL,
    model               text        NOT NULL,
    vin                 text,
    odometer_km         bigint      NOT NULL CHECK (odometer_km >= 0),
    odometer_read_at    timestamptz,
    assignment_mode     text        CHECK (assignment_mode IN ('ASSIGNED_TO_DRIVER', 'POOL', 'SPARE')),
    status              text        NOT NULL CHECK (status IN ('ACTIVE', 'IN_SERVICE', 'IN_REPAIR', 'OUT_OF_SERVICE')),
    created_by          text        NOT NULL,
    created_at          timestamptz NOT NULL,
    updated_by          text        NOT NULL,
    updated_at          timestamptz NOT NULL,
    version             bigint      NOT NULL,
    CONSTRAINT vehicle_registration_number_unique UNIQUE (tenant_id, registration_number),
    -- A light vehicle has an assignment mode, a heavy truck none (it is assigned through orders).
    CONSTRAINT vehicle_assignment_mode_by_kind CHECK ((kind = 'PKV') = (assignment_mode IS NOT NULL)),
    CONSTRAINT vehicle_tenant_id_unique UNIQUE (tenant_id, id)
);
CREATE INDEX vehicle_tenant_created ON vehicle (tenant_id, created_at DESC);
CREATE INDEX vehicle_tenant_kind_status ON vehicle (tenant_id, kind, status);

-- Every odometer reading taken; the vehicle keeps the latest.
CREATE TABLE odometer_reading (
    id          uuid        PRIMARY KEY,
    tenant_id   text        NOT NULL,
    vehicle_id  uuid        NOT NULL,
    odometer_km bigint      NOT NULL CHECK (odometer_km >= 0),
    read_at     timestamptz NOT NULL,
    recorded_by text        NOT NULL,
    recorded_at timestamptz NOT NULL,
    CONSTRAINT odometer_reading_vehicle FOREIGN KEY (tenant_id, vehicle_id) REFERENCES vehicle (tenant_id, id)
);
CREATE INDEX odometer_reading_vehicle_read ON odometer_reading (tenant_id, vehicle_id, read_at DESC);
