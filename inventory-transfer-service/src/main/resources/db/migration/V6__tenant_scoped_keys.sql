-- Every reference stays inside its tenant: a child names its parent by (tenant_id, id), so no row can point at
-- another business's location, product, note or stock level. The single-column keys they replace go.
ALTER TABLE location ADD CONSTRAINT location_tenant_id_unique UNIQUE (tenant_id, id);
ALTER TABLE product ADD CONSTRAINT product_tenant_id_unique UNIQUE (tenant_id, id);

ALTER TABLE transfer_goods_receipt
    DROP CONSTRAINT transfer_goods_receipt_transfer_dispatch_note_id_fkey,
    ADD CONSTRAINT transfer_goods_receipt_note FOREIGN KEY (tenant_id, transfer_dispatch_note_id)
        REFERENCES transfer_dispatch_note (tenant_id, id);

ALTER TABLE stock_level
    DROP CONSTRAINT stock_level_location_id_fkey,
    DROP CONSTRAINT stock_level_product_id_fkey,
    ADD CONSTRAINT stock_level_location FOREIGN KEY (tenant_id, location_id) REFERENCES location (tenant_id, id),
    ADD CONSTRAINT stock_level_product FOREIGN KEY (tenant_id, product_id) REFERENCES product (tenant_id, id);

ALTER TABLE stock_reservation
    DROP CONSTRAINT stock_reservation_location_id_fkey,
    DROP CONSTRAINT stock_reservation_product_id_fkey,
    ADD CONSTRAINT stock_reservation_location FOREIGN KEY (tenant_id, location_id) REFERENCES location (tenant_id, id),
    ADD CONSTRAINT stock_reservation_product FOREIGN KEY (tenant_id, product_id) REFERENCES product (tenant_id, id);

ALTER TABLE transfer_discrepancy
    DROP CONSTRAINT transfer_discrepancy_transfer_dispatch_note_id_fkey,
    ADD CONSTRAINT transfer_discrepancy_note FOREIGN KEY (tenant_id, transfer_dispatch_note_id)
        REFERENCES transfer_dispatch_note (tenant_id, id);

-- Columns that had no key at all get one NOT VALID (checked for every row written from now on) and are validated
-- below where the rows already there allow it: drafts from the first slice (V1) named locations and products
-- before this service recorded any, and such a draft must not stop the migration.
ALTER TABLE transfer_dispatch_note
    ADD CONSTRAINT transfer_dispatch_note_origin FOREIGN KEY (tenant_id, origin_location_id)
        REFERENCES location (tenant_id, id) NOT VALID,
    ADD CONSTRAINT transfer_dispatch_note_destination FOREIGN KEY (tenant_id, destination_location_id)
        REFERENCES location (tenant_id, id) NOT VALID;
ALTER TABLE transfer_goods_receipt
    ADD CONSTRAINT transfer_goods_receipt_destination FOREIGN KEY (tenant_id, destination_location_id)
        REFERENCES location (tenant_id, id) NOT VALID;
ALTER TABLE transfer_discrepancy
    ADD CONSTRAINT transfer_discrepancy_product FOREIGN KEY (tenant_id, product_id)
        REFERENCES product (tenant_id, id) NOT VALID;
-- A ledger movement is a change of one stock level.
ALTER TABLE stock_movement
    ADD CONSTRAINT stock_movement_level FOREIGN KEY (tenant_id, location_id, product_id)
        REFERENCES stock_level (tenant_id, location_id, product_id) NOT VALID;

DO $$
DECLARE
    c record;
BEGIN
    FOR c IN SELECT conrelid::regclass AS tab, conname FROM pg_constraint
             WHERE contype = 'f' AND NOT convalidated AND connamespace = current_schema()::regnamespace LOOP
        BEGIN
            EXECUTE format('ALTER TABLE %s VALIDATE CONSTRAINT %I', c.tab, c.conname);
        EXCEPTION WHEN foreign_key_violation THEN
            RAISE NOTICE '% stays NOT VALID: rows written before it name no parent in their tenant', c.conname;
        END;
    END LOOP;
END $$;
