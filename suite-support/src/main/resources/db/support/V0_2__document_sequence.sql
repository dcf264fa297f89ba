-- Gap-free document numbers per tenant, document kind and year. The counter row is updated in the
-- business transaction: a rolled-back document gives its number back, and concurrent documents
-- queue on the row lock instead of sharing a number.
CREATE TABLE document_sequence (
    tenant_id  text    NOT NULL,
    kind       text    NOT NULL,
    year       integer NOT NULL,
    last_value bigint  NOT NULL,
    PRIMARY KEY (tenant_id, kind, year)
);
