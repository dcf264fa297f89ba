package dev.opsuite.field.intake.interfaces.rest;

import dev.opsuite.field.intake.application.port.in.FindServiceCallsQuery;
import dev.opsuite.field.intake.application.port.in.FindServiceCallsQuery.ServiceCallFilter;
import dev.opsuite.field.intake.application.port.in.OpenServiceCallUseCase;
import dev.opsuite.field.intake.application.port.in.OpenServiceCallUseCase.OpenServiceCallCommand;
import dev.opsuite.field.intake.domain.ServiceCallStatus;
import dev.opsuite.field.intake.domain.Urgency;
import dev.opsuite.field.intake.interfaces.rest.FieldDtos.OpenServiceCallRequest;
import dev.opsuite.field.intake.interfaces.rest.FieldDtos.ServiceCallResponse;
import dev.opsuite.field.kernel.rest.Roles;
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

@Path("/service-calls")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Service calls")
public class ServiceCallResource {

    private static final Map<String, String> SORTABLE = Map.of("createdAt", "createdAt", "number", "number",
            "status", "status");

    private final OpenServiceCallUseCase open;
    private final FindServiceCallsQuery find;
    private final Caller caller;

    public ServiceCallResource(OpenServiceCallUseCase open, FindServiceCallsQuery find, Caller caller) {
        this.open = open;
        this.find = find;
        this.caller = caller;
    }

    @POST
    @RolesAllowed({ Roles.CSR, Roles.OWNER, Roles.ADMIN })
    @Operation(summary = "Open a service call (OPEN, numbered SC-year-sequence); callbackOf flags a callback")
    public Uni<Response> open(@Valid @NotNull OpenServiceCallRequest request, UriInfo uri) {
        return open.open(new OpenServiceCallCommand(caller.actor(), request.customerId(), request.locationId(),
                        request.problem(), request.urgency(),
                        request.preferredWindow() == null ? null : request.preferredWindow().toDomain(), request.callbackOf()))
                .map(call -> ETags.created(uri, call.id(), ServiceCallResponse.of(call), call.version()));
    }

    @GET
    @RolesAllowed({ Roles.CSR, Roles.DISPATCHER, Roles.OWNER, Roles.ADMIN })
    @Operation(summary = "List service calls (paginated), optionally by status and urgency")
    public Uni<Page<ServiceCallResponse>> list(@Valid @BeanParam PageParams paging, @QueryParam("status") String status,
            @QueryParam("urgency") String urgency) {
        ServiceCallFilter filter = new ServiceCallFilter(QueryParams.filter("status", status, ServiceCallStatus.class),
                QueryParams.filter("urgency", urgency, Urgency.class));
        return find.serviceCalls(caller.tenantId(), filter, PageRequest.of(paging, SORTABLE, "createdAt"))
                .map(page -> page.map(ServiceCallResponse::of));
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({ Roles.CSR, Roles.DISPATCHER, Roles.OWNER, Roles.ADMIN })
    @Operation(summary = "Get a service call")
    public Uni<Response> get(@PathParam("id") UUID id) {
        return find.serviceCall(caller.tenantId(), id)
                .map(call -> ETags.ok(ServiceCallResponse.of(call), call.version()));
    }
}
