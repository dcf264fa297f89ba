package dev.opsuite.field.estimates.application.port.in;

import io.smallrye.mutiny.Uni;
import java.util.UUID;

/** The estimate PDF. */
public interface PrintEstimateQuery {

    Uni<byte[]> pdf(String tenantId, UUID estimateId);
}
