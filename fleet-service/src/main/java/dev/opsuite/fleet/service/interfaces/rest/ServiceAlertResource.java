package dev.opsuite.fleet.service.interfaces.rest;

import dev.opsuite.fleet.service.interfaces.rest.ServiceRuleDtos.AlertResponse;
import dev.opsuite.fleet.kernel.rest.Roles;

import dev.opsuite.fleet.service.application.port.in.ManageServiceRulesUseCase;
import dev.opsuite.fleet.service.application.port.in.ManageServiceRulesUseCase.AlertFilter;
import dev.opsuite.fleet.service.domain.ServiceAlert;
import dev.opsuite.support.paging.Page;
import dev.opsuite.support.paging.PageParams;
import dev.opsuite.support.paging.PageRequest;
import dev.opsuite.support.rest.QueryParams;
import dev.opsuite.support.tenancy.Caller;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** "Service due" alerts (seed 004, scenario 1: "System alert: Service due at 100,000 km"). */
@Path("/service-alerts")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Service rules and alerts")
public class ServiceAlertResource {

    /** Alerts are ranked by urgency only; order=desc (the default) puts the most urgent first. */
    private static final Map<String, String> SORTABLE = Map.of("urgency", "urgency");

    private final ManageServiceRulesUseCase rules;
    private final Caller caller;

    public ServiceAlertResource(ManageServiceRulesUseCase rules, Caller caller) {
        this.rules = rules;
        this.caller = caller;
    }

    @GET
    @RolesAllowed({ Roles.FLEET_MANAGER, Roles.DISPATCHER, Roles.MECHANIC, Roles.VIEWER, Roles.HR_ADMIN })
    @Operation(summary = "Service rules due soon or overdue (paginated), most urgent first; by vehicle and status (DUE_SOON, OVERDUE)")
    public Uni<Page<AlertResponse>> list(@Valid @BeanParam PageParams paging, @QueryParam("vehicleId") String vehicleId,
            @QueryParam("status") String status) {
        return rules.alerts(caller.tenantId(), new AlertFilter(QueryParams.uuid("vehicleId", vehicleId),
                        QueryParams.oneOf("status", status, ServiceAlert.Status.class)), PageRequest.of(paging, SORTABLE, "urgency"))
                .map(page -> page.map(AlertResponse::of));
    }
}
