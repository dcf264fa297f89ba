package dev.opsuite.inventory.stock.interfaces.rest;

import dev.opsuite.inventory.interfaces.rest.Roles;

import dev.opsuite.inventory.stock.application.port.in.AdjustStockUseCase;
import dev.opsuite.inventory.stock.application.port.in.AdjustStockUseCase.AdjustStockCommand;
import dev.opsuite.inventory.stock.application.port.in.FindStockQuery;
import dev.opsuite.inventory.stock.domain.MovementKind;
import dev.opsuite.inventory.stock.interfaces.rest.StockDtos.AdjustmentRequest;
import dev.opsuite.inventory.stock.interfaces.rest.StockDtos.AdjustmentResponse;
import dev.opsuite.inventory.stock.interfaces.rest.StockDtos.MovementResponse;
import dev.opsuite.inventory.stock.interfaces.rest.StockDtos.StockLevelResponse;
import dev.opsuite.support.paging.DateRange;
import dev.opsuite.support.paging.Page;
import dev.opsuite.support.paging.PageParams;
import dev.opsuite.support.paging.PageRequest;
import dev.opsuite.support.rest.QueryParams;
import dev.opsuite.support.tenancy.Caller;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Stock per location and product, its ledger, and adjustments (opening balances, count corrections). */
@Path("/")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Stock")
public class StockResource {

    private static final Map<String, String> LEVEL_SORTABLE = Map.of(
            "updatedAt", "updatedAt", "onHand", "onHand", "unitCost", "unitCost", "locationId", "locationId", "productId", "productId");
    private static final Map<String, String> MOVEMENT_SORTABLE = Map.of("occurredAt", "occurredAt");

    private final AdjustStockUseCase adjust;
    private final FindStockQuery find;
    private final Caller caller;

    public StockResource(AdjustStockUseCase adjust, FindStockQuery find, Caller caller) {
        this.adjust = adjust;
        this.find = find;
        this.caller = caller;
    }

    @GET
    @Path("stock")
    @RolesAllowed({ Roles.INVENTORY_MANAGER, Roles.WAREHOUSE_CLERK, Roles.AUDITOR })
    @Operation(summary = "Stock levels: on hand, reserved, available, in transit (to this location) and WAC, per location and product")
    public Uni<Page<StockLevelResponse>> levels(@Valid @BeanParam PageParams paging,
            @QueryParam("locationId") String locationId, @QueryParam("productId") String productId) {
        return find.levels(caller.tenantId(), QueryParams.uuid("locationId", locationId), QueryParams.uuid("productId", productId),
                        PageRequest.of(paging, LEVEL_SORTABLE, "updatedAt"))
                .map(page -> page.map(level -> StockLevelResponse.of(level, find.currency())));
    }

    @GET
    @Path("stock/movements")
    @RolesAllowed({ Roles.INVENTORY_MANAGER, Roles.WAREHOUSE_CLERK, Roles.AUDITOR })
    @Operation(summary = "The stock ledger: every change of a stock level, why, and at what cost (newest first)")
    @SuppressWarnings("java:S107")
    public Uni<Page<MovementResponse>> movements(@Valid @BeanParam PageParams paging,
            @QueryParam("locationId") String locationId, @QueryParam("productId") String productId,
            @QueryParam("kind") String kind, @QueryParam("referenceType") String referenceType,
            @QueryParam("referenceId") String referenceId, @QueryParam("occurredAtFrom") String from,
            @QueryParam("occurredAtTo") String to) {
        return find.movements(caller.tenantId(), QueryParams.uuid("locationId", locationId),
                        QueryParams.uuid("productId", productId), QueryParams.oneOf("kind", kind, MovementKind.class),
                        referenceType, referenceId,
                        DateRange.of("occurredAt", QueryParams.instant("occurredAtFrom", from), QueryParams.instant("occurredAtTo", to)),
                        PageRequest.of(paging, MOVEMENT_SORTABLE, "occurredAt"))
                .map(page -> page.map(MovementResponse::of));
    }

    @POST
    @Path("stock-adjustments")
    @RolesAllowed(Roles.INVENTORY_MANAGER)
    @Operation(summary = "Adjust stock: a signed quantity with a reason; an addition needs its unit cost and moves the WAC")
    public Uni<Response> adjust(@Valid @NotNull AdjustmentRequest request) {
        return adjust.adjust(new AdjustStockCommand(caller.actor(), request.locationId(), request.productId(),
                        request.quantity(), request.unitCost(), request.reason(), request.remark()))
                .map(done -> Response.status(Response.Status.CREATED).entity(new AdjustmentResponse(
                        StockLevelResponse.of(done.level(), find.currency()), MovementResponse.of(done.movement()))).build());
    }
}
