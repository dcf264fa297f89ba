-- Parts on the truck (seed 002). Inventory owns the stock; field keeps its requests, their answers and a read model.

-- A claim on a part for a job, asked of inventory by event. Jobs are referenced by id only (the jobs capability
-- owns them).
CREATE TABLE part_reservation (
    id                   uuid           PRIMARY KEY,
    tenant_id            text           NOT NULL,
    job_id               uuid           NOT NULL,
    technician_id        uuid,
    product_id           uuid           NOT NULL,
    quantity             numeric(15, 3) NOT NULL CHECK (quantity > 0),
    location_id          uuid           NOT NULL,
    status               text           NOT NULL CHECK (status IN ('REQUESTED', 'CONFIRMED', 'REJECTED', 'USED')),
    used                 numeric(15, 3) NOT NULL DEFAULT 0,
    stock_reservation_id uuid,
    rejection_reason     text,
    available            numeric(15, 3),
    detail               text,
    answered_at          timestamptz,
    created_by           text           NOT NULL,
    created_at           timestamptz    NOT NULL,
    updated_by           text           NOT NULL,
    updated_at           timestamptz    NOT NULL,
    version              bigint         NOT NULL,
    -- Never more used than held, whatever two technicians do at once.
    CONSTRAINT part_reservation_used_within CHECK (used >= 0 AND used <= quantity),
    CONSTRAINT part_reservation_confirmed_names_stock CHECK (status NOT IN ('CONFIRMED', 'USED') OR stock_reservation_id IS NOT NULL)
);
CREATE INDEX part_reservation_job ON part_reservation (tenant_id, job_id, created_at);
CREATE INDEX part_reservation_status ON part_reservation (tenant_id, status, created_at);

-- Parts fitted on jobs, as told to inventory.
CREATE TABLE part_usage (
    id             uuid           PRIMARY KEY,
    tenant_id      text           NOT NULL,
    job_id         uuid           NOT NULL,
    reservation_id uuid           REFERENCES part_reservation (id),
    product_id     uuid           NOT NULL,
    quantity       numeric(15, 3) NOT NULL CHECK (quantity > 0),
    location_id    uuid           NOT NULL,
    used_by        text           NOT NULL,
    used_at        timestamptz    NOT NULL
);
CREATE INDEX part_usage_job ON part_usage (tenant_id, job_id);

-- Truck stock: inventory's stock-level-changed for TRUCK locations, the newest per truck and product.
CREATE TABLE truck_stock (
    tenant_id   text           NOT NULL,
    location_id uuid           NOT NULL,
    product_id  uuid           NOT NULL,
    vehicle_id  uuid,
    on_hand     numeric(15, 3) NOT NULL,
    reserved    numeric(15, 3) NOT NULL,
    available   numeric(15, 3) NOT NULL,
    unit_cost   numeric(19, 6) NOT NULL,
    currency    text           NOT NULL,
    as_of       timestamptz    NOT NULL,
    PRIMARY KEY (tenant_id, location_id, product_id)
);
