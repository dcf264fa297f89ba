package dev.opsuite.billing.ledger.domain;

/** An invoice's first export (the whole invoice), or a later version's (only what changed since the last export). */
public enum EntryKind {
    ORIGINAL, ADJUSTMENT
}
