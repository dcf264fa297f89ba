package dev.opsuite.fleet.vehicles.interfaces.rest;

import dev.opsuite.fleet.kernel.rest.Roles;

import dev.opsuite.fleet.vehicles.application.port.in.FindVehiclesQuery;
import dev.opsuite.fleet.vehicles.application.port.in.FindVehiclesQuery.VehicleFilter;
import dev.opsuite.fleet.vehicles.application.port.in.RecordOdometerReadingUseCase;
import dev.opsuite.fleet.vehicles.application.port.in.RecordOdometerReadingUseCase.RecordOdometerReadingCommand;
import dev.opsuite.fleet.vehicles.application.port.in.RegisterVehicleUseCase;
import dev.opsuite.fleet.kernel.VehicleKind;
import dev.opsuite.fleet.kernel.VehicleStatus;
import dev.opsuite.fleet.vehicles.interfaces.rest.VehicleDtos.OdometerReadingRequest;
import dev.opsuite.fleet.vehicles.interfaces.rest.VehicleDtos.RegisterVehicleRequest;
import dev.opsuite.fleet.vehicles.interfaces.rest.VehicleDtos.VehicleResponse;
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

@Path("/vehicles")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Vehicles")
public class VehicleResource {

    private static final Map<String, String> SORTABLE = Map.of("createdAt", "createdAt",
            "registrationNumber", "registrationNumber", "make", "make", "odometerKm", "odometerKm", "status", "status");

    private final RegisterVehicleUseCase register;
    private final RecordOdometerReadingUseCase odometer;
    private final FindVehiclesQuery find;
    private final Caller caller;

    public VehicleResource(RegisterVehicleUseCase register, RecordOdometerReadingUseCase odometer, FindVehiclesQuery find,
            Caller caller) {
        this.register = register;
        this.odometer = odometer;
        this.find = find;
        this.caller = caller;
    }

    @POST
    @RolesAllowed(Roles.FLEET_MANAGER)
    @Operation(summary = "Register a vehicle (ACTIVE); the registration number is unique within the business")
    public Uni<Response> register(@Valid @NotNull RegisterVehicleRequest request, UriInfo uri) {
        return register.register(caller.actor(), request.toDomain())
                .map(vehicle -> Response.created(uri.getAbsolutePathBuilder().path(vehicle.id().toString()).build())
                        .tag(ETags.of(vehicle.version())).entity(VehicleResponse.of(vehicle)).build());
    }

    @GET
    @RolesAllowed({ Roles.FLEET_MANAGER, Roles.DISPATCHER, Roles.MECHANIC, Roles.VIEWER, Roles.HR_ADMIN })
    @Operation(summary = "List vehicles (paginated), optionally by kind and status")
    public Uni<Page<VehicleResponse>> list(@Valid @BeanParam PageParams paging, @QueryParam("kind") String kind,
            @QueryParam("status") String status) {
        VehicleFilter filter = new VehicleFilter(QueryParams.filter("kind", kind, VehicleKind.class),
                QueryParams.filter("status", status, VehicleStatus.class));
        return find.vehicles(caller.tenantId(), filter, PageRequest.of(paging, SORTABLE, "createdAt"))
                .map(page -> page.map(VehicleResponse::of));
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({ Roles.FLEET_MANAGER, Roles.DISPATCHER, Roles.MECHANIC, Roles.VIEWER, Roles.HR_ADMIN })
    @Operation(summary = "Get a vehicle; the ETag is its version")
    public Uni<Response> get(@PathParam("id") UUID id) {
        return find.vehicle(caller.tenantId(), id)
                .map(vehicle -> Response.ok(VehicleResponse.of(vehicle)).tag(ETags.of(vehicle.version())).build());
    }

    @POST
    @Path("/{id}/odometer-readings")
    @RolesAllowed({ Roles.FLEET_MANAGER, Roles.MECHANIC })
    @Operation(summary = "Record an odometer reading (readings only go up); answers the vehicle at its new version")
    public Uni<Response> recordOdometer(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch,
            @Valid @NotNull OdometerReadingRequest request) {
        return odometer.record(new RecordOdometerReadingCommand(caller.actor(), id, request.odometerKm(), request.readAt(),
                        ETags.parse(ifMatch)))
                .map(vehicle -> Response.ok(VehicleResponse.of(vehicle)).tag(ETags.of(vehicle.version())).build());
    }
}
