-- An order is invoiced in parts: several invoices per order, never more of a line than was ordered.
ALTER TABLE invoice DROP CONSTRAINT invoice_one_per_sales_order;
CREATE INDEX invoice_tenant_sales_order ON invoice (tenant_id, sales_order_id);

-- An invoice's lines: quantities of the order's lines at their unit prices; written once, with the invoice.
ALTER TABLE invoice ADD COLUMN lines jsonb;
-- Invoices before this took the whole order.
UPDATE invoice i SET lines = jsonb_build_object('lines', (
    SELECT jsonb_agg(jsonb_build_object('salesOrderLineId', l.id, 'description', l.description,
                                        'quantity', l.quantity, 'unitPrice', l.unit_price) ORDER BY l.position)
    FROM sales_order_line l WHERE l.tenant_id = i.tenant_id AND l.sales_order_id = i.sales_order_id));
ALTER TABLE invoice ALTER COLUMN lines SET NOT NULL;

-- What live (not void) invoices take of each line, kept in the invoicing transaction (in place: + the quantity).
-- The order's row lock queues invoices of one order; this CHECK holds the rule whatever runs.
ALTER TABLE sales_order_line ADD COLUMN invoiced_quantity numeric(12,3) NOT NULL DEFAULT 0;
UPDATE sales_order_line l SET invoiced_quantity = l.quantity
WHERE EXISTS (SELECT 1 FROM invoice i WHERE i.tenant_id = l.tenant_id AND i.sales_order_id = l.sales_order_id);
ALTER TABLE sales_order_line ADD CONSTRAINT sales_order_line_invoiced_within_ordered
    CHECK (invoiced_quantity >= 0 AND invoiced_quantity <= quantity);
