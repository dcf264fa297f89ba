-- Bulk data for the search benchmark (bench/inventory-transfer.sh): one tenant's locations and transfer
-- dispatch notes, written straight into inventory_transfer with generate_series. Deterministic
-- (setseed; ids are md5 of the tenant and a counter), so two runs load the same rows.
--   psql -v tenant=bench-search -v notes=100000 -v locations=200 -v seed=0.42 -v end_at=2026-11-20 -f search-data.sql
-- Replaces whatever the tenant had (notes, receipts, discrepancies, locations). The shapes of the jsonb columns
-- (detail, receipt_summary, cost_detail) are the ones the service writes (see JsonColumns, CostDetail).
--
-- Distributions:
--   locations  10 % warehouses, 70 % stores, 20 % trucks; named "<Kind> <City> <suffix>" over 20 cities, so a
--              city name matches about 5 % of the locations.
--   created_at 2 years up to :end_at, volume growing with time (density ~ linear), working hours 06:00-20:00 UTC.
--   origin     80 % warehouses (a few big ones ship most: index ~ u^2), 15 % stores, 5 % trucks;
--   destination 70 % stores (skewed), 20 % trucks, 10 % warehouses; never the origin.
--   status     older than 30 days: 88 % FULLY_RECEIVED, 6 % CANCELLED, 5 % CLOSED_SHORT, 1 % DRAFT (stale);
--              last 30 days: 38 % FULLY_RECEIVED, 25 % ACTIVE, 15 % RECEIVING, 15 % DRAFT, 5 % CANCELLED, 2 % CLOSED_SHORT.
--              10 % of the drafts are soft-deleted.
--   dispatch_date  1 h to 3 days after creation once dispatched; half the drafts carry a planned date; none when cancelled.
--   detail     1 to 5 lines (distinct products out of 50), 1 to 40 units each.
\set ON_ERROR_STOP on
SET TimeZone = 'UTC';
SELECT setseed(:seed) AS seeded \gset

BEGIN;
DELETE FROM transfer_discrepancy WHERE tenant_id = :'tenant';
DELETE FROM transfer_goods_receipt WHERE tenant_id = :'tenant';
DELETE FROM transfer_dispatch_note WHERE tenant_id = :'tenant';
DELETE FROM stock_reservation WHERE tenant_id = :'tenant';
DELETE FROM stock_level WHERE tenant_id = :'tenant';
DELETE FROM location WHERE tenant_id = :'tenant';

CREATE TEMP TABLE bench_city (n int PRIMARY KEY, name text) ON COMMIT DROP;
INSERT INTO bench_city
SELECT ordinality, name FROM unnest(ARRAY['Madrid', 'Barcelona', 'Valencia', 'Sevilla', 'Zaragoza', 'Malaga', 'Murcia',
    'Palma', 'Bilbao', 'Alicante', 'Cordoba', 'Valladolid', 'Vigo', 'Gijon', 'Granada', 'Oviedo', 'Pamplona',
    'Santander', 'Toledo', 'Burgos']) WITH ORDINALITY AS c(name, ordinality);

-- Locations 1..w are warehouses, then stores, then trucks.
CREATE TEMP TABLE bench_location ON COMMIT DROP AS
SELECT i,
       md5(:'tenant' || ':location:' || i)::uuid AS id,
       CASE WHEN i <= w THEN 'WAREHOUSE' WHEN i <= w + s THEN 'STORE' ELSE 'TRUCK' END AS type,
       w, s, t
FROM (SELECT greatest(1, round(:locations * 0.10))::int AS w, round(:locations * 0.70)::int AS s) k,
     LATERAL (SELECT :locations - w - s AS t) tt,
     generate_series(1, :locations) i;

INSERT INTO location (id, tenant_id, type, name, code, address, vehicle_id, active, created_by, created_at, updated_by,
                      updated_at, version)
SELECT l.id, :'tenant', l.type,
       CASE l.type
           WHEN 'WAREHOUSE' THEN 'Warehouse ' || c.name || ' ' || (ARRAY['Central', 'North', 'South', 'East', 'West'])[1 + (l.i / 20) % 5]
           WHEN 'STORE' THEN 'Store ' || c.name || ' ' || lpad(((l.i - l.w) / 20 + 1)::text, 2, '0')
           ELSE 'Truck ' || c.name || ' ' || lpad((1000 + (l.i * 37) % 9000)::text, 4, '0') || '-' ||
                chr(66 + l.i % 20) || chr(67 + (l.i / 3) % 20) || chr(68 + (l.i / 7) % 20)
       END,
       'L' || lpad(l.i::text, 4, '0'),
       CASE WHEN l.type = 'TRUCK' THEN NULL ELSE 'Calle ' || l.i || ', ' || c.name END,
       CASE WHEN l.type = 'TRUCK' THEN md5(:'tenant' || ':vehicle:' || l.i)::uuid END,
       true, 'bench-loader', :'end_at'::timestamptz - interval '800 days', 'bench-loader',
       :'end_at'::timestamptz - interval '800 days', 0
FROM bench_location l
JOIN bench_city c ON c.n = 1 + (l.i - 1) % 20;

-- The notes' scalar columns. u* are uniform draws, kept to derive the rest.
CREATE TEMP TABLE bench_note ON COMMIT DROP AS
SELECT g.i,
       md5(:'tenant' || ':note:' || g.i)::uuid AS id,
       date_trunc('day', :'end_at'::timestamptz - interval '730 days' + interval '730 days' * sqrt(random()))
           + interval '6 hours' + interval '14 hours' * random() AS created_at,
       random() AS u_origin_kind, random() AS u_origin, random() AS u_dest_kind, random() AS u_dest,
       random() AS u_status, random() AS u_dispatch, random() AS u_deleted, random() AS u_received, random() AS u_product,
       1 + floor(random() * 5)::int AS n_lines,
       (ARRAY['ana.garcia', 'luis.martin', 'marta.lopez', 'jorge.sanz', 'eva.ruiz', 'pablo.diaz', 'sara.gil',
              'ivan.torres', 'nuria.vidal', 'raul.moreno'])[1 + floor(random() * 10)::int] AS actor
FROM generate_series(1, :notes) g(i);

CREATE TEMP TABLE bench_note2 ON COMMIT DROP AS
SELECT n.*,
       -- origin
       CASE WHEN n.u_origin_kind < 0.80 THEN 1 + floor(l.w * n.u_origin ^ 2)::int
            WHEN n.u_origin_kind < 0.95 THEN l.w + 1 + floor(l.s * n.u_origin)::int
            ELSE l.w + l.s + 1 + floor(greatest(l.t, 1) * n.u_origin)::int END AS origin_i,
       CASE WHEN n.u_dest_kind < 0.70 THEN l.w + 1 + floor(l.s * n.u_dest ^ 1.5)::int
            WHEN n.u_dest_kind < 0.90 THEN l.w + l.s + 1 + floor(greatest(l.t, 1) * n.u_dest)::int
            ELSE 1 + floor(l.w * n.u_dest)::int END AS dest_i,
       CASE WHEN n.created_at < :'end_at'::timestamptz - interval '30 days' THEN
                CASE WHEN n.u_status < 0.88 THEN 'FULLY_RECEIVED' WHEN n.u_status < 0.94 THEN 'CANCELLED'
                     WHEN n.u_status < 0.99 THEN 'CLOSED_SHORT' ELSE 'DRAFT' END
            ELSE
                CASE WHEN n.u_status < 0.38 THEN 'FULLY_RECEIVED' WHEN n.u_status < 0.63 THEN 'ACTIVE'
                     WHEN n.u_status < 0.78 THEN 'RECEIVING' WHEN n.u_status < 0.93 THEN 'DRAFT'
                     WHEN n.u_status < 0.98 THEN 'CANCELLED' ELSE 'CLOSED_SHORT' END
       END AS status
FROM bench_note n
CROSS JOIN (SELECT min(w) AS w, min(s) AS s, min(t) AS t FROM bench_location) l;

-- Keep the locations within range and distinct (a note never goes from a location to itself).
UPDATE bench_note2 SET origin_i = least(origin_i, :locations);
UPDATE bench_note2 SET dest_i = least(dest_i, :locations);
UPDATE bench_note2 SET dest_i = CASE WHEN dest_i < :locations THEN dest_i + 1 ELSE dest_i - 1 END WHERE dest_i = origin_i;

-- Lines: product, quantity, unit cost; received and damaged follow the note's status.
CREATE TEMP TABLE bench_line ON COMMIT DROP AS
SELECT n.i, k,
       -- distinct products on a note (the service refuses a product listed twice)
       md5('bench-product:' || (1 + (floor(n.u_product * 50)::int + k * 7) % 50))::uuid AS product_id,
       (1 + floor(random() * 40))::int AS quantity,
       round((2 + random() * 180)::numeric, 2) AS unit_cost
FROM bench_note2 n, generate_series(1, n.n_lines) k;

CREATE TEMP TABLE bench_line2 ON COMMIT DROP AS
SELECT b.*,
       CASE n.status
           WHEN 'FULLY_RECEIVED' THEN b.quantity
           WHEN 'RECEIVING' THEN CASE WHEN b.k = 1 THEN greatest(b.quantity - 1, 0) ELSE floor(b.quantity * n.u_received)::int END
           WHEN 'CLOSED_SHORT' THEN floor(b.quantity * n.u_received)::int
           ELSE 0 END AS received,
       n.status
FROM bench_line b JOIN bench_note2 n USING (i);

INSERT INTO transfer_dispatch_note (id, tenant_id, document_number, origin_location_id, destination_location_id,
        dispatch_date, status, detail, receipt_summary, transfer_goods_receipt_status, created_by, created_at,
        updated_by, updated_at, version, cost_detail, transport_detail, closing_reason, deleted_by, deleted_at)
SELECT n.id, :'tenant',
       'TDN-' || extract(year FROM n.created_at AT TIME ZONE 'UTC') || '-' ||
           lpad((row_number() OVER (PARTITION BY extract(year FROM n.created_at AT TIME ZONE 'UTC') ORDER BY n.created_at, n.i))::text, 6, '0'),
       md5(:'tenant' || ':location:' || n.origin_i)::uuid,
       md5(:'tenant' || ':location:' || n.dest_i)::uuid,
       CASE WHEN n.status = 'CANCELLED' THEN NULL
            WHEN n.status = 'DRAFT' THEN CASE WHEN n.u_dispatch < 0.5 THEN n.created_at + interval '1 day' * (1 + floor(n.u_dispatch * 14)) END
            ELSE n.created_at + interval '1 hour' + interval '71 hours' * n.u_dispatch END,
       n.status,
       jsonb_build_object('lines', l.detail),
       jsonb_build_object('lines', l.summary),
       CASE n.status WHEN 'FULLY_RECEIVED' THEN 'RECEIVED' WHEN 'RECEIVING' THEN 'PARTIAL' WHEN 'CLOSED_SHORT' THEN 'PARTIAL' END,
       n.actor, n.created_at,
       n.actor, n.created_at + CASE WHEN n.status IN ('DRAFT', 'CANCELLED') THEN interval '0' ELSE interval '4 days' * n.u_dispatch END,
       CASE n.status WHEN 'DRAFT' THEN 0 WHEN 'CANCELLED' THEN 1 WHEN 'ACTIVE' THEN 1 ELSE 2 + floor(n.u_received * 3)::int END,
       CASE WHEN n.status IN ('DRAFT', 'CANCELLED') THEN NULL ELSE jsonb_build_object('items', l.costs, 'total', l.total, 'currency', 'EUR') END,
       NULL,
       CASE WHEN n.status = 'CLOSED_SHORT' THEN 'Goods lost in transit' END,
       CASE WHEN n.status = 'DRAFT' AND n.u_deleted < 0.10 THEN n.actor END,
       CASE WHEN n.status = 'DRAFT' AND n.u_deleted < 0.10 THEN n.created_at + interval '2 hours' END
FROM bench_note2 n
JOIN (SELECT i,
             jsonb_agg(jsonb_build_object('productId', product_id, 'quantity', quantity) ORDER BY k) AS detail,
             jsonb_agg(jsonb_build_object('productId', product_id, 'dispatched', quantity, 'received', received,
                 'damaged', 0, 'shortage', CASE WHEN status = 'CLOSED_SHORT' THEN quantity - received ELSE 0 END) ORDER BY k) AS summary,
             jsonb_agg(jsonb_build_object('productId', product_id, 'quantity', quantity, 'unitCost', unit_cost,
                 'totalCost', round(quantity * unit_cost, 2)) ORDER BY k) AS costs,
             round(sum(quantity * unit_cost), 2) AS total
      FROM bench_line2 b GROUP BY i) l USING (i);
COMMIT;
