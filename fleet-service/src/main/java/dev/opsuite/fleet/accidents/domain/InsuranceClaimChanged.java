package dev.opsuite.fleet.accidents.domain;

import dev.opsuite.support.domain.DomainEvent;
import java.util.UUID;

/** The accident's insurance claim was filed ({@code previousStatus} null) or moved on: the claim as it now is. */
public record InsuranceClaimChanged(UUID accidentId, String tenantId, String number, InsuranceClaim claim,
        ClaimStatus previousStatus) implements DomainEvent {
}
