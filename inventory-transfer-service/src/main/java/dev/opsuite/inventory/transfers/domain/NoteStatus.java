package dev.opsuite.inventory.transfers.domain;

/**
 * Lifecycle of a transfer dispatch note (seed 001): Draft, Active (approved and dispatched),
 * Receiving, Fully Received; Cancelled from Draft; Closed Short when a manager closes a note whose
 * goods will not all arrive (the rest is recorded as a discrepancy).
 */
public enum NoteStatus {
    DRAFT, ACTIVE, RECEIVING, FULLY_RECEIVED, CANCELLED, CLOSED_SHORT
}
