-- Every truck insurance of tenant ':tenant' ended yesterday: what a day passing does to documents that nobody
-- touches. The next recompute finds every unit blocked (VEHICLE_DOCUMENTS_EXPIRED).
UPDATE fleet_document SET valid_until = current_date - 1, updated_by = 'bench', updated_at = now(), version = version + 1
WHERE tenant_id = ':tenant' AND type = 'INSURANCE' AND vehicle_id IS NOT NULL;
