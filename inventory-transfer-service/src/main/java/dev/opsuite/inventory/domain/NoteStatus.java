package dev.opsuite.inventory.domain;

/** Lifecycle of a transfer dispatch note (seed 001): Draft, Active, Receiving, Fully Received; Cancelled from Draft. */
public enum NoteStatus {
    DRAFT, ACTIVE, RECEIVING, FULLY_RECEIVED, CANCELLED
}
