-- bench/ratios.sh: the database alone, doing what a create and a read of a transfer note ask of it, in a scratch
-- database of the suite's PostgreSQL. The note table has the service's columns, keys, checks and index; the outbox
-- table the suite's (suite-support V0_1). seq gives pgbench a key it can draw at random.
DROP TABLE IF EXISTS note, outbox_event;
CREATE TABLE note (
    id                            uuid        PRIMARY KEY,
    seq                           bigserial   UNIQUE,
    tenant_id                     text        NOT NULL,
    document_number               text        NOT NULL,
    origin_location_id            uuid        NOT NULL,
    destination_location_id       uuid        NOT NULL,
    dispatch_date                 timestamptz,
    status                        text        NOT NULL CHECK (status IN ('DRAFT', 'ACTIVE', 'RECEIVING', 'FULLY_RECEIVED', 'CANCELLED')),
    detail                        jsonb       NOT NULL,
    receipt_summary               jsonb       NOT NULL,
    transfer_goods_receipt_status text,
    created_by                    text        NOT NULL,
    created_at                    timestamptz NOT NULL,
    updated_by                    text        NOT NULL,
    updated_at                    timestamptz NOT NULL,
    version                       bigint      NOT NULL,
    UNIQUE (tenant_id, document_number),
    CHECK (origin_location_id <> destination_location_id)
);
CREATE INDEX note_tenant_created ON note (tenant_id, created_at DESC);
CREATE TABLE outbox_event (
    id             uuid        PRIMARY KEY,
    topic          text        NOT NULL,
    aggregate_id   text        NOT NULL,
    type           text        NOT NULL,
    schema_version integer     NOT NULL,
    tenant_id      text        NOT NULL,
    source         text        NOT NULL,
    occurred_at    timestamptz NOT NULL,
    trace_parent   text,
    payload        jsonb       NOT NULL
);
