-- Seed 002's invoice drafts: one per completed field job (job-completed), reviewed by one person of finance and
-- finalized by another into an invoice of its own number series (SVC-), corrected afterwards as new versions.
CREATE TABLE invoice_draft (
    id               uuid          PRIMARY KEY,
    tenant_id        text          NOT NULL,
    job_id           uuid          NOT NULL,
    service_call_id  uuid          NOT NULL,
    customer_id      uuid          NOT NULL,
    technician_id    uuid,
    estimate_id      uuid,
    completed_by     text          NOT NULL,
    completed_at     timestamptz   NOT NULL,
    currency         text          NOT NULL CHECK (currency ~ '^[A-Z]{3}$'),
    lines            jsonb         NOT NULL,
    tax_rate         numeric(7,6)  NOT NULL CHECK (tax_rate >= 0 AND tax_rate < 1),
    subtotal         numeric(19,2) NOT NULL,
    tax              numeric(19,2) NOT NULL CHECK (tax >= 0),
    total            numeric(19,2) NOT NULL,
    needs_pricing    boolean       NOT NULL,
    status           text          NOT NULL CHECK (status IN ('DRAFT', 'PREPARED', 'FINALIZED')),
    prepared_by      text,
    prepared_at      timestamptz,
    invoice_number   text,
    invoice_version  integer       NOT NULL DEFAULT 0 CHECK (invoice_version >= 0),
    finalized_by     text,
    finalized_at     timestamptz,
    edits            jsonb         NOT NULL,
    created_by       text          NOT NULL,
    created_at       timestamptz   NOT NULL,
    updated_by       text          NOT NULL,
    updated_at       timestamptz   NOT NULL,
    version          bigint        NOT NULL,
    -- One draft per job, however often its completion is heard.
    CONSTRAINT invoice_draft_one_per_job UNIQUE (tenant_id, job_id),
    CONSTRAINT invoice_draft_number_unique UNIQUE (tenant_id, invoice_number),
    CONSTRAINT invoice_draft_total_adds_up CHECK (total = subtotal + tax),
    CONSTRAINT invoice_draft_prepared_has_preparer
        CHECK (status = 'DRAFT' OR (prepared_by IS NOT NULL AND prepared_at IS NOT NULL)),
    CONSTRAINT invoice_draft_finalized_complete
        CHECK ((status = 'FINALIZED') = (invoice_number IS NOT NULL AND finalized_by IS NOT NULL
                                         AND finalized_at IS NOT NULL AND invoice_version >= 1)),
    -- Segregation of duties: whoever prepared a draft does not finalize it.
    CONSTRAINT invoice_draft_finalized_by_another CHECK (finalized_by IS NULL OR finalized_by <> prepared_by),
    CONSTRAINT invoice_draft_finalized_priced CHECK (status <> 'FINALIZED' OR NOT needs_pricing)
);
CREATE INDEX invoice_draft_tenant_created ON invoice_draft (tenant_id, created_at DESC);
CREATE INDEX invoice_draft_tenant_customer ON invoice_draft (tenant_id, customer_id);
CREATE INDEX invoice_draft_tenant_finalized ON invoice_draft (tenant_id, finalized_at) WHERE status = 'FINALIZED';
