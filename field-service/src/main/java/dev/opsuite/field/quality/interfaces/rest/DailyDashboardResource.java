package dev.opsuite.field.quality.interfaces.rest;

import dev.opsuite.field.kernel.rest.Days;
import dev.opsuite.field.kernel.rest.Roles;
import dev.opsuite.field.quality.application.port.in.DailyDashboardQuery;
import dev.opsuite.field.quality.application.port.in.DailyDashboardQuery.DailyDashboard;
import dev.opsuite.support.tenancy.Caller;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The owner's daily dashboard (docs/quality.md). */
@Path("/dashboard/daily")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Quality")
public class DailyDashboardResource {

    private final DailyDashboardQuery dashboard;
    private final Caller caller;
    private final Clock clock;

    public DailyDashboardResource(DailyDashboardQuery dashboard, Caller caller, Clock clock) {
        this.dashboard = dashboard;
        this.caller = caller;
        this.clock = clock;
    }

    @GET
    @RolesAllowed({ Roles.OWNER, Roles.ADMIN })
    @Operation(summary = "The owner's daily dashboard of a UTC day (today without date): jobs completed, utilization, "
            + "first-time fix, jobs blocked past the SLA, parts used by truck, callbacks per technician")
    public Uni<DailyDashboard> daily(@QueryParam("date") String date) {
        LocalDate day = LocalDate.ofInstant(Days.startOf(date, clock), ZoneOffset.UTC);
        return dashboard.daily(caller.tenantId(), day);
    }
}
