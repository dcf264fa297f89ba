-- one read: a note by its key (the service reads by (id, tenant))
\set k random(1, :rows)
SELECT * FROM note WHERE seq = :k AND tenant_id = 'bench';
