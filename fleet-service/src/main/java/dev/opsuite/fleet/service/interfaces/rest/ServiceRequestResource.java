package dev.opsuite.fleet.service.interfaces.rest;

import dev.opsuite.fleet.kernel.rest.Roles;

import dev.opsuite.fleet.service.application.port.in.FindServiceRequestsQuery;
import dev.opsuite.fleet.service.application.port.in.FindServiceRequestsQuery.ServiceRequestFilter;
import dev.opsuite.fleet.service.application.port.in.OpenServiceRequestUseCase;
import dev.opsuite.fleet.service.application.port.in.OpenServiceRequestUseCase.OpenServiceRequestCommand;
import dev.opsuite.fleet.service.application.port.in.PerformServiceUseCase;
import dev.opsuite.fleet.service.application.port.in.PerformServiceUseCase.CompleteServiceCommand;
import dev.opsuite.fleet.service.application.port.in.PerformServiceUseCase.StartServiceCommand;
import dev.opsuite.fleet.service.application.port.in.PlanServiceRequestUseCase;
import dev.opsuite.fleet.service.application.port.in.PlanServiceRequestUseCase.AssignWorkshopCommand;
import dev.opsuite.fleet.service.application.port.in.PlanServiceRequestUseCase.CancelServiceRequestCommand;
import dev.opsuite.fleet.service.application.port.in.PlanServiceRequestUseCase.ScheduleServiceCommand;
import dev.opsuite.fleet.service.domain.ServicePriority;
import dev.opsuite.fleet.service.domain.ServiceRequest;
import dev.opsuite.fleet.service.domain.ServiceRequestStatus;
import dev.opsuite.fleet.service.domain.ServiceRequestType;
import dev.opsuite.fleet.service.domain.Workshop;
import dev.opsuite.fleet.service.interfaces.rest.ServiceRequestDtos.AssignWorkshopRequest;
import dev.opsuite.fleet.service.interfaces.rest.ServiceRequestDtos.CancelRequest;
import dev.opsuite.fleet.service.interfaces.rest.ServiceRequestDtos.CompleteRequest;
import dev.opsuite.fleet.service.interfaces.rest.ServiceRequestDtos.OpenServiceRequestRequest;
import dev.opsuite.fleet.service.interfaces.rest.ServiceRequestDtos.ScheduleRequest;
import dev.opsuite.fleet.service.interfaces.rest.ServiceRequestDtos.ServiceRequestResponse;
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
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Service requests (seed 004, service management): opened by HR/admin (planned) or a dispatcher
 * (emergency), planned with a workshop and a date, started and completed by a mechanic.
 */
@Path("/service-requests")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Service requests")
public class ServiceRequestResource {

    private static final Map<String, String> SORTABLE = Map.of("createdAt", "createdAt", "updatedAt", "updatedAt",
            "number", "number", "scheduledOn", "scheduledOn", "status", "status");

    private final OpenServiceRequestUseCase open;
    private final PlanServiceRequestUseCase plan;
    private final PerformServiceUseCase perform;
    private final FindServiceRequestsQuery find;
    private final Caller caller;

    public ServiceRequestResource(OpenServiceRequestUseCase open, PlanServiceRequestUseCase plan, PerformServiceUseCase perform,
            FindServiceRequestsQuery find, Caller caller) {
        this.open = open;
        this.plan = plan;
        this.perform = perform;
        this.find = find;
        this.caller = caller;
    }

    @POST
    @RolesAllowed({ Roles.FLEET_MANAGER, Roles.DISPATCHER, Roles.HR_ADMIN })
    @Operation(summary = "Open a service request (PLANNED or EMERGENCY; an emergency needs the location). "
            + "It opens SCHEDULED when it has a date and a workshop, REQUESTED otherwise")
    public Uni<Response> open(@Valid @NotNull OpenServiceRequestRequest request, UriInfo uri) {
        return open.open(new OpenServiceRequestCommand(caller.actor(), request.toDomain()))
                .map(r -> Response.created(uri.getAbsolutePathBuilder().path(r.id().toString()).build())
                        .tag(ETags.of(r.version())).entity(ServiceRequestResponse.of(r)).build());
    }

    @GET
    @RolesAllowed({ Roles.FLEET_MANAGER, Roles.DISPATCHER, Roles.MECHANIC, Roles.VIEWER, Roles.HR_ADMIN })
    @Operation(summary = "List service requests (paginated), by vehicle, status (comma-separated), type, priority, workshop, provider")
    @SuppressWarnings("java:S107")
    public Uni<Page<ServiceRequestResponse>> list(@Valid @BeanParam PageParams paging,
            @QueryParam("vehicleId") String vehicleId, @QueryParam("status") List<String> status,
            @QueryParam("type") String type, @QueryParam("priority") String priority,
            @QueryParam("workshop") String workshop, @QueryParam("providerId") String providerId) {
        ServiceRequestFilter filter = new ServiceRequestFilter(QueryParams.uuid("vehicleId", vehicleId),
                QueryParams.enums("status", status, ServiceRequestStatus.class),
                QueryParams.oneOf("type", type, ServiceRequestType.class),
                QueryParams.oneOf("priority", priority, ServicePriority.class),
                QueryParams.oneOf("workshop", workshop, Workshop.class), QueryParams.uuid("providerId", providerId));
        return find.serviceRequests(caller.tenantId(), filter, PageRequest.of(paging, SORTABLE, "createdAt"))
                .map(page -> page.map(ServiceRequestResponse::of));
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({ Roles.FLEET_MANAGER, Roles.DISPATCHER, Roles.MECHANIC, Roles.VIEWER, Roles.HR_ADMIN })
    @Operation(summary = "Get a service request; the ETag is its version")
    public Uni<Response> get(@PathParam("id") UUID id) {
        return find.serviceRequest(caller.tenantId(), id).map(ServiceRequestResource::ok);
    }

    @POST
    @Path("/{id}/workshop")
    @RolesAllowed({ Roles.FLEET_MANAGER, Roles.DISPATCHER, Roles.HR_ADMIN })
    @Operation(summary = "Choose who does the work: {\"providerId\": ...} for an external provider, {\"workshop\": \"INTERNAL\"} for the own workshop")
    public Uni<Response> assignWorkshop(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch,
            @Valid @NotNull AssignWorkshopRequest request) {
        return plan.assignWorkshop(new AssignWorkshopCommand(caller.actor(), id, ETags.parse(ifMatch),
                request.resolvedWorkshop(), request.providerId())).map(ServiceRequestResource::ok);
    }

    @POST
    @Path("/{id}/schedule")
    @RolesAllowed({ Roles.FLEET_MANAGER, Roles.DISPATCHER, Roles.HR_ADMIN })
    @Operation(summary = "Set or move the date of the service")
    public Uni<Response> schedule(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch,
            @Valid @NotNull ScheduleRequest request) {
        return plan.schedule(new ScheduleServiceCommand(caller.actor(), id, ETags.parse(ifMatch), request.scheduledOn()))
                .map(ServiceRequestResource::ok);
    }

    @POST
    @Path("/{id}/start")
    @RolesAllowed({ Roles.FLEET_MANAGER, Roles.MECHANIC })
    @Operation(summary = "Work starts: the request is IN_PROGRESS, the vehicle IN_SERVICE (only from ACTIVE)")
    public Uni<Response> start(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch) {
        return perform.start(new StartServiceCommand(caller.actor(), id, ETags.parse(ifMatch))).map(ServiceRequestResource::ok);
    }

    @POST
    @Path("/{id}/complete")
    @RolesAllowed({ Roles.FLEET_MANAGER, Roles.MECHANIC })
    @Operation(summary = "Work done: the vehicle is ACTIVE again; a cost is logged as an INTERNAL_SERVICE or EXTERNAL_SERVICE expense")
    public Uni<Response> complete(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch,
            @Valid @NotNull CompleteRequest request) {
        return perform.complete(new CompleteServiceCommand(caller.actor(), id, ETags.parse(ifMatch), request.workDone(),
                        request.cost() == null ? null : request.cost().toInput(), request.invoiceReference(), request.odometerKm()))
                .map(ServiceRequestResource::ok);
    }

    @POST
    @Path("/{id}/cancel")
    @RolesAllowed({ Roles.FLEET_MANAGER, Roles.DISPATCHER, Roles.HR_ADMIN })
    @Operation(summary = "Call the service off, with a reason; work in progress that is cancelled gives the vehicle back (ACTIVE)")
    public Uni<Response> cancel(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch,
            @Valid @NotNull CancelRequest request) {
        return plan.cancel(new CancelServiceRequestCommand(caller.actor(), id, ETags.parse(ifMatch), request.reason()))
                .map(ServiceRequestResource::ok);
    }

    private static Response ok(ServiceRequest r) {
        return Response.ok(ServiceRequestResponse.of(r)).tag(ETags.of(r.version())).build();
    }
}
