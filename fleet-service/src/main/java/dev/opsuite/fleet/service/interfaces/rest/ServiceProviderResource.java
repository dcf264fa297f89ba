package dev.opsuite.fleet.service.interfaces.rest;

import dev.opsuite.fleet.kernel.rest.FleetRequests;
import dev.opsuite.fleet.kernel.rest.Roles;

import dev.opsuite.fleet.service.application.port.in.ManageServiceProvidersUseCase;
import dev.opsuite.fleet.service.application.port.in.ManageServiceProvidersUseCase.NearbySearch;
import dev.opsuite.fleet.service.application.port.in.ManageServiceProvidersUseCase.ProviderFilter;
import dev.opsuite.fleet.service.application.port.in.ManageServiceProvidersUseCase.RegisterProviderCommand;
import dev.opsuite.fleet.service.application.port.in.ManageServiceProvidersUseCase.UpdateProviderCommand;
import dev.opsuite.fleet.service.domain.GeoPoint;
import dev.opsuite.fleet.service.domain.ServiceProvider;
import dev.opsuite.fleet.service.interfaces.rest.ServiceProviderDtos.NearbyProviderResponse;
import dev.opsuite.fleet.service.interfaces.rest.ServiceProviderDtos.NearbyResponse;
import dev.opsuite.support.rest.OnlyKnownFields;
import dev.opsuite.fleet.service.interfaces.rest.ServiceProviderDtos.ProviderResponse;
import dev.opsuite.fleet.service.interfaces.rest.ServiceProviderDtos.RegisterProviderRequest;
import dev.opsuite.fleet.service.interfaces.rest.ServiceProviderDtos.UpdateProviderRequest;
import dev.opsuite.support.paging.Page;
import dev.opsuite.support.paging.PageParams;
import dev.opsuite.support.paging.PageRequest;
import dev.opsuite.support.application.Rejection;
import dev.opsuite.support.rest.ETags;
import dev.opsuite.support.tenancy.Caller;
import dev.opsuite.support.rest.QueryParams;
import io.quarkus.resteasy.reactive.jackson.CustomDeserialization;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
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
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The directory of external service providers, and "nearby services" for an emergency (seed 004, scenario 2). */
@Path("/service-providers")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Service providers")
public class ServiceProviderResource {

    static final double DEFAULT_RADIUS_KM = 50;
    static final double MAX_RADIUS_KM = 1000;
    static final int DEFAULT_LIMIT = 20;
    static final int MAX_LIMIT = 100;

    private static final Map<String, String> SORTABLE = Map.of("createdAt", "createdAt", "updatedAt", "updatedAt",
            "name", "name", "rating", "rating");

    private final ManageServiceProvidersUseCase providers;
    private final Caller caller;

    public ServiceProviderResource(ManageServiceProvidersUseCase providers, Caller caller) {
        this.providers = providers;
        this.caller = caller;
    }

    @POST
    @RolesAllowed(Roles.FLEET_MANAGER)
    @Operation(summary = "List a provider: name, address, position, rating (0-5, one decimal), services offered, phone")
    public Uni<Response> register(@Valid @NotNull RegisterProviderRequest request, UriInfo uri) {
        return providers.register(new RegisterProviderCommand(caller.actor(), request.toDomain()))
                .map(p -> Response.created(uri.getAbsolutePathBuilder().path(p.id().toString()).build())
                        .tag(ETags.of(p.version())).entity(ProviderResponse.of(p)).build());
    }

    @GET
    @RolesAllowed({ Roles.FLEET_MANAGER, Roles.DISPATCHER, Roles.MECHANIC, Roles.VIEWER, Roles.HR_ADMIN })
    @Operation(summary = "List providers (paginated), by a service offered, active flag, or text in the name or address")
    public Uni<Page<ProviderResponse>> list(@Valid @BeanParam PageParams paging, @QueryParam("service") @Size(max = 40) String service,
            @QueryParam("active") String active, @QueryParam("search") @Size(max = 100) String search) {
        return providers.providers(caller.tenantId(), new ProviderFilter(service, search, QueryParams.flag("active", active)),
                        PageRequest.of(paging, SORTABLE, "createdAt"))
                .map(page -> page.map(ProviderResponse::of));
    }

    @GET
    @Path("/nearby")
    @RolesAllowed({ Roles.FLEET_MANAGER, Roles.DISPATCHER, Roles.MECHANIC, Roles.VIEWER, Roles.HR_ADMIN })
    @Operation(summary = "Active providers within radiusKm (default 50, at most 1000) of lat/lon, optionally offering a service, "
            + "nearest first, with the great-circle distance in km (one decimal); at most limit (default 20, at most 100)")
    public Uni<NearbyResponse> nearby(
            @QueryParam("lat") @Parameter(required = true, schema = @Schema(type = SchemaType.NUMBER, minimum = "-90",
                    maximum = "90")) String lat,
            @QueryParam("lon") @Parameter(required = true, schema = @Schema(type = SchemaType.NUMBER, minimum = "-180",
                    maximum = "180")) String lon,
            @QueryParam("radiusKm") @Parameter(schema = @Schema(type = SchemaType.NUMBER, minimum = "0",
                    exclusiveMinimum = true, maximum = "" + MAX_RADIUS_KM, defaultValue = "" + DEFAULT_RADIUS_KM)) String radiusKm,
            @QueryParam("service") @Size(max = 40) String service,
            @QueryParam("limit") @Parameter(schema = @Schema(type = SchemaType.INTEGER, minimum = "1",
                    maximum = "" + MAX_LIMIT, defaultValue = "" + DEFAULT_LIMIT)) String limit) {
        Double latitude = ServiceProviderDtos.decimal("lat", lat);
        Double longitude = ServiceProviderDtos.decimal("lon", lon);
        if (latitude == null) {
            throw Rejection.invalid("parameter-required", "lat", "lat (latitude) is required.").toException();
        }
        if (longitude == null) {
            throw Rejection.invalid("parameter-required", "lon", "lon (longitude) is required.").toException();
        }
        double radius = ServiceProviderDtos.within("radiusKm", ServiceProviderDtos.decimal("radiusKm", radiusKm),
                DEFAULT_RADIUS_KM, 0, false, MAX_RADIUS_KM);
        Integer asked = FleetRequests.number("limit", limit, 1, MAX_LIMIT);
        int max = asked == null ? DEFAULT_LIMIT : asked;
        GeoPoint from = new GeoPoint(ServiceProviderDtos.within("lat", latitude, 0, -90, true, 90),
                ServiceProviderDtos.within("lon", longitude, 0, -180, true, 180));
        String tag = service == null || service.isBlank() ? null : ServiceProvider.normalizeService(service);
        return providers.nearby(caller.tenantId(), new NearbySearch(from, radius, tag, max))
                .map(found -> new NearbyResponse(from.latitude(), from.longitude(), radius, tag,
                        found.stream().map(NearbyProviderResponse::of).toList()));
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({ Roles.FLEET_MANAGER, Roles.DISPATCHER, Roles.MECHANIC, Roles.VIEWER, Roles.HR_ADMIN })
    @Operation(summary = "Get a provider; the ETag is its version")
    public Uni<Response> get(@PathParam("id") UUID id) {
        return providers.provider(caller.tenantId(), id)
                .map(p -> Response.ok(ProviderResponse.of(p)).tag(ETags.of(p.version())).build());
    }

    @PATCH
    @Path("/{id}")
    @RolesAllowed(Roles.FLEET_MANAGER)
    @CustomDeserialization(OnlyKnownFields.class)
    @Operation(summary = "Change what is given (rating, services, phone, position...) or (de)list the provider; "
            + "If-Match (optional) guards against lost updates")
    public Uni<Response> update(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch,
            @Valid @NotNull UpdateProviderRequest r) {
        return providers.update(new UpdateProviderCommand(caller.actor(), id, ETags.parse(ifMatch), r.name(), r.address(),
                        r.location(), r.rating(), r.services(), r.phone(), r.active()))
                .map(p -> Response.ok(ProviderResponse.of(p)).tag(ETags.of(p.version())).build());
    }
}
