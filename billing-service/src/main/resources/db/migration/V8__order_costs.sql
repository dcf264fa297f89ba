-- The costs the fleet books to sales orders (order-cost-recorded), kept by the order's number within the tenant, also
-- before (or without) an order of that number: profitability reads them by number.
CREATE TABLE order_cost (
    id              uuid          PRIMARY KEY,
    tenant_id       text          NOT NULL,
    order_reference text          NOT NULL,
    kind            text          NOT NULL CHECK (kind IN ('FINE', 'ACCIDENT')),
    amount          numeric(19,2) NOT NULL CHECK (amount > 0),
    currency        text          NOT NULL CHECK (currency ~ '^[A-Z]{3}$'),
    description     text          NOT NULL,
    source_type     text          NOT NULL,
    source_id       uuid          NOT NULL,
    vehicle_id      uuid,
    driver_id       uuid,
    recorded_by     text,
    recorded_at     timestamptz   NOT NULL
);
CREATE INDEX order_cost_tenant_reference ON order_cost (tenant_id, order_reference, recorded_at);
