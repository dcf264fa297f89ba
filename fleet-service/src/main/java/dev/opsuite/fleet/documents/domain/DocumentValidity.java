package dev.opsuite.fleet.documents.domain;

/** Where one document stands on a given day. */
public enum DocumentValidity {
    /** Valid today and beyond the warning window. */
    VALID,
    /** Valid today, ends within the warning window. */
    EXPIRING,
    /** Its last valid day has passed. */
    EXPIRED,
    /** Starts later. */
    NOT_YET_VALID
}
