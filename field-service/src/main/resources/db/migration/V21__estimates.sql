-- Estimates (issue 13): a job's estimates, their priced lines and the owner's decisions.

CREATE TABLE estimate (
    id              uuid           PRIMARY KEY,
    tenant_id       text           NOT NULL,
    job_id          uuid           NOT NULL,
    customer_id     uuid           NOT NULL,
    currency        text           NOT NULL CHECK (currency ~ '^[A-Z]{3}$'),
    status          text           NOT NULL CHECK (status IN ('DRAFT', 'OWNER_APPROVAL_REQUIRED', 'APPROVED',
                                                              'CHANGES_REQUESTED', 'REJECTED', 'SUPERSEDED')),
    customer_status text           NOT NULL CHECK (customer_status IN ('NOT_SENT', 'PRESENTED', 'DECLINED')),
    lines           jsonb          NOT NULL,
    subtotal        numeric(19, 2) NOT NULL,
    tax_rate        numeric(5, 4)  NOT NULL,
    tax             numeric(19, 2) NOT NULL,
    total           numeric(19, 2) NOT NULL,
    decisions       jsonb          NOT NULL,
    created_by      text           NOT NULL,
    created_at      timestamptz    NOT NULL,
    updated_by      text           NOT NULL,
    updated_at      timestamptz    NOT NULL,
    version         bigint         NOT NULL,
    CONSTRAINT estimate_job FOREIGN KEY (tenant_id, job_id) REFERENCES job (tenant_id, id),
    CONSTRAINT estimate_total CHECK (total = subtotal + tax),
    -- The customer sees an estimate only once decided: presented when approved, declined when rejected.
    CONSTRAINT estimate_customer_status CHECK (
        (status = 'APPROVED' AND customer_status = 'PRESENTED')
        OR (status = 'REJECTED' AND customer_status = 'DECLINED')
        OR (status NOT IN ('APPROVED', 'REJECTED') AND customer_status = 'NOT_SENT'))
);

-- At most one approved estimate stands per job; a newer approval supersedes it in the same transaction.
CREATE UNIQUE INDEX estimate_job_approved ON estimate (tenant_id, job_id) WHERE status = 'APPROVED';
CREATE INDEX estimate_queue ON estimate (tenant_id, status, created_at);
CREATE INDEX estimate_of_job ON estimate (tenant_id, job_id);
