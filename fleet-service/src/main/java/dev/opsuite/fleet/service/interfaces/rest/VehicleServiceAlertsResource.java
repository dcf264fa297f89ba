package dev.opsuite.fleet.service.interfaces.rest;

import dev.opsuite.fleet.service.interfaces.rest.ServiceRuleDtos.AlertResponse;
import dev.opsuite.fleet.kernel.rest.Roles;

import dev.opsuite.fleet.service.application.port.in.ManageServiceRulesUseCase;
import dev.opsuite.support.tenancy.Caller;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/vehicles/{vehicleId}/service-alerts")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Service rules and alerts")
public class VehicleServiceAlertsResource {

    private final ManageServiceRulesUseCase rules;
    private final Caller caller;

    public VehicleServiceAlertsResource(ManageServiceRulesUseCase rules, Caller caller) {
        this.rules = rules;
        this.caller = caller;
    }

    @GET
    @RolesAllowed({ Roles.FLEET_MANAGER, Roles.DISPATCHER, Roles.MECHANIC, Roles.VIEWER, Roles.HR_ADMIN })
    @Operation(summary = "The vehicle's service rules that are due soon or overdue, most urgent first")
    public Uni<List<AlertResponse>> list(@PathParam("vehicleId") UUID vehicleId) {
        return rules.vehicleAlerts(caller.tenantId(), vehicleId).map(alerts -> alerts.stream().map(AlertResponse::of).toList());
    }
}
