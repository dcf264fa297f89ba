package dev.opsuite.fleet.costs.interfaces.rest;

import dev.opsuite.fleet.kernel.rest.Roles;

import dev.opsuite.fleet.costs.application.port.in.FindVehicleCostsQuery;
import dev.opsuite.fleet.costs.application.port.in.FindVehicleCostsQuery.VehicleCosts;
import dev.opsuite.support.tenancy.Caller;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Cost per vehicle (seed 004: "Cost per vehicle analytics", "Vehicle total costs YTD"). */
@Path("/vehicles/{vehicleId}/costs")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Vehicle costs")
public class VehicleCostsResource {

    private final FindVehicleCostsQuery find;
    private final Caller caller;

    public VehicleCostsResource(FindVehicleCostsQuery find, Caller caller) {
        this.find = find;
        this.caller = caller;
    }

    @GET
    @RolesAllowed({ Roles.FLEET_MANAGER, Roles.DISPATCHER, Roles.VIEWER, Roles.HR_ADMIN })
    @Operation(summary = "What the vehicle cost this year to date (or in an earlier year), by category, one total per "
            + "currency: CZK and EUR are never added together")
    public Uni<VehicleCosts> costs(@PathParam("vehicleId") UUID vehicleId, @QueryParam("year") @Parameter(
            schema = @Schema(type = SchemaType.INTEGER, minimum = "" + VehicleCostDtos.FIRST_YEAR,
                    maximum = "" + VehicleCostDtos.LAST_YEAR)) String year) {
        return find.costs(caller.tenantId(), vehicleId, VehicleCostDtos.year(year));
    }
}
