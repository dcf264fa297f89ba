-- What a completed job's work was priced at when it completed (the total, tax included, in the business's currency:
-- the pricing job-completed carried), so the owner's dashboard sums the day's booked dollars from it. None when the
-- business has no pricing settings.
ALTER TABLE job
    ADD COLUMN priced_currency text,
    ADD COLUMN priced_total    numeric(19, 2),
    ADD CONSTRAINT job_priced_whole CHECK ((priced_currency IS NULL) = (priced_total IS NULL)),
    ADD CONSTRAINT job_priced_when_completed CHECK (priced_total IS NULL OR (status = 'COMPLETED' AND priced_total >= 0));
