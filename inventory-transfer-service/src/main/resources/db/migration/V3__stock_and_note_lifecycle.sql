-- Stock per location and product. The CHECKs are what keeps stock from going negative even when
-- two requests race: the application checks first (for a clear answer), the database has the last word.
CREATE TABLE stock_level (
    id          uuid           PRIMARY KEY,
    tenant_id   text           NOT NULL,
    location_id uuid           NOT NULL REFERENCES location (id),
    product_id  uuid           NOT NULL REFERENCES product (id),
    on_hand     numeric(15, 3) NOT NULL,
    reserved    numeric(15, 3) NOT NULL,
    in_transit  numeric(15, 3) NOT NULL,
    unit_cost   numeric(19, 6) NOT NULL,
    updated_at  timestamptz    NOT NULL,
    version     bigint         NOT NULL,
    CONSTRAINT stock_level_location_product_unique UNIQUE (tenant_id, location_id, product_id),
    CONSTRAINT stock_level_on_hand_not_negative CHECK (on_hand >= 0),
    CONSTRAINT stock_level_reserved_within_on_hand CHECK (reserved >= 0 AND reserved <= on_hand),
    CONSTRAINT stock_level_in_transit_not_negative CHECK (in_transit >= 0),
    CONSTRAINT stock_level_unit_cost_not_negative CHECK (unit_cost >= 0)
);
CREATE INDEX stock_level_product ON stock_level (tenant_id, product_id);

-- The stock ledger: append-only, one row per change of a stock level.
CREATE TABLE stock_movement (
    id                uuid           PRIMARY KEY,
    tenant_id         text           NOT NULL,
    location_id       uuid           NOT NULL,
    product_id        uuid           NOT NULL,
    kind              text           NOT NULL,
    quantity          numeric(15, 3) NOT NULL,
    reserved_change   numeric(15, 3) NOT NULL,
    in_transit_change numeric(15, 3) NOT NULL,
    unit_cost         numeric(19, 6) NOT NULL,
    value             numeric(19, 2) NOT NULL,
    on_hand_after     numeric(15, 3) NOT NULL,
    unit_cost_after   numeric(19, 6) NOT NULL,
    reason            text,
    reference_type    text,
    reference_id      text,
    occurred_at       timestamptz    NOT NULL,
    recorded_by       text           NOT NULL
);
CREATE INDEX stock_movement_location_product ON stock_movement (tenant_id, location_id, product_id, occurred_at DESC);
CREATE INDEX stock_movement_reference ON stock_movement (tenant_id, reference_type, reference_id);

CREATE TABLE stock_reservation (
    id             uuid           PRIMARY KEY,
    tenant_id      text           NOT NULL,
    location_id    uuid           NOT NULL REFERENCES location (id),
    product_id     uuid           NOT NULL REFERENCES product (id),
    quantity       numeric(15, 3) NOT NULL CHECK (quantity > 0),
    consumed       numeric(15, 3) NOT NULL,
    released       numeric(15, 3) NOT NULL,
    reference_type text           NOT NULL,
    reference_id   text           NOT NULL,
    status         text           NOT NULL CHECK (status IN ('ACTIVE', 'RELEASED', 'CONSUMED')),
    created_by     text           NOT NULL,
    created_at     timestamptz    NOT NULL,
    updated_by     text           NOT NULL,
    updated_at     timestamptz    NOT NULL,
    version        bigint         NOT NULL,
    CONSTRAINT stock_reservation_within_quantity CHECK (consumed >= 0 AND released >= 0 AND consumed + released <= quantity)
);
CREATE INDEX stock_reservation_reference ON stock_reservation (tenant_id, reference_type, reference_id);
CREATE INDEX stock_reservation_location_product ON stock_reservation (tenant_id, location_id, product_id) WHERE status = 'ACTIVE';

-- The note's full lifecycle: frozen cost, transport, closing short, soft delete.
ALTER TABLE transfer_dispatch_note
    ADD COLUMN cost_detail      jsonb,
    ADD COLUMN transport_detail jsonb,
    ADD COLUMN closing_reason   text,
    ADD COLUMN deleted_by       text,
    ADD COLUMN deleted_at       timestamptz,
    DROP CONSTRAINT transfer_dispatch_note_status_check,
    ADD CONSTRAINT transfer_dispatch_note_status_check
        CHECK (status IN ('DRAFT', 'ACTIVE', 'RECEIVING', 'FULLY_RECEIVED', 'CANCELLED', 'CLOSED_SHORT')),
    ADD CONSTRAINT transfer_dispatch_note_cost_frozen_when_dispatched
        CHECK ((status IN ('DRAFT', 'CANCELLED')) = (cost_detail IS NULL)),
    ADD CONSTRAINT transfer_dispatch_note_only_drafts_deleted
        CHECK (deleted_at IS NULL OR status = 'DRAFT');

-- The search's filters: every list is tenant-first, live notes only, newest first by default.
DROP INDEX transfer_dispatch_note_tenant_created;
CREATE INDEX transfer_dispatch_note_created ON transfer_dispatch_note (tenant_id, created_at DESC) WHERE deleted_at IS NULL;
CREATE INDEX transfer_dispatch_note_status ON transfer_dispatch_note (tenant_id, status, created_at DESC) WHERE deleted_at IS NULL;
CREATE INDEX transfer_dispatch_note_origin ON transfer_dispatch_note (tenant_id, origin_location_id, created_at DESC) WHERE deleted_at IS NULL;
CREATE INDEX transfer_dispatch_note_destination ON transfer_dispatch_note (tenant_id, destination_location_id, created_at DESC) WHERE deleted_at IS NULL;
CREATE INDEX transfer_dispatch_note_dispatch_date ON transfer_dispatch_note (tenant_id, dispatch_date DESC) WHERE deleted_at IS NULL;

CREATE TABLE transfer_discrepancy (
    id                        uuid           PRIMARY KEY,
    tenant_id                 text           NOT NULL,
    transfer_dispatch_note_id uuid           NOT NULL REFERENCES transfer_dispatch_note (id),
    product_id                uuid           NOT NULL,
    quantity                  numeric(15, 3) NOT NULL CHECK (quantity > 0),
    unit_cost                 numeric(19, 6) NOT NULL,
    value                     numeric(19, 2) NOT NULL,
    reason                    text           NOT NULL,
    recorded_by               text           NOT NULL,
    recorded_at               timestamptz    NOT NULL,
    CONSTRAINT transfer_discrepancy_once_per_product UNIQUE (transfer_dispatch_note_id, product_id)
);

