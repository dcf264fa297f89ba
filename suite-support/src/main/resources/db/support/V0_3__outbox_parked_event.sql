-- Outbox events the relay can never send (too large, topic refused), parked with the reason so that
-- they do not hold back every later event. Put one back by inserting it into outbox_event again
-- (docs/reliability.md); the relay then sends it like any other.
CREATE TABLE outbox_parked_event (
    event_id     uuid        PRIMARY KEY,
    topic        text        NOT NULL,
    aggregate_id text,
    type         text,
    tenant_id    text,
    headers      jsonb       NOT NULL,
    payload      text        NOT NULL,
    reason       text        NOT NULL,
    parked_at    timestamptz NOT NULL DEFAULT now()
);
