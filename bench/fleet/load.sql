-- Bulk load for bench/fleet-readiness.sh (and FleetBenchSqlTest): :units ready transport units of tenant ':tenant',
-- each a driver with its 3 documents, a heavy truck with its 5 and a MEGA trailer with its 2, all valid for two
-- more years. The units are stored with a stale readiness (not ready, documents missing), so the first recompute
-- changes every one of them. Ids are derived from the tenant and the index, so a run can find them again.
-- :tenant and :units are replaced by the runner (bench/fleet/Sql.java); the tenant must be new.

INSERT INTO driver (id, tenant_id, employee_number, name, phone, status, created_by, created_at, updated_by, updated_at, version)
SELECT md5(':tenant/driver/' || i)::uuid, ':tenant', 'DRV-B' || lpad(i::text, 6, '0'), 'Bench Driver ' || i, NULL,
       'ACTIVE', 'bench', now(), 'bench', now(), 0
FROM generate_series(1, :units) AS i;

INSERT INTO vehicle (id, tenant_id, registration_number, kind, make, model, vin, odometer_km, odometer_read_at,
                     assignment_mode, status, created_by, created_at, updated_by, updated_at, version)
SELECT md5(':tenant/truck/' || i)::uuid, ':tenant', 'BT-' || lpad(i::text, 6, '0'), 'LKV', 'MAN', 'TGX 18.440', NULL,
       100000 + i, NULL, NULL, 'ACTIVE', 'bench', now(), 'bench', now(), 0
FROM generate_series(1, :units) AS i;

INSERT INTO trailer (id, tenant_id, registration_number, type, make, model, status, created_by, created_at,
                     updated_by, updated_at, version)
SELECT md5(':tenant/trailer/' || i)::uuid, ':tenant', 'BN-' || lpad(i::text, 6, '0'), 'MEGA', 'Krone', 'Mega Liner',
       'ACTIVE', 'bench', now(), 'bench', now(), 0
FROM generate_series(1, :units) AS i;

INSERT INTO fleet_document (id, tenant_id, driver_id, type, number, valid_from, valid_until, created_by, created_at,
                            updated_by, updated_at, version)
SELECT gen_random_uuid(), ':tenant', md5(':tenant/driver/' || i)::uuid, t, t || '-' || i, current_date - 365,
       current_date + 730, 'bench', now(), 'bench', now(), 0
FROM generate_series(1, :units) AS i
CROSS JOIN unnest(ARRAY['DRIVING_LICENCE', 'DRIVER_CARD', 'PROFESSIONAL_QUALIFICATION']) AS t;

INSERT INTO fleet_document (id, tenant_id, vehicle_id, type, number, valid_from, valid_until, created_by, created_at,
                            updated_by, updated_at, version)
SELECT gen_random_uuid(), ':tenant', md5(':tenant/truck/' || i)::uuid, t, t || '-' || i, current_date - 365,
       CASE WHEN t = 'REGISTRATION' THEN NULL ELSE current_date + 730 END, 'bench', now(), 'bench', now(), 0
FROM generate_series(1, :units) AS i
CROSS JOIN unnest(ARRAY['REGISTRATION', 'INSURANCE', 'ANNUAL_INSPECTION', 'TACHOGRAPH_CALIBRATION', 'CMR_INSURANCE']) AS t;

INSERT INTO fleet_document (id, tenant_id, trailer_id, type, number, valid_from, valid_until, created_by, created_at,
                            updated_by, updated_at, version)
SELECT gen_random_uuid(), ':tenant', md5(':tenant/trailer/' || i)::uuid, t, t || '-' || i, current_date - 365,
       CASE WHEN t = 'REGISTRATION' THEN NULL ELSE current_date + 730 END, 'bench', now(), 'bench', now(), 0
FROM generate_series(1, :units) AS i
CROSS JOIN unnest(ARRAY['REGISTRATION', 'ANNUAL_INSPECTION']) AS t;

INSERT INTO transport_unit (id, tenant_id, driver_id, vehicle_id, trailer_id, status, ready_for_order, readiness_reasons,
                            readiness_changed_at, created_by, created_at, updated_by, updated_at, version)
SELECT md5(':tenant/unit/' || i)::uuid, ':tenant', md5(':tenant/driver/' || i)::uuid, md5(':tenant/truck/' || i)::uuid,
       md5(':tenant/trailer/' || i)::uuid, 'ACTIVE', false,
       'DRIVER_DOCUMENTS_MISSING,VEHICLE_DOCUMENTS_MISSING,TRAILER_DOCUMENTS_MISSING', now(), 'bench', now(), 'bench',
       now(), 0
FROM generate_series(1, :units) AS i;

ANALYZE driver, vehicle, trailer, fleet_document, transport_unit;
