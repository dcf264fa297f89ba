package dev.opsuite.fleet.service.interfaces.rest;

import dev.opsuite.fleet.service.interfaces.rest.ServiceRuleDtos.DefineRuleRequest;
import dev.opsuite.fleet.service.interfaces.rest.ServiceRuleDtos.RuleResponse;
import dev.opsuite.fleet.kernel.rest.Roles;

import dev.opsuite.fleet.service.application.port.in.ManageServiceRulesUseCase;
import dev.opsuite.fleet.service.application.port.in.ManageServiceRulesUseCase.DefineServiceRuleCommand;
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

/** Service rules of vehicles: every N km and/or M months since the last service. */
@Path("/service-rules")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Service rules and alerts")
public class ServiceRuleResource {

    private static final Map<String, String> SORTABLE = Map.of("createdAt", "createdAt", "name", "name");

    private final ManageServiceRulesUseCase rules;
    private final Caller caller;

    public ServiceRuleResource(ManageServiceRulesUseCase rules, Caller caller) {
        this.rules = rules;
        this.caller = caller;
    }

    @POST
    @RolesAllowed({ Roles.FLEET_MANAGER, Roles.HR_ADMIN })
    @Operation(summary = "Define when a vehicle's service is due: intervalKm and/or intervalMonths since the last service "
            + "(lastServiceKm defaults to 0, lastServiceOn to today)")
    public Uni<Response> define(@Valid @NotNull DefineRuleRequest request, UriInfo uri) {
        return rules.define(new DefineServiceRuleCommand(caller.actor(), request.toDomain()))
                .map(r -> Response.created(uri.getAbsolutePathBuilder().path(r.id().toString()).build())
                        .tag(ETags.of(r.version())).entity(RuleResponse.of(r)).build());
    }

    @GET
    @RolesAllowed({ Roles.FLEET_MANAGER, Roles.DISPATCHER, Roles.MECHANIC, Roles.VIEWER, Roles.HR_ADMIN })
    @Operation(summary = "List service rules (paginated), by vehicle and active flag")
    public Uni<Page<RuleResponse>> list(@Valid @BeanParam PageParams paging, @QueryParam("vehicleId") String vehicleId,
            @QueryParam("active") String active) {
        return rules.rules(caller.tenantId(), QueryParams.uuid("vehicleId", vehicleId),
                        QueryParams.flag("active", active), PageRequest.of(paging, SORTABLE, "createdAt"))
                .map(page -> page.map(RuleResponse::of));
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({ Roles.FLEET_MANAGER, Roles.DISPATCHER, Roles.MECHANIC, Roles.VIEWER, Roles.HR_ADMIN })
    @Operation(summary = "Get a service rule, with the km and day its next service is due")
    public Uni<Response> get(@PathParam("id") UUID id) {
        return rules.rule(caller.tenantId(), id).map(r -> Response.ok(RuleResponse.of(r)).tag(ETags.of(r.version())).build());
    }

    @POST
    @Path("/{id}/retire")
    @RolesAllowed({ Roles.FLEET_MANAGER, Roles.HR_ADMIN })
    @Operation(summary = "Retire a rule: it raises no more alerts")
    public Uni<Response> retire(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch) {
        return rules.retire(caller.actor(), id, ETags.parse(ifMatch))
                .map(r -> Response.ok(RuleResponse.of(r)).tag(ETags.of(r.version())).build());
    }
}
