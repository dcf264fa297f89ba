package dev.opsuite.inventory.stock.interfaces.rest;

import dev.opsuite.inventory.interfaces.rest.Roles;

import dev.opsuite.inventory.stock.application.port.in.FindStockQuery;
import dev.opsuite.inventory.stock.application.port.in.ReserveStockUseCase;
import dev.opsuite.inventory.stock.application.port.in.ReserveStockUseCase.ReserveStockCommand;
import dev.opsuite.inventory.stock.domain.ReservationStatus;
import dev.opsuite.inventory.stock.domain.StockReference;
import dev.opsuite.inventory.stock.interfaces.rest.StockDtos.ConsumeRequest;
import dev.opsuite.inventory.stock.interfaces.rest.StockDtos.ReservationRequest;
import dev.opsuite.inventory.stock.interfaces.rest.StockDtos.ReservationResponse;
import dev.opsuite.support.paging.Page;
import dev.opsuite.support.paging.PageParams;
import dev.opsuite.support.paging.PageRequest;
import dev.opsuite.support.rest.ETags;
import dev.opsuite.support.rest.QueryParams;
import dev.opsuite.support.tenancy.Caller;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Stock held at a location for a reference (a job, a note); reserved stock is not available to anyone else. */
@Path("/reservations")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Reservations")
public class ReservationResource {

    private static final Map<String, String> SORTABLE = Map.of("createdAt", "createdAt", "updatedAt", "updatedAt");

    private final ReserveStockUseCase reserve;
    private final FindStockQuery find;
    private final Caller caller;

    public ReservationResource(ReserveStockUseCase reserve, FindStockQuery find, Caller caller) {
        this.reserve = reserve;
        this.find = find;
        this.caller = caller;
    }

    @POST
    @RolesAllowed({ Roles.INVENTORY_MANAGER, Roles.WAREHOUSE_CLERK })
    @Operation(summary = "Reserve available stock at a location for a reference")
    public Uni<Response> reserve(@Valid @NotNull ReservationRequest request, UriInfo uri) {
        return reserve.reserve(new ReserveStockCommand(caller.actor(), request.locationId(), request.productId(),
                        request.quantity(), new StockReference(request.referenceType().strip(), request.referenceId().strip())))
                .map(r -> ETags.created(uri, r.id(), ReservationResponse.of(r), r.version()));
    }

    @GET
    @RolesAllowed({ Roles.INVENTORY_MANAGER, Roles.WAREHOUSE_CLERK, Roles.AUDITOR })
    @Operation(summary = "List reservations, by location, product, reference or status")
    @SuppressWarnings("java:S107")
    public Uni<Page<ReservationResponse>> list(@Valid @BeanParam PageParams paging,
            @QueryParam("locationId") String locationId, @QueryParam("productId") String productId,
            @QueryParam("referenceType") String referenceType, @QueryParam("referenceId") String referenceId,
            @QueryParam("status") String status) {
        return find.reservations(caller.tenantId(), QueryParams.uuid("locationId", locationId),
                        QueryParams.uuid("productId", productId), referenceType, referenceId,
                        QueryParams.oneOf("status", status, ReservationStatus.class),
                        PageRequest.of(paging, SORTABLE, "createdAt"))
                .map(page -> page.map(ReservationResponse::of));
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({ Roles.INVENTORY_MANAGER, Roles.WAREHOUSE_CLERK, Roles.AUDITOR })
    public Uni<Response> get(@PathParam("id") UUID id) {
        return find.reservation(caller.tenantId(), id)
                .map(r -> ETags.ok(ReservationResponse.of(r), r.version()));
    }

    @POST
    @Path("/{id}/release")
    @RolesAllowed({ Roles.INVENTORY_MANAGER, Roles.WAREHOUSE_CLERK })
    @Operation(summary = "Give back everything still reserved")
    public Uni<Response> release(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch) {
        return reserve.release(caller.actor(), id, ETags.parse(ifMatch))
                .map(r -> ETags.ok(ReservationResponse.of(r), r.version()));
    }

    @POST
    @Path("/{id}/consume")
    @RolesAllowed({ Roles.INVENTORY_MANAGER, Roles.WAREHOUSE_CLERK })
    @Operation(summary = "Use up reserved stock (all of it without a quantity); it leaves on hand at the current WAC")
    public Uni<Response> consume(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch,
            @Valid ConsumeRequest request) {
        return reserve.consume(caller.actor(), id, ETags.parse(ifMatch), request == null ? null : request.quantity())
                .map(r -> ETags.ok(ReservationResponse.of(r), r.version()));
    }
}
