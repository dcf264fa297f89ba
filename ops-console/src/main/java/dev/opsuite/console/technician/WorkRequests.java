package dev.opsuite.console.technician;

import java.math.BigDecimal;
import java.util.UUID;

/** The bodies of the technician's actions on a job, as field-service's {@code /my/jobs/{id}/…} take them. */
public final class WorkRequests {

    private WorkRequests() {
    }

    public record Diagnosis(String findings, String cause) {
    }

    /** Hours at a rate class ({@code STANDARD}, {@code OVERTIME}, {@code EMERGENCY}). */
    public record Labor(BigDecimal hours, String rateClass) {
    }

    /** A part fitted: {@code partId} (from the truck) or none (bought on the way), its SKU and how many. */
    public record Part(UUID partId, String sku, BigDecimal quantity) {
    }

    public record WaitingOnParts(String waitingFor) {
    }
}
