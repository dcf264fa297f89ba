package dev.opsuite.field.intake.interfaces.rest;

import dev.opsuite.field.intake.application.port.in.AddLocationUseCase;
import dev.opsuite.field.intake.application.port.in.AddLocationUseCase.AddLocationCommand;
import dev.opsuite.field.intake.application.port.in.FindCustomersQuery;
import dev.opsuite.field.intake.application.port.in.FindLocationsQuery;
import dev.opsuite.field.intake.application.port.in.RegisterCustomerUseCase;
import dev.opsuite.field.intake.application.port.in.RegisterCustomerUseCase.RegisterCustomerCommand;
import dev.opsuite.field.intake.interfaces.rest.FieldDtos.CreateCustomerRequest;
import dev.opsuite.field.intake.interfaces.rest.FieldDtos.AddLocationRequest;
import dev.opsuite.field.intake.interfaces.rest.FieldDtos.CustomerResponse;
import dev.opsuite.field.intake.interfaces.rest.FieldDtos.LocationResponse;
import dev.opsuite.field.kernel.rest.Roles;
import dev.opsuite.support.paging.Page;
import dev.opsuite.support.paging.PageParams;
import dev.opsuite.support.paging.PageRequest;
import dev.opsuite.support.rest.ETags;
import dev.opsuite.support.tenancy.Caller;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
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

@Path("/customers")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Customers")
public class CustomerResource {

    private static final Map<String, String> SORTABLE = Map.of("createdAt", "createdAt", "name", "name");

    private final RegisterCustomerUseCase register;
    private final FindCustomersQuery find;
    private final AddLocationUseCase addLocation;
    private final FindLocationsQuery findLocations;
    private final Caller caller;

    public CustomerResource(RegisterCustomerUseCase register, FindCustomersQuery find, AddLocationUseCase addLocation,
            FindLocationsQuery findLocations, Caller caller) {
        this.register = register;
        this.find = find;
        this.addLocation = addLocation;
        this.findLocations = findLocations;
        this.caller = caller;
    }

    @POST
    @RolesAllowed({ Roles.CSR, Roles.OWNER, Roles.ADMIN })
    @Operation(summary = "Create a customer with a service address")
    public Uni<Response> create(@Valid @NotNull CreateCustomerRequest request, UriInfo uri) {
        return register.register(new RegisterCustomerCommand(caller.actor(), request.name(), request.phone(),
                        request.email(), request.serviceAddress().toDomain()))
                .map(customer -> ETags.created(uri, customer.id(), CustomerResponse.of(customer), customer.version()));
    }

    @GET
    @RolesAllowed({ Roles.CSR, Roles.DISPATCHER, Roles.OWNER, Roles.ADMIN })
    @Operation(summary = "List customers (paginated); search matches name or phone")
    public Uni<Page<CustomerResponse>> list(@Valid @BeanParam PageParams paging,
            @QueryParam("search") @Size(max = 100) String search) {
        return find.customers(caller.tenantId(), search, PageRequest.of(paging, SORTABLE, "createdAt"))
                .map(page -> page.map(CustomerResponse::of));
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({ Roles.CSR, Roles.DISPATCHER, Roles.OWNER, Roles.ADMIN })
    @Operation(summary = "Get a customer")
    public Uni<Response> get(@PathParam("id") UUID id) {
        return find.customer(caller.tenantId(), id)
                .map(customer -> ETags.ok(CustomerResponse.of(customer), customer.version()));
    }

    @POST
    @Path("/{id}/locations")
    @RolesAllowed({ Roles.CSR, Roles.OWNER, Roles.ADMIN })
    @Operation(summary = "Add a service location (address, access notes) to a customer")
    public Uni<Response> addLocation(@PathParam("id") UUID id, @Valid @NotNull AddLocationRequest request, UriInfo uri) {
        return addLocation.add(new AddLocationCommand(caller.actor(), id, request.label(), request.address().toDomain(),
                        request.accessNotes()))
                .map(location -> ETags.created(uri, location.id(), LocationResponse.of(location), location.version()));
    }

    @GET
    @Path("/{id}/locations/{locationId}")
    @RolesAllowed({ Roles.CSR, Roles.DISPATCHER, Roles.OWNER, Roles.ADMIN })
    @Operation(summary = "One of a customer's service locations")
    public Uni<Response> location(@PathParam("id") UUID id, @PathParam("locationId") UUID locationId) {
        return findLocations.location(caller.tenantId(), id, locationId)
                .map(location -> ETags.ok(LocationResponse.of(location), location.version()));
    }

    @GET
    @Path("/{id}/locations")
    @RolesAllowed({ Roles.CSR, Roles.DISPATCHER, Roles.OWNER, Roles.ADMIN })
    @Operation(summary = "A customer's service locations, oldest first")
    public Uni<List<LocationResponse>> locations(@PathParam("id") UUID id) {
        return findLocations.locations(caller.tenantId(), id)
                .map(list -> list.stream().map(LocationResponse::of).toList());
    }
}
