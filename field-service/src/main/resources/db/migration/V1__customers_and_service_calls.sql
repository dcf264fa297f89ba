-- Customers and the service calls they place (seed 002).
CREATE TABLE customer (
    id                          uuid        PRIMARY KEY,
    tenant_id                   text        NOT NULL,
    name                        text        NOT NULL,
    phone                       text        NOT NULL,
    email                       text,
    service_address_line1       text        NOT NULL,
    service_address_city        text        NOT NULL,
    service_address_postal_code text        NOT NULL,
    created_by                  text        NOT NULL,
    created_at                  timestamptz NOT NULL,
    updated_by                  text        NOT NULL,
    updated_at                  timestamptz NOT NULL,
    version                     bigint      NOT NULL,
    CONSTRAINT customer_tenant_id_unique UNIQUE (tenant_id, id)
);
CREATE INDEX customer_tenant_created ON customer (tenant_id, created_at DESC);

-- The intake record of a customer call. A call that names an earlier one is a callback; both
-- references stay inside the tenant (composite keys).
CREATE TABLE service_call (
    id          uuid        PRIMARY KEY,
    tenant_id   text        NOT NULL,
    number      text        NOT NULL,
    customer_id uuid        NOT NULL,
    problem     text        NOT NULL,
    urgency     text        NOT NULL CHECK (urgency IN ('LOW', 'NORMAL', 'HIGH', 'EMERGENCY')),
    callback_of uuid,
    status      text        NOT NULL CHECK (status IN ('OPEN', 'SCHEDULED', 'CLOSED', 'CANCELLED')),
    created_by  text        NOT NULL,
    created_at  timestamptz NOT NULL,
    updated_by  text        NOT NULL,
    updated_at  timestamptz NOT NULL,
    version     bigint      NOT NULL,
    CONSTRAINT service_call_number_unique UNIQUE (tenant_id, number),
    CONSTRAINT service_call_tenant_id_unique UNIQUE (tenant_id, id),
    CONSTRAINT service_call_customer FOREIGN KEY (tenant_id, customer_id) REFERENCES customer (tenant_id, id),
    CONSTRAINT service_call_callback_of FOREIGN KEY (tenant_id, callback_of) REFERENCES service_call (tenant_id, id)
);
CREATE INDEX service_call_tenant_created ON service_call (tenant_id, created_at DESC);
CREATE INDEX service_call_tenant_status_urgency ON service_call (tenant_id, status, urgency);
CREATE INDEX service_call_customer ON service_call (tenant_id, customer_id);
