package dev.opsuite.field.parts.interfaces.rest;

import dev.opsuite.field.parts.application.port.in.FindPartsQuery;
import dev.opsuite.field.parts.interfaces.rest.PartsDtos.TruckStockResponse;
import dev.opsuite.support.tenancy.Caller;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** A truck's stock, as inventory last reported it (a read model of stock-level-changed). */
@Path("/trucks/{locationId}/stock")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Parts")
public class TruckStockResource {

    private final FindPartsQuery find;
    private final Caller caller;

    public TruckStockResource(FindPartsQuery find, Caller caller) {
        this.find = find;
        this.caller = caller;
    }

    @GET
    @RolesAllowed({ PartsRoles.TECHNICIAN, PartsRoles.PARTS_MANAGER, PartsRoles.DISPATCHER, PartsRoles.OWNER,
            PartsRoles.ADMIN })
    @Operation(summary = "What a truck (inventory TRUCK location) holds, by product, as inventory last reported it")
    public Uni<Map<String, List<TruckStockResponse>>> truckStock(@PathParam("locationId") UUID locationId) {
        return find.truckStock(caller.tenantId(), locationId)
                .map(rows -> Map.of("items", rows.stream().map(TruckStockResponse::of).toList()));
    }
}
