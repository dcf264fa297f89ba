package dev.opsuite.billing.profitability.application.port.in;

import dev.opsuite.billing.profitability.domain.Profitability;
import io.smallrye.mutiny.Uni;
import java.util.UUID;

/** What a sales order of the caller's tenant earned: revenue invoiced minus the costs the fleet booked to it. */
public interface OrderProfitabilityQuery {

    Uni<Profitability> profitability(String tenantId, UUID salesOrderId);
}
