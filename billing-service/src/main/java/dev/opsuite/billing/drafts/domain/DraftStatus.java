package dev.opsuite.billing.drafts.domain;

/**
 * DRAFT (made from the job) → PREPARED (reviewed, or edited, by its preparer) → FINALIZED (numbered, by someone else;
 * corrected afterwards as new versions).
 */
public enum DraftStatus {
    DRAFT, PREPARED, FINALIZED
}
