package dev.opsuite.fleet.trailers.interfaces.rest;

import dev.opsuite.fleet.kernel.rest.Roles;

import dev.opsuite.fleet.trailers.application.port.in.ManageTrailersUseCase;
import dev.opsuite.fleet.trailers.application.port.in.ManageTrailersUseCase.ChangeTrailerStatusCommand;
import dev.opsuite.fleet.trailers.application.port.in.ManageTrailersUseCase.RegisterTrailerCommand;
import dev.opsuite.fleet.trailers.application.port.in.ManageTrailersUseCase.TrailerFilter;
import dev.opsuite.fleet.trailers.application.port.in.ManageTrailersUseCase.UpdateTrailerCommand;
import dev.opsuite.fleet.kernel.TrailerStatus;
import dev.opsuite.fleet.kernel.TrailerType;
import dev.opsuite.fleet.trailers.interfaces.rest.TrailerDtos.ChangeTrailerStatusRequest;
import dev.opsuite.fleet.trailers.interfaces.rest.TrailerDtos.RegisterTrailerRequest;
import dev.opsuite.fleet.trailers.interfaces.rest.TrailerDtos.TrailerResponse;
import dev.opsuite.fleet.trailers.interfaces.rest.TrailerDtos.UpdateTrailerRequest;
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
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/trailers")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Trailers")
public class TrailerResource {

    private static final Map<String, String> SORTABLE = Map.of("createdAt", "createdAt", "updatedAt", "updatedAt",
            "registrationNumber", "registrationNumber", "type", "type", "status", "status");

    private final ManageTrailersUseCase trailers;
    private final Caller caller;

    public TrailerResource(ManageTrailersUseCase trailers, Caller caller) {
        this.trailers = trailers;
        this.caller = caller;
    }

    @POST
    @RolesAllowed(Roles.FLEET_MANAGER)
    @Operation(summary = "Register a trailer (ACTIVE): STANDARD, MEGA, FRIGO, VAN or TAUTLINER; the registration number is unique within the business")
    public Uni<Response> register(@Valid @NotNull RegisterTrailerRequest request, UriInfo uri) {
        return trailers.register(new RegisterTrailerCommand(caller.actor(), request.registrationNumber(), request.type(),
                        request.make(), request.model()))
                .map(trailer -> Response.created(uri.getAbsolutePathBuilder().path(trailer.id().toString()).build())
                        .tag(ETags.of(trailer.version())).entity(TrailerResponse.of(trailer)).build());
    }

    @GET
    @RolesAllowed({ Roles.FLEET_MANAGER, Roles.DISPATCHER, Roles.MECHANIC, Roles.VIEWER })
    @Operation(summary = "List trailers (paginated), optionally by type and status")
    public Uni<Page<TrailerResponse>> list(@Valid @BeanParam PageParams paging, @QueryParam("type") String type,
            @QueryParam("status") String status) {
        TrailerFilter filter = new TrailerFilter(QueryParams.oneOf("type", type, TrailerType.class),
                QueryParams.oneOf("status", status, TrailerStatus.class));
        return trailers.search(caller.tenantId(), filter, PageRequest.of(paging, SORTABLE, "createdAt"))
                .map(page -> page.map(TrailerResponse::of));
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({ Roles.FLEET_MANAGER, Roles.DISPATCHER, Roles.MECHANIC, Roles.VIEWER })
    @Operation(summary = "Get a trailer; the ETag is its version")
    public Uni<Response> get(@PathParam("id") UUID id) {
        return trailers.trailer(caller.tenantId(), id).map(TrailerResource::ok);
    }

    @PATCH
    @Path("/{id}")
    @RolesAllowed(Roles.FLEET_MANAGER)
    @CustomDeserialization(OnlyKnownFields.class)
    @Operation(summary = "Change a trailer's registration number, make or model; the type cannot change. If-Match optional")
    public Uni<Response> update(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch,
            @Valid @NotNull UpdateTrailerRequest request) {
        return trailers.update(new UpdateTrailerCommand(caller.actor(), id, ETags.parse(ifMatch),
                request.registrationNumber(), request.make(), request.model())).map(TrailerResource::ok);
    }

    @PATCH
    @Path("/{id}/status")
    @RolesAllowed(Roles.FLEET_MANAGER)
    @CustomDeserialization(OnlyKnownFields.class)
    @Operation(summary = "Set a trailer's status (ACTIVE, IN_SERVICE, IN_REPAIR, OUT_OF_SERVICE); a change reassesses its transport unit. If-Match optional")
    public Uni<Response> changeStatus(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch,
            @Valid @NotNull ChangeTrailerStatusRequest request) {
        return trailers.changeStatus(new ChangeTrailerStatusCommand(caller.actor(), id, ETags.parse(ifMatch),
                request.status())).map(TrailerResource::ok);
    }

    private static Response ok(dev.opsuite.fleet.trailers.domain.Trailer trailer) {
        return Response.ok(TrailerResponse.of(trailer)).tag(ETags.of(trailer.version())).build();
    }
}
