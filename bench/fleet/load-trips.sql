-- Bulk load for bench/fleet-driver-lookup.sh (and FleetBenchSqlTest): a year of trip tickets for :units heavy trucks
-- of tenant ':tenant'. Each truck runs two closed trips a day for the 365 days before today (05:00-11:00 and
-- 12:00-19:00 UTC), each with its driving_period row, as closing a ticket writes them. Drivers rotate through the
-- trucks day by day (driver (i + day + trip) mod :units), so no driver is on two trips at once and the
-- exclusion constraints hold. Every trip carries an order reference. The hours 19:00-05:00 and 11:00-12:00 have
-- nobody at the wheel. :tenant and :units are replaced by the runner (bench/fleet/Sql.java); the tenant must be new.

INSERT INTO driver (id, tenant_id, employee_number, name, phone, status, created_by, created_at, updated_by, updated_at, version)
SELECT md5(':tenant/trip-driver/' || i)::uuid, ':tenant', 'DRV-T' || lpad(i::text, 6, '0'), 'Trip Driver ' || i, NULL,
       'ACTIVE', 'bench', now(), 'bench', now(), 0
FROM generate_series(0, :units - 1) AS i;

INSERT INTO vehicle (id, tenant_id, registration_number, kind, make, model, vin, odometer_km, odometer_read_at,
                     assignment_mode, status, created_by, created_at, updated_by, updated_at, version)
SELECT md5(':tenant/trip-truck/' || i)::uuid, ':tenant', 'TT-' || lpad(i::text, 6, '0'), 'LKV', 'MAN', 'TGX 18.440', NULL,
       100000 + 365 * 2 * 250, now(), NULL, 'ACTIVE', 'bench', now(), 'bench', now(), 0
FROM generate_series(0, :units - 1) AS i;

CREATE TEMPORARY TABLE bench_trip AS
SELECT md5(':tenant/trip/' || i || '/' || d || '/' || k)::uuid AS id, i, d, k,
       md5(':tenant/trip-truck/' || i)::uuid AS vehicle_id,
       md5(':tenant/trip-driver/' || ((i + d * 2 + k) % :units))::uuid AS driver_id,
       (current_date - 365 + d)::timestamp AT TIME ZONE 'UTC' + CASE k WHEN 0 THEN interval '5 hours' ELSE interval '12 hours' END AS starts_at,
       (current_date - 365 + d)::timestamp AT TIME ZONE 'UTC' + CASE k WHEN 0 THEN interval '11 hours' ELSE interval '19 hours' END AS ends_at,
       100000 + (d * 2 + k) * 250 AS odometer_out
FROM generate_series(0, :units - 1) AS i
CROSS JOIN generate_series(0, 364) AS d
CROSS JOIN generate_series(0, 1) AS k;

INSERT INTO trip_ticket (id, tenant_id, number, vehicle_id, vehicle_kind, driver_id, trailer_id, transport_unit_id,
                         planned_from, planned_to, origin, destination, via, purpose, order_reference, status,
                         odometer_out_km, odometer_in_km, distance_km, departed_at, returned_at, closed_by, closed_at,
                         created_by, created_at, updated_by, updated_at, version)
SELECT id, ':tenant', 'TT-B-' || i || '-' || d || '-' || k, vehicle_id, 'LKV', driver_id, NULL, NULL,
       starts_at, ends_at, 'Praha', 'Brno', '{}', 'Bench trip', 'ORD-B-' || i || '-' || d || '-' || k, 'CLOSED',
       odometer_out, odometer_out + 250, 250, starts_at, ends_at, 'bench', ends_at, 'bench', starts_at, 'bench', ends_at, 1
FROM bench_trip;

INSERT INTO driving_period (id, tenant_id, vehicle_id, driver_id, trailer_id, starts_at, ends_at, order_reference, source,
                            source_id, source_number, recorded_at, version)
SELECT md5(':tenant/period/' || id)::uuid, ':tenant', vehicle_id, driver_id, NULL, starts_at, ends_at,
       'ORD-B-' || i || '-' || d || '-' || k, 'TRIP_TICKET', id, 'TT-B-' || i || '-' || d || '-' || k, ends_at, 0
FROM bench_trip;

DROP TABLE bench_trip;
ANALYZE driver, vehicle, trip_ticket, driving_period;
