-- A customer's jobs: the callback rule looks for the customer's completed jobs at a location when a call opens, and
-- the customer's history lists them.
CREATE INDEX job_of_customer ON job (tenant_id, customer_id, location_id);
