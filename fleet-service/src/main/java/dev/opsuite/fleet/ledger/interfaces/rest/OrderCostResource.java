package dev.opsuite.fleet.ledger.interfaces.rest;

import dev.opsuite.fleet.kernel.rest.Roles;

import dev.opsuite.fleet.ledger.application.port.in.FindOrderCostsQuery;
import dev.opsuite.fleet.ledger.interfaces.rest.LedgerDtos.OrderCostSheetResponse;
import dev.opsuite.support.application.Rejection;
import dev.opsuite.support.tenancy.Caller;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The fleet's costs of an order (fines, accidents): the order's profitability impact. */
@Path("/order-costs")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Order costs")
public class OrderCostResource {

    private final FindOrderCostsQuery find;
    private final Caller caller;

    public OrderCostResource(FindOrderCostsQuery find, Caller caller) {
        this.find = find;
        this.caller = caller;
    }

    @GET
    @RolesAllowed({ Roles.FLEET_MANAGER, Roles.DISPATCHER, Roles.HR_ADMIN, Roles.VIEWER })
    @Operation(summary = "The fleet's costs of one order (orderReference=ORD-2025-0087, required) with, per currency, "
            + "the costs and the profitability impact (their negative)")
    public Uni<OrderCostSheetResponse> costs(@QueryParam("orderReference") String orderReference) {
        if (orderReference == null || orderReference.isBlank() || orderReference.strip().length() > 100) {
            throw Rejection.invalid("missing-parameter", "orderReference",
                    "Name the order, like orderReference=ORD-2025-0087 (at most 100 characters).").toException();
        }
        return find.costsOf(caller.tenantId(), orderReference).map(OrderCostSheetResponse::of);
    }
}
