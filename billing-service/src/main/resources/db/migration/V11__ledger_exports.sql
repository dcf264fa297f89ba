-- The QuickBooks export (seed 002's ExportBatch): each tenant's account mapping, and every export with the invoice
-- versions it held and the IIF file it made.
CREATE TABLE ledger_settings (
    tenant_id             text        PRIMARY KEY,
    ar_account            text        NOT NULL,
    labor_income_account  text        NOT NULL,
    part_income_account   text        NOT NULL,
    sales_tax_account     text        NOT NULL,
    tax_item              text        NOT NULL,
    tax_vendor            text        NOT NULL,
    labor_item            text        NOT NULL,
    part_item             text        NOT NULL,
    sku_items             jsonb       NOT NULL,
    updated_by            text        NOT NULL,
    updated_at            timestamptz NOT NULL
);

CREATE TABLE ledger_export_batch (
    id          uuid          PRIMARY KEY,
    tenant_id   text          NOT NULL,
    file        text          NOT NULL,
    created_by  text          NOT NULL,
    created_at  timestamptz   NOT NULL,
    version     bigint        NOT NULL,
    CONSTRAINT ledger_export_batch_tenant UNIQUE (tenant_id, id)
);
CREATE INDEX ledger_export_batch_tenant_created ON ledger_export_batch (tenant_id, created_at DESC);

CREATE TABLE ledger_export_entry (
    batch_id        uuid          NOT NULL,
    tenant_id       text          NOT NULL,
    invoice_id      uuid          NOT NULL,
    invoice_number  text          NOT NULL,
    invoice_version integer       NOT NULL CHECK (invoice_version >= 1),
    kind            text          NOT NULL CHECK (kind IN ('ORIGINAL', 'ADJUSTMENT')),
    amount          numeric(19,2) NOT NULL,
    exported        jsonb         NOT NULL,
    PRIMARY KEY (batch_id, invoice_id),
    CONSTRAINT ledger_export_entry_batch FOREIGN KEY (tenant_id, batch_id) REFERENCES ledger_export_batch (tenant_id, id),
    -- An invoice is exported once per version, also when two exports run at once.
    CONSTRAINT ledger_export_entry_once UNIQUE (tenant_id, invoice_id, invoice_version)
);
