package dev.opsuite.field.jobs.application.port.in;

import dev.opsuite.field.jobs.domain.Diagnosis;
import dev.opsuite.field.jobs.domain.Job;
import dev.opsuite.field.jobs.domain.RateClass;
import dev.opsuite.support.tenancy.Actor;
import io.smallrye.mutiny.Uni;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/** The technician's work on site: start, diagnosis, labor, parts used, complete. */
public interface WorkOnJobUseCase {

    /** Labor from {@code start} to {@code end}, or {@code hours} alone. */
    record LaborCommand(Instant start, Instant end, BigDecimal hours, RateClass rateClass) {
    }

    /**
     * A part fitted. Stocked (partId, the inventory product, or reservationId given): inventory is told in the same
     * transaction, from the reservation or else from truckLocationId. Neither: bought on the way, on the job only.
     */
    record PartUsedCommand(UUID partId, String sku, BigDecimal quantity, UUID reservationId, UUID truckLocationId) {
    }

    Uni<Job> start(Actor actor, UUID jobId);

    Uni<Job> diagnose(Actor actor, UUID jobId, Diagnosis diagnosis);

    Uni<Job> logLabor(Actor actor, UUID jobId, LaborCommand labor);

    Uni<Job> usePart(Actor actor, UUID jobId, PartUsedCommand part);

    Uni<Job> complete(Actor actor, UUID jobId);
}
