package dev.opsuite.billing.drafts.domain;

/** What a line of a job's invoice charges for: hours of labor, or a part put in. */
public enum LineKind {
    LABOR, PART
}
