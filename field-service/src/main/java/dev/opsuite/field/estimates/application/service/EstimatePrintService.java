package dev.opsuite.field.estimates.application.service;

import dev.opsuite.field.estimates.application.port.in.EstimatesUseCase;
import dev.opsuite.field.estimates.application.port.in.PrintEstimateQuery;
import dev.opsuite.field.estimates.application.port.out.EstimateDocumentRenderer;
import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.util.UUID;

@ApplicationScoped
class EstimatePrintService implements PrintEstimateQuery {

    private final EstimatesUseCase estimates;
    private final EstimateDocumentRenderer renderer;
    private final Clock clock;

    EstimatePrintService(EstimatesUseCase estimates, EstimateDocumentRenderer renderer, Clock clock) {
        this.estimates = estimates;
        this.renderer = renderer;
        this.clock = clock;
    }

    @Override
    public Uni<byte[]> pdf(String tenantId, UUID estimateId) {
        // Read in a session of its own before rendering starts, so that rendering never holds a connection.
        return estimates.estimate(tenantId, estimateId)
                // Rendering a PDF is CPU work of tens of milliseconds: off the event loop.
                .emitOn(Infrastructure.getDefaultWorkerPool())
                .map(estimate -> renderer.pdf(estimate, clock.instant()));
    }
}
