package dev.opsuite.fleet.accidents.domain;

import dev.opsuite.support.domain.DomainEvent;

/** The accident's insurance claim was filed ({@code previousStatus} null) or moved on. */
public record InsuranceClaimChanged(Accident accident, ClaimStatus previousStatus) implements DomainEvent {

    @Override
    public String tenantId() {
        return accident.tenantId();
    }
}
