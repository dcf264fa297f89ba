package dev.opsuite.fleet.readiness.domain;


/** Where a member's documents stand today, as readiness reads the traffic light: a required one missing (or not yet valid), one expired. */
public record MemberDocuments(boolean anyMissing, boolean anyExpired) {
}
