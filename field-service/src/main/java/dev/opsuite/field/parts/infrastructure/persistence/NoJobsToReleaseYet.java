package dev.opsuite.field.parts.infrastructure.persistence;

import dev.opsuite.field.parts.application.port.out.PartArrivals;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.util.UUID;

/** Until the jobs capability's "release job waiting on parts" exists (its port.in, called from here), nobody waits. */
@ApplicationScoped
class NoJobsToReleaseYet implements PartArrivals {

    @Override
    public Uni<Void> reserved(String tenantId, UUID jobId, UUID reservationId, UUID productId, UUID locationId) {
        return Uni.createFrom().voidItem();
    }

    @Override
    public Uni<Void> received(String tenantId, UUID truck, UUID productId, BigDecimal available) {
        return Uni.createFrom().voidItem();
    }
}
