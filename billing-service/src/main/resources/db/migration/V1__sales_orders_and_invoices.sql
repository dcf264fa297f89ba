CREATE TABLE sales_order (
    id             uuid          PRIMARY KEY,
    tenant_id      text          NOT NULL,
    order_number   text          NOT NULL,
    customer_id    uuid          NOT NULL,
    customer_name  text          NOT NULL,
    currency       text          NOT NULL CHECK (currency ~ '^[A-Z]{3}$'),
    lines          jsonb         NOT NULL,
    total_amount   numeric(19,2) NOT NULL,
    created_by     text          NOT NULL,
    created_at     timestamptz   NOT NULL,
    version        bigint        NOT NULL,
    CONSTRAINT sales_order_number_unique UNIQUE (tenant_id, order_number)
);
CREATE INDEX sales_order_tenant_created ON sales_order (tenant_id, created_at DESC);
CREATE INDEX sales_order_tenant_customer ON sales_order (tenant_id, customer_id);

CREATE TABLE invoice (
    id                 uuid          PRIMARY KEY,
    tenant_id          text          NOT NULL,
    invoice_number     text          NOT NULL,
    sales_order_id     uuid          NOT NULL REFERENCES sales_order (id),
    sales_order_number text          NOT NULL,
    customer_id        uuid          NOT NULL,
    customer_name      text          NOT NULL,
    total_amount       numeric(19,2) NOT NULL,
    currency           text          NOT NULL,
    status             text          NOT NULL CHECK (status IN ('DRAFT', 'ISSUED')),
    issued_at          timestamptz,
    issued_by          text,
    created_by         text          NOT NULL,
    created_at         timestamptz   NOT NULL,
    version            bigint        NOT NULL,
    CONSTRAINT invoice_number_unique UNIQUE (tenant_id, invoice_number),
    CONSTRAINT invoice_issued_has_date CHECK (status <> 'ISSUED' OR issued_at IS NOT NULL)
);
CREATE INDEX invoice_tenant_created ON invoice (tenant_id, created_at DESC);
CREATE INDEX invoice_tenant_sales_order ON invoice (tenant_id, sales_order_id);
