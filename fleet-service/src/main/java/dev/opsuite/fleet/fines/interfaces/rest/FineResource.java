package dev.opsuite.fleet.fines.interfaces.rest;

import dev.opsuite.fleet.kernel.rest.Roles;

import dev.opsuite.fleet.fines.application.port.in.FindFinesQuery;
import dev.opsuite.fleet.fines.application.port.in.FindFinesQuery.FineFilter;
import dev.opsuite.fleet.fines.application.port.in.RecordFineUseCase;
import dev.opsuite.fleet.fines.application.port.in.RecordFineUseCase.AttributeFineCommand;
import dev.opsuite.fleet.fines.application.port.in.RecordFineUseCase.RecordFineCommand;
import dev.opsuite.fleet.fines.domain.Fine;
import dev.opsuite.fleet.fines.domain.FineStatus;
import dev.opsuite.fleet.fines.interfaces.rest.FineDtos.AttributeFineRequest;
import dev.opsuite.fleet.fines.interfaces.rest.FineDtos.FineResponse;
import dev.opsuite.fleet.fines.interfaces.rest.FineDtos.RecordFineRequest;
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
import jakarta.validation.constraints.Size;
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
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Fines (seed 004, "Fines & Accidents"): recorded against the vehicle, charged to the driver who drove it then. */
@Path("/fines")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Fines")
public class FineResource {

    private static final Map<String, String> SORTABLE = Map.of("committedAt", "committedAt", "createdAt", "createdAt",
            "receivedOn", "receivedOn", "amount", "amount", "status", "status");

    private final RecordFineUseCase record;
    private final FindFinesQuery find;
    private final Caller caller;

    public FineResource(RecordFineUseCase record, FindFinesQuery find, Caller caller) {
        this.record = record;
        this.find = find;
        this.caller = caller;
    }

    @POST
    @RolesAllowed({ Roles.FLEET_MANAGER, Roles.HR_ADMIN })
    @Operation(summary = "Record a fine letter: the vehicle's FINE expense is booked; when the driving record names who drove "
            + "the vehicle at committedAt the fine is ATTRIBUTED to them (driver deduction, order cost), PENDING_ATTRIBUTION "
            + "otherwise. 409 naming reference when the letter is already recorded")
    public Uni<Response> record(@Valid @NotNull RecordFineRequest request, UriInfo uri) {
        return record.record(new RecordFineCommand(caller.actor(), request.toDomain()))
                .map(f -> Response.created(uri.getAbsolutePathBuilder().path(f.id().toString()).build())
                        .tag(ETags.of(f.version())).entity(FineResponse.of(f)).build());
    }

    @POST
    @Path("/{id}/attribution")
    @RolesAllowed({ Roles.FLEET_MANAGER, Roles.HR_ADMIN })
    @Operation(summary = "Name the driver of a PENDING_ATTRIBUTION fine (and the order, if any); books the driver's deduction "
            + "and the order's cost. 409 when the fine is already attributed")
    public Uni<Response> attribute(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch,
            @Valid @NotNull AttributeFineRequest request) {
        return record.attribute(new AttributeFineCommand(caller.actor(), id, ETags.parse(ifMatch), request.driverId(),
                request.orderReference())).map(FineResource::ok);
    }

    @GET
    @RolesAllowed({ Roles.FLEET_MANAGER, Roles.HR_ADMIN, Roles.DISPATCHER, Roles.VIEWER })
    @Operation(summary = "List fines (paginated), by vehicle, driver, order reference and status (comma-separated)")
    public Uni<Page<FineResponse>> list(@Valid @BeanParam PageParams paging, @QueryParam("vehicleId") String vehicleId,
            @QueryParam("driverId") String driverId, @QueryParam("orderReference") @Size(max = 100) String orderReference,
            @QueryParam("status") List<String> status) {
        FineFilter filter = new FineFilter(QueryParams.uuid("vehicleId", vehicleId), QueryParams.uuid("driverId", driverId),
                orderReference == null || orderReference.isBlank() ? null : orderReference.strip(),
                QueryParams.enums("status", status, FineStatus.class));
        return find.fines(caller.tenantId(), filter, PageRequest.of(paging, SORTABLE, "committedAt"))
                .map(page -> page.map(FineResponse::of));
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({ Roles.FLEET_MANAGER, Roles.HR_ADMIN, Roles.DISPATCHER, Roles.VIEWER })
    @Operation(summary = "Get a fine; the ETag is its version")
    public Uni<Response> get(@PathParam("id") UUID id) {
        return find.fine(caller.tenantId(), id).map(FineResource::ok);
    }

    private static Response ok(Fine f) {
        return Response.ok(FineResponse.of(f)).tag(ETags.of(f.version())).build();
    }
}
