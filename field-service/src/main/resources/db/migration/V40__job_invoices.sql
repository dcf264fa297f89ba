-- The invoices billing finalized from field jobs (billing.job-invoice), latest version per job, for the job and the
-- customer's history.
CREATE TABLE job_invoice (
    job_id          uuid          PRIMARY KEY,
    tenant_id       text          NOT NULL,
    invoice_id      uuid          NOT NULL,
    invoice_number  text          NOT NULL,
    invoice_version integer       NOT NULL CHECK (invoice_version >= 1),
    status          text          NOT NULL CHECK (status IN ('FINALIZED', 'REVISED')),
    customer_id     uuid          NOT NULL,
    total           numeric(19,2) NOT NULL,
    currency        text          NOT NULL CHECK (currency ~ '^[A-Z]{3}$'),
    invoiced_at     timestamptz   NOT NULL
);
CREATE INDEX job_invoice_tenant_customer ON job_invoice (tenant_id, customer_id, invoiced_at);
