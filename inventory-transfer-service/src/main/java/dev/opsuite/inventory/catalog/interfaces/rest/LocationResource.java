package dev.opsuite.inventory.catalog.interfaces.rest;

import dev.opsuite.inventory.interfaces.rest.Roles;

import static dev.opsuite.inventory.catalog.interfaces.rest.CatalogDtos.stripped;

import dev.opsuite.inventory.catalog.application.port.in.ManageLocationsUseCase;
import dev.opsuite.inventory.catalog.application.port.in.ManageLocationsUseCase.LocationFilter;
import dev.opsuite.inventory.catalog.application.port.in.ManageLocationsUseCase.OpenLocationCommand;
import dev.opsuite.inventory.catalog.application.port.in.ManageLocationsUseCase.UpdateLocationCommand;
import dev.opsuite.inventory.catalog.domain.LocationType;
import dev.opsuite.inventory.catalog.interfaces.rest.CatalogDtos.LocationResponse;
import dev.opsuite.support.rest.OnlyKnownFields;
import dev.opsuite.inventory.catalog.interfaces.rest.CatalogDtos.OpenLocationRequest;
import dev.opsuite.inventory.catalog.interfaces.rest.CatalogDtos.UpdateLocationRequest;
import dev.opsuite.support.paging.Page;
import dev.opsuite.support.paging.PageParams;
import dev.opsuite.support.paging.PageRequest;
import dev.opsuite.support.application.Rejection;
import dev.opsuite.support.rest.ETags;
import dev.opsuite.support.rest.QueryParams;
import dev.opsuite.support.tenancy.Caller;
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
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/locations")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Locations")
public class LocationResource {

    private static final Map<String, String> SORTABLE = Map.of(
            "createdAt", "createdAt", "updatedAt", "updatedAt", "name", "name", "code", "code", "type", "type");

    private final ManageLocationsUseCase locations;
    private final Caller caller;

    public LocationResource(ManageLocationsUseCase locations, Caller caller) {
        this.locations = locations;
        this.caller = caller;
    }

    @POST
    @RolesAllowed(Roles.INVENTORY_MANAGER)
    @Operation(summary = "Open a location: a warehouse, a store, or a truck (a truck names its fleet vehicle; no other location does)")
    public Uni<Response> open(@Valid @NotNull OpenLocationRequest request, UriInfo uri) {
        return locations.open(new OpenLocationCommand(caller.actor(), request.type(), request.name(),
                        stripped(request.code()), stripped(request.address()), request.vehicleId()))
                .map(location -> ETags.created(uri, location.id(), LocationResponse.of(location), location.version()));
    }

    @GET
    @RolesAllowed({ Roles.INVENTORY_MANAGER, Roles.WAREHOUSE_CLERK, Roles.AUDITOR })
    @Operation(summary = "List locations (paginated), optionally by type and active flag; search matches name or code")
    public Uni<Page<LocationResponse>> list(@Valid @BeanParam PageParams paging, @QueryParam("type") String type,
            @QueryParam("active") String active, @QueryParam("search") @Size(max = 100) String search) {
        LocationFilter filter = new LocationFilter(type(type), QueryParams.flag("active", active), search);
        return locations.search(caller.tenantId(), filter, PageRequest.of(paging, SORTABLE, "createdAt"))
                .map(page -> page.map(LocationResponse::of));
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({ Roles.INVENTORY_MANAGER, Roles.WAREHOUSE_CLERK, Roles.AUDITOR })
    @Operation(summary = "Get a location; the ETag is its version")
    public Uni<Response> get(@PathParam("id") UUID id) {
        return locations.find(caller.tenantId(), id)
                .map(location -> ETags.ok(LocationResponse.of(location), location.version()));
    }

    @PATCH
    @Path("/{id}")
    @RolesAllowed(Roles.INVENTORY_MANAGER)
    @CustomDeserialization(OnlyKnownFields.class)
    @Operation(summary = "Rename, re-code, re-address or (de)activate a location; omitted fields stay as they are. "
            + "The type and the vehicle cannot be changed. If-Match (optional) guards against lost updates")
    public Uni<Response> update(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch,
            @Valid @NotNull UpdateLocationRequest request) {
        return locations.update(new UpdateLocationCommand(caller.actor(), id, ETags.parse(ifMatch), request.name(),
                        stripped(request.code()), stripped(request.address()), request.active()))
                .map(location -> ETags.ok(LocationResponse.of(location), location.version()));
    }

    /** The type filter; an unknown one is a 400 naming the parameter. */
    private static LocationType type(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocationType.valueOf(value.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw Rejection.invalid("invalid-filter", "type", "type is one of "
                    + String.join(", ", Arrays.stream(LocationType.values()).map(Enum::name).toList()) + ".").toException();
        }
    }
}
