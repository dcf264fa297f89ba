-- An invoice drafted for a dispatch's invoice-requested names the request; a request is answered by one invoice.
ALTER TABLE invoice
    ADD COLUMN request_id uuid,
    ADD CONSTRAINT invoice_request_unique UNIQUE (tenant_id, request_id);

-- The dispatch an invoice is attached to, as dispatch-service announced it (dispatch-invoice-attached / -detached).
ALTER TABLE invoice
    ADD COLUMN dispatch_id        uuid,
    ADD COLUMN dispatch_number    text,
    ADD COLUMN dispatch_linked_at timestamptz,
    ADD CONSTRAINT invoice_dispatch_complete
        CHECK ((dispatch_id IS NULL) = (dispatch_number IS NULL) AND (dispatch_id IS NULL) = (dispatch_linked_at IS NULL));
CREATE INDEX invoice_tenant_dispatch ON invoice (tenant_id, dispatch_id) WHERE dispatch_id IS NOT NULL;
