package dev.opsuite.fleet.documents.domain;

/** Why a document type is not green. */
public enum DocumentIssue {
    /** Required, and no document of the type was ever entered. */
    MISSING,
    /** Required, and the only documents of the type start later. */
    NOT_YET_VALID,
    /** Every document of the type has ended (and none covers today). */
    EXPIRED,
    /** Covered today, but the cover ends within the warning window. */
    EXPIRING
}
