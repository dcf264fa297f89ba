-- A goods receipt is booked into its note's receipt summary and the destination's stock once. The booking writes
-- this row in its own transaction, so a second event about the same receipt (created APPROVED and then updated,
-- or published again under a new event id) finds the key taken and books nothing.
ALTER TABLE transfer_goods_receipt ADD CONSTRAINT transfer_goods_receipt_tenant_id_unique UNIQUE (tenant_id, id);
ALTER TABLE transfer_dispatch_note ADD CONSTRAINT transfer_dispatch_note_tenant_id_unique UNIQUE (tenant_id, id);

CREATE TABLE goods_receipt_booking (
    tenant_id                 text        NOT NULL,
    goods_receipt_id          uuid        NOT NULL,
    transfer_dispatch_note_id uuid        NOT NULL,
    booked_at                 timestamptz NOT NULL,
    PRIMARY KEY (tenant_id, goods_receipt_id),
    CONSTRAINT goods_receipt_booking_receipt FOREIGN KEY (tenant_id, goods_receipt_id)
        REFERENCES transfer_goods_receipt (tenant_id, id),
    CONSTRAINT goods_receipt_booking_note FOREIGN KEY (tenant_id, transfer_dispatch_note_id)
        REFERENCES transfer_dispatch_note (tenant_id, id)
);
-- Close-short looks for the note's approved receipts that have no booking yet.
CREATE INDEX goods_receipt_booking_note ON goods_receipt_booking (tenant_id, transfer_dispatch_note_id);

-- Receipts booked before this table existed: every booking moved stock (a receipt takes in something received or
-- damaged), so a receipt named by a ledger movement is booked. Receipts approved but not booked yet stay out.
INSERT INTO goods_receipt_booking (tenant_id, goods_receipt_id, transfer_dispatch_note_id, booked_at)
SELECT r.tenant_id, r.id, r.transfer_dispatch_note_id, min(m.occurred_at)
FROM transfer_goods_receipt r
JOIN stock_movement m ON m.tenant_id = r.tenant_id AND m.reference_type = 'transfer-goods-receipt'
                     AND m.reference_id = r.id::text
GROUP BY r.tenant_id, r.id, r.transfer_dispatch_note_id;
