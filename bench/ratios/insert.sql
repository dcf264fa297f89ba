-- one create: the note row and its outbox row, in one transaction (detail and payload about the service's sizes)
\set n random(1, 2000000000)
BEGIN;
INSERT INTO note (id, tenant_id, document_number, origin_location_id, destination_location_id, status, detail,
    receipt_summary, created_by, created_at, updated_by, updated_at, version)
VALUES (gen_random_uuid(), 'bench', 'TDN-' || :n || '-' || pg_backend_pid() || '-' || clock_timestamp(),
    '00000000-0000-0000-0000-000000000001', '00000000-0000-0000-0000-000000000002', 'DRAFT',
    '[{"productId":"00000000-0000-0000-0000-00000000000a","quantity":10,"unitCost":45.000000,"lineTotal":450.00},{"productId":"00000000-0000-0000-0000-00000000000b","quantity":4,"unitCost":6.500000,"lineTotal":26.00}]',
    '{"lines":[]}', 'bench', now(), 'bench', now(), 0);
INSERT INTO outbox_event (id, topic, aggregate_id, type, schema_version, tenant_id, source, occurred_at, payload)
VALUES (gen_random_uuid(), 'inventory.transfer-dispatch-note', 'x', 'transfer-dispatch-note-created', 1, 'bench',
    'inventory-transfer-service', now(),
    '{"noteId":"00000000-0000-0000-0000-000000000003","documentNumber":"TDN-2026-000001","originLocationId":"00000000-0000-0000-0000-000000000001","destinationLocationId":"00000000-0000-0000-0000-000000000002","status":"DRAFT","detail":[{"productId":"00000000-0000-0000-0000-00000000000a","quantity":10},{"productId":"00000000-0000-0000-0000-00000000000b","quantity":4}]}');
COMMIT;
