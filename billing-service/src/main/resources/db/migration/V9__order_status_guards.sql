-- Two rules between an order and its lines: only a confirmed order's lines are invoiced, and an order is not
-- cancelled while a live invoice takes any of it. The use cases take the order's row lock for both (they queue);
-- these triggers hold the rules for any writer, as CHECKs would if they could look at the other table.
CREATE FUNCTION sales_order_line_invoiced_only_when_confirmed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF NEW.invoiced_quantity > OLD.invoiced_quantity AND NOT EXISTS (
            SELECT 1 FROM sales_order o
            WHERE o.tenant_id = NEW.tenant_id AND o.id = NEW.sales_order_id AND o.status = 'CONFIRMED') THEN
        RAISE EXCEPTION 'new row for relation "sales_order_line" violates check constraint "sales_order_line_invoiced_only_when_confirmed"'
            USING ERRCODE = 'check_violation', CONSTRAINT = 'sales_order_line_invoiced_only_when_confirmed',
                  TABLE = 'sales_order_line';
    END IF;
    RETURN NEW;
END $$;

CREATE TRIGGER sales_order_line_invoiced_only_when_confirmed
    BEFORE UPDATE OF invoiced_quantity ON sales_order_line
    FOR EACH ROW EXECUTE FUNCTION sales_order_line_invoiced_only_when_confirmed();

CREATE FUNCTION sales_order_cancelled_without_live_invoices() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF NEW.status = 'CANCELLED' AND OLD.status <> 'CANCELLED' AND EXISTS (
            SELECT 1 FROM sales_order_line l
            WHERE l.tenant_id = NEW.tenant_id AND l.sales_order_id = NEW.id AND l.invoiced_quantity > 0) THEN
        RAISE EXCEPTION 'new row for relation "sales_order" violates check constraint "sales_order_cancelled_without_live_invoices"'
            USING ERRCODE = 'check_violation', CONSTRAINT = 'sales_order_cancelled_without_live_invoices',
                  TABLE = 'sales_order';
    END IF;
    RETURN NEW;
END $$;

CREATE TRIGGER sales_order_cancelled_without_live_invoices
    BEFORE UPDATE OF status ON sales_order
    FOR EACH ROW EXECUTE FUNCTION sales_order_cancelled_without_live_invoices();
