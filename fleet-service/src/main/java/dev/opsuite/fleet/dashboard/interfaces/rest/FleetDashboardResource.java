package dev.opsuite.fleet.dashboard.interfaces.rest;

import dev.opsuite.fleet.kernel.rest.Roles;

import dev.opsuite.fleet.dashboard.application.port.in.FleetDashboardQuery;
import dev.opsuite.fleet.dashboard.application.port.in.FleetDashboardQuery.FleetDashboard;
import dev.opsuite.support.tenancy.Caller;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The availability dashboard (seed 004: "Availability dashboard"). */
@Path("/fleet-dashboard")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Dashboard")
public class FleetDashboardResource {

    private final FleetDashboardQuery dashboard;
    private final Caller caller;

    public FleetDashboardResource(FleetDashboardQuery dashboard, Caller caller) {
        this.dashboard = dashboard;
        this.caller = caller;
    }

    @GET
    @RolesAllowed({ Roles.FLEET_MANAGER, Roles.DISPATCHER, Roles.VIEWER, Roles.HR_ADMIN })
    @Operation(summary = "Vehicles by status and kind, ready and not-ready transport units, service alerts due soon and overdue, "
            + "documents expiring and expired, open service requests by "
            + "status, and the year's expenses per currency")
    public Uni<FleetDashboard> get() {
        return dashboard.dashboard(caller.tenantId());
    }
}
