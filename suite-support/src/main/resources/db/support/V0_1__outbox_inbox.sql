-- Owned by suite-support; every service applies it (flyway locations db/support + db/migration).
-- Versions 0.x belong to suite-support, 1 and up to the service.

-- Transactional outbox. A row is inserted and deleted in the business transaction: the insert
-- reaches the write-ahead log, Debezium relays it, and the table never grows.
CREATE TABLE outbox_event (
    id             uuid         PRIMARY KEY,
    topic          text         NOT NULL,
    aggregate_id   text         NOT NULL,
    type           text         NOT NULL,
    schema_version integer      NOT NULL,
    tenant_id      text         NOT NULL,
    source         text         NOT NULL,
    occurred_at    timestamptz  NOT NULL,
    trace_parent   text,
    payload        jsonb        NOT NULL
);

-- Debezium reads only inserts of the outbox table.
CREATE PUBLICATION opsuite_outbox FOR TABLE outbox_event WITH (publish = 'insert');

-- Offsets of the embedded Debezium engine (the replication slot keeps the position too).
CREATE TABLE outbox_relay_offset (
    offset_key   bytea PRIMARY KEY,
    offset_value bytea
);

-- Inbox: the event ids a consumer has applied, written in the consumer's own transaction.
CREATE TABLE processed_event (
    consumer     text        NOT NULL,
    event_id     uuid        NOT NULL,
    event_type   text        NOT NULL,
    tenant_id    text        NOT NULL,
    processed_at timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (consumer, event_id)
);
