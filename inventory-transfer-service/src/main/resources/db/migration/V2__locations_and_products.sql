-- Free-text search on location names (the notes' search filters by them) rides on trigram indexes.
CREATE EXTENSION IF NOT EXISTS pg_trgm;

CREATE TABLE location (
    id          uuid        PRIMARY KEY,
    tenant_id   text        NOT NULL,
    type        text        NOT NULL CHECK (type IN ('WAREHOUSE', 'STORE', 'TRUCK')),
    name        text        NOT NULL,
    code        text,
    address     text,
    -- A truck location is a fleet vehicle's load space; the vehicle belongs to fleet-service.
    vehicle_id  uuid,
    active      boolean     NOT NULL,
    created_by  text        NOT NULL,
    created_at  timestamptz NOT NULL,
    updated_by  text        NOT NULL,
    updated_at  timestamptz NOT NULL,
    version     bigint      NOT NULL,
    CONSTRAINT location_truck_has_vehicle CHECK ((type = 'TRUCK') = (vehicle_id IS NOT NULL)),
    CONSTRAINT location_code_unique UNIQUE (tenant_id, code),
    CONSTRAINT location_vehicle_unique UNIQUE (tenant_id, vehicle_id)
);
CREATE INDEX location_tenant_name ON location (tenant_id, lower(name));
CREATE INDEX location_name_trgm ON location USING gin (lower(name) gin_trgm_ops);

CREATE TABLE product (
    id          uuid        PRIMARY KEY,
    tenant_id   text        NOT NULL,
    sku         text        NOT NULL,
    name        text        NOT NULL,
    unit        text        NOT NULL,
    active      boolean     NOT NULL,
    created_by  text        NOT NULL,
    created_at  timestamptz NOT NULL,
    updated_by  text        NOT NULL,
    updated_at  timestamptz NOT NULL,
    version     bigint      NOT NULL,
    CONSTRAINT product_sku_unique UNIQUE (tenant_id, sku)
);
CREATE INDEX product_name_trgm ON product USING gin (lower(name) gin_trgm_ops);
