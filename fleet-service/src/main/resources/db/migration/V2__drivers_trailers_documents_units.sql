-- Drivers, trailers, their documents and transport units (seed 004).

CREATE TABLE driver (
    id              uuid        PRIMARY KEY,
    tenant_id       text        NOT NULL,
    -- DRV-0001, DRV-0002, ...: the business's own gap-free counter (document_sequence, kind 'DRV').
    employee_number text        NOT NULL,
    name            text        NOT NULL,
    phone           text,
    status          text        NOT NULL CHECK (status IN ('ACTIVE', 'ON_LEAVE', 'INACTIVE')),
    created_by      text        NOT NULL,
    created_at      timestamptz NOT NULL,
    updated_by      text        NOT NULL,
    updated_at      timestamptz NOT NULL,
    version         bigint      NOT NULL,
    CONSTRAINT driver_employee_number_unique UNIQUE (tenant_id, employee_number),
    CONSTRAINT driver_tenant_id_unique UNIQUE (tenant_id, id)
);
CREATE INDEX driver_tenant_created ON driver (tenant_id, created_at DESC);

CREATE TABLE trailer (
    id                  uuid        PRIMARY KEY,
    tenant_id           text        NOT NULL,
    registration_number text        NOT NULL,
    type                text        NOT NULL CHECK (type IN ('STANDARD', 'MEGA', 'FRIGO', 'VAN', 'TAUTLINER')),
    make                text,
    model               text,
    status              text        NOT NULL CHECK (status IN ('ACTIVE', 'IN_SERVICE', 'IN_REPAIR', 'OUT_OF_SERVICE')),
    created_by          text        NOT NULL,
    created_at          timestamptz NOT NULL,
    updated_by          text        NOT NULL,
    updated_at          timestamptz NOT NULL,
    version             bigint      NOT NULL,
    CONSTRAINT trailer_registration_number_unique UNIQUE (tenant_id, registration_number),
    CONSTRAINT trailer_tenant_id_unique UNIQUE (tenant_id, id)
);
CREATE INDEX trailer_tenant_created ON trailer (tenant_id, created_at DESC);
CREATE INDEX trailer_tenant_type_status ON trailer (tenant_id, type, status);

-- A document of exactly one vehicle, trailer or driver; a renewal is a new row, the old one stays.
CREATE TABLE fleet_document (
    id           uuid        PRIMARY KEY,
    tenant_id    text        NOT NULL,
    vehicle_id   uuid,
    trailer_id   uuid,
    driver_id    uuid,
    subject_type text        GENERATED ALWAYS AS (CASE WHEN vehicle_id IS NOT NULL THEN 'VEHICLE'
                                                      WHEN trailer_id IS NOT NULL THEN 'TRAILER'
                                                      ELSE 'DRIVER' END) STORED,
    subject_id   uuid        GENERATED ALWAYS AS (COALESCE(vehicle_id, trailer_id, driver_id)) STORED,
    type         text        NOT NULL,
    number       text        NOT NULL,
    valid_from   date        NOT NULL,
    -- Last valid day, included; NULL: does not expire.
    valid_until  date,
    note         text,
    created_by   text        NOT NULL,
    created_at   timestamptz NOT NULL,
    updated_by   text        NOT NULL,
    updated_at   timestamptz NOT NULL,
    version      bigint      NOT NULL,
    CONSTRAINT fleet_document_one_subject CHECK (num_nonnulls(vehicle_id, trailer_id, driver_id) = 1),
    CONSTRAINT fleet_document_validity CHECK (valid_until IS NULL OR valid_until >= valid_from),
    -- The types each kind of holder may carry (DocumentPolicy.allowed; a refrigeration service only on a frigo trailer is the application's check).
    CONSTRAINT fleet_document_type_of_subject CHECK (
        (vehicle_id IS NOT NULL AND type IN ('REGISTRATION', 'INSURANCE', 'KASKO_INSURANCE', 'ANNUAL_INSPECTION',
                                             'TACHOGRAPH_CALIBRATION', 'CMR_INSURANCE'))
        OR (trailer_id IS NOT NULL AND type IN ('REGISTRATION', 'INSURANCE', 'ANNUAL_INSPECTION', 'REFRIGERATION_SERVICE'))
        OR (driver_id IS NOT NULL AND type IN ('DRIVING_LICENCE', 'DRIVER_CARD', 'PROFESSIONAL_QUALIFICATION'))),
    CONSTRAINT fleet_document_vehicle FOREIGN KEY (tenant_id, vehicle_id) REFERENCES vehicle (tenant_id, id),
    CONSTRAINT fleet_document_trailer FOREIGN KEY (tenant_id, trailer_id) REFERENCES trailer (tenant_id, id),
    CONSTRAINT fleet_document_driver FOREIGN KEY (tenant_id, driver_id) REFERENCES driver (tenant_id, id)
);
CREATE INDEX fleet_document_subject ON fleet_document (tenant_id, subject_id, type);
CREATE INDEX fleet_document_expiry ON fleet_document (tenant_id, valid_until) WHERE valid_until IS NOT NULL;

-- A unit's vehicle is a heavy truck: the unit carries the vehicle's kind, which must be LKV and must match the vehicle.
ALTER TABLE vehicle ADD CONSTRAINT vehicle_tenant_id_kind_unique UNIQUE (tenant_id, id, kind);

-- Driver + heavy truck + trailer.
CREATE TABLE transport_unit (
    id                   uuid        PRIMARY KEY,
    tenant_id            text        NOT NULL,
    driver_id            uuid        NOT NULL,
    vehicle_id           uuid        NOT NULL,
    vehicle_kind         text        NOT NULL DEFAULT 'LKV' CHECK (vehicle_kind = 'LKV'),
    trailer_id           uuid        NOT NULL,
    status               text        NOT NULL CHECK (status IN ('ACTIVE', 'DISBANDED')),
    ready_for_order      boolean     NOT NULL,
    -- NotReadyReason codes, comma-separated in the enum's order; '' when the unit is ready.
    readiness_reasons    text        NOT NULL,
    readiness_changed_at timestamptz NOT NULL,
    created_by           text        NOT NULL,
    created_at           timestamptz NOT NULL,
    updated_by           text        NOT NULL,
    updated_at           timestamptz NOT NULL,
    version              bigint      NOT NULL,
    CONSTRAINT transport_unit_ready_without_reasons CHECK (ready_for_order = (readiness_reasons = '')),
    CONSTRAINT transport_unit_disbanded_never_ready CHECK (status = 'ACTIVE' OR NOT ready_for_order),
    CONSTRAINT transport_unit_driver FOREIGN KEY (tenant_id, driver_id) REFERENCES driver (tenant_id, id),
    CONSTRAINT transport_unit_vehicle FOREIGN KEY (tenant_id, vehicle_id, vehicle_kind) REFERENCES vehicle (tenant_id, id, kind),
    CONSTRAINT transport_unit_trailer FOREIGN KEY (tenant_id, trailer_id) REFERENCES trailer (tenant_id, id)
);
-- One driver, vehicle, trailer in at most one active unit: kept here, so that racing requests cannot break it.
CREATE UNIQUE INDEX transport_unit_driver_active ON transport_unit (driver_id) WHERE status = 'ACTIVE';
CREATE UNIQUE INDEX transport_unit_vehicle_active ON transport_unit (vehicle_id) WHERE status = 'ACTIVE';
CREATE UNIQUE INDEX transport_unit_trailer_active ON transport_unit (trailer_id) WHERE status = 'ACTIVE';
CREATE INDEX transport_unit_tenant_status_ready ON transport_unit (tenant_id, status, ready_for_order, created_at DESC);
