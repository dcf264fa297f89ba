package dev.opsuite.field.estimates.application.port.in;

import dev.opsuite.field.estimates.domain.PricedWork;
import io.smallrye.mutiny.Uni;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Prices a job's completed work; empty when the business has no pricing settings. */
public interface PriceWorkQuery {

    Uni<Optional<PricedWork>> price(String tenantId, UUID jobId, List<PricedWork.Item> work);
}
