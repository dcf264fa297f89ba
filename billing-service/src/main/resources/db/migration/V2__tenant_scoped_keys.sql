-- An invoice names its sales order by (tenant_id, id), so it cannot hang off another business's order.
ALTER TABLE sales_order ADD CONSTRAINT sales_order_tenant_id_unique UNIQUE (tenant_id, id);

ALTER TABLE invoice
    DROP CONSTRAINT invoice_sales_order_id_fkey,
    ADD CONSTRAINT invoice_sales_order FOREIGN KEY (tenant_id, sales_order_id) REFERENCES sales_order (tenant_id, id);
