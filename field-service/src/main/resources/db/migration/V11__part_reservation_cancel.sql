-- A part reservation can be given back (CANCELLED): inventory releases what it still holds for it.
ALTER TABLE part_reservation DROP CONSTRAINT part_reservation_status_check;
ALTER TABLE part_reservation ADD CONSTRAINT part_reservation_status_check
    CHECK (status IN ('REQUESTED', 'CONFIRMED', 'REJECTED', 'USED', 'CANCELLED'));
ALTER TABLE part_reservation ADD COLUMN cancel_reason text;
ALTER TABLE part_reservation ADD COLUMN cancelled_by text;
ALTER TABLE part_reservation ADD COLUMN cancelled_at timestamptz;
-- A cancelled reservation, and only one, says why, who and when.
ALTER TABLE part_reservation ADD CONSTRAINT part_reservation_cancelled_says_why CHECK (
    (status = 'CANCELLED') = (cancel_reason IS NOT NULL AND cancelled_by IS NOT NULL AND cancelled_at IS NOT NULL));
