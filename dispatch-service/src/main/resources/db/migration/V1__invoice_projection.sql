-- Dispatch's read model of the invoices billing has issued (invoice-issued events).
CREATE TABLE invoice_projection (
    tenant_id          text          NOT NULL,
    invoice_id         uuid          NOT NULL,
    invoice_number     text          NOT NULL,
    sales_order_id     uuid          NOT NULL,
    sales_order_number text,
    customer_id        uuid          NOT NULL,
    customer_name      text,
    total_amount       numeric(19,2) NOT NULL,
    currency           text          NOT NULL,
    issued_at          timestamptz   NOT NULL,
    last_event_id      uuid          NOT NULL,
    PRIMARY KEY (tenant_id, invoice_id)
);
CREATE INDEX invoice_projection_tenant_customer ON invoice_projection (tenant_id, customer_id);
CREATE INDEX invoice_projection_tenant_issued ON invoice_projection (tenant_id, issued_at DESC);
