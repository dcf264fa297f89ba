-- "Create new" invoices from a dispatch: what was asked of billing (invoice-requested) and its answer.
CREATE TABLE invoice_request (
    id              uuid        PRIMARY KEY,
    tenant_id       text        NOT NULL,
    dispatch_id     uuid        NOT NULL,
    dispatch_number text        NOT NULL,
    sales_order_id  uuid        NOT NULL,
    lines           jsonb       NOT NULL,
    status          text        NOT NULL CHECK (status IN ('REQUESTED', 'FULFILLED', 'REJECTED')),
    invoice_id      uuid,
    attached        boolean     NOT NULL,
    reason          text,
    detail          text,
    answered_at     timestamptz,
    created_by      text        NOT NULL,
    created_at      timestamptz NOT NULL,
    updated_by      text        NOT NULL,
    updated_at      timestamptz NOT NULL,
    version         bigint      NOT NULL,
    CONSTRAINT invoice_request_dispatch FOREIGN KEY (tenant_id, dispatch_id) REFERENCES dispatch (tenant_id, id),
    CONSTRAINT invoice_request_answered CHECK ((status = 'REQUESTED') = (answered_at IS NULL))
);
CREATE INDEX invoice_request_of_dispatch ON invoice_request (tenant_id, dispatch_id, created_at);
