-- A sales order is invoiced once (seed 000's first slice). The service queues the invoices of one order behind the
-- order's row lock; the database holds the rule as well, so no path around the use case can break it.
ALTER TABLE invoice ADD CONSTRAINT invoice_one_per_sales_order UNIQUE (tenant_id, sales_order_id);

-- The unique constraint's index serves the lookups the plain index served.
DROP INDEX invoice_tenant_sales_order;
