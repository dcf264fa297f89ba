-- Sales orders get a lifecycle: DRAFT -> CONFIRMED -> CANCELLED; only a confirmed order is invoiced.
ALTER TABLE sales_order
    ADD COLUMN status              text,
    ADD COLUMN confirmed_by        text,
    ADD COLUMN confirmed_at        timestamptz,
    ADD COLUMN cancelled_by        text,
    ADD COLUMN cancelled_at        timestamptz,
    ADD COLUMN cancellation_reason text,
    ADD COLUMN updated_by          text,
    ADD COLUMN updated_at          timestamptz;

-- Orders placed before the lifecycle were invoiceable at once: they count as confirmed when they were placed.
UPDATE sales_order SET status = 'CONFIRMED', confirmed_by = created_by, confirmed_at = created_at,
    updated_by = created_by, updated_at = created_at;

ALTER TABLE sales_order
    ALTER COLUMN status SET NOT NULL,
    ALTER COLUMN updated_by SET NOT NULL,
    ALTER COLUMN updated_at SET NOT NULL,
    ADD CONSTRAINT sales_order_status CHECK (status IN ('DRAFT', 'CONFIRMED', 'CANCELLED')),
    ADD CONSTRAINT sales_order_confirmed_has_date CHECK (status <> 'CONFIRMED' OR confirmed_at IS NOT NULL),
    ADD CONSTRAINT sales_order_cancelled_has_reason
        CHECK (status <> 'CANCELLED' OR (cancelled_at IS NOT NULL AND cancellation_reason IS NOT NULL));

-- Each line has an id of its own (invoices name the lines they take), so lines become rows.
CREATE TABLE sales_order_line (
    id             uuid          PRIMARY KEY,
    tenant_id      text          NOT NULL,
    sales_order_id uuid          NOT NULL,
    position       integer       NOT NULL CHECK (position >= 0),
    description    text          NOT NULL,
    quantity       numeric(12,3) NOT NULL CHECK (quantity > 0),
    unit_price     numeric(17,4) NOT NULL CHECK (unit_price >= 0),
    amount         numeric(19,2) NOT NULL,
    CONSTRAINT sales_order_line_order FOREIGN KEY (tenant_id, sales_order_id) REFERENCES sales_order (tenant_id, id),
    CONSTRAINT sales_order_line_position_unique UNIQUE (sales_order_id, position),
    CONSTRAINT sales_order_line_tenant_id_unique UNIQUE (tenant_id, id)
);

INSERT INTO sales_order_line (id, tenant_id, sales_order_id, position, description, quantity, unit_price, amount)
SELECT gen_random_uuid(), o.tenant_id, o.id, l.ordinality - 1, l.value ->> 'description',
       (l.value ->> 'quantity')::numeric, (l.value ->> 'unitPrice')::numeric,
       round((l.value ->> 'quantity')::numeric * (l.value ->> 'unitPrice')::numeric, 2)
FROM sales_order o CROSS JOIN LATERAL jsonb_array_elements(o.lines -> 'lines') WITH ORDINALITY AS l(value, ordinality);

ALTER TABLE sales_order DROP COLUMN lines;
