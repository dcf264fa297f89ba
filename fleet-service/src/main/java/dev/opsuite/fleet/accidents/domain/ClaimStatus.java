package dev.opsuite.fleet.accidents.domain;

/** An insurance claim: PENDING, then APPROVED (with an amount) or REJECTED; an APPROVED claim is PAID. */
public enum ClaimStatus {
    PENDING, APPROVED, REJECTED, PAID
}
