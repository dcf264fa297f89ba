CREATE TABLE transfer_dispatch_note (
    id                            uuid        PRIMARY KEY,
    tenant_id                     text        NOT NULL,
    document_number               text        NOT NULL,
    origin_location_id            uuid        NOT NULL,
    destination_location_id       uuid        NOT NULL,
    dispatch_date                 timestamptz,
    status                        text        NOT NULL CHECK (status IN ('DRAFT', 'ACTIVE', 'RECEIVING', 'FULLY_RECEIVED', 'CANCELLED')),
    detail                        jsonb       NOT NULL,
    receipt_summary               jsonb       NOT NULL,
    transfer_goods_receipt_status text        CHECK (transfer_goods_receipt_status IN ('PARTIAL', 'RECEIVED')),
    created_by                    text        NOT NULL,
    created_at                    timestamptz NOT NULL,
    updated_by                    text        NOT NULL,
    updated_at                    timestamptz NOT NULL,
    version                       bigint      NOT NULL,
    CONSTRAINT transfer_dispatch_note_document_number_unique UNIQUE (tenant_id, document_number),
    CONSTRAINT transfer_dispatch_note_distinct_locations CHECK (origin_location_id <> destination_location_id)
);
CREATE INDEX transfer_dispatch_note_tenant_created ON transfer_dispatch_note (tenant_id, created_at DESC);

CREATE TABLE transfer_goods_receipt (
    id                        uuid        PRIMARY KEY,
    tenant_id                 text        NOT NULL,
    transfer_dispatch_note_id uuid        NOT NULL REFERENCES transfer_dispatch_note (id),
    destination_location_id   uuid        NOT NULL,
    status                    text        NOT NULL CHECK (status IN ('DRAFT', 'APPROVED')),
    items                     jsonb       NOT NULL,
    created_by                text        NOT NULL,
    created_at                timestamptz NOT NULL,
    approved_by               text,
    approved_at               timestamptz,
    version                   bigint      NOT NULL
);
CREATE INDEX transfer_goods_receipt_note ON transfer_goods_receipt (tenant_id, transfer_dispatch_note_id);
