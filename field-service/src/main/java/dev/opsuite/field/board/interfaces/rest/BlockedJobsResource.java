package dev.opsuite.field.board.interfaces.rest;

import dev.opsuite.field.board.application.port.in.BlockedJobsQuery;
import dev.opsuite.field.board.application.port.in.BlockedJobsQuery.BlockedJob;
import dev.opsuite.field.kernel.rest.Roles;
import dev.opsuite.support.tenancy.Caller;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The aging queue of blocked jobs and the daily alert list of those past the SLA. */
@Path("/jobs/blocked")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Blocked jobs")
@RolesAllowed({ Roles.DISPATCHER, Roles.OWNER, Roles.ADMIN, Roles.PARTS_MANAGER })
public class BlockedJobsResource {

    private final BlockedJobsQuery blocked;
    private final Caller caller;

    public BlockedJobsResource(BlockedJobsQuery blocked, Caller caller) {
        this.blocked = blocked;
        this.caller = caller;
    }

    record BlockedJobResponse(UUID jobId, UUID serviceCallId, String title, String status, String reason, Instant since,
            long ageHours, long ageDays, boolean pastSla, String waitingFor, List<String> conflicts, UUID technicianId) {

        static BlockedJobResponse of(BlockedJob b) {
            return new BlockedJobResponse(b.job().id(), b.job().serviceCallId(), b.job().title(), b.job().status().name(),
                    b.reason().name(), b.since(), b.age().toHours(), b.age().toDays(), b.pastSla(), b.waitingFor(),
                    b.conflicts().stream().map(Enum::name).toList(), b.technicianId());
        }
    }

    @GET
    @Operation(summary = "Jobs waiting on parts or stuck in a scheduling conflict, oldest first, with their age")
    public Uni<List<BlockedJobResponse>> queue() {
        return blocked.blockedJobs(caller.tenantId()).map(list -> list.stream().map(BlockedJobResponse::of).toList());
    }

    @GET
    @Path("/alerts")
    @Operation(summary = "The daily alert list: blocked jobs past the business's SLA (7 days unless its policy says)")
    public Uni<List<BlockedJobResponse>> alerts() {
        return blocked.alerts(caller.tenantId()).map(list -> list.stream().map(BlockedJobResponse::of).toList());
    }
}
