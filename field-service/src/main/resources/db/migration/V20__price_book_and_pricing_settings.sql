-- Estimates (issue 13): each tenant's pricing settings and its price book.

CREATE TABLE pricing_settings (
    tenant_id                text           PRIMARY KEY,
    currency                 text           NOT NULL CHECK (currency ~ '^[A-Z]{3}$'),
    tax_rate                 numeric(5, 4)  NOT NULL CHECK (tax_rate BETWEEN 0 AND 1),
    labor_taxable            boolean        NOT NULL,
    owner_approval_threshold numeric(19, 2) NOT NULL CHECK (owner_approval_threshold >= 0),
    standard_rate            numeric(19, 2) NOT NULL CHECK (standard_rate >= 0),
    overtime_rate            numeric(19, 2) NOT NULL CHECK (overtime_rate >= 0),
    emergency_rate           numeric(19, 2) NOT NULL CHECK (emergency_rate >= 0),
    updated_by               text           NOT NULL,
    updated_at               timestamptz    NOT NULL
);

CREATE TABLE price_book_item (
    id             uuid           PRIMARY KEY,
    tenant_id      text           NOT NULL,
    sku            text           NOT NULL,
    name           text           NOT NULL,
    product_id     uuid,
    taxable        boolean        NOT NULL,
    pricing        text           NOT NULL,
    markup_percent numeric(6, 2)  CHECK (markup_percent >= 0),
    price          numeric(19, 2) CHECK (price >= 0),
    created_by     text           NOT NULL,
    created_at     timestamptz    NOT NULL,
    updated_by     text           NOT NULL,
    updated_at     timestamptz    NOT NULL,
    version        bigint         NOT NULL,
    CONSTRAINT price_book_item_sku_unique UNIQUE (tenant_id, sku),
    -- A markup is over the cost of an inventory product; a fixed price is just that.
    CONSTRAINT price_book_item_pricing CHECK (
        (pricing = 'MARKUP' AND markup_percent IS NOT NULL AND product_id IS NOT NULL AND price IS NULL)
        OR (pricing = 'FIXED' AND price IS NOT NULL AND markup_percent IS NULL))
);
