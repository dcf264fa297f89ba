package dev.opsuite.field.parts.infrastructure.jobs;

import dev.opsuite.field.kernel.parts.StockedParts;
import dev.opsuite.field.parts.application.port.in.RecordPartsUsedUseCase;
import dev.opsuite.field.parts.application.port.in.RecordPartsUsedUseCase.PartsUsedCommand;
import dev.opsuite.support.application.RejectedException;
import dev.opsuite.support.application.Rejection;
import dev.opsuite.support.tenancy.Actor;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.util.UUID;

/**
 * The stock side of a part the technician fitted through their job, answered by the parts capability in the job's
 * transaction. The job was already found to be the technician's, so ownership is not asked again.
 */
@ApplicationScoped
public class PartsFittedOnJobs implements StockedParts {

    private final RecordPartsUsedUseCase parts;

    public PartsFittedOnJobs(RecordPartsUsedUseCase parts) {
        this.parts = parts;
    }

    @Override
    public Uni<Taken> fitted(Actor actor, UUID jobId, UUID usageId, UUID partId, UUID reservationId, BigDecimal quantity,
            UUID truckLocationId) {
        return parts.use(new PartsUsedCommand(actor, jobId, usageId, reservationId, partId, quantity,
                        reservationId == null ? truckLocationId : null))
                .map(used -> new Taken(used.productId(), used.locationId()))
                // The technician's request calls the product partId.
                .onFailure(RejectedException.class).transform(f -> asPartId(((RejectedException) f).rejection()));
    }

    private static Throwable asPartId(Rejection r) {
        return "productId".equals(r.field()) ? new Rejection(r.code(), r.kind(), "partId", r.detail()
                .replace("productId", "partId")).toException() : r.toException();
    }
}
