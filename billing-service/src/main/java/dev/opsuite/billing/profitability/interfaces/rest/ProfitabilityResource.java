package dev.opsuite.billing.profitability.interfaces.rest;

import dev.opsuite.billing.kernel.rest.MoneyResponse;
import dev.opsuite.billing.kernel.rest.Roles;
import dev.opsuite.billing.profitability.application.port.in.OrderProfitabilityQuery;
import dev.opsuite.billing.profitability.domain.CostKind;
import dev.opsuite.billing.profitability.domain.OrderCost;
import dev.opsuite.billing.profitability.domain.Profitability;
import dev.opsuite.support.tenancy.Caller;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/sales-orders")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Sales orders")
public class ProfitabilityResource {

    private final OrderProfitabilityQuery profitability;
    private final Caller caller;

    public ProfitabilityResource(OrderProfitabilityQuery profitability, Caller caller) {
        this.profitability = profitability;
        this.caller = caller;
    }

    /** A cost of one kind in one currency. */
    public record KindCost(CostKind kind, BigDecimal amount, String currency) {
    }

    public record CostLine(UUID costId, CostKind kind, BigDecimal amount, String currency, String description,
            String sourceType, UUID sourceId, UUID vehicleId, UUID driverId, String recordedBy, Instant recordedAt) {

        static CostLine of(OrderCost c) {
            return new CostLine(c.costId(), c.kind(), c.amount(), c.currency(), c.description(), c.source().type(),
                    c.source().id(), c.source().vehicleId(), c.source().driverId(), c.source().recordedBy(), c.recordedAt());
        }
    }

    /** Every amount per currency: revenue invoiced, costs per kind and their sum, profit = revenue − costs. */
    public record ProfitabilityResponse(UUID salesOrderId, String orderNumber, List<MoneyResponse> revenue,
            List<KindCost> costsByKind, List<MoneyResponse> costs, List<MoneyResponse> profit, List<CostLine> costLines) {

        static ProfitabilityResponse of(Profitability p) {
            List<KindCost> byKind = new ArrayList<>();
            p.costsByKind().forEach((currency, kinds) -> kinds.forEach((kind, amount) ->
                    byKind.add(new KindCost(kind, amount, currency))));
            return new ProfitabilityResponse(p.salesOrderId(), p.orderNumber(), money(p.revenue()), byKind,
                    money(p.costs()), money(p.profit()), p.costLines().stream().map(CostLine::of).toList());
        }

        private static List<MoneyResponse> money(Map<String, BigDecimal> perCurrency) {
            return perCurrency.entrySet().stream().map(e -> new MoneyResponse(e.getValue(), e.getKey())).toList();
        }
    }

    @GET
    @Path("/{id}/profitability")
    @RolesAllowed({ Roles.FINANCE, Roles.BILLING, Roles.OPERATIONS_MANAGER })
    @Operation(summary = "What the order earned: revenue invoiced (issued and processed, net) minus the costs the fleet booked to it")
    public Uni<ProfitabilityResponse> profitability(@PathParam("id") UUID id) {
        return profitability.profitability(caller.tenantId(), id).map(ProfitabilityResponse::of);
    }
}
