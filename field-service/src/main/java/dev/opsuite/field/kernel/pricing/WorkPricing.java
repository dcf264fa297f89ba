package dev.opsuite.field.kernel.pricing;

import dev.opsuite.field.kernel.WorkPrice;
import io.smallrye.mutiny.Uni;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Prices a job's work as it completes, in the transaction that completes it. Jobs asks; the estimates capability
 * answers. It lives in the kernel because estimates already depends on jobs: a port of jobs implemented by
 * estimates would be a cycle between them, which the architecture rules refuse. Empty when the business has no
 * pricing settings.
 */
public interface WorkPricing {

    Uni<Optional<WorkPrice>> price(String tenantId, UUID jobId, List<WorkPrice.Item> work);
}
