package dev.opsuite.fleet.drivers.interfaces.rest;

import dev.opsuite.fleet.kernel.rest.Roles;

import dev.opsuite.fleet.drivers.application.port.in.ManageDriversUseCase;
import dev.opsuite.fleet.drivers.application.port.in.ManageDriversUseCase.DriverFilter;
import dev.opsuite.fleet.drivers.application.port.in.ManageDriversUseCase.RegisterDriverCommand;
import dev.opsuite.fleet.drivers.application.port.in.ManageDriversUseCase.UpdateDriverCommand;
import dev.opsuite.fleet.kernel.DriverStatus;
import dev.opsuite.fleet.drivers.interfaces.rest.DriverDtos.DriverResponse;
import dev.opsuite.fleet.drivers.interfaces.rest.DriverDtos.RegisterDriverRequest;
import dev.opsuite.fleet.drivers.interfaces.rest.DriverDtos.UpdateDriverRequest;
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
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/drivers")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Drivers")
public class DriverResource {

    private static final Map<String, String> SORTABLE = Map.of("createdAt", "createdAt", "updatedAt", "updatedAt",
            "name", "name", "employeeNumber", "employeeNumber", "status", "status");

    private final ManageDriversUseCase drivers;
    private final Caller caller;

    public DriverResource(ManageDriversUseCase drivers, Caller caller) {
        this.drivers = drivers;
        this.caller = caller;
    }

    @POST
    @RolesAllowed({ Roles.FLEET_MANAGER, Roles.HR_ADMIN })
    @Operation(summary = "Register a driver (ACTIVE) under the business's next employee number, DRV-0001, DRV-0002, ...")
    public Uni<Response> register(@Valid @NotNull RegisterDriverRequest request, UriInfo uri) {
        return drivers.register(new RegisterDriverCommand(caller.actor(), request.name(), request.phone()))
                .map(driver -> Response.created(uri.getAbsolutePathBuilder().path(driver.id().toString()).build())
                        .tag(ETags.of(driver.version())).entity(DriverResponse.of(driver)).build());
    }

    @GET
    @RolesAllowed({ Roles.FLEET_MANAGER, Roles.HR_ADMIN, Roles.DISPATCHER, Roles.VIEWER })
    @Operation(summary = "List drivers (paginated), optionally by status; search matches the name or employee number")
    public Uni<Page<DriverResponse>> list(@Valid @BeanParam PageParams paging, @QueryParam("status") String status,
            @QueryParam("search") @Size(max = 100) String search) {
        DriverFilter filter = new DriverFilter(QueryParams.oneOf("status", status, DriverStatus.class), search);
        return drivers.search(caller.tenantId(), filter, PageRequest.of(paging, SORTABLE, "createdAt"))
                .map(page -> page.map(DriverResponse::of));
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({ Roles.FLEET_MANAGER, Roles.HR_ADMIN, Roles.DISPATCHER, Roles.VIEWER })
    @Operation(summary = "Get a driver; the ETag is its version")
    public Uni<Response> get(@PathParam("id") UUID id) {
        return drivers.driver(caller.tenantId(), id)
                .map(driver -> Response.ok(DriverResponse.of(driver)).tag(ETags.of(driver.version())).build());
    }

    @PATCH
    @Path("/{id}")
    @RolesAllowed({ Roles.FLEET_MANAGER, Roles.HR_ADMIN })
    @CustomDeserialization(OnlyKnownFields.class)
    @Operation(summary = "Rename a driver, change the phone or the status (ACTIVE, ON_LEAVE, INACTIVE); omitted fields stay. "
            + "A status change reassesses the driver's transport unit. The employee number cannot change. If-Match optional")
    public Uni<Response> update(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch,
            @Valid @NotNull UpdateDriverRequest request) {
        return drivers.update(new UpdateDriverCommand(caller.actor(), id, ETags.parse(ifMatch), request.name(),
                        request.phone(), request.status()))
                .map(driver -> Response.ok(DriverResponse.of(driver)).tag(ETags.of(driver.version())).build());
    }
}
