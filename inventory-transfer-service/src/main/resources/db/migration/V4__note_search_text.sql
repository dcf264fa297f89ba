-- The search's free text also matches the document number (TDN-2026-000042): a trigram index carries the like,
-- so that the OR of location names and number can be answered from indexes (a bitmap OR) instead of a scan.
CREATE INDEX transfer_dispatch_note_document_number_trgm ON transfer_dispatch_note
    USING gin (lower(document_number) gin_trgm_ops) WHERE deleted_at IS NULL;
