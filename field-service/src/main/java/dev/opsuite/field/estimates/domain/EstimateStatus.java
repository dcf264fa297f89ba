package dev.opsuite.field.estimates.domain;

/**
 * Where an estimate is: being written, waiting for the owner (its total with tax over the threshold), approved (ready
 * for the customer), sent back for changes, rejected, or superseded by a newer approved estimate of its job.
 */
public enum EstimateStatus {
    DRAFT, OWNER_APPROVAL_REQUIRED, APPROVED, CHANGES_REQUESTED, REJECTED, SUPERSEDED
}
