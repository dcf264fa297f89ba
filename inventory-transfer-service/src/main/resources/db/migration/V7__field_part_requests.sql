-- field-service's part requests (seed 002), arriving by event.
-- One stock reservation per field reservation: a request published again, or two deliveries racing, hold it once.
CREATE UNIQUE INDEX stock_reservation_field_request ON stock_reservation (tenant_id, reference_id)
    WHERE reference_type = 'field-part-reservation';

-- Each of field's part usages is booked once, whatever event id it arrives under: the booking inserts its row in
-- the transaction that moves the stock, and a second one finds the key taken and moves nothing.
CREATE TABLE part_usage (
    tenant_id text        NOT NULL,
    usage_id  uuid        NOT NULL,
    job_id    uuid        NOT NULL,
    booked_at timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (tenant_id, usage_id)
);
