package dev.opsuite.fleet.readiness.interfaces.rest;

import dev.opsuite.fleet.kernel.rest.Roles;

import dev.opsuite.fleet.readiness.application.port.in.ManageTransportUnitsUseCase;
import dev.opsuite.fleet.readiness.application.port.in.ManageTransportUnitsUseCase.ChangeUnitMembersCommand;
import dev.opsuite.fleet.readiness.application.port.in.ManageTransportUnitsUseCase.DisbandUnitCommand;
import dev.opsuite.fleet.readiness.application.port.in.ManageTransportUnitsUseCase.FormUnitCommand;
import dev.opsuite.fleet.readiness.application.port.in.ManageTransportUnitsUseCase.UnitFilter;
import dev.opsuite.fleet.readiness.application.port.in.ManageTransportUnitsUseCase.UnitView;
import dev.opsuite.fleet.readiness.domain.TransportUnitStatus;
import dev.opsuite.fleet.readiness.interfaces.rest.TransportUnitDtos.ChangeUnitMembersRequest;
import dev.opsuite.fleet.readiness.interfaces.rest.TransportUnitDtos.FormUnitRequest;
import dev.opsuite.fleet.readiness.interfaces.rest.TransportUnitDtos.RecomputeResponse;
import dev.opsuite.fleet.readiness.interfaces.rest.TransportUnitDtos.UnitResponse;
import dev.opsuite.support.paging.Page;
import dev.opsuite.support.paging.PageParams;
import dev.opsuite.support.paging.PageRequest;
import dev.opsuite.support.rest.ETags;
import dev.opsuite.support.rest.QueryParams;
import dev.opsuite.support.tenancy.Caller;
import dev.opsuite.support.rest.OnlyKnownFields;
import io.quarkus.resteasy.reactive.jackson.CustomDeserialization;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/transport-units")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Transport units")
public class TransportUnitResource {

    private static final Map<String, String> SORTABLE = Map.of("createdAt", "createdAt", "updatedAt", "updatedAt",
            "readinessChangedAt", "readinessChangedAt");

    private final ManageTransportUnitsUseCase units;
    private final Caller caller;

    public TransportUnitResource(ManageTransportUnitsUseCase units, Caller caller) {
        this.units = units;
        this.caller = caller;
    }

    @POST
    @RolesAllowed({ Roles.FLEET_MANAGER, Roles.DISPATCHER })
    @Operation(summary = "Form a transport unit of a driver, a heavy truck (LKV; a PKV is refused) and a trailer; each may be "
            + "in one active unit only (409 naming the field). Answers the unit with its readiness and the reasons against it")
    public Uni<Response> form(@Valid @NotNull FormUnitRequest request, UriInfo uri) {
        return units.form(new FormUnitCommand(caller.actor(), request.driverId(), request.vehicleId(), request.trailerId()))
                .map(view -> Response.created(uri.getAbsolutePathBuilder().path(view.unit().id().toString()).build())
                        .tag(ETags.of(view.unit().version())).entity(UnitResponse.of(view)).build());
    }

    @GET
    @RolesAllowed({ Roles.FLEET_MANAGER, Roles.DISPATCHER, Roles.VIEWER })
    @Operation(summary = "List transport units (paginated): status (ACTIVE unless given; comma-separated), ready=true for the "
            + "dispatchers' ready list, ready=false for the blocked ones, by driverId, vehicleId or trailerId")
    public Uni<Page<UnitResponse>> list(@Valid @BeanParam PageParams paging, @QueryParam("status") List<String> status,
            @QueryParam("ready") String ready, @QueryParam("driverId") String driverId,
            @QueryParam("vehicleId") String vehicleId, @QueryParam("trailerId") String trailerId) {
        Set<TransportUnitStatus> statuses = QueryParams.enums("status", status, TransportUnitStatus.class);
        UnitFilter filter = new UnitFilter(statuses.isEmpty() ? EnumSet.of(TransportUnitStatus.ACTIVE) : statuses,
                QueryParams.flag("ready", ready), QueryParams.uuid("driverId", driverId),
                QueryParams.uuid("vehicleId", vehicleId), QueryParams.uuid("trailerId", trailerId));
        return units.search(caller.tenantId(), filter, PageRequest.of(paging, SORTABLE, "createdAt"))
                .map(page -> page.map(UnitResponse::of));
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({ Roles.FLEET_MANAGER, Roles.DISPATCHER, Roles.VIEWER })
    @Operation(summary = "Get a transport unit; the ETag is its version")
    public Uni<Response> get(@PathParam("id") UUID id) {
        return units.find(caller.tenantId(), id).map(TransportUnitResource::ok);
    }

    @PATCH
    @Path("/{id}")
    @RolesAllowed({ Roles.FLEET_MANAGER, Roles.DISPATCHER })
    @CustomDeserialization(OnlyKnownFields.class)
    @Operation(summary = "Swap the driver, vehicle or trailer of an active unit (omitted ones stay); reassesses it. If-Match optional")
    public Uni<Response> changeMembers(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch,
            @Valid @NotNull ChangeUnitMembersRequest request) {
        return units.changeMembers(new ChangeUnitMembersCommand(caller.actor(), id, ETags.parse(ifMatch),
                request.driverId(), request.vehicleId(), request.trailerId())).map(TransportUnitResource::ok);
    }

    @POST
    @Path("/{id}/disband")
    @RolesAllowed({ Roles.FLEET_MANAGER, Roles.DISPATCHER })
    @Operation(summary = "Disband a unit: its driver, vehicle and trailer are free for other units. If-Match optional")
    public Uni<Response> disband(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch) {
        return units.disband(new DisbandUnitCommand(caller.actor(), id, ETags.parse(ifMatch))).map(TransportUnitResource::ok);
    }

    @POST
    @Path("/readiness-recompute")
    @RolesAllowed(Roles.FLEET_MANAGER)
    @Operation(summary = "Reassess every active unit of the business now (the service also does so periodically, as "
            + "documents expire with time); publishes transport-unit-readiness-changed for each unit that changed")
    public Uni<RecomputeResponse> recompute() {
        return units.recompute(caller.tenantId()).map(RecomputeResponse::of);
    }

    private static Response ok(UnitView view) {
        return Response.ok(UnitResponse.of(view)).tag(ETags.of(view.unit().version())).build();
    }
}
