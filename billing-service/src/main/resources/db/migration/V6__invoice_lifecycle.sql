-- Invoices: DRAFT -> ISSUED -> PROCESSED (PAID or POSTED), and VOID from any of them.
ALTER TABLE invoice
    DROP CONSTRAINT invoice_status_check,
    ADD CONSTRAINT invoice_status CHECK (status IN ('DRAFT', 'ISSUED', 'PROCESSED', 'VOID')),
    ADD COLUMN processing   text CHECK (processing IN ('PAID', 'POSTED')),
    ADD COLUMN processed_by text,
    ADD COLUMN processed_at timestamptz,
    ADD COLUMN voided_by    text,
    ADD COLUMN voided_at    timestamptz,
    ADD COLUMN void_reason  text,
    ADD CONSTRAINT invoice_processed_says_how
        CHECK (status <> 'PROCESSED' OR (processing IS NOT NULL AND processed_at IS NOT NULL AND issued_at IS NOT NULL)),
    ADD CONSTRAINT invoice_void_says_why CHECK (status <> 'VOID' OR (voided_at IS NOT NULL AND void_reason IS NOT NULL));
