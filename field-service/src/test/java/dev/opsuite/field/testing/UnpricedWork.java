package dev.opsuite.field.testing;

import dev.opsuite.field.kernel.WorkPrice;
import dev.opsuite.field.kernel.pricing.WorkPricing;
import io.smallrye.mutiny.Uni;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Pricing for the jobs' fast tests: a business that prices nothing, so job-completed carries no pricing. */
public final class UnpricedWork implements WorkPricing {

    @Override
    public Uni<Optional<WorkPrice>> price(String tenantId, UUID jobId, List<WorkPrice.Item> work) {
        return Uni.createFrom().item(Optional.empty());
    }
}
